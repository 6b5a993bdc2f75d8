//! The dataset: types, dates, loading and validation. Plain Rust, no UI.

pub mod class;
pub mod date;
pub mod locate;
pub mod objects_only;
pub mod origin;
pub mod payload;
pub mod types;
pub mod validate;
pub mod verbs;

pub use date::{DateSpec, Day};
pub use origin::{check_dataset_url, human_size, size_limit_problem, DatasetOrigin};
pub use types::*;
pub use validate::{is_web_url, locate_all, parse_dataset, validate, Problem, MAX_DATASET_BYTES};
pub use verbs::{verb_class, VerbClass, VERBS};

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::OnceLock;

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
    /// Who refers to what, built on first use (see [`Store::links`]).
    links: LazyLinks,
}

/// The reverse references of a dataset: positions (in dataset order, each once) of the items
/// that point at an id. Pages ask "every quote of this speaker", "every event on this topic";
/// scanning the whole dataset for each row makes a page quadratic in the data.
#[derive(Debug, Default)]
struct Links {
    quotes_by_speaker: HashMap<String, Vec<usize>>,
    quotes_by_topic: HashMap<String, Vec<usize>>,
    quotes_by_source: HashMap<String, Vec<usize>>,
    quotes_by_statement: HashMap<String, Vec<usize>>,
    events_by_topic: HashMap<String, Vec<usize>>,
    figures_by_measure: HashMap<String, Vec<usize>>,
}

impl Links {
    fn of(d: &Dataset) -> Links {
        // Adds `i` under each key once, however often an item repeats the key.
        fn add<'k>(
            map: &mut HashMap<String, Vec<usize>>,
            keys: impl IntoIterator<Item = &'k str>,
            i: usize,
        ) {
            for k in keys {
                let v = map.entry(k.to_string()).or_default();
                if v.last() != Some(&i) {
                    v.push(i);
                }
            }
        }
        let mut l = Links::default();
        for (i, q) in d.quotes.iter().enumerate() {
            add(&mut l.quotes_by_speaker, [q.speaker.as_str()], i);
            add(
                &mut l.quotes_by_topic,
                q.topics.iter().map(String::as_str),
                i,
            );
            add(
                &mut l.quotes_by_source,
                q.cites.iter().map(|c| c.source.as_str()),
                i,
            );
            add(&mut l.quotes_by_statement, q.statement.as_deref(), i);
        }
        for (i, e) in d.events.iter().enumerate() {
            add(
                &mut l.events_by_topic,
                e.topics.iter().map(String::as_str),
                i,
            );
        }
        for (i, f) in d.figures.iter().enumerate() {
            add(&mut l.figures_by_measure, [f.measure.as_str()], i);
        }
        l
    }
}

/// [`Links`] built on first use: opening a dataset does not pay for them. Always equal, as
/// they follow from the dataset, which the store compares.
#[derive(Default)]
struct LazyLinks(OnceLock<Links>);

impl PartialEq for LazyLinks {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for LazyLinks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "LazyLinks(built)"
        } else {
            "LazyLinks(not built)"
        })
    }
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
            commitments: map(&data.commitments, |c| &c.id),
        };
        Store {
            dataset: data,
            index,
            links: LazyLinks::default(),
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
    /// The commitment with this id.
    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.index
            .commitments
            .get(id)
            .map(|&i| &self.dataset.commitments[i])
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
        self.index.sources.get(id).map_or(0, |&i| i + 1)
    }
    /// A source with its 1-based number, in one lookup.
    pub fn numbered_source(&self, id: &str) -> Option<(usize, &Source)> {
        self.index
            .sources
            .get(id)
            .map(|&i| (i + 1, &self.dataset.sources[i]))
    }
    fn links(&self) -> &Links {
        self.links.0.get_or_init(|| Links::of(&self.dataset))
    }

    fn linked<'s, T>(
        &'s self,
        map: fn(&Links) -> &HashMap<String, Vec<usize>>,
        items: &'s [T],
        key: &str,
    ) -> impl DoubleEndedIterator<Item = &'s T> + 's {
        map(self.links())
            .get(key)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(move |&i| &items[i])
    }

    /// Every quote of a speaker, in dataset order.
    pub fn quotes_of(&self, actor: &str) -> impl DoubleEndedIterator<Item = &Quote> + '_ {
        self.linked(|l| &l.quotes_by_speaker, &self.dataset.quotes, actor)
    }
    /// Every quote on a topic, in dataset order.
    pub fn quotes_on(&self, topic: &str) -> impl DoubleEndedIterator<Item = &Quote> + '_ {
        self.linked(|l| &l.quotes_by_topic, &self.dataset.quotes, topic)
    }
    /// Every quote that cites a source, in dataset order, each once.
    pub fn quotes_citing(&self, source: &str) -> impl DoubleEndedIterator<Item = &Quote> + '_ {
        self.linked(|l| &l.quotes_by_source, &self.dataset.quotes, source)
    }
    /// The other renderings of the quote's statement (see [`Quote::statement`]), in dataset
    /// order.
    pub fn renderings<'s>(&'s self, quote: &'s Quote) -> impl Iterator<Item = &'s Quote> + 's {
        quote
            .statement
            .as_deref()
            .into_iter()
            .flat_map(|s| self.linked(|l| &l.quotes_by_statement, &self.dataset.quotes, s))
            .filter(|o| o.id != quote.id)
    }
    /// Every event on a topic, in dataset order.
    pub fn events_on(&self, topic: &str) -> impl DoubleEndedIterator<Item = &Event> + '_ {
        self.linked(|l| &l.events_by_topic, &self.dataset.events, topic)
    }
    /// Every figure of a measure, in dataset order.
    pub fn figures_of(&self, measure: &str) -> impl DoubleEndedIterator<Item = &Figure> + '_ {
        self.linked(|l| &l.figures_by_measure, &self.dataset.figures, measure)
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
