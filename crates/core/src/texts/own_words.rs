//! Own words: no own-words field shares a run of [`SHARED_RUN_WORDS`] words with a source text,
//! outside quotation marks.

use super::{normalize, problem};
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// The shortest run of consecutive words an own-words field may not share with a source text
/// (lowercased, punctuation ignored, quoted passages left out): 12.
pub const SHARED_RUN_WORDS: usize = 12;

/// Every own-words field of the dataset, each with its JSON path (e.g. `topics[0].summary`):
/// briefing claims (`what_happened`, `where_things_stand`, `what_to_watch`); topic `title`,
/// `question`, `summary`, `earlier_summaries`, `status[].label`, point `aspect`, stance `text`,
/// `overlap`, `clash`, `analysis[].text`; actor `role` and `description`; quote `venue` and
/// `notes`; event `title` and `summary`; figure `label`, `scope` and `note`; dispute
/// `question`, `claims[].text` and `assessment`; glossary `definition`; commitment `text` and
/// `status[].label`; number group `quantity`, `note` and `figures[].basis`; source `date_note` and
/// `notes[].text` (figure `scope` and `note` only when given). Read from the item registry
/// ([`super::items()`]), in its order.
pub fn own_words_fields(d: &Dataset) -> Vec<(String, &str)> {
    super::items::items(d)
        .into_iter()
        .flat_map(|(path, _, item)| {
            item.own_words()
                .into_iter()
                .map(move |(field, text)| (format!("{path}.{field}"), text))
        })
        .collect()
}

/// Removes text between quotation marks: “…”, "…" (straight quotes pair up in order).
pub(super) fn strip_quoted(s: &str) -> String {
    let mut out = String::new();
    let mut curly = 0usize;
    let mut straight = false;
    for c in s.chars() {
        match c {
            '\u{201C}' => curly += 1,
            '\u{201D}' => curly = curly.saturating_sub(1),
            '"' => straight = !straight,
            c if curly == 0 && !straight => out.push(c),
            _ => {}
        }
    }
    out
}

/// Lowercased word tokens: letters, digits and inner apostrophes; everything else separates.
pub(super) fn words(s: &str) -> Vec<String> {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            c if c.is_alphanumeric() || c == '\'' => c,
            _ => ' ',
        })
        .collect::<String>()
        .split_whitespace()
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Own-words fields that share a run of [`SHARED_RUN_WORDS`] words with one of `texts`
/// (source id → text), outside quotation marks: one problem per field and source.
pub(super) fn copied_runs(d: &Dataset, texts: &BTreeMap<&str, String>) -> Vec<Problem> {
    let n = SHARED_RUN_WORDS;
    // Every run of every source, with the source it comes from (the first, in id order).
    let mut runs: BTreeMap<Vec<String>, &str> = BTreeMap::new();
    for (id, text) in texts {
        for run in words(&normalize(text)).windows(n) {
            runs.entry(run.to_vec()).or_insert(id);
        }
    }
    let mut out = Vec::new();
    if runs.is_empty() {
        return out;
    }
    for (path, text) in own_words_fields(d) {
        let w = words(&strip_quoted(text));
        let mut seen = BTreeSet::new();
        for run in w.windows(n) {
            if let Some(src) = runs.get(run) {
                if seen.insert(*src) {
                    out.push(problem(
                        path.clone(),
                        format!(
                            "copies {n} or more consecutive words of source \"{src}\" outside quotation marks (\"{}…\"): put it in your own words, or quote it",
                            run.join(" ")
                        ),
                    ));
                }
            }
        }
    }
    out
}
