//! The commitments ledger's arithmetic: which commitments are known as of a snapshot, where
//! each stands then, and how much time a pending one has left (or how long it is overdue),
//! computed from the date grammar's first and last day and never guessed.

use super::snapshot::Snapshot;
use crate::model::*;

/// Time left to a deadline on a day, from the deadline's first and last possible day. The
/// deadline "early July 2025" may fall on any day from 1 to 10 July: the time left is a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeLeft {
    /// The sources give no deadline, or never settle it.
    Unknown,
    /// The deadline has not begun: between `min` and `max` days left (equal for a day).
    Left {
        /// Days to the deadline's first possible day.
        min: i64,
        /// Days to its last possible day.
        max: i64,
    },
    /// The day falls inside the deadline's window: at most `max` days left.
    Due {
        /// Days to the deadline's last possible day (0 on that day).
        max: i64,
    },
    /// The deadline's last possible day has passed: overdue by `min` to `max` days.
    Overdue {
        /// Days since its last possible day.
        min: i64,
        /// Days since its first possible day.
        max: i64,
    },
}

impl TimeLeft {
    /// One phrase for readers: "53–62 days left", "within the deadline: up to 236 days left",
    /// "overdue by 3 days", "unknown".
    pub fn describe(self) -> String {
        fn days(a: i64, b: i64) -> String {
            let unit = if a == b && a == 1 { "day" } else { "days" };
            if a == b {
                format!("{a} {unit}")
            } else {
                format!("{a}–{b} {unit}")
            }
        }
        match self {
            TimeLeft::Unknown => "unknown".into(),
            TimeLeft::Left { min, max } => format!("{} left", days(min, max)),
            TimeLeft::Due { max: 0 } => "last possible day".into(),
            TimeLeft::Due { max } => format!("within the deadline: up to {} left", days(max, max)),
            TimeLeft::Overdue { min, max } => format!("overdue by {}", days(min, max)),
        }
    }
}

/// Time left to `deadline` on `day` (see [`TimeLeft`]).
pub fn time_left(deadline: Option<&DateSpec>, day: Day) -> TimeLeft {
    let Some(d) = deadline else {
        return TimeLeft::Unknown;
    };
    let (first, last) = (d.first(), d.last());
    if day < first {
        TimeLeft::Left {
            min: day.days_until(first),
            max: day.days_until(last),
        }
    } else if day <= last {
        TimeLeft::Due {
            max: day.days_until(last),
        }
    } else {
        TimeLeft::Overdue {
            min: last.days_until(day),
            max: first.days_until(day),
        }
    }
}

impl<'a> Snapshot<'a> {
    /// Is the commitment known: said by the snapshot day and reported by a source known then
    /// (through its citations or its quote)?
    pub fn commitment_known(&self, c: &Commitment) -> bool {
        c.said.first() <= self.as_of
            && (self.cites_known(&c.cites)
                || c.quote
                    .as_deref()
                    .and_then(|q| self.store.quote(q))
                    .is_some_and(|q| self.quote_known(q)))
    }

    /// Known commitments, in dataset order.
    pub fn commitments(&self) -> Vec<&'a Commitment> {
        self.store
            .dataset
            .commitments
            .iter()
            .filter(|c| self.commitment_known(c))
            .collect()
    }

    /// The commitment's statuses known by the snapshot (begun, and cited by a source known
    /// then; an uncited `pending` or `unknown` one needs no source), oldest first.
    pub fn commitment_statuses(&self, c: &'a Commitment) -> Vec<&'a CommitmentStatusChange> {
        c.status
            .iter()
            .filter(|s| {
                s.date.first() <= self.as_of && (s.cites.is_empty() || self.cites_known(&s.cites))
            })
            .collect()
    }

    /// Where the commitment stands as of the snapshot: its latest known status (`None`: none
    /// known, read as unknown).
    pub fn commitment_status(&self, c: &'a Commitment) -> Option<&'a CommitmentStatusChange> {
        self.commitment_statuses(c)
            .into_iter()
            .max_by(|a, b| a.date.cmp(&b.date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn time_left_reads_the_deadline_s_first_and_last_day() {
        let early_july = DateSpec::must("early 2025-07");
        assert_eq!(
            time_left(Some(&early_july), day("2025-05-09")),
            TimeLeft::Left { min: 53, max: 62 }
        );
        assert_eq!(
            time_left(Some(&early_july), day("2025-05-09")).describe(),
            "53–62 days left"
        );
        assert_eq!(
            time_left(Some(&early_july), day("2025-07-04")),
            TimeLeft::Due { max: 6 }
        );
        assert_eq!(
            time_left(Some(&early_july), day("2025-07-13")).describe(),
            "overdue by 3–12 days"
        );
        let year = DateSpec::must("2025");
        assert_eq!(
            time_left(Some(&year), day("2025-06-05")).describe(),
            "within the deadline: up to 209 days left"
        );
        let one = DateSpec::must("2025-05-10");
        assert_eq!(
            time_left(Some(&one), day("2025-05-09")).describe(),
            "1 day left"
        );
        assert_eq!(
            time_left(Some(&one), day("2025-05-12")).describe(),
            "overdue by 2 days"
        );
        assert_eq!(time_left(None, day("2025-05-09")).describe(), "unknown");
    }

    #[test]
    fn an_earlier_snapshot_shows_no_later_commitment_or_status() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let latest = Snapshot::of_briefing(&store, None).unwrap();
        assert!(!store.dataset.commitments.is_empty());
        assert!(first.commitments().len() < latest.commitments().len());
        for c in first.commitments() {
            assert!(c.said.first() <= first.as_of);
            for s in first.commitment_statuses(c) {
                assert!(s.date.first() <= first.as_of);
                assert!(s.cites.iter().all(|x| first.source_known(&x.source)));
            }
        }
    }
}
