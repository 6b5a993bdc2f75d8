//! The islands binary's start: hydrates each island root of a static page on its own, with the
//! props written beside it, and starts the full app instead where the page needs it.
//!
//! Built from `src/bin/islands.rs`, it links the island components and what they call, and
//! none of the dataset, the pages or the router.

use crate::browser::dom;
use crate::browser::storage::{self, Area};
use crate::browser::{file, workshop};
use crate::components::island::{Island, IslandRootProps, HYDRATED_ATTR, ISLAND_ATTR, PROPS_ATTR};
use crate::state::dataset::{SESSION_KEY, URL_PARAM};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

type Unmount = Box<dyn FnOnce()>;

thread_local! {
    /// How to unmount each hydrated island, for the workshop's takeover.
    static MOUNTED: RefCell<Vec<Unmount>> = const { RefCell::new(Vec::new()) };
    static TAKEOVER: RefCell<Option<gloo::events::EventListener>> = const { RefCell::new(None) };
}

/// Hydrates the island on `root` with the props written beside it; `false` for a root whose
/// props cannot be read, which is left as the static HTML it is (and said so in the console).
fn hydrate(root: web_sys::Element) -> bool {
    let json = root.get_attribute(PROPS_ATTR).unwrap_or_default();
    match counterpoint_core::model::objects_only::from_str::<IslandRootProps>(&json) {
        Ok(mut props) => {
            props.root = Some(root.clone());
            let handle = yew::Renderer::<Island>::with_root_and_props(root, props).hydrate();
            MOUNTED.with(|m| m.borrow_mut().push(Box::new(move || handle.destroy())));
            true
        }
        Err(e) => {
            web_sys::console::warn_1(&format!("island props unreadable: {e}").into());
            false
        }
    }
}

/// Whether this page goes to the full app at once: its route needs it (the prerenderer marks
/// the body), it is the host's fallback page for an unknown URL, or another dataset is open in
/// this tab or asked for in the address, or a dataset file was dropped on the page before the
/// islands ran (the start script keeps it).
fn needs_workshop_now() -> bool {
    dom::body_has_attribute("data-needs-workshop")
        || dom::body_has_attribute("data-fallback")
        || dom::query_param(URL_PARAM).is_some()
        || storage::get(Area::Session, SESSION_KEY)
            .ok()
            .flatten()
            .is_some()
        || file::has_dropped()
}

/// Starts the islands of the page (or the full app, where the page needs it). Runs when the
/// page's start script (index.html) saw the reader's intent, or at once where the reader
/// already uses the islands; that script also registers the service worker, fills in "Since
/// your last visit" and prefetches the binaries when the pointer comes near.
pub fn start() {
    // Plain listeners of the research tools (no Yew island: a few hundred bytes each).
    crate::components::link_here::listen();
    crate::components::chart_download::listen();
    if dom::workshop_is_live() {
        return;
    }
    if needs_workshop_now() {
        workshop::load();
        return;
    }
    let roots = gloo::utils::document()
        .query_selector_all(&format!("[{ISLAND_ATTR}]"))
        .ok();
    let roots = roots.map(|list| {
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect::<Vec<_>>()
    });
    let mut roots = roots.unwrap_or_default();
    // The islands the reader is waiting on first, in a turn of their own, so that the held
    // press is replayed before the rest of the page is hydrated (a stable sort keeps page
    // order otherwise).
    roots.sort_by_key(|root| !root.has_attribute(PENDING_ATTR));
    let pending = roots
        .iter()
        .take_while(|root| root.has_attribute(PENDING_ATTR))
        .count();
    let first_turn = if pending > 0 { pending } else { PER_TURN };
    hydrate_in_turns(roots, first_turn, Vec::new());
    let listener =
        gloo::events::EventListener::once(&gloo::utils::window(), workshop::TAKEOVER_EVENT, |_| {
            for unmount in MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut())) {
                unmount();
            }
        });
    TAKEOVER.with(|t| *t.borrow_mut() = Some(listener));
    // A dataset file dropped anywhere is opened by the full app: keep it, start the app.
    let drop = file::on_window_file_drop(|f| {
        file::stash_dropped(&f);
        workshop::load();
    });
    MOUNTED.with(|m| m.borrow_mut().push(Box::new(move || std::mem::drop(drop))));
    // Typing into the header's search field is use of the full app (its results need the
    // dataset): start it, also for what was typed before these islands ran. Focus alone does
    // not: a keyboard reader tabbing past the field must not have the page re-rendered under
    // them (an open definition or their focus would be lost).
    let typed = gloo::utils::document()
        .get_element_by_id("site-search")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|field| !field.value().is_empty());
    if typed {
        workshop::load();
    }
    gloo::events::EventListener::new(&gloo::utils::document(), "input", move |e| {
        let on_search = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|t| t.id() == "site-search");
        if on_search {
            workshop::load();
        }
    })
    .forget();
}

/// Set by the page's start script on the root of an island the reader pressed before the
/// islands ran: hydrated first.
const PENDING_ATTR: &str = "data-pending";
/// Islands hydrated per task: a page with many (a pin and a copy button on every quote) is
/// hydrated in several short tasks, not one long one, so input is never held up for long.
const PER_TURN: usize = 8;

/// Hydrates `roots` in order, `turn` in this task and [`PER_TURN`] in each next one (each root
/// marks itself hydrated when its effects ran, see
/// [`crate::components::island::HYDRATED_ATTR`]); `hydrated` are those of the turns before.
/// Marks the page live once every one has marked itself.
fn hydrate_in_turns(
    mut roots: Vec<web_sys::Element>,
    turn: usize,
    mut hydrated: Vec<web_sys::Element>,
) {
    let rest = roots.split_off(turn.min(roots.len()));
    hydrated.extend(roots.into_iter().filter(|root| hydrate(root.clone())));
    // The next turn starts after this task's render and effects (stored theme, pins) ran, or
    // at the scheduler's next yield on a slow device.
    gloo::timers::callback::Timeout::new(0, move || {
        if dom::workshop_is_live() {
            return;
        }
        if rest.is_empty() {
            mark_live_once_hydrated(hydrated);
        } else {
            hydrate_in_turns(rest, PER_TURN, hydrated);
        }
    })
    .forget();
}

/// `<html data-live="islands">` once every island's effects ran (Yew's scheduler yields to the
/// browser every 16 ms, so on a slow device a turn's effects can come after the next task):
/// from then on every island responds, which is what `data-live` promises.
fn mark_live_once_hydrated(roots: Vec<web_sys::Element>) {
    if roots.iter().all(|root| root.has_attribute(HYDRATED_ATTR)) {
        dom::mark_live("islands");
    } else if !dom::workshop_is_live() {
        gloo::timers::callback::Timeout::new(0, move || mark_live_once_hydrated(roots)).forget();
    }
}
