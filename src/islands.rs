//! The islands binary's start: hydrates each island root of a static page on its own, with the
//! props written beside it, and starts the full app instead where the page needs it.
//!
//! Built from `src/bin/islands.rs` with the `islands` feature, it links the island components
//! and what they call, and none of the dataset, the pages or the router.

use crate::browser::dom;
use crate::browser::storage::{self, Area};
use crate::browser::{file, service_worker, workshop};
use crate::components::copy_citation::CopyCitation;
use crate::components::island::{ISLAND_ATTR, PROPS_ATTR};
use crate::components::pin_button::PinButton;
use crate::components::pinned_count::PinnedCount;
use crate::components::shortcuts::Shortcuts;
use crate::components::site_search::SiteSearch;
use crate::components::theme_toggle::ThemeToggle;
use crate::components::timeline_filters::TimelineFilters;
use crate::state::dataset::{SESSION_KEY, URL_PARAM};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use yew::BaseComponent;

type Unmount = Box<dyn FnOnce()>;

thread_local! {
    /// How to unmount each hydrated island, for the workshop's takeover.
    static MOUNTED: RefCell<Vec<Unmount>> = const { RefCell::new(Vec::new()) };
    static TAKEOVER: RefCell<Option<gloo::events::EventListener>> = const { RefCell::new(None) };
}

/// Hydrates component `C` on `root` with the props written beside it. A root whose props
/// cannot be read is left as the static HTML it is (and said so in the console).
fn hydrate<C>(root: web_sys::Element, json: &str)
where
    C: BaseComponent,
    C::Properties: DeserializeOwned,
{
    match serde_json::from_str::<C::Properties>(json) {
        Ok(props) => {
            let handle = yew::Renderer::<C>::with_root_and_props(root, props).hydrate();
            MOUNTED.with(|m| m.borrow_mut().push(Box::new(move || handle.destroy())));
        }
        Err(e) => web_sys::console::warn_1(&format!("island props unreadable: {e}").into()),
    }
}

/// Whether this page goes to the full app at once: its route needs it (the prerenderer marks
/// the body), it is the host's fallback page for an unknown URL, or another dataset is open in
/// this tab or asked for in the address.
fn needs_workshop_now() -> bool {
    dom::body_has_attribute("data-needs-workshop")
        || dom::body_has_attribute("data-fallback")
        || dom::query_param(URL_PARAM).is_some()
        || storage::get(Area::Session, SESSION_KEY)
            .ok()
            .flatten()
            .is_some()
}

/// Starts the islands of the page (or the full app, where the page needs it).
pub fn start() {
    service_worker::register();
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
    for root in roots.unwrap_or_default() {
        let name = root.get_attribute(ISLAND_ATTR).unwrap_or_default();
        let json = root.get_attribute(PROPS_ATTR).unwrap_or_default();
        match name.as_str() {
            "theme" => hydrate::<ThemeToggle>(root, &json),
            "pin" => hydrate::<PinButton>(root, &json),
            "pinned-count" => hydrate::<PinnedCount>(root, &json),
            "copy-citation" => hydrate::<CopyCitation>(root, &json),
            "shortcuts" => hydrate::<Shortcuts>(root, &json),
            "site-search" => hydrate::<SiteSearch>(root, &json),
            "timeline-filters" => hydrate::<TimelineFilters>(root, &json),
            other => web_sys::console::warn_1(&format!("unknown island {other}").into()),
        }
    }
    let listener = gloo::events::EventListener::once(
        &gloo::utils::window(),
        workshop::TAKEOVER_EVENT,
        |_| {
            for unmount in MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut())) {
                unmount();
            }
        },
    );
    TAKEOVER.with(|t| *t.borrow_mut() = Some(listener));
    // A dataset file dropped anywhere is opened by the full app: keep it, start the app.
    let drop = file::on_window_file_drop(|f| {
        file::stash_dropped(&f);
        workshop::load();
    });
    MOUNTED.with(|m| m.borrow_mut().push(Box::new(move || std::mem::drop(drop))));
    // Intent to use a part of the full app: fetch it ahead of the click.
    for event in ["pointerover", "focusin"] {
        gloo::events::EventListener::new(&gloo::utils::document(), event, |e| {
            let wants = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-workshop-intent]").ok().flatten())
                .is_some();
            if wants {
                workshop::prefetch();
            }
        })
        .forget();
    }
    // Effects of the first render (stored theme, pins) run after this task.
    gloo::timers::callback::Timeout::new(0, || dom::mark_live("islands")).forget();
}
