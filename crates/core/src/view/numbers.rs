//! The "Numbers that disagree" page's view model: each group of figures for one quantity,
//! with what each figure measures, who gives it and whether the sources reconcile them.

use super::notes::{CitedSource, NoteBook};
use crate::analysis::Snapshot;
use crate::model::*;

/// One figure of a group as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberRow<'a> {
    /// The figure.
    pub figure: &'a Figure,
    /// The group's entry for it (basis, voice).
    pub entry: &'a GroupFigure,
    /// Who gives it, when a person or body does.
    pub given_by: Option<&'a Actor>,
    /// The outlets that print it, by name, in citation order.
    pub outlets: Vec<String>,
}

/// One group.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberGroupRow<'a> {
    /// The group.
    pub group: &'a NumberGroup,
    /// Its known figures (at least two, or the group is not shown).
    pub figures: Vec<NumberRow<'a>>,
    /// Topics it bears on.
    pub topics: Vec<&'a Topic>,
}

/// Everything the page shows.
pub struct NumbersView<'a> {
    /// The snapshot shown.
    pub snap: Snapshot<'a>,
    /// Groups with at least two known figures and a known note, in dataset order.
    pub groups: Vec<NumberGroupRow<'a>>,
}

impl<'a> NumbersView<'a> {
    /// The groups known in `snap`.
    pub fn new(snap: Snapshot<'a>) -> Self {
        let store = snap.store;
        let groups = store
            .dataset
            .number_groups
            .iter()
            .filter(|g| snap.cites_known(&g.cites))
            .map(|g| NumberGroupRow {
                group: g,
                figures: g
                    .figures
                    .iter()
                    .filter_map(|e| {
                        let f = store.figure(&e.figure).filter(|f| snap.figure_known(f))?;
                        let mut outlets: Vec<String> = Vec::new();
                        for c in snap.known_cites(&f.cites) {
                            if let Some(s) = store.source(&c.source) {
                                let name = store.outlet_name(s);
                                if !outlets.contains(&name) {
                                    outlets.push(name);
                                }
                            }
                        }
                        Some(NumberRow {
                            figure: f,
                            entry: e,
                            given_by: e.given_by.as_deref().and_then(|a| store.actor(a)),
                            outlets,
                        })
                    })
                    .collect(),
                topics: g.topics.iter().filter_map(|t| store.topic(t)).collect(),
            })
            .filter(|g| g.figures.len() >= 2)
            .collect();
        NumbersView { snap, groups }
    }

    /// The sources of every group's note and of its figures.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for g in &self.groups {
            for f in &g.figures {
                p.cites(&f.figure.cites);
            }
            p.cites(&g.group.cites);
        }
        p.sources()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_show_two_known_figures_or_none() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = NumbersView::new(snap);
        assert!(!view.groups.is_empty());
        for g in &view.groups {
            assert!(g.figures.len() >= 2);
        }
        let trillion = view
            .groups
            .iter()
            .find(|g| {
                g.figures
                    .iter()
                    .any(|f| f.figure.id == "f-trump-trillion-claim")
            })
            .expect("the trillion-dollar group");
        assert!(trillion
            .figures
            .iter()
            .any(|f| f.given_by.is_some_and(|a| a.id == "donald-trump")));
        assert!(!trillion.group.reconciled);
        crate::view::tests::assert_notes_are(
            &snap,
            &view.notes(),
            view.groups.iter().flat_map(|g| {
                g.figures
                    .iter()
                    .flat_map(|f| &f.figure.cites)
                    .chain(&g.group.cites)
            }),
        );
    }

    #[test]
    fn an_earlier_snapshot_hides_later_figures() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = NumbersView::new(first);
        for g in &view.groups {
            for f in &g.figures {
                assert!(first.figure_known(f.figure));
            }
            assert!(first.cites_known(&g.group.cites));
        }
    }

    #[test]
    fn the_view_stays_linear_at_forty_times() {
        let store = crate::synthetic::synthetic_store(40);
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = std::time::Instant::now();
        let view = NumbersView::new(snap);
        assert_eq!(view.groups.len(), store.dataset.number_groups.len());
        assert!(view.groups.len() >= 40);
        assert!(t.elapsed().as_secs_f64() < 1.0, "{:?}", t.elapsed());
    }
}
