//! The Figures page's view model: the tariff chart's series, the comparisons computed from
//! the data and every known figure.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::chart::{chart_range, tariff_series, Series};
use crate::analysis::figures::{derived, figure_groups, Derived};
use crate::analysis::Snapshot;
use crate::model::*;

/// Everything the Figures page shows.
pub struct FiguresView<'a> {
    snap: Snapshot<'a>,
    /// Does the dataset chart tariffs at all (another negotiation may not)?
    pub has_tariffs: bool,
    /// The charted tariff series, every known step (headline and partial rates).
    pub series: Vec<Series<'a>>,
    /// The same series with headline rates only: the line is drawn through these.
    pub headline: Vec<Series<'a>>,
    /// The days the whole chart spans, when any tariff is known.
    pub range: Option<(Day, Day)>,
    /// The days the headline rates span (the close-up starts in its last year).
    pub headline_range: Option<(Day, Day)>,
    /// Changes computed from the data, with the working.
    pub comparisons: Vec<Derived<'a>>,
    /// Every known figure, grouped by measure.
    pub figures: Vec<&'a Figure>,
    /// How many sources the dataset has.
    pub source_count: usize,
}

impl<'a> FiguresView<'a> {
    /// The figures known in `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let series = tariff_series(&snap);
        let headline: Vec<Series<'a>> = series
            .iter()
            .map(|s| Series {
                steps: s.steps.iter().filter(|st| !st.partial).cloned().collect(),
                ..s.clone()
            })
            .collect();
        FiguresView {
            snap,
            has_tariffs: store.dataset.figures.iter().any(|f| {
                store
                    .dataset
                    .chart_measures
                    .iter()
                    .any(|c| f.measure == c.measure)
            }),
            range: chart_range(&snap, &series),
            headline_range: chart_range(&snap, &headline),
            series,
            headline,
            comparisons: derived(&snap),
            figures: figure_groups(&snap)
                .into_iter()
                .flat_map(|(_, figs)| figs)
                .collect(),
            source_count: store.dataset.sources.len(),
        }
    }

    /// The chart in words, for its accessible description: each series' steps in order.
    pub fn description(&self) -> String {
        let lines: Vec<String> = self
            .series
            .iter()
            .map(|s| {
                let steps: Vec<String> = s
                    .steps
                    .iter()
                    .map(|st| {
                        format!(
                            "{}% from {}{}",
                            format_number(st.value),
                            st.figure.date.human(),
                            st.figure
                                .scope
                                .as_ref()
                                .map(|x| format!(" ({x})"))
                                .unwrap_or_default()
                        )
                    })
                    .collect();
                format!("{}: {}.", s.label, steps.join(", then "))
            })
            .collect();
        lines.join(" ")
    }

    /// The sources cited by the chart's table, the comparisons and the figures table.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        if self.has_tariffs {
            for st in self.series.iter().flat_map(|s| &s.steps) {
                p.cites(&st.figure.cites);
            }
        }
        for d in &self.comparisons {
            p.cites(&d.from.cites);
            p.cites(&d.to.cites);
        }
        for f in &self.figures {
            p.cites(&f.cites);
        }
        p.sources()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_the_sources_of_the_chart_comparisons_and_figures() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = FiguresView::new(snap);
        assert!(view.has_tariffs && !view.series.is_empty() && !view.comparisons.is_empty());
        assert_eq!(view.figures.len(), snap.figures().len());
        let notes = view.notes();
        crate::view::tests::assert_notes_are(
            &snap,
            &notes,
            view.series
                .iter()
                .flat_map(|s| &s.steps)
                .flat_map(|st| &st.figure.cites)
                .chain(
                    view.comparisons
                        .iter()
                        .flat_map(|d| d.from.cites.iter().chain(&d.to.cites)),
                )
                .chain(view.figures.iter().flat_map(|f| &f.cites)),
        );
        let f = view.figures[0];
        let note = notes
            .iter()
            .find(|n| n.source.id == f.cites[0].source)
            .unwrap();
        assert!(note.excerpts.contains(&f.cites[0].excerpt));
    }

    #[test]
    fn an_earlier_view_shows_no_later_figure() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = FiguresView::new(first);
        let dates = view
            .figures
            .iter()
            .copied()
            .chain(
                view.series
                    .iter()
                    .flat_map(|s| s.steps.iter().map(|st| st.figure)),
            )
            .chain(view.comparisons.iter().flat_map(|d| [d.from, d.to]));
        for f in dates {
            assert!(f.date.first() <= first.as_of, "{}", f.id);
        }
        assert!(view.figures.len() < store.dataset.figures.len());
        for n in view.notes() {
            assert!(n.source.published.first() <= first.as_of);
        }
    }
}
