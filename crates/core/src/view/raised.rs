//! The "Who raised what" page's view model: topics × parties, derived from whose voices speak
//! in each topic's items (see `analysis::raised`), and whose voices each source carries.
//!
//! The page links to the words (quotes, positions, the ledger), not `[n]` markers: no notes.

use crate::analysis::raised::{raised_matrix, source_voices, RaisedRow, SourceVoices};
use crate::analysis::Snapshot;
use crate::model::*;

/// Everything the page shows.
pub struct RaisedView<'a> {
    /// The snapshot shown.
    pub snap: Snapshot<'a>,
    /// The parties, in column order.
    pub parties: &'a [Party],
    /// One row per known topic.
    pub rows: Vec<RaisedRow<'a>>,
    /// Per known source: whose voices it carries.
    pub sources: Vec<SourceVoices<'a>>,
}

impl<'a> RaisedView<'a> {
    /// The matrix as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        RaisedView {
            snap,
            parties: &snap.store.dataset.parties,
            rows: raised_matrix(&snap),
            sources: source_voices(&snap),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::raised::Raised;

    #[test]
    fn a_row_per_known_topic_and_a_column_per_party() {
        let store = embedded();
        for b in &store.dataset.briefings {
            let snap = Snapshot::of_briefing(&store, Some(&b.id)).unwrap();
            let view = RaisedView::new(snap);
            assert_eq!(view.rows.len(), snap.topics().len());
            assert!(view.rows.iter().all(|r| r.parties.len() == 2));
            assert_eq!(view.sources.len(), snap.sources().len());
        }
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = RaisedView::new(snap);
        assert!(view
            .rows
            .iter()
            .any(|r| r.parties.iter().any(|(x, _)| *x == Raised::OwnVoice)));
    }

    #[test]
    fn the_view_stays_linear_at_forty_times() {
        let store = crate::synthetic::synthetic_store(40);
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = std::time::Instant::now();
        let view = RaisedView::new(snap);
        assert!(!view.rows.is_empty());
        assert!(t.elapsed().as_secs_f64() < 3.0, "{:?}", t.elapsed());
    }
}
