//! The dataset on screen (state, actions, reducer, provider handle and hook) and the switcher:
//! which dataset is on screen, opening another one (a local file, by
//! drag-and-drop, or a `?dataset=` URL on this site), keeping it across reloads in this tab,
//! and returning to the built-in one.
//!
//! Rules: an invalid dataset never replaces the one on screen (the reader sees every problem
//! instead); a valid one drives every view exactly as the built-in one does, because pages only
//! ever read the [`Store`] in `DataCtx`.
//!
//! Opening runs the validator in a Web Worker (`browser::worker`), so the page never freezes
//! while a large file is checked; the valid dataset comes back in parts that the page decodes
//! one per task (`model::payload`), and the same parts are kept for the tab in IndexedDB, so a
//! reload decodes them again without checking them again. Where no worker can run, the page
//! checks the file itself, as before, and says so.

use crate::browser::dom;
use crate::browser::storage::{self, Area};
use crate::browser::worker::{self, Parts, Reply, Request};
use counterpoint_core::model::payload::{cut, Builder, PART_BYTES};
use counterpoint_core::model::{
    check_dataset_url, embedded, human_size, size_limit_problem, DatasetOrigin, Problem, Store,
};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// sessionStorage key of the dataset opened in this tab (see [`Kept`]), so a reload or a
/// deep link keeps showing it. The islands binary loads the full app at once when it is set.
pub const SESSION_KEY: &str = "counterpoint-dataset";

/// URL parameter naming a dataset on this site, e.g. `?dataset=datasets/example.json`.
pub const URL_PARAM: &str = "dataset";

/// Above this size (bytes) opening shows its progress; below, it is over before it would paint.
pub const PROGRESS_BYTES: usize = 1_000_000;

/// What happened to the last attempt to open a dataset.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    Idle,
    /// Reading or checking a dataset.
    Loading(DatasetOrigin),
    /// Opened. `kept`: it will survive a reload in this tab. `restored`: reopened from this
    /// tab's storage (not a new choice of the reader's). `on_page`: checked on the page, not
    /// in a worker, and why (the page may have paused while it was checked).
    Opened {
        origin: DatasetOrigin,
        kept: bool,
        restored: bool,
        on_page: Option<String>,
    },
    /// Refused; the dataset on screen did not change.
    Failed {
        origin: DatasetOrigin,
        problems: Rc<Vec<Problem>>,
    },
}

/// How far opening a large dataset has got.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// What is happening, in words ("Checking the file “big.json” (8.6 MB)").
    pub step: String,
    /// Parts done of all parts, once known (`None`: a step of unknown length).
    pub done: Option<(u32, u32)>,
}

/// The dataset on screen and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetState {
    pub store: Rc<Store>,
    pub origin: DatasetOrigin,
    pub status: LoadStatus,
    /// Opening a large dataset: how far it has got (cleared when it opens or fails).
    pub progress: Option<Progress>,
}

impl DatasetState {
    pub fn embedded() -> DatasetState {
        DatasetState {
            store: embedded(),
            origin: DatasetOrigin::Embedded,
            status: LoadStatus::Idle,
            progress: None,
        }
    }
}

/// Changes to [`DatasetState`].
pub enum DatasetAction {
    Loading(DatasetOrigin),
    Progress(Progress),
    Opened {
        store: Rc<Store>,
        origin: DatasetOrigin,
        kept: bool,
        restored: bool,
        on_page: Option<String>,
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
        if !matches!(action, DatasetAction::Progress(_) | DatasetAction::Dismiss) {
            next.progress = None;
        }
        match action {
            DatasetAction::Loading(origin) => next.status = LoadStatus::Loading(origin),
            DatasetAction::Progress(p) => next.progress = Some(p),
            DatasetAction::Opened {
                store,
                origin,
                kept,
                restored,
                on_page,
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
                        on_page,
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

/// What sessionStorage holds for the tab: the dataset's origin and either the key of its parts
/// in IndexedDB (the usual case: small, whatever the dataset's size) or, where the page checked
/// the file itself, the text.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Kept {
    Idb { origin: DatasetOrigin, idb: String },
    Text { origin: DatasetOrigin, text: String },
}

/// One problem for the whole file (reading, fetching, size).
fn whole_file(message: String) -> Vec<Problem> {
    vec![Problem {
        path: String::new(),
        line_col: None,
        message,
    }]
}

/// What is being checked.
enum Input {
    File(web_sys::File),
    Text(String),
}

thread_local! {
    /// The worker of the check under way (dropping it stops the worker).
    static RUNNING: RefCell<Option<worker::Check>> = const { RefCell::new(None) };
    /// Bumped by every new open and by returning to the built-in dataset: work of an older
    /// generation (a late reply, parts still decoding) stops and changes nothing.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

fn next_generation() -> u32 {
    GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    })
}

fn is_current(generation: u32) -> bool {
    GENERATION.with(|g| g.get() == generation)
}

fn kept() -> Option<Kept> {
    storage::get(Area::Session, SESSION_KEY)
        .ok()
        .flatten()
        .and_then(|raw| serde_json::from_str::<Kept>(&raw).ok())
}

impl DatasetCtl {
    pub fn state(&self) -> &DatasetState {
        &self.0
    }

    fn progress(&self, generation: u32, step: String, done: Option<(u32, u32)>) {
        if is_current(generation) {
            self.0
                .dispatch(DatasetAction::Progress(Progress { step, done }));
        }
    }

    /// Checks `text` and, if it is a valid dataset, puts it on screen and keeps it for this
    /// tab.
    pub fn open_text(&self, origin: DatasetOrigin, text: String, restored: bool) {
        if !restored {
            self.0.dispatch(DatasetAction::Loading(origin.clone()));
        }
        let size = text.len();
        self.check(origin, Input::Text(text), size, restored);
    }

    /// Checks a dataset in the validator worker; falls back to the page where none runs.
    fn check(&self, origin: DatasetOrigin, input: Input, size: usize, restored: bool) {
        let generation = next_generation();
        let show = size > PROGRESS_BYTES;
        let what = format!("{} ({})", origin.describe(), human_size(size));
        if show {
            self.progress(generation, format!("Checking {what}"), None);
        }
        let js_input = match &input {
            Input::File(f) => wasm_bindgen::JsValue::from(f.clone()),
            Input::Text(t) => wasm_bindgen::JsValue::from_str(t),
        };
        // The worker keeps a valid dataset in IndexedDB under this key.
        let key = crate::browser::idb::new_key();
        // The input stays here for the fallback (a File is a handle; text is the URL case).
        let fallback = Rc::new(RefCell::new(Some(input)));
        let ctl = self.clone();
        let on_reply = {
            let origin = origin.clone();
            let fallback = fallback.clone();
            let key = key.clone();
            let kept_rx: RefCell<Option<js_sys::Function>> = RefCell::new(None);
            move |reply: Reply| {
                if !is_current(generation) {
                    return;
                }
                match reply {
                    Reply::Progress(phase) if show => {
                        let step = match phase {
                            worker::Phase::Reading => format!("Reading {what}"),
                            worker::Phase::Checking => format!("Checking {what}"),
                        };
                        ctl.progress(generation, step, None);
                    }
                    Reply::Progress(_) => {}
                    Reply::Problems(problems) => {
                        stop_worker(generation);
                        ctl.0.dispatch(DatasetAction::Failed {
                            origin: origin.clone(),
                            problems,
                        });
                    }
                    Reply::Valid(parts) => {
                        // Decoding starts now; whether IndexedDB kept the parts comes later.
                        let mut resolve = None;
                        let ok = js_sys::Promise::new(&mut |ok, _| resolve = Some(ok));
                        *kept_rx.borrow_mut() = resolve;
                        let keep = Keep::Worker {
                            key: key.clone(),
                            ok,
                        };
                        ctl.assemble(origin.clone(), parts, restored, keep, generation);
                    }
                    Reply::Kept(ok) => {
                        stop_worker(generation);
                        if let Some(resolve) = kept_rx.borrow_mut().take() {
                            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &ok.into());
                        }
                    }
                    Reply::Lost(_) => stop_worker(generation),
                    Reply::Unavailable(_) if kept_rx.borrow().is_some() => {
                        // The worker died after its answer: the dataset opens, not kept.
                        stop_worker(generation);
                        if let Some(resolve) = kept_rx.borrow_mut().take() {
                            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &false.into());
                        }
                    }
                    Reply::Unavailable(why) => {
                        stop_worker(generation);
                        if let Some(input) = fallback.borrow_mut().take() {
                            ctl.check_on_page(origin.clone(), input, restored, why, generation);
                        }
                    }
                }
            }
        };
        let request = Request::Check(js_input, key.clone());
        match worker::check(request, on_reply) {
            Ok(check) => RUNNING.with(|r| *r.borrow_mut() = Some(check)),
            Err(why) => {
                if let Some(input) = fallback.borrow_mut().take() {
                    self.check_on_page(origin, input, restored, why, generation);
                }
            }
        }
    }

    /// The old way, where no worker runs: read and check on the page, in one task.
    fn check_on_page(
        &self,
        origin: DatasetOrigin,
        input: Input,
        restored: bool,
        why: String,
        generation: u32,
    ) {
        let ctl = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let text = match input {
                Input::Text(t) => t,
                Input::File(f) => match crate::browser::file::read_text(&f).await {
                    Ok(t) => t,
                    Err(message) => {
                        return ctl.0.dispatch(DatasetAction::Failed {
                            origin,
                            problems: whole_file(message),
                        })
                    }
                },
            };
            // A short pause so that the status paints before the page is busy.
            gloo::timers::future::TimeoutFuture::new(20).await;
            if !is_current(generation) {
                return;
            }
            match counterpoint_core::model::parse_dataset(&text) {
                Ok(dataset) => {
                    // Kept as parts too when IndexedDB takes them; else as text, as before.
                    let parts = Parts::from_payload(cut(&text, PART_BYTES));
                    let store = Rc::new(Store::new(dataset));
                    let kept = match keep_parts(&origin, &parts).await {
                        true => true,
                        false => keep_text(&origin, &text),
                    };
                    ctl.0.dispatch(DatasetAction::Opened {
                        store,
                        origin,
                        kept,
                        restored,
                        on_page: Some(why),
                    });
                }
                Err(problems) => ctl.0.dispatch(DatasetAction::Failed { origin, problems }),
            }
        });
    }

    /// Decodes checked parts one per task (progress on a large dataset), then shows the
    /// dataset, and records where the tab keeps it (see [`Keep`]).
    fn assemble(
        &self,
        origin: DatasetOrigin,
        parts: Parts,
        restored: bool,
        keep: Keep,
        generation: u32,
    ) {
        let ctl = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let show = parts.size() > PROGRESS_BYTES;
            let n = parts.count();
            let built = async {
                let mut b = Builder::new(&parts.head().ok_or("no head")?)?;
                for i in 0..n {
                    if show && i % 4 == 0 {
                        let step = format!("Preparing {}", origin.describe());
                        ctl.progress(generation, step, Some((i, n)));
                    }
                    // Each part in its own task: the page answers input in between.
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    if !is_current(generation) {
                        return Err("superseded".to_string());
                    }
                    let (list, json) = parts.part(i).ok_or("a part is missing")?;
                    b.add(list, &json)?;
                }
                Ok::<_, String>(b.finish())
            }
            .await;
            if !is_current(generation) {
                return;
            }
            let store = match built {
                Ok(store) => Rc::new(store),
                Err(why) => {
                    if restored {
                        storage::remove(Area::Session, SESSION_KEY);
                    }
                    return ctl.0.dispatch(DatasetAction::Failed {
                        origin,
                        problems: whole_file(format!("the dataset could not be rebuilt ({why})")),
                    });
                }
            };
            let kept = match keep {
                Keep::Already => true,
                Keep::Worker { key, ok } => {
                    let ok = wasm_bindgen_futures::JsFuture::from(ok).await;
                    let ok = ok.ok().and_then(|v| v.as_bool()).unwrap_or(false);
                    is_current(generation) && remember(&origin, &key, ok)
                }
            };
            if is_current(generation) {
                ctl.0.dispatch(DatasetAction::Opened {
                    store,
                    origin,
                    kept,
                    restored,
                    on_page: None,
                });
            }
        });
    }

    /// Opens a file the reader picked or dropped.
    pub fn open_file(&self, file: web_sys::File) {
        let origin = DatasetOrigin::File { name: file.name() };
        let (_, size) = crate::browser::file::name_and_size(&file);
        if let Some(message) = size_limit_problem("the file", size) {
            next_generation();
            self.0.dispatch(DatasetAction::Failed {
                origin,
                problems: whole_file(message),
            });
            return;
        }
        self.0.dispatch(DatasetAction::Loading(origin.clone()));
        self.check(origin, Input::File(file), size, false);
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
        if let Some(kept) = fallback {
            self.reopen(kept);
        }
    }

    /// Reopens the dataset this tab kept: its parts from IndexedDB (decoded without checking
    /// them again), or its text (checked again).
    fn reopen(&self, kept: Kept) {
        match kept {
            Kept::Text { origin, text } => self.open_text(origin, text, true),
            Kept::Idb { origin, idb } => {
                let generation = next_generation();
                // The worker reads the entry back, so that cloning it never blocks the page.
                let ctl = self.clone();
                let on_reply = {
                    let origin = origin.clone();
                    let idb = idb.clone();
                    move |reply: Reply| {
                        if !is_current(generation) {
                            return;
                        }
                        match reply {
                            Reply::Valid(parts) => {
                                stop_worker(generation);
                                ctl.assemble(
                                    origin.clone(),
                                    parts,
                                    true,
                                    Keep::Already,
                                    generation,
                                );
                            }
                            Reply::Lost(why) => {
                                stop_worker(generation);
                                ctl.lost(origin.clone(), why);
                            }
                            Reply::Unavailable(_) => {
                                stop_worker(generation);
                                ctl.reopen_on_page(origin.clone(), idb.clone(), generation);
                            }
                            Reply::Progress(_) | Reply::Problems(_) | Reply::Kept(_) => {}
                        }
                    }
                };
                match worker::check(Request::Restore(idb.clone()), on_reply) {
                    Ok(check) => RUNNING.with(|r| *r.borrow_mut() = Some(check)),
                    Err(_) => self.reopen_on_page(origin, idb, generation),
                }
            }
        }
    }

    /// Reads the tab's entry back on the page (where no worker runs).
    fn reopen_on_page(&self, origin: DatasetOrigin, idb: String, generation: u32) {
        let ctl = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let found = crate::browser::idb::get(&idb).await;
            if !is_current(generation) {
                return;
            }
            match found {
                Ok(Some(value)) => {
                    use wasm_bindgen::JsCast;
                    match value.dyn_into::<js_sys::Array>() {
                        Ok(a) => ctl.assemble(origin, Parts(a), true, Keep::Already, generation),
                        Err(_) => ctl.lost(origin, "it was not in the expected form".into()),
                    }
                }
                Ok(None) => ctl.lost(origin, "the browser no longer has it".into()),
                Err(why) => ctl.lost(origin, why),
            }
        });
    }

    /// The tab's kept dataset is gone: say so, forget the key; the built-in dataset stays.
    fn lost(&self, origin: DatasetOrigin, why: String) {
        storage::remove(Area::Session, SESSION_KEY);
        self.0.dispatch(DatasetAction::Failed {
            origin,
            problems: whole_file(format!(
                "the dataset this tab had open could not be reopened ({why}); open it again"
            )),
        });
    }

    /// Back to the built-in dataset: forgets the tab's dataset and the `?dataset=` parameter.
    pub fn use_embedded(&self) {
        next_generation();
        RUNNING.with(|r| r.borrow_mut().take());
        if let Some(Kept::Idb { idb, .. }) = kept() {
            crate::browser::idb::delete(&idb);
        }
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
        match (param, kept()) {
            (Some(url), kept) => self.open_url_or(&url, true, kept),
            (None, Some(kept)) => self.reopen(kept),
            (None, None) => {}
        }
    }
}

/// Stops the worker of `generation` once its reply has been handled (not from inside its own
/// message handler, which must not be dropped while it runs).
fn stop_worker(generation: u32) {
    gloo::timers::callback::Timeout::new(0, move || {
        if is_current(generation) {
            RUNNING.with(|r| r.borrow_mut().take());
        }
    })
    .forget();
}

/// Where the tab keeps a dataset that just opened.
enum Keep {
    /// It came from there (a reload).
    Already,
    /// The worker writes it to IndexedDB under `key`; `ok` settles with whether it could.
    Worker { key: String, ok: js_sys::Promise },
}

/// Keeps the dataset's parts for this tab in IndexedDB from the page (where no worker runs),
/// then as [`remember`].
async fn keep_parts(origin: &DatasetOrigin, parts: &Parts) -> bool {
    let key = crate::browser::idb::new_key();
    let ok = crate::browser::idb::put(&key, &parts.0).await.is_ok();
    remember(origin, &key, ok)
}

/// Records in sessionStorage that the tab's dataset is in IndexedDB under `key` (`ok`), and
/// forgets the tab's previous entry. `false` when the browser refused (no IndexedDB, over
/// quota): the dataset stays on screen until the next reload.
fn remember(origin: &DatasetOrigin, key: &str, ok: bool) -> bool {
    let previous = kept();
    if !ok {
        storage::remove(Area::Session, SESSION_KEY);
        if let Some(Kept::Idb { idb, .. }) = previous {
            crate::browser::idb::delete(&idb);
        }
        return false;
    }
    let key = key.to_string();
    let entry = Kept::Idb {
        origin: origin.clone(),
        idb: key.clone(),
    };
    let ok = serde_json::to_string(&entry)
        .ok()
        .is_some_and(|raw| storage::set(Area::Session, SESSION_KEY, &raw).is_ok());
    if let Some(Kept::Idb { idb, .. }) = previous {
        crate::browser::idb::delete(&idb);
    }
    if !ok {
        crate::browser::idb::delete(&key);
        storage::remove(Area::Session, SESSION_KEY);
    }
    ok
}

/// Keeps the dataset's text in sessionStorage (where IndexedDB is missing). `false` when the
/// browser refuses (too large for its quota).
fn keep_text(origin: &DatasetOrigin, text: &str) -> bool {
    // A URL dataset is fetched again on reload (the parameter stays in the address bar), but
    // keeping it too means in-app links, which drop the parameter, still show it.
    let kept = Kept::Text {
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
                on_page: None,
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
                on_page: None,
            },
        );
        assert_eq!(s.origin, file("jp.json"));
        assert!(matches!(&s.status, LoadStatus::Failed { origin, .. } if *origin == url));
        assert_eq!(reduce(s, DatasetAction::Dismiss).status, LoadStatus::Idle);
    }
}
