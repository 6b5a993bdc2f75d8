//! What changed between two briefings: moved and new figures, status changes, new topics,
//! each party's new or revised positions and quotes, topics that went quiet, new events.

use crate::analysis::changes::{compare, FigureChange, StanceChange};
use crate::analysis::Snapshot;
use crate::model::*;
use crate::view::notes::{CitedSource, NoteBook};
use crate::view::topic::QuoteView;

/// A link to one earlier → later pair of briefings.
#[derive(Clone, Debug, PartialEq)]
pub struct BriefingPair<'a> {
    /// The earlier briefing.
    pub from: &'a Briefing,
    /// The later briefing.
    pub to: &'a Briefing,
    /// Is it the pair shown?
    pub current: bool,
}

/// A topic whose status moved (or, for a new topic, its status on arrival).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StatusMove<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Its status at the earlier briefing.
    pub before: Option<&'a StatusChange>,
    /// Its status at the later one.
    pub after: Option<&'a StatusChange>,
}

/// What one party newly said on a topic.
#[derive(Clone, Debug, PartialEq)]
pub struct PartyChanges<'a> {
    /// The party.
    pub party: &'a Party,
    /// Its new or revised stances (each with a later stance).
    pub stances: Vec<StanceChange<'a>>,
    /// New quotes from its side.
    pub quotes: Vec<QuoteView<'a>>,
}

/// A topic with new positions or quotes, party by party.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicMoves<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Not known at the earlier briefing.
    pub appeared: bool,
    /// Every party, in display order.
    pub parties: Vec<PartyChanges<'a>>,
}

/// Everything the "What changed" page shows.
#[derive(Clone, Debug)]
pub struct ChangesView<'a> {
    /// The page's snapshot: citations are shown as known to it.
    pub page: Snapshot<'a>,
    /// The earlier briefing.
    pub from: &'a Briefing,
    /// The later briefing.
    pub to: &'a Briefing,
    /// Is `from` earlier than `to`? When not, the lists below are empty.
    pub ordered: bool,
    /// The parties, in display order.
    pub parties: &'a [Party],
    /// Every earlier → later pair, for the picker (empty with fewer than three briefings).
    pub pairs: Vec<BriefingPair<'a>>,
    /// Links open the later snapshot: its id, or `None` when it is the latest.
    pub later: Option<&'a str>,
    /// The summary written from the data.
    pub summary: String,
    /// Measures whose value moved.
    pub moved_figures: Vec<FigureChange<'a>>,
    /// Measures first reported in between.
    pub new_figures: Vec<FigureChange<'a>>,
    /// Topics whose status moved.
    pub status_changes: Vec<StatusMove<'a>>,
    /// Topics that appeared, with their status.
    pub new_topics: Vec<StatusMove<'a>>,
    /// Topics with new positions or quotes.
    pub positions: Vec<TopicMoves<'a>>,
    /// Topics known at both briefings with nothing new.
    pub quiet: Vec<&'a Topic>,
    /// Events new on the record, oldest first.
    pub new_events: Vec<&'a Event>,
}

impl<'a> ChangesView<'a> {
    /// The changes between two briefings (`None`: the first and the latest), seen from the
    /// page's snapshot `page`. `None` when a briefing is unknown or the dataset has none.
    pub fn new(page: Snapshot<'a>, pair: Option<(&str, &str)>) -> Option<Self> {
        let store = page.store;
        let briefings = &store.dataset.briefings;
        let (from_id, to_id) = match pair {
            Some(ids) => ids,
            None => (
                briefings.first()?.id.as_str(),
                briefings.last()?.id.as_str(),
            ),
        };
        let from = Snapshot::of_briefing(store, Some(from_id))?;
        let to = Snapshot::of_briefing(store, Some(to_id))?;
        let (fb, tb) = (from.briefing?, to.briefing?);
        let pairs = if briefings.len() < 3 {
            Vec::new()
        } else {
            briefings
                .iter()
                .enumerate()
                .flat_map(|(i, x)| {
                    briefings[i + 1..].iter().map(move |y| BriefingPair {
                        from: x,
                        to: y,
                        current: x.id == fb.id && y.id == tb.id,
                    })
                })
                .collect()
        };
        let mut view = ChangesView {
            page,
            from: fb,
            to: tb,
            ordered: fb.as_of < tb.as_of,
            parties: &store.dataset.parties,
            pairs,
            later: (!to.is_latest()).then_some(tb.id.as_str()),
            summary: String::new(),
            moved_figures: Vec::new(),
            new_figures: Vec::new(),
            status_changes: Vec::new(),
            new_topics: Vec::new(),
            positions: Vec::new(),
            quiet: Vec::new(),
            new_events: Vec::new(),
        };
        if !view.ordered {
            return Some(view);
        }
        let changes = compare(from, to);
        let moves = |t: &crate::analysis::changes::TopicChange<'a>| StatusMove {
            topic: t.topic,
            before: t.status_before,
            after: t.status_after,
        };
        view.summary = changes.summary();
        view.moved_figures = changes.moved_figures().into_iter().cloned().collect();
        view.new_figures = changes.new_figures().into_iter().cloned().collect();
        view.status_changes = changes.status_changes().into_iter().map(moves).collect();
        view.new_topics = changes.appeared().into_iter().map(moves).collect();
        view.quiet = changes.quiet().into_iter().map(|t| t.topic).collect();
        view.positions = changes
            .topics
            .iter()
            .filter(|t| !t.quiet && (!t.stances.is_empty() || !t.new_quotes.is_empty()))
            .map(|t| TopicMoves {
                topic: t.topic,
                appeared: t.appeared,
                parties: store
                    .dataset
                    .parties
                    .iter()
                    .map(|party| PartyChanges {
                        party,
                        // As `TopicChange::stances_of` and `quotes_of`, but borrowing the
                        // dataset rather than the comparison.
                        stances: t
                            .stances
                            .iter()
                            .filter(|s| s.party.id == party.id)
                            .cloned()
                            .collect(),
                        quotes: t
                            .new_quotes
                            .iter()
                            .map(|q| QuoteView::new(store, q))
                            .filter(|q| q.speaker.is_some_and(|a| a.side == party.id))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        view.new_events = changes.new_events.clone();
        Some(view)
    }

    /// The sources the page cites, from the view's own fields, by marker number.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.page);
        for f in &self.moved_figures {
            if let Some(b) = f.before {
                p.cites(&b.cites);
            }
            p.cites(&f.after.cites);
        }
        for f in &self.new_figures {
            p.cites(&f.after.cites);
        }
        for t in &self.status_changes {
            if let Some(s) = t.after {
                p.cites(&s.cites);
            }
        }
        for t in &self.positions {
            for party in &t.parties {
                for s in &party.stances {
                    if let Some(after) = s.after {
                        p.cites(&after.cites);
                    }
                }
                for q in &party.quotes {
                    q.note(&mut p);
                }
            }
        }
        for e in &self.new_events {
            p.cites(&e.cites);
        }
        p.sources()
    }
}
