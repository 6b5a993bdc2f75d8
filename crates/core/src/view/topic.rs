//! The topic page: both parties' positions side by side, point by point, with everything
//! else known about the topic as of a snapshot.

use crate::analysis::Snapshot;
use crate::model::*;
use crate::view::notes::{CitedSource, NoteBook};

/// A quote as a quote block shows it: the words and their speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuoteView<'a> {
    /// The quote.
    pub quote: &'a Quote,
    /// Who said it (`None` when the dataset has no such actor).
    pub speaker: Option<&'a Actor>,
}

impl<'a> QuoteView<'a> {
    /// The quote with its speaker looked up.
    pub fn new(store: &'a Store, quote: &'a Quote) -> Self {
        QuoteView {
            quote,
            speaker: store.actor(&quote.speaker),
        }
    }

    /// Adds its citations to a page's notes.
    pub fn note(&self, notes: &mut NoteBook<'a>) {
        notes.quote(self.quote);
    }
}

/// The known quotes among `ids`, each with its speaker.
pub(crate) fn quote_views<'a>(snap: &Snapshot<'a>, ids: &[String]) -> Vec<QuoteView<'a>> {
    snap.quotes(ids)
        .into_iter()
        .map(|q| QuoteView::new(snap.store, q))
        .collect()
}

/// One party's stance on one point as of the snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct PartyStance<'a> {
    /// The party.
    pub party: &'a Party,
    /// Its latest known stance; `None` when nothing is on record from it yet.
    pub stance: Option<&'a Stance>,
    /// The stance's known quotes, in the stance's order.
    pub quotes: Vec<QuoteView<'a>>,
}

/// One point of a topic: its aspect, how the stances relate, and each party's stance.
#[derive(Clone, Debug, PartialEq)]
pub struct PointView<'a> {
    /// The point.
    pub point: &'a Point,
    /// How the parties' stances relate.
    pub relation: Relation,
    /// Every party's stance, in party order.
    pub stances: Vec<PartyStance<'a>>,
}

impl<'a> PointView<'a> {
    /// The point as of the snapshot.
    pub fn new(snap: &Snapshot<'a>, point: &'a Point) -> Self {
        PointView {
            point,
            relation: snap.relation(point),
            stances: snap
                .store
                .dataset
                .parties
                .iter()
                .map(|party| {
                    let stance = snap.stance(point, &party.id);
                    PartyStance {
                        party,
                        stance,
                        quotes: stance
                            .map(|s| quote_views(snap, &s.quotes))
                            .unwrap_or_default(),
                    }
                })
                .collect(),
        }
    }

    /// Adds each stance's citations and quotes to a page's notes.
    pub fn note(&self, notes: &mut NoteBook<'a>) {
        for s in &self.stances {
            if let Some(stance) = s.stance {
                notes.cites(&stance.cites);
            }
            for q in &s.quotes {
                q.note(notes);
            }
        }
    }
}

/// The points of a topic on which some party has spoken, as of the snapshot.
pub(crate) fn point_views<'a>(snap: &Snapshot<'a>, topic: &'a Topic) -> Vec<PointView<'a>> {
    snap.points(topic)
        .into_iter()
        .map(|p| PointView::new(snap, p))
        .collect()
}

/// An independent analyst's reading with the analyst and their quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisView<'a> {
    /// The reading.
    pub analysis: &'a Analysis,
    /// The analyst (`None` when the dataset has no such actor).
    pub analyst: Option<&'a Actor>,
    /// Its known quotes.
    pub quotes: Vec<QuoteView<'a>>,
}

/// Everything the topic page shows, as of one snapshot.
#[derive(Clone, Debug)]
pub struct TopicView<'a> {
    /// The snapshot it is read through.
    pub snap: Snapshot<'a>,
    /// The topic.
    pub topic: &'a Topic,
    /// Has the topic come up by the snapshot? When not, every list below is empty.
    pub known: bool,
    /// Its current status.
    pub status: Option<&'a StatusChange>,
    /// Its summary as of the snapshot.
    pub summary: Option<&'a str>,
    /// How the status moved, oldest first: empty unless it moved (two or more known).
    pub history: Vec<&'a StatusChange>,
    /// The parties, in display order.
    pub parties: &'a [Party],
    /// Points on which some party has spoken.
    pub points: Vec<PointView<'a>>,
    /// Where the positions meet.
    pub overlap: Vec<&'a DatedClaim>,
    /// Where they clash.
    pub clash: Vec<&'a DatedClaim>,
    /// What independent analysts say.
    pub analysis: Vec<AnalysisView<'a>>,
    /// Known quotes on the topic that no stance or analysis shows.
    pub other_quotes: Vec<QuoteView<'a>>,
    /// Known events on the topic, oldest first.
    pub events: Vec<&'a Event>,
    /// The known topic before this one, in dataset order.
    pub prev: Option<&'a Topic>,
    /// The known topic after this one.
    pub next: Option<&'a Topic>,
}

impl<'a> TopicView<'a> {
    /// The topic `id` as of `snap`; `None` when the dataset has no such topic.
    pub fn new(snap: Snapshot<'a>, id: &str) -> Option<Self> {
        let topic = snap.store.topic(id)?;
        let known_topics = snap.topics();
        let pos = known_topics.iter().position(|t| t.id == topic.id);
        let mut view = TopicView {
            snap,
            topic,
            known: pos.is_some(),
            status: None,
            summary: None,
            history: Vec::new(),
            parties: &snap.store.dataset.parties,
            points: Vec::new(),
            overlap: Vec::new(),
            clash: Vec::new(),
            analysis: Vec::new(),
            other_quotes: Vec::new(),
            events: Vec::new(),
            prev: None,
            next: None,
        };
        let Some(pos) = pos else {
            return Some(view);
        };
        view.prev = pos.checked_sub(1).map(|i| known_topics[i]);
        view.next = known_topics.get(pos + 1).copied();
        view.status = snap.status(topic);
        view.summary = snap.summary(topic);
        let history: Vec<_> = topic
            .status
            .iter()
            .filter(|s| s.date.first() <= snap.as_of && snap.cites_known(&s.cites))
            .collect();
        if history.len() > 1 {
            view.history = history;
        }
        view.points = point_views(&snap, topic);
        view.overlap = topic
            .overlap
            .iter()
            .filter(|c| snap.claim_known(c))
            .collect();
        view.clash = topic.clash.iter().filter(|c| snap.claim_known(c)).collect();
        view.analysis = topic
            .analysis
            .iter()
            .filter(|a| snap.analysis_known(a))
            .map(|a| AnalysisView {
                analysis: a,
                analyst: snap.store.actor(&a.actor),
                quotes: quote_views(&snap, &a.quotes),
            })
            .collect();
        view.other_quotes = snap
            .other_quotes_on(topic)
            .into_iter()
            .map(|q| QuoteView::new(snap.store, q))
            .collect();
        view.events = snap.events_on(&topic.id);
        Some(view)
    }

    /// The sources the page cites, from the view's own fields, by marker number.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        if let Some(s) = self.status {
            p.cites(&s.cites);
        }
        for s in &self.history {
            p.cites(&s.cites);
        }
        for pt in &self.points {
            pt.note(&mut p);
        }
        for c in self.overlap.iter().chain(&self.clash) {
            p.cites(&c.cites);
        }
        for a in &self.analysis {
            p.cites(&a.analysis.cites);
            for q in &a.quotes {
                q.note(&mut p);
            }
        }
        for q in &self.other_quotes {
            q.note(&mut p);
        }
        for e in &self.events {
            p.cites(&e.cites);
        }
        p.sources()
    }
}
