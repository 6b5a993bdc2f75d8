//! Keyboard shortcuts and their help overlay: `/` search, `←`/`→` previous/next topic,
//! `?` this help, `Esc` closes it. Keys typed into a field are left alone.

use crate::browser::dom;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What each shortcut does, for the overlay.
pub const SHORTCUTS: [(&str, &str); 5] = [
    ("/", "Search"),
    ("←", "Previous topic (on a topic page)"),
    ("→", "Next topic (on a topic page)"),
    ("?", "Show or hide this list"),
    ("Esc", "Close this list"),
];

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct ShortcutsProps {
    /// Address of the previous topic (on a topic page).
    pub prev: Option<String>,
    /// Address of the next topic (on a topic page).
    pub next: Option<String>,
}

#[component]
pub fn Shortcuts(props: &ShortcutsProps) -> Html {
    let open = use_state(|| false);
    // The listener is installed once; it reads the current props and state through these.
    let current = use_mut_ref(|| (props.clone(), false));
    *current.borrow_mut() = (props.clone(), *open);
    {
        let (open, current): (UseStateHandle<bool>, Rc<RefCell<(ShortcutsProps, bool)>>) =
            (open.clone(), current.clone());
        use_effect_with((), move |_| {
            let listener = dom::on_keydown(move |e| {
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let key = e.key();
                let (links, is_open) = current.borrow().clone();
                if key == "Escape" && is_open {
                    open.set(false);
                    return;
                }
                if dom::is_typing_target(e) {
                    return;
                }
                match key.as_str() {
                    "?" => {
                        e.prevent_default();
                        open.set(!is_open);
                    }
                    "/" => {
                        e.prevent_default();
                        open.set(false);
                        // The search page's own field, else the one in the header.
                        if !dom::focus_id("search-input") {
                            dom::focus_id("site-search");
                        }
                    }
                    "ArrowLeft" | "ArrowRight" => {
                        let to = if key == "ArrowLeft" {
                            links.prev
                        } else {
                            links.next
                        };
                        if let Some(href) = to {
                            e.prevent_default();
                            dom::navigate(&href);
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
