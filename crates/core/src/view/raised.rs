//! The "Who raised what" page's view model: topics × parties, derived from whose voices speak
//! in each topic's items (see `analysis::raised`), and whose voices each source carries.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::raised::{raised_matrix, source_voices, RaisedRow, SourceVoices, VoiceItem};
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

    /// The sources of every quote shown in the matrix (the page links to the words).
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for r in &self.rows {
            for v in r.parties.iter().flat_map(|(_, v)| v).chain(&r.independent) {
                match v.item {
                    VoiceItem::Quote(q) => p.quote(q),
                    VoiceItem::Commitment(c) => p.cites(&c.cites),
                    VoiceItem::Analysis(a) => p.cites(&a.cites),
                    VoiceItem::Stance(_, s) => p.cites(&s.cites),
                }
            }
        }
        p.sources()
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
        assert!(!view.notes().is_empty());
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
