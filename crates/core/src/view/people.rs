//! The People page's view model: every actor of a party or independent, by side, with their
//! organisation, the topics they speak to and every known quote.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::Snapshot;
use crate::model::*;

/// One person or institution as the page shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonRow<'a> {
    /// The actor.
    pub actor: &'a Actor,
    /// The name of their organisation (its id when the dataset does not name it).
    pub organisation: Option<String>,
    /// Topics their known quotes speak to, in dataset order.
    pub topics: Vec<&'a Topic>,
    /// Their known quotes, oldest first.
    pub quotes: Vec<&'a Quote>,
}

/// One side's section: a party, or the independents.
#[derive(Clone, Debug, PartialEq)]
pub struct PeopleSide<'a> {
    /// The side id.
    pub id: String,
    /// The section's heading.
    pub name: String,
    /// People first, then institutions; most quoted first within each.
    pub people: Vec<PersonRow<'a>>,
}

/// Everything the People page shows.
pub struct PeopleView<'a> {
    snap: Snapshot<'a>,
    /// How many actors the dataset names.
    pub actor_count: usize,
    /// Each party's section, then the independents'.
    pub sides: Vec<PeopleSide<'a>>,
}

impl<'a> PeopleView<'a> {
    /// Who's who as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let d = &store.dataset;
        let mut by_speaker = snap.quotes_by_speaker();
        let mut ids: Vec<(String, String)> = d
            .parties
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        ids.push((
            INDEPENDENT.to_string(),
            "Independent: analysts, media, others".to_string(),
        ));
        let sides = ids
            .into_iter()
            .map(|(id, name)| {
                let mut people: Vec<PersonRow<'a>> = d
                    .actors
                    .iter()
                    .filter(|a| a.side == id)
                    .map(|a| {
                        let quotes = by_speaker.remove(a.id.as_str()).unwrap_or_default();
                        let mut topic_ids: Vec<&str> = quotes
                            .iter()
                            .flat_map(|q| q.topics.iter().map(String::as_str))
                            .collect();
                        topic_ids.sort_by_key(|t| store.topic_position(t));
                        topic_ids.dedup();
                        PersonRow {
                            actor: a,
                            organisation: a.organisation.as_ref().map(|o| {
                                store.actor(o).map(|x| x.name.clone()).unwrap_or(o.clone())
                            }),
                            topics: topic_ids.iter().filter_map(|t| store.topic(t)).collect(),
                            quotes,
                        }
                    })
                    .collect();
                people.sort_by_key(|r| {
                    (
                        r.actor.kind == ActorKind::Institution,
                        std::cmp::Reverse(r.quotes.len()),
                    )
                });
                PeopleSide { id, name, people }
            })
            .collect();
        PeopleView {
            snap,
            actor_count: d.actors.len(),
            sides,
        }
    }

    /// The sources cited by every person's line and quotes (all of them, not only the first
    /// page of each side).
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for r in self.sides.iter().flat_map(|s| &s.people) {
            p.cites(&r.actor.cites);
            for q in &r.quotes {
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
    fn notes_are_the_sources_of_every_person_and_quote() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = PeopleView::new(snap);
        let people: Vec<&PersonRow<'_>> = view.sides.iter().flat_map(|s| &s.people).collect();
        assert_eq!(people.len(), store.dataset.actors.len());
        let notes = view.notes();
        crate::view::tests::assert_notes_are(
            &snap,
            &notes,
            people.iter().flat_map(|r| {
                r.actor
                    .cites
                    .iter()
                    .chain(r.quotes.iter().flat_map(|q| &q.cites))
            }),
        );
        // Each quote is listed under its speaker, and topics follow the quotes.
        let quoted = people.iter().find(|r| !r.quotes.is_empty()).unwrap();
        assert!(quoted.quotes.iter().all(|q| q.speaker == quoted.actor.id));
        assert!(quoted
            .topics
            .iter()
            .all(|t| quoted.quotes.iter().any(|q| q.topics.contains(&t.id))));
    }

    #[test]
    fn an_earlier_view_shows_no_later_quote() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = PeopleView::new(first);
        let quotes: Vec<&Quote> = view
            .sides
            .iter()
            .flat_map(|s| &s.people)
            .flat_map(|r| r.quotes.iter().copied())
            .collect();
        assert!(quotes.len() < store.dataset.quotes.len());
        assert!(quotes.iter().all(|q| q.said.first() <= first.as_of));
        for n in view.notes() {
            assert!(n.source.published.first() <= first.as_of);
        }
    }
}
