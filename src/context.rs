//! What every component of a page can ask for: the dataset on screen and the page being read.

use crate::routes::{Route, View};
use counterpoint_core::analysis::search::SearchIndex;
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::model::Store;
use std::cell::OnceCell;
use std::rc::Rc;
use yew::prelude::*;

/// The dataset on screen. Compared by pointer: a new dataset is a new `Rc`.
#[derive(Clone)]
pub struct DataCtx {
    /// The validated dataset and its lookups.
    pub store: Rc<Store>,
    /// Its search index, built the first time something searches (the header's field or the
    /// search page), then shared.
    search: Rc<OnceCell<Rc<SearchIndex>>>,
}

impl DataCtx {
    /// The context of `store`, with no search index yet.
    pub fn new(store: Rc<Store>) -> DataCtx {
        DataCtx {
            store,
            search: Rc::default(),
        }
    }

    /// `true` when the dataset on screen is the built-in one (its pages are prerendered, with
    /// static exports beside them).
    pub fn is_builtin(&self) -> bool {
        Rc::ptr_eq(&self.store, &counterpoint_core::model::embedded())
    }

    /// The search index of the dataset, built on first use.
    pub fn search_index(&self) -> Rc<SearchIndex> {
        self.search
            .get_or_init(|| Rc::new(SearchIndex::new(&self.store)))
            .clone()
    }
}

impl PartialEq for DataCtx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
    }
}

/// What every component of a page needs: the dataset and the snapshot being read.
#[derive(Clone, PartialEq)]
pub struct PageCtx {
    pub data: DataCtx,
    /// `None` for the latest briefing (canonical, unprefixed URLs).
    pub briefing: Option<AttrValue>,
    pub view: View,
}

impl PageCtx {
    /// The snapshot this page shows. Always valid: unknown briefings never reach a page.
    pub fn snapshot(&self) -> Snapshot<'_> {
        Snapshot::of_briefing(&self.data.store, self.briefing.as_deref())
            .or_else(|| Snapshot::of_briefing(&self.data.store, None))
            .expect("a dataset has at least one briefing")
    }
    /// The route of `view` in this page's snapshot.
    pub fn route(&self, view: View) -> Route {
        view.at(self.briefing.as_deref())
    }
    pub fn store(&self) -> &Store {
        &self.data.store
    }
}

/// The site's public address (ending in `/`) when the prerenderer was told it (`--site-url`):
/// provided by [`crate::app::ServerApp`]; the browser reads the document's base address instead.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct SiteUrl(pub Option<AttrValue>);

/// The base path the site is served under (e.g. `/counterpoint`, empty at the root), from the
/// router: what an address written into a page (an island's props, a download link) starts with.
#[hook]
pub fn use_base_path() -> String {
    yew_router::prelude::use_navigator()
        .and_then(|n| n.basename().map(str::to_string))
        .unwrap_or_default()
}

/// The page context; every page component is rendered inside one.
#[hook]
pub fn use_page() -> PageCtx {
    use_context::<PageCtx>().expect("rendered inside a page")
}
