//! The Commitments page's view model: every known promise, undertaking, prediction, threat,
//! demand and stated intention, with who made it, the words, when, the deadline, the status
//! as of the snapshot and the time left.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::commitments::{time_left, TimeLeft};
use crate::analysis::Snapshot;
use crate::model::*;

/// One row of the ledger.
#[derive(Clone, Debug, PartialEq)]
pub struct CommitmentRow<'a> {
    /// The commitment.
    pub commitment: &'a Commitment,
    /// Who made it.
    pub actor: Option<&'a Actor>,
    /// Its party's id (the actor's side).
    pub side: &'a str,
    /// The quote that holds the words, when known.
    pub quote: Option<&'a Quote>,
    /// The words shown when there is no quote: the first known citation, verbatim.
    pub words: Option<&'a Citation>,
    /// Its statuses known by the snapshot, oldest first.
    pub history: Vec<&'a CommitmentStatusChange>,
    /// Where it stands (the latest known status; `Unknown` when none is known).
    pub status: CommitmentStatus,
    /// The latest known status entry, when there is one.
    pub current: Option<&'a CommitmentStatusChange>,
    /// The time left at the snapshot day, for a pending one (else `None`).
    pub time_left: Option<TimeLeft>,
    /// Topics it bears on.
    pub topics: Vec<&'a Topic>,
}

/// Everything the Commitments page shows.
pub struct CommitmentsView<'a> {
    /// The snapshot shown.
    pub snap: Snapshot<'a>,
    /// The rows, by date said (ties keep dataset order).
    pub rows: Vec<CommitmentRow<'a>>,
    /// Counts per status, in [`CommitmentStatus::ALL`] order, zeros left out.
    pub counts: Vec<(CommitmentStatus, usize)>,
    /// The day the time left is computed for.
    pub as_of: Day,
}

impl<'a> CommitmentsView<'a> {
    /// The ledger as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let mut rows: Vec<CommitmentRow<'a>> = snap
            .commitments()
            .into_iter()
            .map(|c| Self::row(snap, c))
            .collect();
        rows.sort_by_key(|r| r.commitment.said);
        let counts = CommitmentStatus::ALL
            .iter()
            .map(|s| (*s, rows.iter().filter(|r| r.status == *s).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        CommitmentsView {
            snap,
            rows,
            counts,
            as_of: snap.as_of,
        }
    }

    /// One commitment's row as of `snap` (the commitment is assumed known).
    pub fn row(snap: Snapshot<'a>, c: &'a Commitment) -> CommitmentRow<'a> {
        let store = snap.store;
        let actor = store.actor(&c.actor);
        let quote = c
            .quote
            .as_deref()
            .and_then(|q| store.quote(q))
            .filter(|q| snap.quote_known(q));
        let history = snap.commitment_statuses(c);
        let current = history.iter().copied().max_by(|a, b| a.date.cmp(&b.date));
        let status = current.map_or(CommitmentStatus::Unknown, |s| s.status);
        CommitmentRow {
            commitment: c,
            actor,
            side: actor.map_or("", |a| a.side.as_str()),
            quote,
            words: if quote.is_none() {
                snap.known_cites(&c.cites).into_iter().next()
            } else {
                None
            },
            history,
            status,
            current,
            time_left: (status == CommitmentStatus::Pending)
                .then(|| time_left(c.deadline.as_ref(), snap.as_of)),
            topics: c.topics.iter().filter_map(|t| store.topic(t)).collect(),
        }
    }

    /// The sources cited by every row, its statuses and its quote.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for r in &self.rows {
            p.cites(&r.commitment.cites);
            for s in &r.history {
                p.cites(&s.cites);
            }
            if let Some(q) = r.quote {
                p.quote(q);
            }
        }
        p.sources()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_the_sources_of_every_row_its_statuses_and_quote() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = CommitmentsView::new(snap);
        assert!(!view.rows.is_empty());
        crate::view::tests::assert_notes_are(
            &snap,
            &view.notes(),
            view.rows.iter().flat_map(|r| {
                r.commitment
                    .cites
                    .iter()
                    .chain(r.history.iter().flat_map(|s| &s.cites))
                    .chain(r.quote.into_iter().flat_map(|q| &q.cites))
            }),
        );
    }

    #[test]
    fn every_row_shows_words_and_only_pending_rows_count_time() {
        let store = embedded();
        for b in &store.dataset.briefings {
            let snap = Snapshot::of_briefing(&store, Some(&b.id)).unwrap();
            let view = CommitmentsView::new(snap);
            for r in &view.rows {
                assert!(
                    r.quote.is_some() || r.words.is_some(),
                    "{}",
                    r.commitment.id
                );
                assert_eq!(r.time_left.is_some(), r.status == CommitmentStatus::Pending);
                assert!(store.party(r.side).is_some(), "{}", r.commitment.id);
                if r.commitment.deadline.is_none() {
                    assert!(r.time_left.is_none_or(|t| t == TimeLeft::Unknown));
                }
            }
            let total: usize = view.counts.iter().map(|(_, n)| n).sum();
            assert_eq!(total, view.rows.len());
        }
    }

    #[test]
    fn the_pause_runs_until_early_july_and_the_purchases_were_missed() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = CommitmentsView::new(first);
        let pause = view
            .rows
            .iter()
            .find(|r| r.commitment.deadline == Some(DateSpec::must("early 2025-07")))
            .expect("the 90-day pause");
        assert_eq!(pause.status, CommitmentStatus::Pending);
        assert_eq!(
            pause.time_left.unwrap().describe(),
            "53–62 days left",
            "as of 9 May 2025"
        );
        let purchases = view.rows.iter().find(|r| {
            r.commitment.kind == CommitmentKind::Undertaking && r.status == CommitmentStatus::Missed
        });
        assert!(purchases.is_some());
    }

    #[test]
    fn the_view_stays_linear_at_forty_times() {
        let store = crate::synthetic::synthetic_store(40);
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = std::time::Instant::now();
        let view = CommitmentsView::new(snap);
        assert!(view.rows.len() >= 40);
        assert!(t.elapsed().as_secs_f64() < 2.0, "{:?}", t.elapsed());
    }
}
