//! The Coverage page's view model: the sources × topics matrix with heat levels, the topics
//! only one outlet covers, and whose voices each outlet quotes.
//!
//! The page shows citation counts and links to the sources, not `[n]` markers: no notes.

use crate::analysis::coverage::coverage;
use crate::analysis::Snapshot;
use crate::model::*;

/// A source as a column of the matrix and as a voices card.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverageSource<'a> {
    /// The source.
    pub source: &'a Source,
    /// Its marker number.
    pub number: usize,
    /// Its outlet's name.
    pub outlet: String,
    /// The outlet's name without its parenthesised qualifier, for the column heading.
    pub short_outlet: String,
    /// Per side with quotes: the side's name, how many quotes, and the speakers' names.
    pub voices: Vec<CoverageVoices<'a>>,
}

/// The quotes one source carries from one side.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverageVoices<'a> {
    /// The side's display name.
    pub side_name: String,
    /// How many known quotes.
    pub quotes: usize,
    /// The speakers, in order of first quote.
    pub speakers: Vec<&'a Actor>,
}

/// One cell of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoverageCell {
    /// Citations of the column's source on the row's topic.
    pub count: usize,
    /// Heat from 0 (none) to 3 (the most cited cell).
    pub level: usize,
}

/// One topic's row of the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverageRow<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// The sources citing on it: column (position in [`CoverageView::sources`]) and cell, in
    /// column order. Every other cell is empty.
    pub hits: Vec<(usize, CoverageCell)>,
    /// How many sources cite on it.
    pub outlets: usize,
}

impl CoverageRow<'_> {
    /// One cell per column, empty ones included (for a matrix of `columns` sources).
    pub fn cells(&self, columns: usize) -> Vec<CoverageCell> {
        let mut cells = vec![CoverageCell { count: 0, level: 0 }; columns];
        for &(i, c) in &self.hits {
            cells[i] = c;
        }
        cells
    }
}

/// Everything the Coverage page shows.
pub struct CoverageView<'a> {
    /// The columns: sources published by the snapshot day.
    pub sources: Vec<CoverageSource<'a>>,
    /// The rows: known topics, in dataset order (the page pages them).
    pub rows: Vec<CoverageRow<'a>>,
    /// Topics covered by exactly one source, with that source.
    pub blindspots: Vec<(&'a Topic, CoverageSource<'a>)>,
}

impl<'a> CoverageView<'a> {
    /// Coverage as of `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let cov = coverage(&snap);
        let max = cov
            .counts
            .iter()
            .flatten()
            .map(|&(_, n)| n)
            .max()
            .unwrap_or(1)
            .max(1);
        let column = |s: &'a Source| {
            let outlet = store.outlet_name(s);
            CoverageSource {
                source: s,
                number: store.source_number(&s.id),
                short_outlet: outlet.split(" (").next().unwrap_or_default().to_string(),
                outlet,
                voices: cov
                    .voices(&s.id)
                    .iter()
                    .map(|v| CoverageVoices {
                        side_name: store.side_name(v.side),
                        quotes: v.quotes,
                        speakers: v.speakers.clone(),
                    })
                    .collect(),
            }
        };
        let rows = cov
            .topics
            .iter()
            .zip(&cov.counts)
            .map(|(t, row)| {
                let hits: Vec<(usize, CoverageCell)> = row
                    .iter()
                    .map(|&(s, n)| {
                        let level = 1 + (n * 3 - 1) / max;
                        (s, CoverageCell { count: n, level })
                    })
                    .collect();
                CoverageRow {
                    topic: t,
                    outlets: hits.len(),
                    hits,
                }
            })
            .collect();
        CoverageView {
            sources: cov.sources.iter().map(|s| column(s)).collect(),
            rows,
            blindspots: cov
                .blindspots()
                .into_iter()
                .map(|(t, s)| (t, column(s)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_has_a_cell_per_source_and_blindspots_have_one_outlet() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = CoverageView::new(snap);
        assert_eq!(view.sources.len(), snap.sources().len());
        assert_eq!(view.rows.len(), snap.topics().len());
        for r in &view.rows {
            let cells = r.cells(view.sources.len());
            assert_eq!(cells.len(), view.sources.len());
            assert!(cells
                .iter()
                .all(|c| c.level <= 3 && (c.level == 0) == (c.count == 0)));
            assert_eq!(r.outlets, cells.iter().filter(|c| c.count > 0).count());
            assert!(r.hits.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert!(view
            .rows
            .iter()
            .flat_map(|r| &r.hits)
            .any(|(_, c)| c.level == 3));
        for (t, _) in &view.blindspots {
            let row = view.rows.iter().find(|r| r.topic.id == t.id).unwrap();
            assert_eq!(row.outlets, 1);
        }
        assert!(view.sources.iter().any(|s| !s.voices.is_empty()));
    }

    #[test]
    fn an_earlier_view_has_no_later_source_or_topic() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = CoverageView::new(first);
        assert!(view.sources.len() < store.dataset.sources.len());
        assert!(view
            .sources
            .iter()
            .all(|s| s.source.published.first() <= first.as_of));
        assert!(view.rows.iter().all(|r| first.topic_known(r.topic)));
    }
}
