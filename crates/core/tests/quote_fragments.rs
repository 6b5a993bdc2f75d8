//! Quote fragments, checked mechanically against the articles: a quote whose text, where its
//! source prints it, does not start a sentence or does not end one is part of a sentence and
//! must say so with `"fragment": true`.
//!
//! The articles live in `../shared/seeds/` (see `dataset_sources.rs`); without them the check
//! is skipped with a notice, except on CI (env var `CI` set), where it fails.

use counterpoint_core::model::*;
use std::path::PathBuf;

/// Source id → seed file name, as in `dataset_sources.rs`.
const SEEDS: &[(&str, &str)] = &[
    ("explainer-2025-05-09", "000_4a903212e1dbdf8c.txt"),
    ("kyodo-2025-05-07", "001_e3227691fdbe46a9.txt"),
    ("translated-report-2025-05-07", "002_5b8b5ba84be35134.txt"),
    ("washington-times-2025-06-04", "003_5e81e50beb7b1ebe.txt"),
    ("korean-report-2025-05-07", "004_b9bc1d9b92c79c4f.txt"),
];

/// Curly quotes → straight, every whitespace run → one space, trimmed.
fn normalise(s: &str) -> String {
    let straight: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn source_text(id: &str) -> Option<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !dir.is_dir() {
        if std::env::var_os("CI").is_some() {
            panic!(
                "the source articles are missing: expected them in {}",
                dir.display()
            );
        }
        eprintln!(
            "notice: {} not found; skipping the fragment check",
            dir.display()
        );
        return None;
    }
    let (_, file) = SEEDS.iter().find(|(s, _)| *s == id)?;
    Some(normalise(&std::fs::read_to_string(dir.join(file)).unwrap()))
}

/// Does `text`, found at byte `at` of `source`, start a sentence: a capital or a digit after
/// the start of the text, a sentence end, a colon or an opening quotation mark?
fn starts_sentence(source: &str, at: usize, text: &str) -> bool {
    let capital = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let before = source[..at].trim_end();
    capital && before.chars().last().is_none_or(|c| ".?!:\"".contains(c))
}

/// Does `text`, followed by `after` in its source, end a sentence: its own final stop, a stop
/// right after it (inside or outside the closing quotation mark), or the comma that ends a
/// quoted sentence before its attribution (`…,” he said`)?
fn ends_sentence(text: &str, after: &str) -> bool {
    let stop = |c: char| ".?!".contains(c);
    text.chars().last().is_some_and(stop)
        || after.trim_start_matches(['"', '\'']).starts_with(stop)
        || after.starts_with(",\"")
}

#[test]
fn quotes_that_are_part_of_a_sentence_are_marked_as_fragments() {
    let store = embedded();
    let mut checked = 0;
    let mut fragments = 0;
    for q in &store.dataset.quotes {
        let text = normalise(&q.text);
        for c in &q.cites {
            let Some(source) = source_text(&c.source) else {
                return;
            };
            let at = source
                .find(&text)
                .unwrap_or_else(|| panic!("quote {}: not found verbatim in {}", q.id, c.source));
            let after = &source[at + text.len()..];
            let whole = starts_sentence(&source, at, &text) && ends_sentence(&text, after);
            assert!(
                whole || q.fragment,
                "quote {} is part of a sentence in {}: set \"fragment\": true (…{}[{}]{}…)",
                q.id,
                c.source,
                &source[source[..at]
                    .char_indices()
                    .rev()
                    .nth(20)
                    .map_or(0, |(i, _)| i)..at],
                text,
                after.chars().take(20).collect::<String>()
            );
            checked += 1;
        }
        fragments += usize::from(q.fragment);
    }
    assert!(checked > 50, "checked only {checked} quotes");
    // The check can fail: the dataset has fragments, and the rule finds them.
    assert!(fragments >= 10, "only {fragments} fragments");
    let source = normalise("He said China had “absolutely no business” left.");
    let at = source.find("absolutely").unwrap();
    assert!(!starts_sentence(&source, at, "absolutely no business"));
    assert!(ends_sentence("We will fight.", "\" it said"));
    assert!(!ends_sentence("absolutely no business", "\" left."));
}

#[test]
fn the_fragment_flag_is_optional_and_off_by_default() {
    let store = embedded();
    let whole = store
        .dataset
        .quotes
        .iter()
        .find(|q| q.id == "q-bessent-deescalate-first")
        .unwrap();
    assert!(!whole.fragment);
    let part = store
        .dataset
        .quotes
        .iter()
        .find(|q| q.id == "q-trump-no-business")
        .unwrap();
    assert!(part.fragment);
}
