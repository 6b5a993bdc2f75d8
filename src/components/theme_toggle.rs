//! Light or dark theme: follows the system until the reader picks one, which is remembered.
//! The server cannot know the choice, so the first render is the same neutral button and the
//! stored choice is applied after hydration.

use yew::prelude::*;

/// localStorage key of the reader's choice ("light" or "dark").
pub const THEME_KEY: &str = "counterpoint-theme";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn apply(theme: &str) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-theme", theme);
    }
}

fn system_is_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

#[component]
pub fn ThemeToggle() -> Html {
    // `None` until the browser has told us (server render and first client render).
    let dark = use_state(|| None::<bool>);
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let stored = storage().and_then(|s| s.get_item(THEME_KEY).ok().flatten());
            let is_dark = match stored.as_deref() {
                Some("dark") => true,
                Some("light") => false,
                _ => system_is_dark(),
            };
            if let Some(t) = stored.as_deref().filter(|t| matches!(*t, "dark" | "light")) {
                apply(t);
            }
            dark.set(Some(is_dark));
        });
    }
    let onclick = {
        let dark = dark.clone();
        Callback::from(move |_| {
            let next = !dark.unwrap_or_else(system_is_dark);
            let theme = if next { "dark" } else { "light" };
            apply(theme);
            if let Some(s) = storage() {
                let _ = s.set_item(THEME_KEY, theme);
            }
            dark.set(Some(next));
        })
    };
    let (label, pressed) = match *dark {
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
