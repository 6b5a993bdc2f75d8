//! The ◐ button: light or dark. Its state is the binary's theme store, so it needs no
//! provider (it can be hydrated alone, as an island). The server cannot know the choice, so
//! the first render is the same neutral button and the stored choice is applied afterwards.

use crate::browser::dom;
use crate::browser::storage::{self, Area};
use crate::state::store::{dispatch, get, use_store};
use crate::state::theme::{ThemeAction, ThemeState, THEME_KEY};
use yew::prelude::*;

fn show(dark: bool) {
    dom::set_root_attribute("data-theme", Some(ThemeState::name(dark)));
}

/// The theme toggle.
#[component]
pub fn ThemeToggle() -> Html {
    let theme = use_store::<ThemeState>();
    use_effect_with((), |_| {
        let stored = storage::get(Area::Local, THEME_KEY).ok().flatten();
        let stored = ThemeState::parse(stored.as_deref());
        // Only a stored choice is written to the page: otherwise CSS follows the system.
        if let Some(dark) = stored {
            show(dark);
        }
        dispatch::<ThemeState>(ThemeAction::Known {
            stored,
            system_dark: dom::system_prefers_dark(),
        });
    });
    let onclick = Callback::from(|_| {
        dispatch::<ThemeState>(ThemeAction::Toggle {
            system_dark: dom::system_prefers_dark(),
        });
        if let Some(dark) = get::<ThemeState>().dark {
            show(dark);
            let _ = storage::set(Area::Local, THEME_KEY, ThemeState::name(dark));
        }
    });
    let (label, pressed) = match theme.dark {
        Some(true) => ("Light theme", "true"),
        Some(false) => ("Dark theme", "false"),
        None => ("Theme", "false"),
    };
    html! {
        <button type="button" class="theme-toggle" aria-pressed={pressed} title="Switch between light and dark" {onclick}>
            <span aria-hidden="true">{"◐"}</span><span class="sr-only">{label}</span>
        </button>
    }
}
