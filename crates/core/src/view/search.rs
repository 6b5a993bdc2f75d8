//! The Search page's view model: the hits of a query in the snapshot, each with what the
//! page needs to link to it.
//!
//! Hits show snippets, not `[n]` markers: no notes.

use crate::analysis::search::{Hit, Kind, SearchIndex};
use crate::analysis::Snapshot;

/// One hit as the page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchRow<'a> {
    /// The hit: kind, title, snippet, highlighted ranges and the ids it points at.
    pub hit: Hit<'a>,
    /// For a quote on no topic, its speaker (it is found on the People page).
    pub speaker: Option<&'a str>,
}

/// Everything the Search page shows.
pub struct SearchView<'a> {
    /// The query as typed.
    pub query: String,
    /// The hits, best first, at most `limit`.
    pub rows: Vec<SearchRow<'a>>,
    /// The most hits shown.
    pub limit: usize,
}

impl<'a> SearchView<'a> {
    /// The hits of `query` in `snap`, through `index` (built once per dataset).
    pub fn new(index: &'a SearchIndex, snap: Snapshot<'a>, query: &str, limit: usize) -> Self {
        let store = snap.store;
        let rows = index
            .search(&snap, query, limit)
            .into_iter()
            .map(|hit| SearchRow {
                speaker: match (hit.kind, hit.targets) {
                    (Kind::Quote, [id]) => store.quote(id).map(|q| q.speaker.as_str()),
                    _ => None,
                },
                hit,
            })
            .collect();
        SearchView {
            query: query.to_string(),
            rows,
            limit,
        }
    }

    /// The line above the results: empty before a query, else what was found.
    pub fn summary(&self) -> String {
        let q = self.query.trim();
        let n = self.rows.len();
        if q.is_empty() {
            String::new()
        } else if n == 0 {
            format!("No results for “{q}”.")
        } else {
            format!(
                "{n} result{}{}",
                if n == 1 { "" } else { "s" },
                if n == self.limit {
                    format!(" (first {})", self.limit)
                } else {
                    String::new()
                }
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn the_view_lists_the_index_hits_in_order() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = SearchView::new(&index, snap, "fentanyl", 50);
        let direct = index.search(&snap, "fentanyl", 50);
        assert!(!direct.is_empty());
        assert_eq!(
            view.rows.iter().map(|r| r.hit.clone()).collect::<Vec<_>>(),
            direct
        );
        assert!(view.rows[0].hit.title.to_lowercase().contains("fentanyl"));
        assert!(view.summary().ends_with(&format!(
            "result{}",
            if direct.len() == 1 { "" } else { "s" }
        )));
        let none = SearchView::new(&index, snap, "  ", 50);
        assert!(none.rows.is_empty() && none.summary().is_empty());
        let nothing = SearchView::new(&index, snap, "zzqxv", 50);
        assert_eq!(nothing.summary(), "No results for “zzqxv”.");
        let capped = SearchView::new(&index, snap, "a", 3);
        assert_eq!(capped.summary(), "3 results (first 3)");
    }

    #[test]
    fn a_quote_on_no_topic_names_its_speaker() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        for q in store.dataset.quotes.iter().take(30) {
            let view = SearchView::new(&index, snap, &q.text, 50);
            for r in view.rows.iter().filter(|r| r.hit.kind == Kind::Quote) {
                match r.hit.targets {
                    [id] => assert_eq!(r.speaker, store.quote(id).map(|q| q.speaker.as_str())),
                    _ => assert!(r.speaker.is_none()),
                }
            }
        }
    }

    #[test]
    fn an_earlier_view_finds_nothing_dated_after_it() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let view = SearchView::new(&index, first, "tariff", 500);
        assert!(!view.rows.is_empty());
        for r in &view.rows {
            if let Some(d) = r.hit.date {
                assert!(d.first() <= first.as_of, "{}", r.hit.title);
            }
        }
    }
}
