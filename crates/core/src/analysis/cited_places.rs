//! Every citation in a dataset, with the place that makes it: the basis of source pages
//! ("everything cited from this article") and of coverage counts.

use crate::model::*;

/// What kind of item a citation supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A briefing's sentence.
    Briefing,
    /// A topic's status change.
    Status,
    /// A party's stance on a point.
    Stance,
    /// Where the parties agree on a topic.
    Overlap,
    /// Where the parties clash on a topic.
    Clash,
    /// An analyst's reading of a topic.
    Analysis,
    /// A quote.
    Quote,
    /// An event.
    Event,
    /// A figure.
    Figure,
    /// A person or body.
    Actor,
    /// An account in a dispute.
    Dispute,
    /// A commitment, prediction or threat, or one of its statuses.
    Commitment,
    /// A group of numbers that disagree.
    Numbers,
}

impl PlaceKind {
    /// Label for lists of places, e.g. "Stance".
    pub fn label(self) -> &'static str {
        match self {
            PlaceKind::Briefing => "Briefing",
            PlaceKind::Status => "Status",
            PlaceKind::Stance => "Position",
            PlaceKind::Overlap => "Overlap",
            PlaceKind::Clash => "Clash",
            PlaceKind::Analysis => "Analysis",
            PlaceKind::Quote => "Quote",
            PlaceKind::Event => "Event",
            PlaceKind::Figure => "Figure",
            PlaceKind::Actor => "Person or body",
            PlaceKind::Dispute => "Contested claim",
            PlaceKind::Commitment => "Commitment",
            PlaceKind::Numbers => "Numbers that disagree",
        }
    }
}

/// Where a citation is made.
#[derive(Clone, Debug, PartialEq)]
pub struct Place<'a> {
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// The topic the place belongs to, when it belongs to one.
    pub topic: Option<&'a str>,
    /// The id of the item (briefing, quote, event, figure, actor, dispute, point).
    pub item: &'a str,
    /// A short description of what is supported.
    pub text: &'a str,
    /// The citation made there.
    pub citation: &'a Citation,
}

/// Calls `f` for every citation in the dataset, in a stable order.
pub fn for_each_citation<'a>(d: &'a Dataset, mut f: impl FnMut(Place<'a>)) {
    let mut emit =
        |kind, topic: Option<&'a str>, item: &'a str, text: &'a str, cites: &'a [Citation]| {
            for c in cites {
                f(Place {
                    kind,
                    topic,
                    item,
                    text,
                    citation: c,
                });
            }
        };
    for b in &d.briefings {
        for c in b
            .what_happened
            .iter()
            .chain(&b.where_things_stand)
            .chain(&b.what_to_watch)
        {
            emit(PlaceKind::Briefing, None, &b.id, &c.text, &c.cites);
        }
    }
    for t in &d.topics {
        let tid = Some(t.id.as_str());
        for s in &t.status {
            emit(PlaceKind::Status, tid, &t.id, &s.label, &s.cites);
        }
        for p in &t.points {
            for s in &p.stances {
                emit(PlaceKind::Stance, tid, &p.id, &s.text, &s.cites);
            }
        }
        for c in &t.overlap {
            emit(PlaceKind::Overlap, tid, &t.id, &c.text, &c.cites);
        }
        for c in &t.clash {
            emit(PlaceKind::Clash, tid, &t.id, &c.text, &c.cites);
        }
        for a in &t.analysis {
            emit(PlaceKind::Analysis, tid, &a.actor, &a.text, &a.cites);
        }
    }
    for q in &d.quotes {
        emit(
            PlaceKind::Quote,
            q.topics.first().map(String::as_str),
            &q.id,
            &q.text,
            &q.cites,
        );
    }
    for e in &d.events {
        emit(
            PlaceKind::Event,
            e.topics.first().map(String::as_str),
            &e.id,
            &e.title,
            &e.cites,
        );
    }
    for x in &d.figures {
        emit(
            PlaceKind::Figure,
            x.topics.first().map(String::as_str),
            &x.id,
            &x.label,
            &x.cites,
        );
    }
    for a in &d.actors {
        emit(PlaceKind::Actor, None, &a.id, &a.name, &a.cites);
    }
    for x in &d.disputes {
        for c in &x.claims {
            emit(
                PlaceKind::Dispute,
                x.topics.first().map(String::as_str),
                &x.id,
                &c.text,
                &c.cites,
            );
        }
    }
    for c in &d.commitments {
        let topic = c.topics.first().map(String::as_str);
        emit(PlaceKind::Commitment, topic, &c.id, &c.text, &c.cites);
        for s in &c.status {
            emit(PlaceKind::Commitment, topic, &c.id, &s.label, &s.cites);
        }
    }
    for g in &d.number_groups {
        emit(
            PlaceKind::Numbers,
            g.topics.first().map(String::as_str),
            &g.id,
            &g.note,
            &g.cites,
        );
    }
}

/// Everything that cites one source, in dataset order.
pub fn cited_from<'a>(d: &'a Dataset, source: &str) -> Vec<Place<'a>> {
    let mut v = Vec::new();
    for_each_citation(d, |p| {
        if p.citation.source == source {
            v.push(p);
        }
    });
    v
}

/// Number of citations of each source id.
pub fn citation_counts(d: &Dataset) -> std::collections::BTreeMap<&str, usize> {
    let mut m = std::collections::BTreeMap::new();
    for_each_citation(d, |p| {
        *m.entry(p.citation.source.as_str()).or_insert(0) += 1
    });
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_is_cited_and_every_citation_is_counted() {
        let store = embedded();
        let d = &store.dataset;
        let counts = citation_counts(d);
        let mut total = 0;
        for_each_citation(d, |_| total += 1);
        assert_eq!(counts.values().sum::<usize>(), total);
        for s in &d.sources {
            assert!(
                counts.get(s.id.as_str()).copied().unwrap_or(0) > 0,
                "source {} is never cited",
                s.id
            );
            assert_eq!(cited_from(d, &s.id).len(), counts[s.id.as_str()]);
        }
    }
}
