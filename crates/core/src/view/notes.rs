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
    /// The cited passages, in first-cited order, each once.
    pub excerpts: Vec<String>,
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
}

/// The notes printed at the end of a page that cites `sources`.
pub fn print_notes(store: &Store, sources: &[CitedSource<'_>]) -> Vec<PrintNote> {
    sources
        .iter()
        .map(|c| PrintNote {
            number: c.number,
            reference: crate::export::citation::source_reference(store, c.source),
            excerpts: c.excerpts.clone(),
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
            });
            // A linear search: one source has few distinct passages (hashing long excerpts
            // measured slower).
            if !entry.excerpts.contains(&c.excerpt) {
                entry.excerpts.push(c.excerpt.clone());
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
