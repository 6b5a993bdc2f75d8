//! The dataset on screen (state, actions, reducer, provider handle and hook) and the switcher:
//! which dataset is on screen, opening another one (a local file, by
//! drag-and-drop, or a `?dataset=` URL on this site), keeping it across reloads in this tab,
//! and returning to the built-in one.
//!
//! Rules: an invalid dataset never replaces the one on screen (the reader sees every problem
//! instead); a valid one drives every view exactly as the built-in one does, because pages only
//! ever read the [`Store`] in `DataCtx`.

use crate::browser::dom;
use crate::browser::storage::{self, Area};
use counterpoint_core::model::{
    check_dataset_url, embedded, size_limit_problem, DatasetOrigin, Problem, Store,
};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::prelude::*;

/// sessionStorage key of the dataset opened in this tab (`{origin, text}`), so a reload or a
/// deep link keeps showing it.
pub const SESSION_KEY: &str = "counterpoint-dataset";

/// URL parameter naming a dataset on this site, e.g. `?dataset=datasets/example.json`.
pub const URL_PARAM: &str = "dataset";

/// What happened to the last attempt to open a dataset.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    Idle,
    /// Reading or checking a dataset.
    Loading(DatasetOrigin),
    /// Opened. `kept`: it will survive a reload in this tab. `restored`: reopened from this
    /// tab's storage (not a new choice of the reader's).
    Opened {
        origin: DatasetOrigin,
        kept: bool,
        restored: bool,
    },
    /// Refused; the dataset on screen did not change.
    Failed {
        origin: DatasetOrigin,
        problems: Rc<Vec<Problem>>,
    },
}

/// The dataset on screen and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetState {
    pub store: Rc<Store>,
    pub origin: DatasetOrigin,
    pub status: LoadStatus,
}

impl DatasetState {
    pub fn embedded() -> DatasetState {
        DatasetState {
            store: embedded(),
            origin: DatasetOrigin::Embedded,
            status: LoadStatus::Idle,
        }
    }
}

/// Changes to [`DatasetState`].
pub enum DatasetAction {
    Loading(DatasetOrigin),
    Opened {
        store: Rc<Store>,
        origin: DatasetOrigin,
        kept: bool,
        restored: bool,
    },
    Failed {
        origin: DatasetOrigin,
        problems: Vec<Problem>,
    },
    UseEmbedded,
    Dismiss,
}

impl Reducible for DatasetState {
    type Action = DatasetAction;

    fn reduce(self: Rc<Self>, action: DatasetAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DatasetAction::Loading(origin) => next.status = LoadStatus::Loading(origin),
            DatasetAction::Opened {
                store,
                origin,
                kept,
                restored,
            } => {
                next.store = store;
                next.origin = origin.clone();
                // Falling back to the tab's dataset after a failed link keeps the failure
                // on screen: the reader must learn why the link did not open.
                if !(restored && matches!(next.status, LoadStatus::Failed { .. })) {
                    next.status = LoadStatus::Opened {
                        origin,
                        kept,
                        restored,
                    };
                }
            }
            DatasetAction::Failed { origin, problems } => {
                next.status = LoadStatus::Failed {
                    origin,
                    problems: Rc::new(problems),
                }
            }
            DatasetAction::UseEmbedded => {
                next = DatasetState::embedded();
            }
            DatasetAction::Dismiss => next.status = LoadStatus::Idle,
        }
        Rc::new(next)
    }
}

/// The switcher as seen by components: the state and the ways to change it.
#[derive(Clone, PartialEq)]
pub struct DatasetCtl(pub UseReducerHandle<DatasetState>);

/// What is kept in sessionStorage.
#[derive(Serialize, Deserialize)]
struct Kept {
    origin: DatasetOrigin,
    text: String,
}

/// One problem for the whole file (reading, fetching, size).
fn whole_file(message: String) -> Vec<Problem> {
    vec![Problem {
        path: String::new(),
        line_col: None,
        message,
    }]
}

impl DatasetCtl {
    pub fn state(&self) -> &DatasetState {
        &self.0
    }

    /// Checks `text` and, if it is a valid dataset, puts it on screen and keeps it for this
    /// tab. Parsing runs after a short pause so that the "Opening…" status paints first.
    pub fn open_text(&self, origin: DatasetOrigin, text: String, restored: bool) {
        if !restored {
            self.0.dispatch(DatasetAction::Loading(origin.clone()));
        }
        let handle = self.0.clone();
        gloo::timers::callback::Timeout::new(20, move || match Store::from_json(&text) {
            Ok(store) => {
                let kept = keep(&origin, &text);
                handle.dispatch(DatasetAction::Opened {
                    store: Rc::new(store),
                    origin,
                    kept,
                    restored,
                });
            }
            Err(problems) => handle.dispatch(DatasetAction::Failed { origin, problems }),
        })
        .forget();
    }

    /// Opens a file the reader picked or dropped.
    pub fn open_file(&self, file: web_sys::File) {
        let origin = DatasetOrigin::File { name: file.name() };
        let (_, size) = crate::browser::file::name_and_size(&file);
        if let Some(message) = size_limit_problem("the file", size) {
            self.0.dispatch(DatasetAction::Failed {
                origin,
                problems: whole_file(message),
            });
            return;
        }
        self.0.dispatch(DatasetAction::Loading(origin.clone()));
        let ctl = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match crate::browser::file::read_text(&file).await {
                Ok(text) => ctl.open_text(origin, text, false),
                Err(message) => ctl.0.dispatch(DatasetAction::Failed {
                    origin,
                    problems: whole_file(message),
                }),
            }
        });
    }

    /// Fetches a dataset from this site (`?dataset=` or the Dataset page's address field).
    pub fn open_url(&self, value: &str, restored: bool) {
        self.open_url_or(value, restored, None);
    }

    /// Like [`Self::open_url`]; when the URL cannot be opened, `fallback` (the dataset this
    /// tab had before) is reopened so a bad link costs the reader nothing.
    fn open_url_or(&self, value: &str, restored: bool, fallback: Option<Kept>) {
        let origin_of_page = dom::page_origin();
        let origin = DatasetOrigin::Url {
            url: value.trim().to_string(),
        };
        let url = match check_dataset_url(value, &origin_of_page) {
            Ok(url) => url,
            Err(message) => return self.fail_url(origin, message, fallback),
        };
        self.0.dispatch(DatasetAction::Loading(origin.clone()));
        let ctl = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match crate::browser::fetch::fetch_same_origin_text(&url).await {
                Ok(text) => ctl.open_text(origin, text, restored),
                Err(message) => ctl.fail_url(origin, message, fallback),
            }
        });
    }

    /// A URL that could not be opened: says why, then reopens the tab's previous dataset.
    fn fail_url(&self, origin: DatasetOrigin, message: String, fallback: Option<Kept>) {
        self.0.dispatch(DatasetAction::Failed {
            origin,
            problems: whole_file(message),
        });
        if let Some(Kept { origin, text }) = fallback {
            self.open_text(origin, text, true);
        }
    }

    /// Back to the built-in dataset: forgets the tab's dataset and the `?dataset=` parameter.
    pub fn use_embedded(&self) {
        storage::remove(Area::Session, SESSION_KEY);
        dom::remove_query_param(URL_PARAM);
        self.0.dispatch(DatasetAction::UseEmbedded);
    }

    pub fn dismiss(&self) {
        self.0.dispatch(DatasetAction::Dismiss);
    }

    /// At start-up, after hydration: the `?dataset=` parameter wins, then the dataset this tab
    /// had open before a reload.
    pub fn restore(&self) {
        let param = dom::query_param(URL_PARAM);
        let kept = storage::get(Area::Session, SESSION_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<Kept>(&raw).ok());
        match (param, kept) {
            (Some(url), kept) => self.open_url_or(&url, true, kept),
            (None, Some(Kept { origin, text })) => self.open_text(origin, text, true),
            (None, None) => {}
        }
    }
}

/// Keeps the dataset for this tab. `false` when the browser refuses (too large for its
/// storage quota): the dataset stays on screen until the next reload.
fn keep(origin: &DatasetOrigin, text: &str) -> bool {
    // A URL dataset is fetched again on reload (the parameter stays in the address bar), but
    // keeping it too means in-app links, which drop the parameter, still show it.
    let kept = Kept {
        origin: origin.clone(),
        text: text.to_string(),
    };
    let Ok(raw) = serde_json::to_string(&kept) else {
        return false;
    };
    let ok = storage::set(Area::Session, SESSION_KEY, &raw).is_ok();
    if !ok {
        storage::remove(Area::Session, SESSION_KEY);
    }
    ok
}

/// The switcher of the page being rendered.
#[hook]
pub fn use_dataset() -> DatasetCtl {
    use_context::<DatasetCtl>().expect("rendered inside the app")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(s: DatasetState, a: DatasetAction) -> DatasetState {
        (*Rc::new(s).reduce(a)).clone()
    }

    fn example() -> Rc<Store> {
        let text = include_str!("../../data/examples/us-japan-2019.json");
        Rc::new(Store::from_json(text).expect("the example dataset is valid"))
    }

    fn file(name: &str) -> DatasetOrigin {
        DatasetOrigin::File { name: name.into() }
    }

    #[test]
    fn a_refused_file_never_replaces_the_dataset_on_screen() {
        let s = reduce(
            DatasetState::embedded(),
            DatasetAction::Loading(file("bad.json")),
        );
        let s = reduce(
            s,
            DatasetAction::Failed {
                origin: file("bad.json"),
                problems: vec![Problem {
                    path: "topics[0]".into(),
                    line_col: Some((3, 4)),
                    message: "missing field".into(),
                }],
            },
        );
        assert!(Rc::ptr_eq(&s.store, &DatasetState::embedded().store));
        assert_eq!(s.origin, DatasetOrigin::Embedded);
        assert!(matches!(&s.status, LoadStatus::Failed { problems, .. } if problems.len() == 1));
    }

    #[test]
    fn an_opened_dataset_drives_the_pages_and_returning_forgets_it() {
        let store = example();
        let s = reduce(
            DatasetState::embedded(),
            DatasetAction::Opened {
                store: store.clone(),
                origin: file("jp.json"),
                kept: true,
                restored: false,
            },
        );
        assert!(Rc::ptr_eq(&s.store, &store));
        assert_eq!(s.origin, file("jp.json"));
        assert!(matches!(
            s.status,
            LoadStatus::Opened {
                kept: true,
                restored: false,
                ..
            }
        ));
        let s = reduce(s, DatasetAction::UseEmbedded);
        assert_eq!(s, DatasetState::embedded());
    }

    #[test]
    fn reopening_the_tabs_dataset_after_a_bad_link_keeps_the_failure_on_screen() {
        let url = DatasetOrigin::Url {
            url: "datasets/missing.json".into(),
        };
        let s = reduce(
            DatasetState::embedded(),
            DatasetAction::Failed {
                origin: url.clone(),
                problems: vec![],
            },
        );
        let s = reduce(
            s,
            DatasetAction::Opened {
                store: example(),
                origin: file("jp.json"),
                kept: true,
                restored: true,
            },
        );
        assert_eq!(s.origin, file("jp.json"));
        assert!(matches!(&s.status, LoadStatus::Failed { origin, .. } if *origin == url));
        assert_eq!(reduce(s, DatasetAction::Dismiss).status, LoadStatus::Idle);
    }
}
