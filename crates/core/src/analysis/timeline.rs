//! The chronology of moves and counter-moves, as known on a snapshot's day.

use super::snapshot::Snapshot;
use crate::model::*;
use std::collections::HashMap;

/// One event on the timeline with the moves it answers and that answer it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry<'a> {
    /// The event.
    pub event: &'a Event,
    /// The event this one answers, when known in the snapshot.
    pub responds_to: Option<&'a Event>,
    /// Known events that answer this one, oldest first (whatever side they come from).
    pub responses: Vec<&'a Event>,
    /// Year of the event's first possible day, for grouping.
    pub year: i32,
}

/// Does an event's actor side pass the filter? A party keeps its own events and joint ones;
/// `both` and `independent` keep only themselves.
pub fn side_matches(event_side: &str, side: &str) -> bool {
    event_side == side || (side != BOTH && side != INDEPENDENT && event_side == BOTH)
}

/// Known events, oldest first (by [`DateSpec`] order; ties keep dataset order), optionally
/// only those of one side (a party id, which also keeps events of `both`; `both`; or
/// `independent`) and of one topic.
pub fn timeline<'a>(
    snap: &Snapshot<'a>,
    side: Option<&str>,
    topic: Option<&str>,
) -> Vec<TimelineEntry<'a>> {
    let known = snap.events();
    // Built once: finding each row's move and answers by scanning `known` is quadratic.
    let mut by_id: HashMap<&str, &'a Event> = HashMap::with_capacity(known.len());
    let mut answers: HashMap<&str, Vec<&'a Event>> = HashMap::new();
    for &k in &known {
        by_id.entry(k.id.as_str()).or_insert(k);
        if let Some(r) = k.responds_to.as_deref() {
            answers.entry(r).or_default().push(k);
        }
    }
    known
        .iter()
        .filter(|e| side.is_none_or(|s| side_matches(&e.actor_side, s)))
        .filter(|e| topic.is_none_or(|t| e.topics.iter().any(|x| x == t)))
        .map(|&e| TimelineEntry {
            event: e,
            responds_to: e.responds_to.as_deref().and_then(|r| by_id.get(r).copied()),
            responses: answers.get(e.id.as_str()).cloned().unwrap_or_default(),
            year: e.date.first().year,
        })
        .collect()
}

/// Groups consecutive entries by year, in the order given (oldest first for [`timeline`]).
pub fn years<'e, 'a>(entries: &'e [TimelineEntry<'a>]) -> Vec<(i32, Vec<&'e TimelineEntry<'a>>)> {
    let mut out: Vec<(i32, Vec<&TimelineEntry<'_>>)> = Vec::new();
    for e in entries {
        match out.last_mut() {
            Some((y, v)) if *y == e.year => v.push(e),
            _ => out.push((e.year, vec![e])),
        }
    }
    out
}

#[cfg(test)]
mod tests;
