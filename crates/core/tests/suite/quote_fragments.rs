//! Quote fragments, checked mechanically against the articles: a quote whose text, where its
//! source prints it, does not start a sentence or does not end one is part of a sentence and
//! must say so with `"fragment": true`.
//!
//! The articles live in `../shared/seeds/` (see `dataset_sources.rs`); without them the check
//! is skipped with a notice, except on CI (env var `CI` set), where it fails.

use super::prelude::{normalise, source_texts};
use counterpoint_core::model::*;

/// The normalised text of source `id`, or `None` (after a notice) when the articles are not here.
fn source_text(id: &str) -> Option<String> {
    source_texts()?.remove(id)
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
