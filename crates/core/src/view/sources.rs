//! The Sources page's view model: the articles published by the snapshot day, each with its
//! marker number, outlet and how often the dataset cites it.
//!
//! The list shows each source's number as a heading, not as a `[n]` citation marker: no notes.

use crate::analysis::cited_places::citation_counts;
use crate::analysis::Snapshot;
use crate::model::*;

/// One article in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRow<'a> {
    /// The source.
    pub source: &'a Source,
    /// Its marker number.
    pub number: usize,
    /// Its outlet's name.
    pub outlet: String,
    /// Citations of it anywhere in the dataset.
    pub citations: usize,
}

/// Everything the Sources page shows.
pub struct SourcesView<'a> {
    /// The sources published by the snapshot day, in dataset order.
    pub rows: Vec<SourceRow<'a>>,
}

impl<'a> SourcesView<'a> {
    /// The sources known in `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let counts = citation_counts(&store.dataset);
        SourcesView {
            rows: snap
                .sources()
                .into_iter()
                .map(|s| SourceRow {
                    source: s,
                    number: store.source_number(&s.id),
                    outlet: store.outlet_name(s),
                    citations: counts.get(s.id.as_str()).copied().unwrap_or(0),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_source_is_listed_with_its_citations() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = SourcesView::new(snap);
        assert_eq!(view.rows.len(), store.dataset.sources.len());
        assert!(view.rows.iter().all(|r| r.citations > 0));
        let numbers: Vec<usize> = view.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, (1..=view.rows.len()).collect::<Vec<_>>());
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let early = SourcesView::new(first);
        assert!(early.rows.len() < view.rows.len());
        assert!(early
            .rows
            .iter()
            .all(|r| r.source.published.first() <= first.as_of));
    }
}
