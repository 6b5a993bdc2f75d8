//! The view models: their notes are exactly the sources their own fields cite, and an
//! earlier snapshot's view shows nothing dated after it.

use super::changes::ChangesView;
use super::home::HomeView;
use super::my_briefing::{MyBriefingView, PinnedContent};
use super::notes::CitedSource;
use super::topic::{PointView, QuoteView, TopicView};
use crate::analysis::Snapshot;
use crate::model::*;
use crate::my_briefing::{ItemKind, PinnedItem};

/// The embedded dataset and the US–Japan example.
pub(crate) fn stores() -> Vec<Store> {
    let japan = Store::from_json(include_str!("../../../../data/examples/us-japan-2019.json"))
        .expect("the example dataset is valid");
    vec![Store::new(embedded().dataset.clone()), japan]
}

/// Every briefing's snapshot of a store.
pub(crate) fn snapshots(store: &Store) -> Vec<Snapshot<'_>> {
    store
        .dataset
        .briefings
        .iter()
        .map(|b| Snapshot::of_briefing(store, Some(&b.id)).unwrap())
        .collect()
}

/// The marker numbers that `cites` (every citation a view's fields carry) give in `snap`,
/// each once, in order: what the view's `notes()` must list.
pub(crate) fn marker_numbers<'a>(
    snap: &Snapshot<'a>,
    cites: impl IntoIterator<Item = &'a Citation>,
) -> Vec<usize> {
    let mut n: Vec<usize> = cites
        .into_iter()
        .filter(|c| snap.source_known(&c.source))
        .map(|c| snap.store.source_number(&c.source))
        .collect();
    n.sort();
    n.dedup();
    n
}

/// Asserts that `notes` list exactly the sources `cites` give, in marker order.
pub(crate) fn assert_notes_are<'a>(
    snap: &Snapshot<'a>,
    notes: &[CitedSource<'a>],
    cites: impl IntoIterator<Item = &'a Citation>,
) {
    let expected = marker_numbers(snap, cites);
    assert!(!expected.is_empty(), "the view cites nothing");
    assert_eq!(notes.iter().map(|n| n.number).collect::<Vec<_>>(), expected);
}

/// The notes expected from these citations, computed without a `NoteBook`: each source
/// published by the snapshot once, by number, with its passages in first-cited order.
fn expected<'a>(snap: &Snapshot<'a>, cites: &[&'a Citation]) -> Vec<(usize, Vec<String>)> {
    let mut out: Vec<(usize, Vec<String>)> = Vec::new();
    for c in cites {
        let Some(s) = snap.store.source(&c.source) else {
            continue;
        };
        if s.published.first() > snap.as_of {
            continue;
        }
        let n = snap.store.source_number(&s.id);
        match out.iter_mut().find(|(m, _)| *m == n) {
            Some((_, ex)) if ex.contains(&c.excerpt) => {}
            Some((_, ex)) => ex.push(c.excerpt.clone()),
            None => out.push((n, vec![c.excerpt.clone()])),
        }
    }
    out.sort_by_key(|(n, _)| *n);
    out
}

fn actual(notes: &[CitedSource<'_>]) -> Vec<(usize, Vec<String>)> {
    notes
        .iter()
        .map(|c| (c.number, c.excerpts.clone()))
        .collect()
}

fn quote_cites<'a>(qs: &[QuoteView<'a>]) -> Vec<&'a Citation> {
    qs.iter().flat_map(|q| &q.quote.cites).collect()
}

fn point_cites<'a>(points: &[PointView<'a>]) -> Vec<&'a Citation> {
    let mut v = Vec::new();
    for pt in points {
        for s in &pt.stances {
            v.extend(s.stance.into_iter().flat_map(|s| &s.cites));
            v.extend(quote_cites(&s.quotes));
        }
    }
    v
}

fn before(snap: &Snapshot<'_>, date: &DateSpec, what: &str) {
    assert!(
        date.first() <= snap.as_of,
        "{what} dated {} shown as of {}",
        date.human(),
        snap.as_of
    );
}

fn no_later_source(snap: &Snapshot<'_>, notes: &[CitedSource<'_>], page: &str) {
    for n in notes {
        assert!(
            n.source.published.first() <= snap.as_of,
            "{page}: a later source is a note: {}",
            n.source.id
        );
    }
}

fn points_before(snap: &Snapshot<'_>, points: &[PointView<'_>]) {
    for pt in points {
        for s in &pt.stances {
            if let Some(st) = s.stance {
                before(snap, &st.date, &pt.point.id);
            }
            for q in &s.quotes {
                before(snap, &q.quote.said, &q.quote.id);
            }
        }
    }
}

#[test]
fn the_briefing_notes_are_its_bottom_line_and_key_figures() {
    for store in stores() {
        for snap in snapshots(&store) {
            let view = HomeView::new(snap);
            let cites: Vec<&Citation> = view
                .bottom_line
                .iter()
                .flat_map(|p| p.claims)
                .flat_map(|c| &c.cites)
                .chain(view.key_figures.iter().flat_map(|f| &f.cites))
                .collect();
            assert!(!cites.is_empty());
            assert_eq!(actual(&view.notes()), expected(&snap, &cites));
        }
    }
}

#[test]
fn the_briefing_shows_the_datasets_key_measures_or_falls_back_to_its_own() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let view = HomeView::new(snap);
    let measures: Vec<&str> = view
        .key_figures
        .iter()
        .map(|f| f.measure.as_str())
        .collect();
    assert_eq!(
        measures,
        store
            .dataset
            .key_measures
            .iter()
            .map(String::as_str)
            .filter(|m| snap.latest(m).is_some())
            .collect::<Vec<_>>()
    );
    assert_eq!(measures[0], store.dataset.key_measures[0]);
    // A dataset that names none (or none known) shows its first six known measures.
    let mut d = store.dataset.clone();
    d.key_measures.clear();
    let own = Store::new(d);
    let snap = Snapshot::of_briefing(&own, None).unwrap();
    let figures = HomeView::new(snap).key_figures;
    assert_eq!(figures.len(), 6);
    assert_eq!(figures[0].measure, snap.figures()[0].measure);
    let mut d = store.dataset.clone();
    d.key_measures = vec!["no-such".into()];
    let own = Store::new(d);
    assert_eq!(
        HomeView::new(Snapshot::of_briefing(&own, None).unwrap())
            .key_figures
            .len(),
        6
    );
}

#[test]
fn an_earlier_briefing_shows_nothing_dated_after_it() {
    for store in stores() {
        for snap in snapshots(&store) {
            let view = HomeView::new(snap);
            for f in &view.key_figures {
                before(&snap, &f.date, &f.id);
            }
            for t in &view.topics {
                assert!(snap.topic_known(t.topic), "{}", t.topic.id);
                if let Some(s) = t.status {
                    before(&snap, &s.date, &t.topic.id);
                }
            }
            no_later_source(&snap, &view.notes(), "briefing");
        }
    }
}

#[test]
fn a_topics_notes_are_the_sources_its_fields_cite() {
    for store in stores() {
        for snap in snapshots(&store) {
            for t in &store.dataset.topics {
                let view = TopicView::new(snap, &t.id).unwrap();
                let mut cites: Vec<&Citation> = Vec::new();
                cites.extend(view.status.into_iter().flat_map(|s| &s.cites));
                cites.extend(view.history.iter().flat_map(|s| &s.cites));
                cites.extend(point_cites(&view.points));
                cites.extend(
                    view.overlap
                        .iter()
                        .chain(&view.clash)
                        .flat_map(|c| &c.cites),
                );
                for a in &view.analysis {
                    cites.extend(&a.analysis.cites);
                    cites.extend(quote_cites(&a.quotes));
                }
                cites.extend(quote_cites(&view.other_quotes));
                cites.extend(view.events.iter().flat_map(|e| &e.cites));
                assert_eq!(actual(&view.notes()), expected(&snap, &cites), "{}", t.id);
                if !view.known {
                    assert!(view.notes().is_empty(), "{}", t.id);
                }
            }
        }
    }
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    assert!(TopicView::new(snap, "no-such-topic").is_none());
}

#[test]
fn a_topic_shows_each_partys_latest_stance_and_its_neighbours() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let known = snap.topics();
    let view = TopicView::new(snap, &known[1].id).unwrap();
    assert_eq!(view.prev.map(|t| &t.id), Some(&known[0].id));
    assert_eq!(view.next.map(|t| &t.id), known.get(2).map(|t| &t.id));
    assert!(!view.points.is_empty());
    for pt in &view.points {
        assert_eq!(pt.relation, snap.relation(pt.point));
        assert_eq!(pt.stances.len(), store.dataset.parties.len());
        for (s, party) in pt.stances.iter().zip(&store.dataset.parties) {
            assert_eq!(s.party.id, party.id);
            assert_eq!(s.stance, snap.stance(pt.point, &party.id));
            let ids: Vec<&str> = s.quotes.iter().map(|q| q.quote.id.as_str()).collect();
            let want: Vec<&str> = s
                .stance
                .map(|st| {
                    snap.quotes(&st.quotes)
                        .iter()
                        .map(|q| q.id.as_str())
                        .collect()
                })
                .unwrap_or_default();
            assert_eq!(ids, want);
            for q in &s.quotes {
                assert_eq!(q.speaker.map(|a| &a.id), Some(&q.quote.speaker));
            }
        }
    }
}

#[test]
fn an_earlier_topic_shows_nothing_dated_after_it() {
    for store in stores() {
        for snap in snapshots(&store) {
            for t in &store.dataset.topics {
                let view = TopicView::new(snap, &t.id).unwrap();
                assert_eq!(view.known, snap.topic_known(t));
                for s in view.status.iter().chain(&view.history) {
                    before(&snap, &s.date, &t.id);
                }
                points_before(&snap, &view.points);
                for c in view.overlap.iter().chain(&view.clash) {
                    before(&snap, &c.date, &t.id);
                }
                for a in &view.analysis {
                    before(&snap, &a.analysis.date, &t.id);
                    for q in &a.quotes {
                        before(&snap, &q.quote.said, &q.quote.id);
                    }
                }
                for q in &view.other_quotes {
                    before(&snap, &q.quote.said, &q.quote.id);
                }
                for e in &view.events {
                    before(&snap, &e.date, &e.id);
                }
                for n in view.prev.iter().chain(&view.next) {
                    assert!(snap.topic_known(n), "{}", n.id);
                }
                no_later_source(&snap, &view.notes(), &t.id);
            }
        }
    }
}

/// Everything the dataset has, pinned, plus one item it does not have.
pub(crate) fn pin_everything(store: &Store) -> Vec<PinnedItem> {
    let d = &store.dataset;
    let pin = |kind, id: &str| PinnedItem {
        kind,
        id: id.into(),
        note: String::new(),
        pinned_at: String::new(),
    };
    let mut items = vec![pin(ItemKind::Topic, "no-such-topic")];
    items.extend(d.topics.iter().map(|t| pin(ItemKind::Topic, &t.id)));
    items.extend(d.quotes.iter().map(|q| pin(ItemKind::Quote, &q.id)));
    items.extend(d.events.iter().map(|e| pin(ItemKind::Event, &e.id)));
    items.extend(d.figures.iter().map(|f| pin(ItemKind::Figure, &f.id)));
    items
}

#[test]
fn my_briefings_notes_are_the_sources_its_items_cite() {
    for store in stores() {
        let items = pin_everything(&store);
        for snap in snapshots(&store) {
            let view = MyBriefingView::of_items(snap, &items, "");
            assert_eq!(view.items.len(), items.len());
            assert!(view.items[0].is_missing());
            let mut cites: Vec<&Citation> = Vec::new();
            for e in &view.items {
                match &e.content {
                    PinnedContent::Missing => {}
                    PinnedContent::Topic(t) => {
                        cites.extend(t.status.into_iter().flat_map(|s| &s.cites));
                        cites.extend(point_cites(&t.points));
                    }
                    PinnedContent::Quote { quote, known, .. } => {
                        if *known {
                            cites.extend(&quote.quote.cites)
                        }
                    }
                    PinnedContent::Event { event, known } => {
                        if *known {
                            cites.extend(&event.cites)
                        }
                    }
                    PinnedContent::Figure { figure, known } => {
                        if *known {
                            cites.extend(&figure.cites)
                        }
                    }
                }
            }
            assert_eq!(actual(&view.notes()), expected(&snap, &cites));
        }
        // Nothing pinned, nothing cited.
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        assert!(MyBriefingView::of_items(snap, &[], "").notes().is_empty());
    }
}

#[test]
fn an_earlier_my_briefing_shows_nothing_dated_after_it() {
    for store in stores() {
        let items = pin_everything(&store);
        for snap in snapshots(&store) {
            let view = MyBriefingView::of_items(snap, &items, "");
            for e in &view.items {
                match &e.content {
                    PinnedContent::Missing => {}
                    PinnedContent::Topic(t) => {
                        assert_eq!(t.known, snap.topic_known(t.topic));
                        if let Some(s) = t.status {
                            before(&snap, &s.date, &t.topic.id);
                        }
                        points_before(&snap, &t.points);
                    }
                    PinnedContent::Quote { quote, known, .. } => {
                        assert_eq!(*known, snap.quote_known(quote.quote));
                    }
                    PinnedContent::Event { event, known } => {
                        assert_eq!(*known, snap.event_known(event));
                    }
                    PinnedContent::Figure { figure, known } => {
                        assert_eq!(*known, snap.figure_known(figure));
                    }
                }
            }
            no_later_source(&snap, &view.notes(), "my briefing");
        }
        // The first briefing is earlier than the dataset's last item.
        let first = snapshots(&store)[0];
        let view = MyBriefingView::of_items(first, &items, "");
        assert!(view.items.iter().any(|e| matches!(
            e.content,
            PinnedContent::Quote { known: false, .. }
                | PinnedContent::Event { known: false, .. }
                | PinnedContent::Figure { known: false, .. }
        )));
    }
}

#[test]
fn what_changed_notes_are_the_sources_its_fields_cite() {
    for store in stores() {
        let page = Snapshot::of_briefing(&store, None).unwrap();
        let view = ChangesView::new(page, None).unwrap();
        assert!(view.ordered);
        let mut cites: Vec<&Citation> = Vec::new();
        for f in &view.moved_figures {
            cites.extend(f.before.into_iter().flat_map(|b| &b.cites));
            cites.extend(&f.after.cites);
        }
        cites.extend(view.new_figures.iter().flat_map(|f| &f.after.cites));
        cites.extend(
            view.status_changes
                .iter()
                .flat_map(|t| t.after.into_iter().flat_map(|s| &s.cites)),
        );
        for t in &view.positions {
            for p in &t.parties {
                cites.extend(p.stances.iter().flat_map(|s| s.after.unwrap().cites.iter()));
                cites.extend(quote_cites(&p.quotes));
            }
        }
        cites.extend(view.new_events.iter().flat_map(|e| &e.cites));
        let notes = view.notes();
        assert!(!notes.is_empty());
        assert_eq!(actual(&notes), expected(&page, &cites));
        // The default pair is the first and the latest briefing.
        let b = &store.dataset.briefings;
        let (first, last) = (b[0].id.as_str(), b[b.len() - 1].id.as_str());
        let pair = ChangesView::new(page, Some((first, last))).unwrap();
        assert_eq!(pair.notes(), notes);
        // Later → earlier compares nothing; an unknown briefing is no page.
        let backwards = ChangesView::new(page, Some((last, first))).unwrap();
        assert!(!backwards.ordered && backwards.notes().is_empty());
        assert!(ChangesView::new(page, Some(("nope", last))).is_none());
    }
}

#[test]
fn what_changed_shows_nothing_dated_after_the_later_briefing() {
    for store in stores() {
        let page = Snapshot::of_briefing(&store, None).unwrap();
        let view = ChangesView::new(page, None).unwrap();
        let to = Snapshot::of_briefing(&store, Some(&view.to.id)).unwrap();
        for f in view.moved_figures.iter().chain(&view.new_figures) {
            before(&to, &f.after.date, &f.after.id);
        }
        for t in &view.positions {
            for p in &t.parties {
                for s in &p.stances {
                    before(&to, &s.after.unwrap().date, &s.point.id);
                    assert_eq!(s.party.id, p.party.id);
                }
                for q in &p.quotes {
                    before(&to, &q.quote.said, &q.quote.id);
                    assert_eq!(q.speaker.map(|a| &a.side), Some(&p.party.id));
                }
            }
        }
        for e in &view.new_events {
            before(&to, &e.date, &e.id);
        }
    }
}

// Adapted from the per-page walks these view models replace.

#[test]
fn the_briefing_cites_its_bottom_line_and_key_figures() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let b = snap.briefing.unwrap();
    let notes = HomeView::new(snap).notes();
    let first = &b.what_happened[0].cites[0];
    let n = store.source_number(&first.source);
    let note = notes.iter().find(|c| c.number == n).unwrap();
    assert!(note.excerpts.contains(&first.excerpt));
    let latest = snap.latest(&store.dataset.key_measures[0]).unwrap();
    for c in &latest.cites {
        let note = notes.iter().find(|s| s.source.id == c.source).unwrap();
        assert!(note.excerpts.contains(&c.excerpt));
    }
}

#[test]
fn a_topic_cites_its_stances_and_their_quotes_and_nothing_before_it_is_known() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let t = &store.dataset.topics[0];
    let notes = TopicView::new(snap, &t.id).unwrap().notes();
    assert!(!notes.is_empty());
    let has = |c: &Citation| {
        notes
            .iter()
            .any(|n| n.source.id == c.source && n.excerpts.contains(&c.excerpt))
    };
    for pt in snap.points(t) {
        for party in &store.dataset.parties {
            if let Some(s) = snap.stance(pt, &party.id) {
                assert!(s.cites.iter().all(has), "{}", pt.id);
                for q in snap.quotes(&s.quotes) {
                    assert!(q.cites.iter().all(has), "{}", q.id);
                }
            }
        }
    }
    // A topic unknown at the first briefing has no notes there.
    let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
    if let Some(late) = store.dataset.topics.iter().find(|t| !first.topic_known(t)) {
        let view = TopicView::new(first, &late.id).unwrap();
        assert!(!view.known && view.points.is_empty() && view.notes().is_empty());
    }
}

#[test]
fn my_briefing_notes_follow_the_pinned_items() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let q = &store.dataset.quotes[0];
    let pin = |kind, id: &str| PinnedItem {
        kind,
        id: id.into(),
        note: String::new(),
        pinned_at: String::new(),
    };
    let items = [
        pin(ItemKind::Quote, &q.id),
        pin(ItemKind::Topic, "no-such-topic"),
    ];
    let notes = MyBriefingView::of_items(snap, &items, "").notes();
    let mut want: Vec<usize> = q
        .cites
        .iter()
        .map(|c| store.source_number(&c.source))
        .collect();
    want.sort();
    want.dedup();
    assert_eq!(notes.iter().map(|n| n.number).collect::<Vec<_>>(), want);
}
