//! The Dataset page's view model: the dataset on screen, by title, size and briefings.
//!
//! The page describes the dataset and cites nothing: no notes.

use crate::analysis::Snapshot;

/// What the Dataset page says about the dataset on screen.
pub struct DataView<'a> {
    /// The dataset's title.
    pub title: &'a str,
    /// Its subtitle (may be empty).
    pub subtitle: &'a str,
    /// Its size, one line per kind of item: "12 topics", "1 source"…
    pub counts: Vec<String>,
    /// Its briefings, oldest first, each as "title (as of date)".
    pub briefings: Vec<String>,
}

impl<'a> DataView<'a> {
    /// The dataset of `snap`, whole (the page describes the file, not one briefing).
    pub fn new(snap: Snapshot<'a>) -> Self {
        let d = &snap.store.dataset;
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        DataView {
            title: &d.title,
            subtitle: &d.subtitle,
            counts: vec![
                count(d.topics.len(), "topic", "topics"),
                count(d.sources.len(), "source", "sources"),
                count(d.quotes.len(), "quote", "quotes"),
                count(d.events.len(), "event", "events"),
                count(d.figures.len(), "figure", "figures"),
                count(d.actors.len(), "person or body", "people and bodies"),
            ],
            briefings: d
                .briefings
                .iter()
                .map(|b| format!("{} (as of {})", b.title, b.as_of.human()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn the_whole_dataset_is_described_whatever_the_briefing() {
        let store = embedded();
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = DataView::new(first);
        assert_eq!(view.title, store.dataset.title);
        assert_eq!(
            view.counts[0],
            format!("{} topics", store.dataset.topics.len())
        );
        assert_eq!(view.briefings.len(), store.dataset.briefings.len());
        assert!(view.briefings[0].starts_with(&store.dataset.briefings[0].title));
    }
}
