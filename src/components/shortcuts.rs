//! Keyboard shortcuts and their help overlay: `/` search, `←`/`→` previous/next topic,
//! `?` this help, `Esc` closes it. Keys typed into a field are left alone.

use crate::browser::dom;
use crate::context::DataCtx;
use crate::routes::{Route, View};
use counterpoint_core::analysis::Snapshot;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// What each shortcut does, for the overlay.
pub const SHORTCUTS: [(&str, &str); 5] = [
    ("/", "Search"),
    ("←", "Previous topic (on a topic page)"),
    ("→", "Next topic (on a topic page)"),
    ("?", "Show or hide this list"),
    ("Esc", "Close this list"),
];

/// The topic before or after `id` among those known in the snapshot.
fn neighbour(data: &DataCtx, briefing: Option<&str>, id: &str, step: isize) -> Option<String> {
    let snap = Snapshot::of_briefing(&data.store, briefing)?;
    let topics = snap.topics();
    let i = topics.iter().position(|t| t.id == id)? as isize + step;
    (i >= 0).then(|| topics.get(i as usize).map(|t| t.id.clone()))?
}

#[component]
pub fn Shortcuts() -> Html {
    let open = use_state(|| false);
    let navigator = use_navigator();
    let data = use_context::<DataCtx>().expect("dataset");
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    // The listener is installed once; it reads the current route and state through these.
    let current = use_mut_ref(|| (route.clone(), false));
    *current.borrow_mut() = (route, *open);
    {
        let (open, current): (UseStateHandle<bool>, Rc<RefCell<(Route, bool)>>) =
            (open.clone(), current.clone());
        use_effect_with((), move |_| {
            let listener = dom::on_keydown(move |e| {
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let key = e.key();
                let (route, is_open) = current.borrow().clone();
                if key == "Escape" && is_open {
                    open.set(false);
                    return;
                }
                if dom::is_typing_target(e) {
                    return;
                }
                let (briefing, view) = route.split();
                match key.as_str() {
                    "?" => {
                        e.prevent_default();
                        open.set(!is_open);
                    }
                    "/" => {
                        e.prevent_default();
                        open.set(false);
                        // On the search page, focus its field; elsewhere, go there.
                        if !dom::focus_id("search-input") {
                            if let Some(nav) = &navigator {
                                nav.push(&View::Search.at(briefing.as_deref()));
                            }
                        }
                    }
                    "ArrowLeft" | "ArrowRight" => {
                        if let (View::Topic(id), Some(nav)) = (&view, &navigator) {
                            let step = if key == "ArrowLeft" { -1 } else { 1 };
                            if let Some(next) = neighbour(&data, briefing.as_deref(), id, step) {
                                e.prevent_default();
                                nav.push(&View::Topic(next).at(briefing.as_deref()));
                            }
                        }
                    }
                    _ => {}
                }
            });
            move || drop(listener)
        });
    }
    // Focus moves into the dialog when it opens and back to the page when it closes.
    {
        let is_open = *open;
        let first = use_mut_ref(|| true);
        use_effect_with(is_open, move |is_open| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let id = if *is_open { "help-close" } else { "main" };
            if *is_open || dom::focus_is_on_body() {
                dom::focus_id(id);
            }
        });
    }
    if !*open {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <div class="overlay" onclick={close.clone()}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-h" onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <h2 id="help-h">{"Keyboard shortcuts"}</h2>
                <dl class="keys">
                    for (k, what) in SHORTCUTS.iter() { <><dt><kbd>{*k}</kbd></dt><dd>{*what}</dd></> }
                </dl>
                <button id="help-close" type="button" class="button" onclick={close}>{"Close"}</button>
            </div>
        </div>
    }
}
