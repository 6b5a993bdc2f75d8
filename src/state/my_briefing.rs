//! The reader's "My briefing", shared by every page: state in a reducer, read from
//! localStorage after hydration, written back on every change, and re-read when another tab
//! changes it.
//!
//! The server cannot see the reader's storage, so the server render and the first browser
//! render show every pin as not pinned; the stored document is read in an effect, after
//! hydration. A stored text that cannot be read is kept as it is: nothing is written over it
//! until the reader chooses to start over (and then it is copied to a backup key first).

use crate::browser::storage::{self, Area};
use crate::browser::{dom, now_iso};
use crate::context::DataCtx;
use counterpoint_core::my_briefing::{
    load, ItemKind, Loaded, MyBriefings, ParseError, PinnedItem, BACKUP_KEY_PREFIX, STORAGE_KEY,
};
use std::rc::Rc;
use yew::prelude::*;

/// The state of the reader's briefing in this tab.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MyState {
    /// `false` until storage has been read (server render and first browser render).
    pub loaded: bool,
    /// The document. Empty while not loaded or while storage holds something unreadable.
    pub doc: MyBriefings,
    /// What storage holds when it cannot be read, and why.
    pub unreadable: Option<(String, ParseError)>,
    /// Why the last change could not be saved (storage full or not allowed).
    pub save_error: Option<String>,
}

impl MyState {
    /// Loaded and readable: changes are allowed.
    pub fn ready(&self) -> bool {
        self.loaded && self.unreadable.is_none()
    }
}

/// Changes to the reader's briefing. Edits are ignored until storage has been read and while
/// what it holds is unreadable, so that nothing is written over it.
#[derive(Clone, Debug, PartialEq)]
pub enum MyAction {
    /// What storage holds under [`STORAGE_KEY`] (`Err`: storage is not available).
    Loaded(Result<Option<String>, String>),
    Pin {
        dataset: String,
        kind: ItemKind,
        id: String,
        now: String,
    },
    Unpin {
        dataset: String,
        kind: ItemKind,
        id: String,
    },
    /// Put an item back (undo a removal).
    Insert {
        dataset: String,
        index: usize,
        item: PinnedItem,
    },
    Move {
        dataset: String,
        from: usize,
        to: usize,
    },
    SetNote {
        dataset: String,
        kind: ItemKind,
        id: String,
        note: String,
    },
    SetNotes {
        dataset: String,
        notes: String,
    },
    /// A whole new document: an import, or starting over after unreadable data (the caller
    /// has made a backup first).
    Replace(MyBriefings),
    SaveFailed(String),
}

impl Reducible for MyState {
    type Action = MyAction;

    fn reduce(self: Rc<Self>, action: MyAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            MyAction::Loaded(Ok(raw)) => {
                s.loaded = true;
                match load(raw.as_deref()) {
                    Loaded::Ready(doc) => {
                        s.doc = doc;
                        s.unreadable = None;
                    }
                    Loaded::Unreadable { raw, error } => {
                        s.doc = MyBriefings::default();
                        s.unreadable = Some((raw, error));
                    }
                }
            }
            MyAction::Loaded(Err(why)) => {
                s.loaded = true;
                s.save_error = Some(why);
            }
            MyAction::Replace(doc) => {
                s.loaded = true;
                s.doc = doc;
                s.unreadable = None;
            }
            MyAction::SaveFailed(why) => s.save_error = Some(why),
            edit => {
                if !s.ready() {
                    return self;
                }
                let d = &mut s.doc;
                match edit {
                    MyAction::Pin {
                        dataset,
                        kind,
                        id,
                        now,
                    } => {
                        d.pin(&dataset, kind, &id, &now);
                    }
                    MyAction::Unpin { dataset, kind, id } => {
                        d.unpin(&dataset, kind, &id);
                    }
                    MyAction::Insert {
                        dataset,
                        index,
                        item,
                    } => {
                        d.insert(&dataset, index, item);
                    }
                    MyAction::Move { dataset, from, to } => {
                        d.move_item(&dataset, from, to);
                    }
                    MyAction::SetNote {
                        dataset,
                        kind,
                        id,
                        note,
                    } => {
                        d.set_note(&dataset, kind, &id, &note);
                    }
                    MyAction::SetNotes { dataset, notes } => d.set_notes(&dataset, &notes),
                    _ => unreachable!("handled above"),
                }
            }
        }
        Rc::new(s)
    }
}

/// The reader's briefing and the dataset on screen, as every component sees them.
#[derive(Clone, PartialEq)]
pub struct MyBriefingCtx {
    state: UseReducerHandle<MyState>,
    /// Id of the dataset on screen: the briefing shown and edited is this dataset's.
    pub dataset: AttrValue,
}

impl MyBriefingCtx {
    pub fn state(&self) -> &MyState {
        &self.state
    }

    /// Loaded and readable.
    pub fn ready(&self) -> bool {
        self.state.ready()
    }

    pub fn is_pinned(&self, kind: ItemKind, id: &str) -> bool {
        self.state.doc.is_pinned(&self.dataset, kind, id)
    }

    /// Items pinned on the dataset on screen.
    pub fn count(&self) -> usize {
        self.state.doc.count(&self.dataset)
    }

    /// Applies a change and saves the result at once (not in a later effect, so that a reload
    /// right after a change loses nothing).
    pub fn update(&self, action: MyAction) {
        let save = !matches!(action, MyAction::Loaded(_) | MyAction::SaveFailed(_));
        self.state.dispatch(action);
        // The handle reads the state the reducer just produced.
        if save && self.state.ready() {
            let json = self.state.doc.to_json();
            if let Err(why) = write(STORAGE_KEY, &json) {
                self.state.dispatch(MyAction::SaveFailed(format!(
                    "Your last change could not be saved in this browser ({why}). It is kept in this tab only: export a file to keep it."
                )));
            }
        }
    }

    pub fn pin(&self, kind: ItemKind, id: &str) {
        self.update(MyAction::Pin {
            dataset: self.dataset.to_string(),
            kind,
            id: id.to_string(),
            now: now_iso(),
        });
    }

    pub fn unpin(&self, kind: ItemKind, id: &str) {
        self.update(MyAction::Unpin {
            dataset: self.dataset.to_string(),
            kind,
            id: id.to_string(),
        });
    }

    /// Re-reads storage (after this tab wrote to it directly, e.g. a backup and a reset).
    pub fn reload(&self) {
        self.state.dispatch(MyAction::Loaded(read()));
    }
}

/// The reader's briefing. `None` outside the shell (nothing to pin into).
#[hook]
pub fn use_my_briefing() -> Option<MyBriefingCtx> {
    use_context::<MyBriefingCtx>()
}

/// What storage holds under [`STORAGE_KEY`].
pub fn read() -> Result<Option<String>, String> {
    storage::get(Area::Local, STORAGE_KEY)
}

/// Writes one key.
pub fn write(key: &str, value: &str) -> Result<(), String> {
    storage::set(Area::Local, key, value)
}

/// Copies `raw` to a new backup key named after the current time; returns the key.
pub fn backup(raw: &str) -> Result<String, String> {
    let key = format!("{BACKUP_KEY_PREFIX}{}", now_iso());
    write(&key, raw)?;
    Ok(key)
}

#[derive(Properties, PartialEq)]
pub struct MyBriefingProviderProps {
    pub children: Html,
}

/// Provides [`MyBriefingCtx`] to the pages. Rendered by the shell inside the dataset context,
/// so it follows the dataset on screen when that changes.
#[component]
pub fn MyBriefingProvider(props: &MyBriefingProviderProps) -> Html {
    let data = use_context::<DataCtx>().expect("dataset provided by the shell");
    let state = use_reducer(MyState::default);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            state.dispatch(MyAction::Loaded(read()));
            // Another tab changed (or cleared) the briefing: take its version.
            let listener = storage::on_other_tab_change(move |key| {
                if key.is_none() || key.as_deref() == Some(STORAGE_KEY) {
                    state.dispatch(MyAction::Loaded(read()));
                }
            });
            move || drop(listener)
        });
    }
    {
        // Tells scripts and tests (and styles) when pins show their real state.
        let name = match (state.loaded, state.unreadable.is_some()) {
            (false, _) => "loading",
            (true, false) => "ready",
            (true, true) => "unreadable",
        };
        use_effect_with(name, |name| {
            dom::set_root_attribute("data-my-briefing", Some(name))
        });
    }
    let ctx = MyBriefingCtx {
        state,
        dataset: AttrValue::from(data.store.dataset.id.clone()),
    };
    html! {
        <ContextProvider<MyBriefingCtx> context={ctx}>
            {props.children.clone()}
        </ContextProvider<MyBriefingCtx>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(s: MyState, a: MyAction) -> MyState {
        (*Rc::new(s).reduce(a)).clone()
    }

    fn pin(id: &str) -> MyAction {
        MyAction::Pin {
            dataset: "d".into(),
            kind: ItemKind::Topic,
            id: id.into(),
            now: "t".into(),
        }
    }

    #[test]
    fn edits_wait_until_storage_is_read() {
        let s = reduce(MyState::default(), pin("a"));
        assert_eq!(s, MyState::default(), "not loaded: the pin is ignored");
        let s = reduce(s, MyAction::Loaded(Ok(None)));
        assert!(s.ready());
        let s = reduce(s, pin("a"));
        assert_eq!(s.doc.count("d"), 1);
    }

    #[test]
    fn unreadable_storage_blocks_edits_until_replaced() {
        let s = reduce(
            MyState::default(),
            MyAction::Loaded(Ok(Some("{oops".into()))),
        );
        assert!(s.loaded && !s.ready());
        let (raw, err) = s.unreadable.clone().unwrap();
        assert_eq!(raw, "{oops");
        assert!(matches!(err, ParseError::Corrupt(_)));
        let s = reduce(s, pin("a"));
        assert_eq!(
            s.doc.count("d"),
            0,
            "nothing is written over unreadable data"
        );
        let s = reduce(s, MyAction::Replace(MyBriefings::default()));
        assert!(s.ready());
        // Another tab writing something readable also recovers.
        let s = reduce(s, MyAction::Loaded(Ok(Some("[]".into()))));
        assert!(!s.ready());
        let mut doc = MyBriefings::default();
        doc.pin("d", ItemKind::Quote, "q", "t");
        let s = reduce(s, MyAction::Loaded(Ok(Some(doc.to_json()))));
        assert!(s.ready() && s.doc == doc);
    }

    #[test]
    fn storage_that_is_not_available_still_allows_pins_in_this_tab() {
        let s = reduce(
            MyState::default(),
            MyAction::Loaded(Err("no storage".into())),
        );
        assert!(s.ready());
        assert_eq!(s.save_error.as_deref(), Some("no storage"));
        let s = reduce(s, pin("a"));
        assert_eq!(s.doc.count("d"), 1);
    }
}
