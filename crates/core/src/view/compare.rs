//! The Compare page's view model: every known topic with its status, and each of its points
//! with how the parties' stances relate and each party's stance.
//!
//! The page shows no `[n]` markers (a topic's page carries the sources), so it has no notes.

use crate::analysis::Snapshot;
use crate::model::*;

/// One point of a topic as the comparison shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparePoint<'a> {
    /// The point.
    pub point: &'a Point,
    /// How the parties' stances on it relate.
    pub relation: Relation,
    /// Each party's known stance, in party order (`None`: nothing on record).
    pub stances: Vec<Option<&'a Stance>>,
}

/// One topic's row.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Where it stands.
    pub status: Option<&'a StatusChange>,
    /// Its points with a known stance; the first is the main point, shown party by party.
    pub points: Vec<ComparePoint<'a>>,
}

/// Everything the Compare page shows.
pub struct CompareView<'a> {
    /// The parties, in column order.
    pub parties: &'a [Party],
    /// Every known topic, in dataset order (the page pages them).
    pub rows: Vec<CompareRow<'a>>,
}

impl<'a> CompareView<'a> {
    /// The comparison as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let parties = &snap.store.dataset.parties[..];
        let rows = snap
            .topics()
            .into_iter()
            .map(|topic| CompareRow {
                topic,
                status: snap.status(topic),
                points: snap
                    .points(topic)
                    .into_iter()
                    .map(|point| ComparePoint {
                        point,
                        relation: snap.relation(point),
                        stances: parties.iter().map(|p| snap.stance(point, &p.id)).collect(),
                    })
                    .collect(),
            })
            .collect();
        CompareView { parties, rows }
    }
}

impl<'a> CompareRow<'a> {
    /// The main point: the first with a known stance.
    pub fn main(&self) -> Option<&ComparePoint<'a>> {
        self.points.first()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_known_topic_has_its_points_and_each_party_its_stance() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = CompareView::new(snap);
        assert_eq!(view.rows.len(), snap.topics().len());
        for r in &view.rows {
            assert_eq!(r.points.len(), snap.points(r.topic).len());
            for p in &r.points {
                assert_eq!(p.relation, snap.relation(p.point));
                assert_eq!(p.stances.len(), store.dataset.parties.len());
                for (s, party) in p.stances.iter().zip(&store.dataset.parties) {
                    assert_eq!(*s, snap.stance(p.point, &party.id));
                }
            }
        }
        assert!(view.rows.iter().any(|r| r.points.len() > 1));
    }

    #[test]
    fn an_earlier_view_shows_no_later_stance() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = CompareView::new(first);
        assert!(view.rows.len() <= store.dataset.topics.len());
        for r in &view.rows {
            assert!(r.status.is_none_or(|s| s.date.first() <= first.as_of));
            for s in r.points.iter().flat_map(|p| p.stances.iter().flatten()) {
                assert!(s.date.first() <= first.as_of);
            }
        }
    }
}
