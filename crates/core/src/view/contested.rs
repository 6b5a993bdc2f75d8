//! The Contested page's view model: each kind of dispute with its known claims, each claim
//! with its speaker, side and quotes.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::Snapshot;
use crate::model::*;

/// One account of a dispute as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRow<'a> {
    /// The claim.
    pub claim: &'a DisputeClaim,
    /// Who made it, when the dataset names them.
    pub speaker: Option<&'a Actor>,
    /// Whose account it is: an outlet's name when the side is a source, else the side's.
    pub side_label: String,
    /// Its known quotes.
    pub quotes: Vec<&'a Quote>,
}

/// One dispute with its known claims.
#[derive(Clone, Debug, PartialEq)]
pub struct DisputeRow<'a> {
    /// The dispute.
    pub dispute: &'a Dispute,
    /// The topics it concerns.
    pub topics: Vec<&'a Topic>,
    /// Its known claims (never empty).
    pub claims: Vec<ClaimRow<'a>>,
}

/// One kind of dispute: a section of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct DisputeGroup<'a> {
    /// Which kind.
    pub kind: DisputeKind,
    /// The section's heading.
    pub title: &'static str,
    /// What the section holds.
    pub blurb: &'static str,
    /// Its disputes with at least one known claim (may be empty: the page then skips it).
    pub disputes: Vec<DisputeRow<'a>>,
}

/// Everything the Contested page shows.
pub struct ContestedView<'a> {
    snap: Snapshot<'a>,
    /// Between the parties, between the outlets, slips in the sources: always these three.
    pub groups: Vec<DisputeGroup<'a>>,
}

impl<'a> ContestedView<'a> {
    /// The disputes as known in `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let groups = [
            (DisputeKind::Parties, "Between the parties", "Each government’s account, with who said it, when and where it was reported."),
            (DisputeKind::Outlets, "Between the outlets", "The same words reported differently, or facts framed differently, by different outlets."),
            (DisputeKind::SourceError, "Slips in the sources", "Errors found in the articles. Quotes keep them verbatim; our text does not repeat them."),
        ]
        .into_iter()
        .map(|(kind, title, blurb)| DisputeGroup {
            kind,
            title,
            blurb,
            disputes: store
                .dataset
                .disputes
                .iter()
                .filter(|x| x.kind == kind)
                .map(|x| DisputeRow {
                    dispute: x,
                    topics: x.topics.iter().filter_map(|t| store.topic(t)).collect(),
                    claims: snap
                        .dispute_claims(x)
                        .into_iter()
                        .map(|c| ClaimRow {
                            claim: c,
                            speaker: c.actor.as_deref().and_then(|a| store.actor(a)),
                            side_label: match store.source(&c.side) {
                                Some(s) => store.outlet_name(s),
                                None => store.side_name(&c.side),
                            },
                            quotes: snap.quotes(&c.quotes),
                        })
                        .collect(),
                })
                .filter(|x| !x.claims.is_empty())
                .collect(),
        })
        .collect();
        ContestedView { snap, groups }
    }

    /// The sources cited by every claim and its quotes.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for c in self
            .groups
            .iter()
            .flat_map(|g| &g.disputes)
            .flat_map(|x| &x.claims)
        {
            p.cites(&c.claim.cites);
            for q in &c.quotes {
                p.quote(q);
            }
        }
        p.sources()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims<'v, 'a>(view: &'v ContestedView<'a>) -> Vec<&'v ClaimRow<'a>> {
        view.groups
            .iter()
            .flat_map(|g| &g.disputes)
            .flat_map(|x| &x.claims)
            .collect()
    }

    #[test]
    fn notes_are_the_sources_of_every_claim_and_its_quotes() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = ContestedView::new(snap);
        assert_eq!(view.groups.len(), 3);
        let rows = claims(&view);
        assert!(rows.iter().any(|c| !c.quotes.is_empty()));
        let notes = view.notes();
        crate::view::tests::assert_notes_are(
            &snap,
            &notes,
            rows.iter().flat_map(|c| {
                c.claim
                    .cites
                    .iter()
                    .chain(c.quotes.iter().flat_map(|q| &q.cites))
            }),
        );
    }

    #[test]
    fn an_earlier_view_shows_no_later_claim() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = ContestedView::new(first);
        let all: usize = store.dataset.disputes.iter().map(|x| x.claims.len()).sum();
        let rows = claims(&view);
        assert!(rows.len() < all);
        for c in rows {
            assert!(c.claim.date.first() <= first.as_of);
            assert!(c.quotes.iter().all(|q| q.said.first() <= first.as_of));
        }
        for n in view.notes() {
            assert!(n.source.published.first() <= first.as_of);
        }
    }
}
