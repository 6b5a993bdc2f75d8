//! The reader's "My briefing", shared by every page and island: state in this binary's
//! [`store`], read from localStorage after the first render, written back on every change, and
//! re-read when another tab changes it.
//!
//! The server cannot see the reader's storage, so the server render and the first browser
//! render show every pin as not pinned; the stored document is read in an effect, after
//! hydration. A stored text that cannot be read is kept as it is: nothing is written over it
//! until the reader chooses to start over (and then it is copied to a backup key first).

use crate::browser::storage::{self, Area};
use crate::browser::{dom, now_iso};
use crate::state::store;
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

/// The reader's briefing and the dataset it is read for, as every component sees them.
#[derive(Clone, PartialEq)]
pub struct MyBriefingCtx {
    state: Rc<MyState>,
    /// Id of the dataset on screen: the briefing shown and edited is this dataset's.
    pub dataset: AttrValue,
}

impl MyBriefingCtx {
    pub fn state(&self) -> &MyState {
        &self.state
    }

    /// The same briefing with the store's state now rather than at the last render: an event
    /// handler acts on what is true when the reader presses (a press replayed right after
    /// hydration can come before the re-render that storage's first read asked for).
    pub fn current(&self) -> MyBriefingCtx {
        MyBriefingCtx {
            state: store::get::<MyState>(),
            dataset: self.dataset.clone(),
        }
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
        apply(action);
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
        apply(MyAction::Loaded(read()));
    }
}

/// Applies `action` to this binary's store, saves the document when the action edited it, and
/// tells scripts, tests and styles (`<html data-my-briefing>`) whether pins show their real
/// state.
fn apply(action: MyAction) {
    let save = !matches!(action, MyAction::Loaded(_) | MyAction::SaveFailed(_));
    store::dispatch::<MyState>(action);
    let state = store::get::<MyState>();
    if save && state.ready() {
        if let Err(why) = write(STORAGE_KEY, &state.doc.to_json()) {
            store::dispatch::<MyState>(MyAction::SaveFailed(format!(
                "Your last change could not be saved in this browser ({why}). It is kept in this tab only: export a file to keep it."
            )));
        }
    }
    let name = match (state.loaded, state.unreadable.is_some()) {
        (false, _) => "loading",
        (true, false) => "ready",
        (true, true) => "unreadable",
    };
    dom::set_root_attribute("data-my-briefing", Some(name));
}

thread_local! {
    /// Set once storage has been read in this binary; the listener follows other tabs for the
    /// rest of the page's life.
    static FOLLOWING: std::cell::RefCell<Option<gloo::events::EventListener>> =
        const { std::cell::RefCell::new(None) };
}

/// Reads storage the first time any component asks, and from then on takes another tab's
/// version whenever it changes (or clears) the briefing.
fn follow_storage() {
    if FOLLOWING.with(|f| f.borrow().is_some()) {
        return;
    }
    let listener = storage::on_other_tab_change(|key| {
        if key.is_none() || key.as_deref() == Some(STORAGE_KEY) {
            apply(MyAction::Loaded(read()));
        }
    });
    FOLLOWING.with(|f| *f.borrow_mut() = Some(listener));
    apply(MyAction::Loaded(read()));
}

/// The reader's briefing for `dataset`, from this binary's one store: every pin button, the
/// pinned count and the My briefing page agree, with or without an app around them (islands).
/// Storage is read after the first render, and each component's first render shows it unread, so
/// server and browser first render the same.
#[hook]
pub fn use_my_briefing(dataset: &str) -> MyBriefingCtx {
    let stored = store::use_store::<MyState>();
    // The first render is the server's (storage not read) whatever this binary's store holds
    // by then: an island hydrated after another one was pressed (the pressed island is
    // hydrated first) must match its HTML, or its hydration fails.
    let mounted = use_state_eq(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| {
            follow_storage();
            mounted.set(true);
        });
    }
    let state = if *mounted {
        stored
    } else {
        Rc::new(MyState::default())
    };
    MyBriefingCtx {
        state,
        dataset: AttrValue::from(dataset.to_string()),
    }
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
