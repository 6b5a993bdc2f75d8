//! The sources each page cites, for the numbered notes printed at the end of the page.
//!
//! Every page's view model walks its own fields with a [`NoteBook`] (`notes()` on
//! [`crate::view::HomeView`] and the others), so the notes list exactly the sources behind the
//! page's `[n]` markers. A page that cites nothing has no notes.

use crate::analysis::Snapshot;
use crate::model::*;
use std::collections::BTreeMap;

/// One source cited on a page: its marker number, and every passage the page cites from it.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedSource<'a> {
    /// The number of its `[n]` markers.
    pub number: usize,
    /// The source.
    pub source: &'a Source,
    /// The cited passages, in first-cited order, each once (once per voice when the page cites
    /// the same passage in two voices).
    pub excerpts: Vec<String>,
    /// Whose voice each passage carries, as [`voice_label`] shows it, by index in `excerpts`.
    pub voices: Vec<Option<String>>,
}

/// A printed note ready to render: owned, so that a component can take it as a prop.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintNote {
    /// The number of the source's `[n]` markers.
    pub number: usize,
    /// The source as a reference line: outlet, title, date, URL.
    pub reference: String,
    /// The passages the page cites from it, in first-cited order.
    pub excerpts: Vec<String>,
    /// The same passages as printed: with whose voice each carries ([`passage_line`]).
    pub lines: Vec<String>,
}

/// Whose voice a citation's passage carries, for readers: the speaker and the source's verb
/// ("Donald Trump, claimed"), the party or both parties ("China", "Both parties, confirm"), or
/// "The outlet's own reading" for the outlet's reporting. `None` when the citation gives no
/// voice.
pub fn voice_label(store: &Store, c: &Citation) -> Option<String> {
    let voice = c.voice.as_deref()?;
    if voice == OUTLET {
        return Some("The outlet's own reading".to_string());
    }
    let who = if voice == BOTH {
        "Both parties".to_string()
    } else if let Some(p) = store.dataset.parties.iter().find(|p| p.id == voice) {
        p.name.clone()
    } else if let Some(a) = store.actor(voice) {
        a.name.clone()
    } else {
        voice.to_string()
    };
    Some(match c.verb.as_deref() {
        Some(verb) => format!("{who}, {verb}"),
        None => who,
    })
}

/// A cited passage as the tooltip and the printed notes show it: `Donald Trump, claimed —
/// “…”`, or just `“…”` when the citation gives no voice.
pub fn passage_line(voice: Option<&str>, excerpt: &str) -> String {
    match voice {
        Some(v) => format!("{v} — “{excerpt}”"),
        None => format!("“{excerpt}”"),
    }
}

/// The notes printed at the end of a page that cites `sources`.
pub fn print_notes(store: &Store, sources: &[CitedSource<'_>]) -> Vec<PrintNote> {
    sources
        .iter()
        .map(|c| PrintNote {
            number: c.number,
            reference: crate::export::citation::source_reference(store, c.source),
            excerpts: c.excerpts.clone(),
            lines: c
                .excerpts
                .iter()
                .zip(&c.voices)
                .map(|(e, v)| passage_line(v.as_deref(), e))
                .collect(),
        })
        .collect()
}

/// Collects the citations a page shows, as its citation markers do: only those whose source
/// was published by the page's snapshot.
pub struct NoteBook<'a> {
    snap: Snapshot<'a>,
    found: BTreeMap<usize, CitedSource<'a>>,
}

impl<'a> NoteBook<'a> {
    /// An empty notebook for a page shown as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        NoteBook {
            snap,
            found: BTreeMap::new(),
        }
    }

    /// Adds the citations of one line.
    pub fn cites(&mut self, cites: &[Citation]) {
        let store = self.snap.store;
        for c in cites {
            // One lookup gives what `known_cites`, `source` and `source_number` would.
            let Some((number, source)) = store.numbered_source(&c.source) else {
                continue;
            };
            if source.published.first() > self.snap.as_of {
                continue;
            }
            let entry = self.found.entry(number).or_insert_with(|| CitedSource {
                number,
                source,
                excerpts: Vec::new(),
                voices: Vec::new(),
            });
            // A linear search: one source has few distinct passages (hashing long excerpts
            // measured slower).
            let voice = voice_label(store, c);
            if !entry
                .excerpts
                .iter()
                .zip(&entry.voices)
                .any(|(e, v)| *e == c.excerpt && *v == voice)
            {
                entry.excerpts.push(c.excerpt.clone());
                entry.voices.push(voice);
            }
        }
    }

    /// Adds a quote as a quote block shows it.
    pub fn quote(&mut self, q: &Quote) {
        self.cites(&q.cites);
    }

    /// The sources found, by marker number.
    pub fn sources(self) -> Vec<CitedSource<'a>> {
        self.found.into_values().collect()
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    fn numbers(v: &[CitedSource<'_>]) -> Vec<usize> {
        v.iter().map(|c| c.number).collect()
    }

    #[test]
    fn sources_come_once_each_in_marker_order_with_each_passage_once() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let mut p = NoteBook::new(snap);
        let s = &store.dataset.sources;
        let c = |i: usize, ex: &str| Citation {
            source: s[i].id.clone(),
            excerpt: ex.into(),
            prefix: None,
            suffix: None,
            voice: None,
            verb: None,
        };
        p.cites(&[c(2, "b"), c(0, "a"), c(2, "b"), c(2, "c")]);
        p.cites(&[c(0, "a")]);
        let found = p.sources();
        assert_eq!(numbers(&found), [1, 3]);
        assert_eq!(found[0].excerpts, ["a"]);
        assert_eq!(found[1].excerpts, ["b", "c"]);
        assert_eq!(found[1].source.id, s[2].id);
    }

    #[test]
    fn each_passage_is_printed_with_whose_voice_it_carries() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let s = &store.dataset.sources;
        let c = |voice: Option<&str>, verb: Option<&str>| Citation {
            source: s[0].id.clone(),
            excerpt: "a".into(),
            prefix: None,
            suffix: None,
            voice: voice.map(str::to_string),
            verb: verb.map(str::to_string),
        };
        let cites = [
            c(Some("donald-trump"), Some("claimed")),
            c(Some("outlet"), None),
            c(Some("cn"), None),
            c(Some("both"), Some("agreed")),
            c(None, None),
            c(Some("donald-trump"), Some("claimed")),
        ];
        let mut p = NoteBook::new(snap);
        p.cites(&cites);
        let notes = print_notes(&store, &p.sources());
        assert_eq!(
            notes[0].lines,
            [
                "Donald Trump, claimed — “a”",
                "The outlet's own reading — “a”",
                "China — “a”",
                "Both parties, agreed — “a”",
                "“a”",
            ]
        );
    }

    #[test]
    fn a_source_published_after_the_snapshot_is_not_a_note() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let later = store
            .dataset
            .sources
            .iter()
            .find(|s| !first.source_known(&s.id))
            .expect("a source published after the first briefing");
        let mut p = NoteBook::new(first);
        p.cites(&[Citation {
            source: later.id.clone(),
            excerpt: "x".into(),
            prefix: None,
            suffix: None,
            voice: None,
            verb: None,
        }]);
        assert!(p.sources().is_empty());
    }
}
