//! The Timeline page's view model: every known event (optionally filtered by side and topic),
//! each with the event it answers and those that answer it, and the filter choices.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::timeline::{timeline, TimelineEntry};
use crate::analysis::Snapshot;
use crate::model::*;

/// One choice of the side filter: `None` for all sides, else a side id, with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct SideChoice {
    /// The side id (a party, `both` or `independent`), or `None` for every side.
    pub id: Option<String>,
    /// The button's label.
    pub label: String,
}

/// One event as the timeline shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineRow<'a> {
    /// The event, the move it answers and the moves that answer it.
    pub entry: TimelineEntry<'a>,
    /// Display name of the event's side.
    pub side_name: String,
}

/// Everything the Timeline page shows.
pub struct TimelineView<'a> {
    snap: Snapshot<'a>,
    /// The side filter's choices: all, each party, both, independent.
    pub sides: Vec<SideChoice>,
    /// The topic filter's choices: the topics known in the snapshot.
    pub topics: Vec<&'a Topic>,
    /// The events that pass the filters, oldest first (the page pages them).
    pub rows: Vec<TimelineRow<'a>>,
}

impl<'a> TimelineView<'a> {
    /// The timeline of `snap`, keeping only events of `side` and of `topic` when given.
    pub fn new(snap: Snapshot<'a>, side: Option<&str>, topic: Option<&str>) -> Self {
        let store = snap.store;
        let mut sides = vec![SideChoice {
            id: None,
            label: "All sides".into(),
        }];
        sides.extend(store.dataset.parties.iter().map(|p| SideChoice {
            id: Some(p.id.clone()),
            label: p.short_name.clone(),
        }));
        for (id, label) in [(BOTH, "Both"), (INDEPENDENT, "Independent")] {
            sides.push(SideChoice {
                id: Some(id.into()),
                label: label.into(),
            });
        }
        let rows = timeline(&snap, side, topic)
            .into_iter()
            .map(|entry| TimelineRow {
                side_name: store.side_name(&entry.event.actor_side),
                entry,
            })
            .collect();
        TimelineView {
            snap,
            sides,
            topics: snap.topics(),
            rows,
        }
    }

    /// The first `shown` rows grouped by year, oldest first.
    pub fn years(&self, shown: usize) -> Vec<(i32, Vec<&TimelineRow<'a>>)> {
        let mut out: Vec<(i32, Vec<&TimelineRow<'a>>)> = Vec::new();
        for r in self.rows.iter().take(shown) {
            match out.last_mut() {
                Some((y, v)) if *y == r.entry.year => v.push(r),
                _ => out.push((r.entry.year, vec![r])),
            }
        }
        out
    }

    /// The sources cited by the rows (every row, not only the first page of them).
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for r in &self.rows {
            p.cites(&r.entry.event.cites);
        }
        p.sources()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_cites_every_known_event() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = TimelineView::new(snap, None, None);
        assert_eq!(view.rows.len(), snap.events().len());
        let notes = view.notes();
        let cited: usize = notes.iter().map(|n| n.excerpts.len()).sum();
        let mut distinct: Vec<(usize, &str)> = view
            .rows
            .iter()
            .flat_map(|r| &r.entry.event.cites)
            .map(|c| (store.source_number(&c.source), c.excerpt.as_str()))
            .collect();
        distinct.sort();
        distinct.dedup();
        assert!(!notes.is_empty());
        assert_eq!(cited, distinct.len());
    }

    #[test]
    fn filters_narrow_the_rows_and_their_notes() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let all = TimelineView::new(snap, None, None);
        let topic = &all.topics[0].id;
        let one = TimelineView::new(snap, None, Some(topic));
        assert!(one.rows.len() < all.rows.len());
        assert!(one
            .rows
            .iter()
            .all(|r| r.entry.event.topics.contains(topic)));
        let sources = |v: &TimelineView<'_>| -> Vec<usize> {
            let mut n: Vec<usize> = v
                .rows
                .iter()
                .flat_map(|r| &r.entry.event.cites)
                .map(|c| store.source_number(&c.source))
                .collect();
            n.sort();
            n.dedup();
            n
        };
        let numbers =
            |v: &TimelineView<'_>| -> Vec<usize> { v.notes().iter().map(|n| n.number).collect() };
        assert_eq!(numbers(&one), sources(&one));
        assert_eq!(numbers(&all), sources(&all));
        let grouped: usize = all.years(usize::MAX).iter().map(|(_, v)| v.len()).sum();
        assert_eq!(grouped, all.rows.len());
        assert_eq!(all.years(3).iter().map(|(_, v)| v.len()).sum::<usize>(), 3);
    }

    #[test]
    fn an_earlier_timeline_shows_nothing_after_it() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let latest = Snapshot::of_briefing(&store, None).unwrap();
        let early = TimelineView::new(first, None, None);
        assert!(early.rows.len() < TimelineView::new(latest, None, None).rows.len());
        for r in &early.rows {
            assert!(
                r.entry.event.date.first() <= first.as_of,
                "{}",
                r.entry.event.id
            );
            for e in r.entry.responds_to.iter().chain(&r.entry.responses) {
                assert!(e.date.first() <= first.as_of, "{}", e.id);
            }
        }
        for n in early.notes() {
            assert!(n.source.published.first() <= first.as_of);
        }
    }
}
