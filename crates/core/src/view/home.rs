//! The briefing page: the bottom line up front, who is at the table, key figures, and every
//! known topic with its status.

use crate::analysis::Snapshot;
use crate::model::*;
use crate::view::notes::{CitedSource, NoteBook};

/// How many measures the key figures fall back to when the dataset names none.
const FALLBACK_KEY_FIGURES: usize = 6;

/// One part of the bottom line, e.g. "What happened".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BottomLine<'a> {
    /// Its heading.
    pub title: &'static str,
    /// Its CSS class suffix (`blu-happened`, `blu-stand`, `blu-watch`).
    pub class: &'static str,
    /// Its sentences.
    pub claims: &'a [Claim],
}

/// A party and the people who lead its delegation.
#[derive(Clone, Debug, PartialEq)]
pub struct Team<'a> {
    /// The party.
    pub party: &'a Party,
    /// Its negotiators that the dataset has, most senior first.
    pub negotiators: Vec<&'a Actor>,
}

/// A known topic as the topic index lists it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TopicCard<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Its status as of the snapshot.
    pub status: Option<&'a StatusChange>,
}

/// Everything the briefing page shows, as of one snapshot.
#[derive(Clone, Debug)]
pub struct HomeView<'a> {
    /// The snapshot it is read through.
    pub snap: Snapshot<'a>,
    /// The dataset's title.
    pub title: &'a str,
    /// The line under it (may be empty).
    pub subtitle: &'a str,
    /// The briefing shown; `None` only for a snapshot of no briefing.
    pub briefing: Option<&'a Briefing>,
    /// What happened, where things stand, what to watch (empty without a briefing).
    pub bottom_line: Vec<BottomLine<'a>>,
    /// Each party with its negotiators; empty when no party names any.
    pub teams: Vec<Team<'a>>,
    /// The latest known value of each key measure, in order.
    pub key_figures: Vec<&'a Figure>,
    /// Every known topic, in dataset order.
    pub topics: Vec<TopicCard<'a>>,
    /// How many known topics have each status, zeros left out.
    pub status_counts: Vec<(Status, usize)>,
}

impl<'a> HomeView<'a> {
    /// The briefing page as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let d = &store.dataset;
        let bottom_line = snap
            .briefing
            .map(|b| {
                vec![
                    BottomLine {
                        title: "What happened",
                        class: "blu-happened",
                        claims: &b.what_happened,
                    },
                    BottomLine {
                        title: "Where things stand",
                        class: "blu-stand",
                        claims: &b.where_things_stand,
                    },
                    BottomLine {
                        title: "What to watch",
                        class: "blu-watch",
                        claims: &b.what_to_watch,
                    },
                ]
            })
            .unwrap_or_default();
        let teams = if d.parties.iter().any(|p| !p.negotiators.is_empty()) {
            d.parties
                .iter()
                .map(|party| Team {
                    party,
                    negotiators: party
                        .negotiators
                        .iter()
                        .filter_map(|id| store.actor(id))
                        .collect(),
                })
                .collect()
        } else {
            Vec::new()
        };
        HomeView {
            snap,
            title: &d.title,
            subtitle: &d.subtitle,
            briefing: snap.briefing,
            bottom_line,
            teams,
            key_figures: key_measures(&snap)
                .into_iter()
                .filter_map(|m| snap.latest(m))
                .collect(),
            topics: snap
                .topics()
                .into_iter()
                .map(|topic| TopicCard {
                    topic,
                    status: snap.status(topic),
                })
                .collect(),
            status_counts: snap.status_counts(),
        }
    }

    /// The sources the page cites, from the view's own fields, by marker number.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for part in &self.bottom_line {
            for c in part.claims {
                p.cites(&c.cites);
            }
        }
        for f in &self.key_figures {
            p.cites(&f.cites);
        }
        p.sources()
    }
}

/// The key measures known by the snapshot: those the dataset names (`key_measures`) that have
/// a value by then; when it names none that do, the first measures of its own known figures.
pub fn key_measures<'a>(snap: &Snapshot<'a>) -> Vec<&'a str> {
    let named: Vec<&'a str> = snap
        .store
        .dataset
        .key_measures
        .iter()
        .map(String::as_str)
        .filter(|m| snap.latest(m).is_some())
        .collect();
    if !named.is_empty() {
        return named;
    }
    let mut own: Vec<&'a str> = Vec::new();
    for f in snap.figures() {
        if own.len() == FALLBACK_KEY_FIGURES {
            break;
        }
        if !own.contains(&f.measure.as_str()) {
            own.push(f.measure.as_str());
        }
    }
    own
}
