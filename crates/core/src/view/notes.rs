//! The sources each page cites, for the numbered notes printed at the end of the page.
//!
//! The pages with a view model (briefing, topic, my briefing, what changed) take their notes
//! from it (`notes()` on [`crate::view::HomeView`] and the others). Each function below walks
//! the same items, through the same snapshot questions, as the page it is named after, so the notes list exactly the sources behind the page's `[n]` markers
//! (the end-to-end print test checks this on every prerendered page). A page that cites
//! nothing has no notes.

use crate::analysis::chart::tariff_series;
use crate::analysis::figures::{derived, figure_groups};
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
        for c in self.snap.known_cites(cites) {
            let Some(source) = store.source(&c.source) else {
                continue;
            };
            let number = store.source_number(&source.id);
            let entry = self.found.entry(number).or_insert_with(|| CitedSource {
                number,
                source,
                excerpts: Vec::new(),
            });
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

/// The timeline, unfiltered: every known event.
pub fn timeline<'a>(snap: Snapshot<'a>) -> Vec<CitedSource<'a>> {
    let mut p = NoteBook::new(snap);
    for e in snap.events() {
        p.cites(&e.cites);
    }
    p.sources()
}

/// The figures page: the chart's table, the computed comparisons and every figure.
pub fn figures<'a>(snap: Snapshot<'a>) -> Vec<CitedSource<'a>> {
    let mut p = NoteBook::new(snap);
    for s in tariff_series(&snap) {
        for st in &s.steps {
            p.cites(&st.figure.cites);
        }
    }
    for d in derived(&snap) {
        p.cites(&d.from.cites);
        p.cites(&d.to.cites);
    }
    for (_, figs) in figure_groups(&snap) {
        for f in figs {
            p.cites(&f.cites);
        }
    }
    p.sources()
}

/// Who's who: every actor of a party or independent, with all their known quotes.
pub fn people<'a>(snap: Snapshot<'a>) -> Vec<CitedSource<'a>> {
    let mut p = NoteBook::new(snap);
    let d = &snap.store.data;
    let shown = |side: &str| side == INDEPENDENT || d.parties.iter().any(|x| x.id == side);
    for a in d.actors.iter().filter(|a| shown(&a.side)) {
        p.cites(&a.cites);
        for q in snap.quotes_by(&a.id) {
            p.quote(q);
        }
    }
    p.sources()
}

/// Contested claims: every known claim of every dispute, with its quotes.
pub fn contested<'a>(snap: Snapshot<'a>) -> Vec<CitedSource<'a>> {
    let mut p = NoteBook::new(snap);
    for x in &snap.store.data.disputes {
        for c in snap.dispute_claims(x) {
            p.cites(&c.cites);
            for q in snap.quotes(&c.quotes) {
                p.quote(q);
            }
        }
    }
    p.sources()
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
        let s = &store.data.sources;
        let c = |i: usize, ex: &str| Citation {
            source: s[i].id.clone(),
            excerpt: ex.into(),
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
        let first = Snapshot::of_briefing(&store, Some(&store.data.briefings[0].id)).unwrap();
        let later = store
            .data
            .sources
            .iter()
            .find(|s| !first.source_known(&s.id))
            .expect("a source published after the first briefing");
        let mut p = NoteBook::new(first);
        p.cites(&[Citation {
            source: later.id.clone(),
            excerpt: "x".into(),
        }]);
        assert!(p.sources().is_empty());
    }

    #[test]
    fn each_cited_page_has_notes_in_marker_order() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        for (name, notes) in [
            ("timeline", timeline(snap)),
            ("figures", figures(snap)),
            ("people", people(snap)),
            ("contested", contested(snap)),
        ] {
            assert!(!notes.is_empty(), "{name}");
            let n = numbers(&notes);
            let mut sorted = n.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(n, sorted, "{name}: in marker order, each once");
        }
    }

    #[test]
    fn the_timeline_cites_every_known_event() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let notes = timeline(snap);
        let cited: usize = notes.iter().map(|n| n.excerpts.len()).sum();
        let mut distinct: Vec<(usize, &str)> = snap
            .events()
            .iter()
            .flat_map(|e| &e.cites)
            .map(|c| (store.source_number(&c.source), c.excerpt.as_str()))
            .collect();
        distinct.sort();
        distinct.dedup();
        assert_eq!(cited, distinct.len());
    }
}
