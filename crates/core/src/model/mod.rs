//! The dataset: types, dates, loading and validation. Plain Rust, no UI.

pub mod date;
pub mod locate;
pub mod origin;
pub mod types;
pub mod validate;

pub use date::{DateSpec, Day};
pub use origin::{check_dataset_url, human_size, size_limit_problem, DatasetOrigin};
pub use types::*;
pub use validate::{is_web_url, parse_dataset, validate, Problem, MAX_DATASET_BYTES};

use std::collections::BTreeMap;
use std::rc::Rc;

/// The default dataset, compiled into the binary (feature `embed`: the prerenderer, the tests
/// and the tools; the browser's full app fetches it instead, see [`install_builtin`]).
#[cfg(feature = "embed")]
pub const EMBEDDED_JSON: &str = include_str!("../../../../data/us-china-2025.json");

/// The built-in dataset's file name on the site (under `datasets/`), for builds that fetch it.
pub const BUILTIN_FILE: &str = "us-china-2025.json";

/// A validated dataset with id lookups. Cheap to share behind an `Rc`.
#[derive(Debug, PartialEq)]
pub struct Store {
    /// The dataset, as loaded.
    pub dataset: Dataset,
    index: Index,
    /// Ordinal of each source (1-based) for compact citation markers.
    source_numbers: BTreeMap<String, usize>,
}

impl Store {
    /// Builds the lookups of a dataset that passed validation.
    pub fn new(data: Dataset) -> Store {
        fn map<T>(items: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, x)| (id(x).to_string(), i))
                .collect()
        }
        let index = Index {
            sources: map(&data.sources, |s| &s.id),
            actors: map(&data.actors, |a| &a.id),
            topics: map(&data.topics, |t| &t.id),
            quotes: map(&data.quotes, |q| &q.id),
            events: map(&data.events, |e| &e.id),
            figures: map(&data.figures, |f| &f.id),
        };
        let source_numbers = data
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i + 1))
            .collect();
        Store {
            dataset: data,
            index,
            source_numbers,
        }
    }

    /// Parses and validates JSON text into a store.
    pub fn from_json(json: &str) -> Result<Store, Vec<Problem>> {
        parse_dataset(json).map(Store::new)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index
            .sources
            .get(id)
            .map(|&i| &self.dataset.sources[i])
    }
    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.index.actors.get(id).map(|&i| &self.dataset.actors[i])
    }
    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.index.topics.get(id).map(|&i| &self.dataset.topics[i])
    }
    /// The quote with this id.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.index.quotes.get(id).map(|&i| &self.dataset.quotes[i])
    }
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.index.events.get(id).map(|&i| &self.dataset.events[i])
    }
    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.index
            .figures
            .get(id)
            .map(|&i| &self.dataset.figures[i])
    }
    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.dataset.parties.iter().find(|p| p.id == id)
    }
    /// Position of a topic in the dataset's order.
    pub fn topic_position(&self, id: &str) -> Option<usize> {
        self.index.topics.get(id).copied()
    }
    /// 1-based number of a source, used as the citation marker "[n]".
    pub fn source_number(&self, id: &str) -> usize {
        self.source_numbers.get(id).copied().unwrap_or(0)
    }
    /// Display name of a side: a party's short name, "Both", or "Independent".
    pub fn side_name(&self, side: &str) -> String {
        match self.party(side) {
            Some(p) => p.short_name.clone(),
            None if side == BOTH => "Both".into(),
            None if side == INDEPENDENT => "Independent".into(),
            None => side.to_string(),
        }
    }
    /// The outlet's name, or our description of it.
    pub fn outlet_name(&self, source: &Source) -> String {
        source
            .outlet
            .clone()
            .unwrap_or_else(|| source.outlet_description.clone())
    }
}

thread_local! {
    static BUILTIN: std::cell::RefCell<Option<Rc<Store>>> = const { std::cell::RefCell::new(None) };
}

/// The built-in dataset, parsed once per thread: the embedded one (feature `embed`), or the one
/// [`install_builtin`] was given. Without either it panics: a build without `embed` installs it
/// before anything reads it.
pub fn embedded() -> Rc<Store> {
    BUILTIN.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| {
                #[cfg(feature = "embed")]
                {
                    Rc::new(
                        Store::from_json(EMBEDDED_JSON)
                            .unwrap_or_else(|p| panic!("embedded dataset is invalid: {:?}", p)),
                    )
                }
                #[cfg(not(feature = "embed"))]
                {
                    panic!("the built-in dataset is not installed (install_builtin)")
                }
            })
            .clone()
    })
}

/// Installs the built-in dataset of a build without `embed` (fetched as a static file of the
/// site): validates it like any other. `Err`: every problem, and nothing installed.
pub fn install_builtin(json: &str) -> Result<Rc<Store>, Vec<Problem>> {
    let store = Rc::new(Store::from_json(json)?);
    BUILTIN.with(|b| *b.borrow_mut() = Some(store.clone()));
    Ok(store)
}
