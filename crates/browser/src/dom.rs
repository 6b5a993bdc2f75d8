//! The document: title, scroll and focus, attributes on the root element that scripts,
//! styles and tests read, the address bar.

use wasm_bindgen::JsCast;

/// Sets the document's title.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Sets (or, with `None`, removes) an attribute of the root `<html>` element, e.g.
/// `data-hydrated`, `data-theme`, `data-my-briefing`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = match value {
            Some(v) => html.set_attribute(name, v),
            None => html.remove_attribute(name),
        };
    }
}

/// Marks the page as live for tests and scripts: `<html data-live="islands">` once every island
/// of a static page is hydrated, `data-live="workshop"` once the full app has taken over.
pub fn mark_live(what: &str) {
    set_root_attribute("data-live", Some(what));
}

/// `true` once the full app (the workshop) runs in this page (`<html data-workshop="running">`,
/// set before its first render; `"loading"` while the islands fetch it).
pub fn workshop_is_live() -> bool {
    gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.get_attribute("data-workshop").as_deref() == Some("running"))
}

/// Goes to `href` (an address on this site). In the full app it is a client-side navigation:
/// the address is pushed and the router is told through the `popstate` event it listens to.
/// On a static page it is a plain page load.
pub fn navigate(href: &str) {
    let window = gloo::utils::window();
    if workshop_is_live() {
        if let Ok(history) = window.history() {
            if history
                .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
                .is_ok()
            {
                if let Ok(e) = web_sys::Event::new("popstate") {
                    let _ = window.dispatch_event(&e);
                }
                return;
            }
        }
    }
    let _ = window.location().assign(href);
}

/// Focuses the element with this id. `false` when there is none or it cannot take focus.
pub fn focus_id(id: &str) -> bool {
    match gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Scrolls to the element with this id and gives it focus. `false` when there is none.
pub fn scroll_to_anchor(id: &str) -> bool {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else {
        return false;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
    true
}

/// Scrolls to the top of the page.
pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// The URL fragment without `#` (empty when there is none).
pub fn fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// `true` when focus is on something inside `<main>` other than `<main>` itself (a page that
/// focused its search box).
pub fn focus_is_inside_main() -> bool {
    gloo::utils::document()
        .active_element()
        .is_some_and(|el| el.closest("main").ok().flatten().is_some() && el.id() != "main")
}

/// `true` when nothing has focus (the body has it).
pub fn focus_is_on_body() -> bool {
    gloo::utils::document()
        .active_element()
        .is_some_and(|a| a.tag_name() == "BODY")
}

/// `true` when the body carries `attribute` (e.g. the fallback page's `data-fallback`).
pub fn body_has_attribute(attribute: &str) -> bool {
    gloo::utils::body().has_attribute(attribute)
}

/// Address of the site root (the document's base URL), for links back to the site in
/// exported documents, e.g. `https://example.org/counterpoint/`.
pub fn site_base() -> Option<String> {
    gloo::utils::document().base_uri().ok().flatten()
}

/// The page's origin, e.g. `https://example.org`.
pub fn page_origin() -> String {
    gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default()
}

/// The value of query parameter `name` in the address bar.
pub fn query_param(name: &str) -> Option<String> {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get(name))
}

/// Removes query parameter `name` from the address bar without a reload or a history entry.
pub fn remove_query_param(name: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    if params.get(name).is_none() {
        return;
    }
    params.delete(name);
    let rest = String::from(params.to_string());
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        if rest.is_empty() {
            String::new()
        } else {
            format!("?{rest}")
        },
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// `true` when the system asks for a dark colour scheme.
pub fn system_prefers_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Asks the reader to confirm (`window.confirm`). `false` when the browser does not ask.
pub fn confirm(message: &str) -> bool {
    gloo::utils::window()
        .confirm_with_message(message)
        .unwrap_or(false)
}

/// Calls `on_key` for every key pressed in the document. Listening stops when the returned
/// listener is dropped; `on_key` may call `prevent_default`.
pub fn on_keydown(
    on_key: impl Fn(&web_sys::KeyboardEvent) + 'static,
) -> gloo::events::EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        options,
        move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                on_key(e);
            }
        },
    )
}

/// `true` when a key event comes from a field the reader types into.
pub fn is_typing_target(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
