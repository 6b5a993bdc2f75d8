//! "As of" views of a dataset: what was known, said and true on a given day.
//!
//! An item is known on day D when the moment it refers to has begun by D and at least one
//! source that reports it was published by D. A stance, status or figure later superseded
//! still shows in earlier snapshots; the latest known one applies.

use crate::model::*;

/// A dataset seen as of one day (one of its briefings, usually).
#[derive(Clone, Copy)]
pub struct Snapshot<'a> {
    /// The store the snapshot is of.
    pub store: &'a Store,
    /// The briefing this snapshot belongs to, if any.
    pub briefing: Option<&'a Briefing>,
    /// Last day whose information counts.
    pub as_of: Day,
}

impl<'a> Snapshot<'a> {
    /// The snapshot of a briefing by id, or of the latest briefing when `id` is `None`.
    /// `None` when the id is unknown.
    pub fn of_briefing(store: &'a Store, id: Option<&str>) -> Option<Snapshot<'a>> {
        let b = match id {
            Some(id) => store.dataset.briefings.iter().find(|b| b.id == id)?,
            None => store.dataset.briefings.last()?,
        };
        Some(Snapshot {
            store,
            briefing: Some(b),
            as_of: b.as_of.last(),
        })
    }

    /// Everything, as of the last day anything is dated (for tools, not for readers).
    pub fn everything(store: &'a Store) -> Snapshot<'a> {
        Snapshot {
            store,
            briefing: None,
            as_of: Day {
                year: 9999,
                month: 12,
                day: 31,
            },
        }
    }

    /// Is this the dataset's latest briefing (the default view)?
    pub fn is_latest(&self) -> bool {
        match (self.briefing, self.store.dataset.briefings.last()) {
            (Some(b), Some(last)) => b.id == last.id,
            _ => true,
        }
    }

    /// Has a source been published by the snapshot day?
    pub fn source_known(&self, id: &str) -> bool {
        self.store
            .source(id)
            .is_some_and(|s| s.published.first() <= self.as_of)
    }

    /// Did any of these citations exist by the snapshot day?
    pub fn cites_known(&self, cites: &[Citation]) -> bool {
        cites.iter().any(|c| self.source_known(&c.source))
    }

    /// Can the snapshot show this glossary term? Only when every source its definition rests on
    /// existed by the snapshot day (a definition must not tell what came later).
    pub fn term_known(&self, term: &GlossaryTerm) -> bool {
        term.cites.iter().all(|c| self.source_known(&c.source))
    }

    /// Only the citations whose source existed by the snapshot day.
    pub fn known_cites<'c>(&self, cites: &'c [Citation]) -> Vec<&'c Citation> {
        cites
            .iter()
            .filter(|c| self.source_known(&c.source))
            .collect()
    }

    fn started(&self, date: &DateSpec) -> bool {
        date.first() <= self.as_of
    }

    /// Is the quote known: said by the snapshot day and cited by a source known then?
    pub fn quote_known(&self, q: &Quote) -> bool {
        self.started(&q.said) && self.cites_known(&q.cites)
    }

    /// Known quotes among `ids`, in the given order.
    pub fn quotes(&self, ids: &[String]) -> Vec<&'a Quote> {
        ids.iter()
            .filter_map(|id| self.store.quote(id))
            .filter(|q| self.quote_known(q))
            .collect()
    }

    /// Is the stance known: taken by the snapshot day and backed by a source or quote known then?
    pub fn stance_known(&self, s: &Stance) -> bool {
        self.started(&s.date)
            && (self.cites_known(&s.cites)
                || s.quotes
                    .iter()
                    .filter_map(|id| self.store.quote(id))
                    .any(|q| self.quote_known(q))
                || (s.silent && s.cites.is_empty() && s.quotes.is_empty()))
    }

    /// The stance of `party` on `point` as of the snapshot: the latest known one.
    pub fn stance(&self, point: &'a Point, party: &str) -> Option<&'a Stance> {
        point
            .stances
            .iter()
            .filter(|s| s.party == party && self.stance_known(s))
            .max_by(|a, b| a.date.cmp(&b.date))
    }

    /// Does `party` speak on `point` as of the snapshot: is its latest known stance there, not
    /// silent, and in its own voice? A stance is in its own voice when it quotes someone on the
    /// party's side or cites an excerpt whose `voice` is an actor on its side, the party itself or
    /// `both`; a stance whose citations carry no voice at all (an unannotated dataset) counts as
    /// in its own voice. Clash, overlap and agreement need both parties to speak
    /// ([`Self::relation`]).
    pub fn speaks(&self, point: &Point, party: &str) -> bool {
        let Some(s) = point
            .stances
            .iter()
            .filter(|s| s.party == party && self.stance_known(s))
            .max_by(|a, b| a.date.cmp(&b.date))
        else {
            return false;
        };
        if s.silent {
            return false;
        }
        let voiced: Vec<&str> = s.cites.iter().filter_map(|c| c.voice.as_deref()).collect();
        if voiced.is_empty() {
            return true;
        }
        let ours = |id: &str| {
            id == party || id == BOTH || self.store.actor(id).is_some_and(|a| a.side == party)
        };
        voiced.into_iter().any(ours)
            || s.quotes
                .iter()
                .filter_map(|q| self.store.quote(q))
                .any(|q| ours(&q.speaker))
    }

    /// Why the topic's status as of the snapshot does not follow from its points shown then, or
    /// `None` when it does: `contested` needs a point in clash, `partly_agreed` a point in
    /// overlap, `agreed` no point in clash, `one_side_silent` a point on which a party does not
    /// speak ([`Self::speaks`]). Relations come from [`Self::relation`], which makes a point
    /// one-sided whenever a party is silent or not in its own voice: clash, overlap and
    /// agreement always rest on both parties' own latest stances.
    pub fn status_problem(&self, topic: &'a Topic) -> Option<String> {
        let status = self.status(topic)?.status;
        let relations: Vec<Relation> = self
            .points(topic)
            .into_iter()
            .map(|p| self.relation(p))
            .collect();
        let has = |r: Relation| relations.contains(&r);
        let one_sided = topic.points.iter().any(|p| {
            p.stances.iter().any(|s| self.stance_known(s))
                && self
                    .store
                    .dataset
                    .parties
                    .iter()
                    .any(|party| !self.speaks(p, &party.id))
        });
        match status {
            Status::Contested if !has(Relation::Clash) => Some(
                "is contested, but none of its points is in clash then: contested needs a clash of both parties' own stances".into(),
            ),
            Status::PartlyAgreed if !has(Relation::Overlap) => Some(
                "is partly agreed, but none of its points overlaps then: partly agreed needs an overlap of both parties' own stances".into(),
            ),
            Status::Agreed if has(Relation::Clash) => {
                Some("is agreed, but one of its points is in clash then".into())
            }
            Status::OneSideSilent if !one_sided => Some(
                "is marked one side silent, but both parties speak on every point then: one side silent follows from a silent stance".into(),
            ),
            _ => None,
        }
    }

    /// How the parties' stances on `point` relate as of the snapshot: the one place that
    /// answers it (pages, exports and checks all ask here, never `point.relation`).
    ///
    /// - [`Relation::OneSided`] when a party does not speak ([`Self::speaks`]): it has no known
    ///   stance yet, its latest known one is silent, or that stance is not in the party's own
    ///   voice (it rests only on the other side's complaint, an analyst or the outlet). Derived,
    ///   so it follows the stances in every snapshot.
    /// - Otherwise, with dated `relations`, the latest entry known by the snapshot (its date
    ///   has begun and one of its sources is published); when none is known yet, the oldest
    ///   entry (the datasets are checked never to need this).
    /// - Otherwise the static `relation`, which holds from the point's first stance on
    ///   (`Different` for an unvalidated point that has neither).
    pub fn relation(&self, point: &Point) -> Relation {
        let someone_silent = self
            .store
            .dataset
            .parties
            .iter()
            .any(|party| !self.speaks(point, &party.id));
        if someone_silent {
            return Relation::OneSided;
        }
        if let Some(first) = point.relations.first() {
            return point
                .relations
                .iter()
                .filter(|r| self.started(&r.date) && self.cites_known(&r.cites))
                .max_by(|a, b| a.date.cmp(&b.date))
                .unwrap_or(first)
                .relation;
        }
        point.relation.unwrap_or(Relation::Different)
    }

    /// The topic's status as of the snapshot.
    pub fn status(&self, topic: &'a Topic) -> Option<&'a StatusChange> {
        topic
            .status
            .iter()
            .filter(|s| self.started(&s.date) && self.cites_known(&s.cites))
            .max_by(|a, b| a.date.cmp(&b.date))
    }

    /// The topic's summary as of the snapshot: the main one for the latest briefing, else the
    /// latest earlier summary known by then (none rather than one that tells the future).
    pub fn summary(&self, topic: &'a Topic) -> Option<&'a str> {
        if self.is_latest() {
            return Some(&topic.summary);
        }
        topic
            .earlier_summaries
            .iter()
            .filter(|c| self.claim_known(c))
            .max_by(|a, b| a.date.cmp(&b.date))
            .map(|c| c.text.as_str())
    }

    /// Does the topic exist yet: is its status or any non-silent stance known?
    pub fn topic_known(&self, topic: &'a Topic) -> bool {
        self.status(topic).is_some()
            || topic
                .points
                .iter()
                .flat_map(|p| &p.stances)
                .any(|s| !s.silent && self.stance_known(s))
    }

    /// Topics known by the snapshot, in dataset order.
    pub fn topics(&self) -> Vec<&'a Topic> {
        self.store
            .dataset
            .topics
            .iter()
            .filter(|t| self.topic_known(t))
            .collect()
    }

    /// Points of a topic on which at least one party has a known stance.
    pub fn points(&self, topic: &'a Topic) -> Vec<&'a Point> {
        topic
            .points
            .iter()
            .filter(|p| {
                self.store
                    .dataset
                    .parties
                    .iter()
                    .any(|party| self.stance(p, &party.id).is_some_and(|s| !s.silent))
            })
            .collect()
    }

    /// Is the dated claim known: made by the snapshot day and cited by a source known then?
    pub fn claim_known(&self, c: &DatedClaim) -> bool {
        self.started(&c.date) && self.cites_known(&c.cites)
    }

    /// Is the analysis known: given by the snapshot day and cited by a source known then?
    pub fn analysis_known(&self, a: &Analysis) -> bool {
        self.started(&a.date) && self.cites_known(&a.cites)
    }

    /// Is the event known: begun by the snapshot day and cited by a source known then?
    pub fn event_known(&self, e: &Event) -> bool {
        self.started(&e.date) && self.cites_known(&e.cites)
    }

    /// Is the figure known: dated by the snapshot day and cited by a source known then?
    pub fn figure_known(&self, f: &Figure) -> bool {
        self.started(&f.date) && self.cites_known(&f.cites)
    }

    /// Events known by the snapshot, oldest first.
    pub fn events(&self) -> Vec<&'a Event> {
        let mut v: Vec<_> = self
            .store
            .dataset
            .events
            .iter()
            .filter(|e| self.event_known(e))
            .collect();
        v.sort_by_key(|e| e.date);
        v
    }

    /// Figures known by the snapshot, in dataset order.
    pub fn figures(&self) -> Vec<&'a Figure> {
        self.store
            .dataset
            .figures
            .iter()
            .filter(|f| self.figure_known(f))
            .collect()
    }

    /// The latest known value of a measure (the newest date; ties: the later in the file).
    pub fn latest(&self, measure: &str) -> Option<&'a Figure> {
        self.store
            .figures_of(measure)
            .filter(|f| self.figure_known(f))
            .max_by(|a, b| a.date.cmp(&b.date))
    }

    /// Known figures of a measure, in dataset order.
    pub fn figures_of(&self, measure: &str) -> Vec<&'a Figure> {
        self.store
            .figures_of(measure)
            .filter(|f| self.figure_known(f))
            .collect()
    }

    /// All known quotes, in dataset order.
    pub fn all_quotes(&self) -> Vec<&'a Quote> {
        self.store
            .dataset
            .quotes
            .iter()
            .filter(|q| self.quote_known(q))
            .collect()
    }

    /// Known quotes of one speaker, oldest first.
    pub fn quotes_by(&self, actor: &str) -> Vec<&'a Quote> {
        let mut v: Vec<_> = self
            .store
            .quotes_of(actor)
            .filter(|q| self.quote_known(q))
            .collect();
        v.sort_by_key(|q| q.said);
        v
    }

    /// Known quotes on a topic, in dataset order.
    pub fn quotes_on(&self, topic: &str) -> Vec<&'a Quote> {
        self.store
            .quotes_on(topic)
            .filter(|q| self.quote_known(q))
            .collect()
    }

    /// Known events on a topic, oldest first (ties keep dataset order, as [`Self::events`]).
    pub fn events_on(&self, topic: &str) -> Vec<&'a Event> {
        let mut v: Vec<_> = self
            .store
            .events_on(topic)
            .filter(|e| self.event_known(e))
            .collect();
        v.sort_by_key(|e| e.date);
        v
    }

    /// Known quotes grouped by speaker, each group oldest first: one pass, for pages that list
    /// everyone (calling [`Self::quotes_by`] per person is quadratic on large datasets).
    pub fn quotes_by_speaker(&self) -> std::collections::BTreeMap<&'a str, Vec<&'a Quote>> {
        let mut map: std::collections::BTreeMap<&'a str, Vec<&'a Quote>> = Default::default();
        for q in self.all_quotes() {
            map.entry(q.speaker.as_str()).or_default().push(q);
        }
        for v in map.values_mut() {
            v.sort_by_key(|q| q.said);
        }
        map
    }

    /// Known quotes on a topic that no stance or analysis of the topic already shows.
    pub fn other_quotes_on(&self, topic: &Topic) -> Vec<&'a Quote> {
        let shown: std::collections::HashSet<&str> = topic
            .points
            .iter()
            .flat_map(|p| &p.stances)
            .flat_map(|s| &s.quotes)
            .chain(topic.analysis.iter().flat_map(|a| &a.quotes))
            .map(String::as_str)
            .collect();
        self.store
            .quotes_on(&topic.id)
            .filter(|q| self.quote_known(q) && !shown.contains(q.id.as_str()))
            .collect()
    }

    /// Sources published by the snapshot day.
    pub fn sources(&self) -> Vec<&'a Source> {
        self.store
            .dataset
            .sources
            .iter()
            .filter(|s| s.published.first() <= self.as_of)
            .collect()
    }

    /// Claims of a dispute known by the snapshot.
    pub fn dispute_claims(&self, d: &'a Dispute) -> Vec<&'a DisputeClaim> {
        d.claims
            .iter()
            .filter(|c| self.started(&c.date) && self.cites_known(&c.cites))
            .collect()
    }

    /// Counts of statuses among known topics, in [`Status::ALL`] order, zeros left out.
    pub fn status_counts(&self) -> Vec<(Status, usize)> {
        let topics = self.topics();
        Status::ALL
            .iter()
            .map(|s| {
                (
                    *s,
                    topics
                        .iter()
                        .filter(|t| self.status(t).map(|x| x.status) == Some(*s))
                        .count(),
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_briefing_is_the_default() {
        let store = embedded();
        let s = Snapshot::of_briefing(&store, None).unwrap();
        assert!(s.is_latest());
        assert_eq!(
            s.briefing.unwrap().id,
            store.dataset.briefings.last().unwrap().id
        );
        assert!(Snapshot::of_briefing(&store, Some("no-such-briefing")).is_none());
    }

    #[test]
    fn a_source_is_not_known_before_it_is_published() {
        let store = embedded();
        let mut s = Snapshot::everything(&store);
        let first = store
            .dataset
            .sources
            .iter()
            .map(|s| s.published.first())
            .min()
            .unwrap();
        s.as_of = Day::new(first.year - 1, 1, 1).unwrap();
        assert!(s.sources().is_empty());
        assert!(s.topics().is_empty());
        assert!(s.all_quotes().is_empty());
        assert!(s.events().is_empty());
    }
}
