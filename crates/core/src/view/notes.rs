//! The sources each page cites, for the numbered notes printed at the end of the page.
//!
//! Each function walks the same items, through the same snapshot questions, as the page it
//! is named after, so the notes list exactly the sources behind the page's `[n]` markers
//! (the end-to-end print test checks this on every prerendered page). A page that cites
//! nothing has no notes.

use crate::analysis::changes::compare;
use crate::analysis::Snapshot;
use crate::model::*;
use std::collections::BTreeMap;

/// One source cited on a page: its marker number, and every passage the page cites from it.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedSource<'a> {
    /// The number of its `[n]` markers.
    pub number: usize,
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

/// The briefing page: the bottom line, and the key figures among `key_measures`.
pub fn briefing<'a>(snap: Snapshot<'a>, key_measures: &[&str]) -> Vec<CitedSource<'a>> {
    let mut p = NoteBook::new(snap);
    if let Some(b) = snap.briefing {
        for c in b
            .what_happened
            .iter()
            .chain(&b.where_things_stand)
            .chain(&b.what_to_watch)
        {
            p.cites(&c.cites);
        }
    }
    for f in key_measures.iter().filter_map(|m| snap.latest(m)) {
        p.cites(&f.cites);
    }
    p.sources()
}

/// A topic page: status and its history, each party's stance on every point with its quotes,
/// overlap and clash, analysts, other quotes, events. Nothing for a topic not yet known.
pub fn topic<'a>(snap: Snapshot<'a>, id: &str) -> Vec<CitedSource<'a>> {
    let mut p = NoteBook::new(snap);
    let store = snap.store;
    let Some(topic) = store.topic(id) else {
        return Vec::new();
    };
    if !snap.topics().iter().any(|t| t.id == topic.id) {
        return Vec::new();
    }
    if let Some(s) = snap.status(topic) {
        p.cites(&s.cites);
    }
    let history: Vec<_> = topic
        .status
        .iter()
        .filter(|s| s.date.first() <= snap.as_of && snap.cites_known(&s.cites))
        .collect();
    if history.len() > 1 {
        for s in history {
            p.cites(&s.cites);
        }
    }
    for pt in snap.points(topic) {
        for party in &store.data.parties {
            if let Some(s) = snap.stance(pt, &party.id) {
                p.cites(&s.cites);
                for q in snap.quotes(&s.quotes) {
                    p.quote(q);
                }
            }
        }
    }
    for c in topic
        .overlap
        .iter()
        .chain(&topic.clash)
        .filter(|c| snap.claim_known(c))
    {
        p.cites(&c.cites);
    }
    for a in topic.analysis.iter().filter(|a| snap.analysis_known(a)) {
        p.cites(&a.cites);
        for q in snap.quotes(&a.quotes) {
            p.quote(q);
        }
    }
    for q in snap.other_quotes_on(topic) {
        p.quote(q);
    }
    for e in snap
        .events()
        .into_iter()
        .filter(|e| e.topics.contains(&topic.id))
    {
        p.cites(&e.cites);
    }
    p.sources()
}

/// What changed between two briefings (`None`: the first and the latest), seen from the
/// page's snapshot `page`: moved and new figures, status changes, each party's new stances
/// and quotes, new events. Nothing when the pair is unknown or not earlier → later.
pub fn changes<'a>(page: Snapshot<'a>, pair: Option<(&str, &str)>) -> Vec<CitedSource<'a>> {
    let store = page.store;
    let briefings = &store.data.briefings;
    let (from_id, to_id) = match pair {
        Some(ids) => ids,
        None => match (briefings.first(), briefings.last()) {
            (Some(a), Some(b)) => (a.id.as_str(), b.id.as_str()),
            _ => return Vec::new(),
        },
    };
    let (Some(from), Some(to)) = (
        Snapshot::of_briefing(store, Some(from_id)),
        Snapshot::of_briefing(store, Some(to_id)),
    ) else {
        return Vec::new();
    };
    if from.as_of >= to.as_of {
        return Vec::new();
    }
    let changes = compare(from, to);
    let mut p = NoteBook::new(page);
    for f in changes.moved_figures() {
        if let Some(b) = f.before {
            p.cites(&b.cites);
        }
        p.cites(&f.after.cites);
    }
    for f in changes.new_figures() {
        p.cites(&f.after.cites);
    }
    for t in changes.status_changes() {
        if let Some(s) = t.status_after {
            p.cites(&s.cites);
        }
    }
    for t in changes
        .topics
        .iter()
        .filter(|t| !t.quiet && (!t.stances.is_empty() || !t.new_quotes.is_empty()))
    {
        for party in &store.data.parties {
            for s in t.stances_of(&party.id) {
                if let Some(after) = s.after {
                    p.cites(&after.cites);
                }
            }
            for q in t.quotes_of(store, &party.id) {
                p.quote(q);
            }
        }
    }
    for e in &changes.new_events {
        p.cites(&e.cites);
    }
    p.sources()
}

/// The reader's own briefing (`/my/`): each pinned item as that page shows it — a topic's
/// status and every stance with its quotes, a quote, an event, a figure. Items the dataset no
/// longer has cite nothing.
pub fn my_briefing<'a>(
    snap: Snapshot<'a>,
    items: &[crate::my_briefing::PinnedItem],
) -> Vec<CitedSource<'a>> {
    use crate::my_briefing::ItemKind;
    let mut p = NoteBook::new(snap);
    let store = snap.store;
    for item in items {
        match item.kind {
            ItemKind::Topic => {
                let Some(t) = store.topic(&item.id) else {
                    continue;
                };
                if let Some(s) = snap.status(t) {
                    p.cites(&s.cites);
                }
                for pt in snap.points(t) {
                    for party in &store.data.parties {
                        if let Some(s) = snap.stance(pt, &party.id) {
                            p.cites(&s.cites);
                            for q in snap.quotes(&s.quotes) {
                                p.quote(q);
                            }
                        }
                    }
                }
            }
            ItemKind::Quote => {
                if let Some(q) = store.quote(&item.id) {
                    p.quote(q);
                }
            }
            ItemKind::Event => {
                if let Some(e) = store.event(&item.id) {
                    p.cites(&e.cites);
                }
            }
            ItemKind::Figure => {
                if let Some(f) = store.figure(&item.id) {
                    p.cites(&f.cites);
                }
            }
        }
    }
    p.sources()
}

#[cfg(test)]
mod tests {

    #[test]
    fn my_briefing_notes_follow_the_pinned_items() {
        use crate::my_briefing::{ItemKind, PinnedItem};
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let q = &store.data.quotes[0];
        let pin = |kind, id: &str| PinnedItem {
            kind,
            id: id.into(),
            note: String::new(),
            pinned_at: String::new(),
        };
        let notes = my_briefing(
            snap,
            &[
                pin(ItemKind::Quote, &q.id),
                pin(ItemKind::Topic, "no-such-topic"),
            ],
        );
        let expected: Vec<usize> = {
            let mut v: Vec<usize> = q
                .cites
                .iter()
                .map(|c| store.source_number(&c.source))
                .collect();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(notes.iter().map(|n| n.number).collect::<Vec<_>>(), expected);
        assert!(my_briefing(snap, &[]).is_empty());
    }

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
    fn the_briefing_cites_its_bottom_line_and_key_figures() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let b = snap.briefing.unwrap();
        let without_figures = briefing(snap, &[]);
        let first = &b.what_happened[0].cites[0];
        let n = store.source_number(&first.source);
        let note = without_figures.iter().find(|c| c.number == n).unwrap();
        assert!(note.excerpts.contains(&first.excerpt));
        let figure = &store.data.figures[0];
        let with_figure = briefing(snap, &[figure.measure.as_str()]);
        let latest = snap.latest(&figure.measure).unwrap();
        for c in &latest.cites {
            let note = with_figure
                .iter()
                .find(|s| s.source.id == c.source)
                .unwrap();
            assert!(note.excerpts.contains(&c.excerpt));
        }
    }

    #[test]
    fn a_topic_cites_its_stances_and_their_quotes_and_nothing_before_it_is_known() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = &store.data.topics[0];
        let notes = topic(snap, &t.id);
        assert!(!notes.is_empty());
        let has = |c: &Citation| {
            notes
                .iter()
                .any(|n| n.source.id == c.source && n.excerpts.contains(&c.excerpt))
        };
        for pt in snap.points(t) {
            for party in &store.data.parties {
                if let Some(s) = snap.stance(pt, &party.id) {
                    assert!(s.cites.iter().all(has), "{}", pt.id);
                    for q in snap.quotes(&s.quotes) {
                        assert!(q.cites.iter().all(has), "{}", q.id);
                    }
                }
            }
        }
        assert!(topic(snap, "no-such-topic").is_empty());
        // A topic unknown at the first briefing has no notes there.
        let first = Snapshot::of_briefing(&store, Some(&store.data.briefings[0].id)).unwrap();
        if let Some(late) = store.data.topics.iter().find(|t| !first.topic_known(t)) {
            assert!(topic(first, &late.id).is_empty());
        }
    }

    #[test]
    fn changes_have_notes_and_an_impossible_comparison_has_none() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let notes = changes(snap, None);
        assert!(!notes.is_empty());
        let n = numbers(&notes);
        let mut sorted = n.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(n, sorted, "in marker order, each once");
        let b = &store.data.briefings;
        let (first, last) = (b[0].id.as_str(), b[b.len() - 1].id.as_str());
        assert_eq!(changes(snap, Some((first, last))), changes(snap, None));
        assert!(changes(snap, Some((last, first))).is_empty());
        assert!(changes(snap, Some(("nope", last))).is_empty());
    }
}
