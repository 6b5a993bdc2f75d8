//! What changed between two snapshots: per topic and per party, new positions, moved
//! figures, status changes, topics that appeared or went quiet, and a summary written from
//! the data.

use super::snapshot::Snapshot;
use crate::model::*;

/// One party's stance on one point before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct StanceChange<'a> {
    /// The point of the topic.
    pub point: &'a Point,
    /// The party whose stance it is.
    pub party: &'a Party,
    /// The stance known at `from`, if any.
    pub before: Option<&'a Stance>,
    /// The stance known at `to`, if any.
    pub after: Option<&'a Stance>,
}

/// How one topic moved.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicChange<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Not known at the earlier snapshot.
    pub appeared: bool,
    /// Known at both, with nothing new dated after the earlier snapshot.
    pub quiet: bool,
    /// The topic's status at `from`, if known then.
    pub status_before: Option<&'a StatusChange>,
    /// The topic's status at `to`, if known then.
    pub status_after: Option<&'a StatusChange>,
    /// The stances that changed, point by point.
    pub stances: Vec<StanceChange<'a>>,
    /// Quotes on the topic known at the later snapshot but not the earlier, oldest first.
    pub new_quotes: Vec<&'a Quote>,
}

impl TopicChange<'_> {
    /// Did the status move?
    pub fn status_changed(&self) -> bool {
        self.status_before.map(|s| (s.status, &s.label))
            != self.status_after.map(|s| (s.status, &s.label))
    }
    /// New stances of one party.
    pub fn stances_of(&self, party: &str) -> Vec<&StanceChange<'_>> {
        self.stances
            .iter()
            .filter(|s| s.party.id == party)
            .collect()
    }
    /// New quotes from speakers of one side.
    pub fn quotes_of<'s>(&'s self, store: &Store, side: &str) -> Vec<&'s Quote> {
        self.new_quotes
            .iter()
            .copied()
            .filter(|q| store.actor(&q.speaker).is_some_and(|a| a.side == side))
            .collect()
    }
}

/// A measure whose latest value differs between the snapshots.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureChange<'a> {
    /// The measure whose latest value changed.
    pub measure: &'a str,
    /// Its latest value at `from`, if any.
    pub before: Option<&'a Figure>,
    /// Its latest value at `to`.
    pub after: &'a Figure,
}

impl FigureChange<'_> {
    /// `after − before`, when both exist and share a unit.
    pub fn delta(&self) -> Option<f64> {
        let b = self.before?;
        (b.unit == self.after.unit).then_some(self.after.value - b.value)
    }
    /// A name for the measure that fits both values: the words their labels share from the
    /// start ("US tariff on Chinese imports" from "… imports" and "… imports after Geneva").
    pub fn label(&self) -> String {
        let Some(b) = self.before else {
            return self.after.label.clone();
        };
        let shared: Vec<&str> = b
            .label
            .split_whitespace()
            .zip(self.after.label.split_whitespace())
            .take_while(|(x, y)| x == y)
            .map(|(x, _)| x)
            .collect();
        if shared.len() >= 2 {
            shared.join(" ")
        } else {
            self.after.label.clone()
        }
    }
    /// Relative change in percent of the earlier value.
    pub fn relative(&self) -> Option<f64> {
        let b = self.before?;
        (b.value != 0.0 && b.unit == self.after.unit)
            .then(|| (self.after.value - b.value) / b.value.abs() * 100.0)
    }
    /// "145% → 30% (−115 points)", "$659.8 billion → $582.4 billion (−11.7%)".
    pub fn describe(&self) -> String {
        let after = self.after.formatted();
        match (self.before, self.delta()) {
            (Some(b), Some(d)) if self.after.unit == Unit::Percent => format!(
                "{} → {after} ({}{} points)",
                b.formatted(),
                if d > 0.0 { "+" } else { "" },
                format_number(d)
            ),
            (Some(b), Some(_)) => {
                let r = self
                    .relative()
                    .map(|r| format!(" ({}{}%)", if r > 0.0 { "+" } else { "" }, format_number(r)))
                    .unwrap_or_default();
                format!("{} → {after}{r}", b.formatted())
            }
            (Some(b), None) => format!("{} → {after}", b.formatted()),
            (None, _) => format!("new: {after}"),
        }
    }
}

/// Everything that changed from `from` to `to`.
#[derive(Clone, Debug)]
pub struct Changes<'a> {
    /// The earlier snapshot.
    pub from: Snapshot<'a>,
    /// The later snapshot.
    pub to: Snapshot<'a>,
    /// Topics with any change, plus quiet ones, in dataset order.
    pub topics: Vec<TopicChange<'a>>,
    /// Measures whose latest value changed, in dataset order.
    pub figures: Vec<FigureChange<'a>>,
    /// Events known at `to` but not at `from`, oldest first.
    pub new_events: Vec<&'a Event>,
}

impl std::fmt::Debug for Snapshot<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Snapshot({})", self.as_of)
    }
}

/// Compares two snapshots of the same dataset.
pub fn compare<'a>(from: Snapshot<'a>, to: Snapshot<'a>) -> Changes<'a> {
    let store = to.store;
    let d = &store.dataset;
    let mut topics = Vec::new();
    let later_events = to.events();
    for t in &d.topics {
        let (known_before, known_after) = (from.topic_known(t), to.topic_known(t));
        if !known_after {
            continue;
        }
        let mut stances = Vec::new();
        for pt in &t.points {
            for party in &d.parties {
                let (before, after) = (from.stance(pt, &party.id), to.stance(pt, &party.id));
                if before != after && after.is_some_and(|s| !s.silent || before.is_some()) {
                    stances.push(StanceChange {
                        point: pt,
                        party,
                        before,
                        after,
                    });
                }
            }
        }
        // The topic's own quotes and events (the store's index), not a scan of all of them.
        let new_quotes: Vec<&Quote> = {
            let mut v: Vec<_> = to
                .quotes_on(&t.id)
                .into_iter()
                .filter(|q| !from.quote_known(q))
                .collect();
            v.sort_by_key(|q| q.said);
            v
        };
        let (status_before, status_after) = (from.status(t), to.status(t));
        let newer_events = store
            .events_on(&t.id)
            .any(|e| to.event_known(e) && !from.event_known(e));
        let quiet = known_before
            && stances.is_empty()
            && new_quotes.is_empty()
            && !newer_events
            && status_before == status_after;
        let change = TopicChange {
            topic: t,
            appeared: !known_before,
            quiet,
            status_before,
            status_after,
            stances,
            new_quotes,
        };
        topics.push(change);
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut figures = Vec::new();
    for m in d.figures.iter().map(|f| f.measure.as_str()) {
        if !seen.insert(m) {
            continue;
        }
        if let Some(after) = to.latest(m) {
            let before = from.latest(m);
            if before.map(|b| &b.id) != Some(&after.id)
                && before.map(|b| b.value) != Some(after.value)
            {
                figures.push(FigureChange {
                    measure: m,
                    before,
                    after,
                });
            }
        }
    }
    let new_events = later_events
        .into_iter()
        .filter(|e| !from.event_known(e))
        .collect();
    Changes {
        from,
        to,
        topics,
        figures,
        new_events,
    }
}

impl<'a> Changes<'a> {
    /// Topics first known at `to`.
    pub fn appeared(&self) -> Vec<&TopicChange<'a>> {
        self.topics.iter().filter(|t| t.appeared).collect()
    }
    /// Topics known at both ends with nothing new.
    pub fn quiet(&self) -> Vec<&TopicChange<'a>> {
        self.topics.iter().filter(|t| t.quiet).collect()
    }
    /// Topics whose status moved.
    pub fn status_changes(&self) -> Vec<&TopicChange<'a>> {
        self.topics
            .iter()
            .filter(|t| !t.appeared && t.status_changed())
            .collect()
    }
    /// Measures with a value at both snapshots that differs.
    pub fn moved_figures(&self) -> Vec<&FigureChange<'a>> {
        self.figures.iter().filter(|f| f.before.is_some()).collect()
    }
    /// Measures first reported between the snapshots.
    pub fn new_figures(&self) -> Vec<&FigureChange<'a>> {
        self.figures.iter().filter(|f| f.before.is_none()).collect()
    }
    /// Topics that moved (appeared, changed status or gained stances or quotes).
    pub fn moved(&self) -> Vec<&TopicChange<'a>> {
        self.topics.iter().filter(|t| !t.quiet).collect()
    }
    /// Number of new or changed stances of a party.
    pub fn stance_count(&self, party: &str) -> usize {
        self.topics.iter().map(|t| t.stances_of(party).len()).sum()
    }

    /// A paragraph summarising the changes, generated from the data.
    pub fn summary(&self) -> String {
        let store = self.to.store;
        let mut parts = Vec::new();
        let span = format!(
            "Between {} and {}",
            self.from.as_of.long(),
            self.to.as_of.long()
        );
        let list = |v: Vec<String>| -> String {
            match v.len() {
                0 => String::new(),
                1 => v[0].clone(),
                n => format!("{} and {}", v[..n - 1].join(", "), v[n - 1]),
            }
        };
        let figs: Vec<String> = self
            .moved_figures()
            .iter()
            .take(4)
            .map(|f| format!("{}: {}", f.label(), f.describe()))
            .collect();
        if !figs.is_empty() {
            parts.push(format!("{span}, figures moved — {}.", list(figs)));
        } else {
            parts.push(format!("{span}, no figure moved."));
        }
        let st: Vec<String> = self
            .status_changes()
            .iter()
            .filter(|t| t.status_before.map(|s| s.status) != t.status_after.map(|s| s.status))
            .map(|t| {
                format!(
                    "{} ({} → {})",
                    t.topic.title,
                    t.status_before
                        .map(|s| s.status.label().to_lowercase())
                        .unwrap_or_else(|| "none".into()),
                    t.status_after
                        .map(|s| s.status.label().to_lowercase())
                        .unwrap_or_else(|| "none".into())
                )
            })
            .collect();
        if !st.is_empty() {
            parts.push(format!(
                "The status of {} topic{} changed: {}.",
                st.len(),
                if st.len() == 1 { "" } else { "s" },
                list(st)
            ));
        }
        let new: Vec<String> = self
            .appeared()
            .iter()
            .map(|t| t.topic.title.clone())
            .collect();
        if !new.is_empty() {
            parts.push(format!(
                "{} new topic{} came up: {}.",
                new.len(),
                if new.len() == 1 { "" } else { "s" },
                list(new)
            ));
        }
        let sides: Vec<String> = store
            .dataset
            .parties
            .iter()
            .map(|p| {
                let n = self.stance_count(&p.id);
                format!(
                    "{n} new or revised {} position{}",
                    p.adjective,
                    if n == 1 { "" } else { "s" }
                )
            })
            .collect();
        parts.push(format!(
            "The record gained {} across {} topics.",
            list(sides),
            self.moved().len()
        ));
        let quiet: Vec<String> = self.quiet().iter().map(|t| t.topic.title.clone()).collect();
        if !quiet.is_empty() {
            parts.push(format!("Nothing new was reported on {}.", list(quiet)));
        }
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests;
