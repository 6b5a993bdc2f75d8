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
/// `status[].label`; number group `quantity`, `note` and `figures[].basis`; source `date_note`
/// and `notes[].text`.
pub fn own_words_fields(d: &Dataset) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (bi, b) in d.briefings.iter().enumerate() {
        for (name, claims) in [
            ("what_happened", &b.what_happened),
            ("where_things_stand", &b.where_things_stand),
            ("what_to_watch", &b.what_to_watch),
        ] {
            for (i, c) in claims.iter().enumerate() {
                out.push((format!("briefings[{bi}].{name}[{i}].text"), &c.text));
            }
        }
    }
    for (ti, t) in d.topics.iter().enumerate() {
        let at = format!("topics[{ti}]");
        out.push((format!("{at}.title"), &t.title));
        out.push((format!("{at}.question"), &t.question));
        out.push((format!("{at}.summary"), &t.summary));
        for (i, c) in t.earlier_summaries.iter().enumerate() {
            out.push((format!("{at}.earlier_summaries[{i}].text"), &c.text));
        }
        for (i, s) in t.status.iter().enumerate() {
            out.push((format!("{at}.status[{i}].label"), &s.label));
        }
        for (pi, p) in t.points.iter().enumerate() {
            out.push((format!("{at}.points[{pi}].aspect"), &p.aspect));
            for (si, s) in p.stances.iter().enumerate() {
                out.push((format!("{at}.points[{pi}].stances[{si}].text"), &s.text));
            }
        }
        for (i, c) in t.overlap.iter().enumerate() {
            out.push((format!("{at}.overlap[{i}].text"), &c.text));
        }
        for (i, c) in t.clash.iter().enumerate() {
            out.push((format!("{at}.clash[{i}].text"), &c.text));
        }
        for (i, a) in t.analysis.iter().enumerate() {
            out.push((format!("{at}.analysis[{i}].text"), &a.text));
        }
    }
    for (i, a) in d.actors.iter().enumerate() {
        out.push((format!("actors[{i}].role"), &a.role));
        out.push((format!("actors[{i}].description"), &a.description));
    }
    for (i, q) in d.quotes.iter().enumerate() {
        out.push((format!("quotes[{i}].venue"), &q.venue));
        for (ni, n) in q.notes.iter().enumerate() {
            out.push((format!("quotes[{i}].notes[{ni}]"), n));
        }
    }
    for (i, e) in d.events.iter().enumerate() {
        out.push((format!("events[{i}].title"), &e.title));
        out.push((format!("events[{i}].summary"), &e.summary));
    }
    for (i, f) in d.figures.iter().enumerate() {
        out.push((format!("figures[{i}].label"), &f.label));
        if let Some(s) = &f.scope {
            out.push((format!("figures[{i}].scope"), s));
        }
        if let Some(n) = &f.note {
            out.push((format!("figures[{i}].note"), n));
        }
    }
    for (i, x) in d.disputes.iter().enumerate() {
        out.push((format!("disputes[{i}].question"), &x.question));
        out.push((format!("disputes[{i}].assessment"), &x.assessment));
        for (ci, c) in x.claims.iter().enumerate() {
            out.push((format!("disputes[{i}].claims[{ci}].text"), &c.text));
        }
    }
    for (i, g) in d.glossary.iter().enumerate() {
        out.push((format!("glossary[{i}].definition"), &g.definition));
    }
    for (i, c) in d.commitments.iter().enumerate() {
        out.push((format!("commitments[{i}].text"), &c.text));
        for (j, s) in c.status.iter().enumerate() {
            out.push((format!("commitments[{i}].status[{j}].label"), &s.label));
        }
    }
    for (i, g) in d.number_groups.iter().enumerate() {
        out.push((format!("number_groups[{i}].quantity"), &g.quantity));
        out.push((format!("number_groups[{i}].note"), &g.note));
        for (j, f) in g.figures.iter().enumerate() {
            out.push((format!("number_groups[{i}].figures[{j}].basis"), &f.basis));
        }
    }
    for (i, s) in d.sources.iter().enumerate() {
        out.push((format!("sources[{i}].date_note"), &s.date_note));
        for (ni, n) in s.notes.iter().enumerate() {
            out.push((format!("sources[{i}].notes[{ni}].text"), &n.text));
        }
    }
    out
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
