//! Loading the full app (the "workshop") over a static page, and what it takes over from the
//! islands when it arrives.
//!
//! The prerenderer writes, in every page's `<head>`, where the workshop is and the hashes that
//! guard it (`<meta name="cp-workshop" …>`): the loader module, the app's JS module and its
//! WebAssembly. [`prefetch`] fetches the app's files on intent (hover, focus); [`load`] starts
//! it. Both do nothing once it runs. The workshop tells the islands to stop with the
//! [`TAKEOVER_EVENT`] before it renders the page afresh.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

/// Dispatched on `window` by the workshop just before it renders: islands unmount.
pub const TAKEOVER_EVENT: &str = "counterpoint-takeover";

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd)]
enum Step {
    None,
    Prefetched,
    Loading,
}

thread_local! {
    static STEP: Cell<Step> = const { Cell::new(Step::None) };
    /// What the reader had typed into the header's search field, and whether it had focus,
    /// when the workshop took over (its own field starts from it).
    static CARRY: RefCell<Option<SearchCarry>> = const { RefCell::new(None) };
}

/// The header search field's state carried across the takeover.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchCarry {
    pub value: String,
    pub focused: bool,
    /// Window scroll position, restored after the fresh render.
    pub scroll_y: f64,
}

/// The `<meta name="cp-workshop">` tag the prerenderer wrote.
pub(super) fn meta() -> Option<web_sys::Element> {
    gloo::utils::document()
        .query_selector("meta[name=cp-workshop]")
        .ok()
        .flatten()
}

/// The address of the site's own dataset file (`data-dataset` of the `cp-workshop` tag: the
/// `counterpoint` command names it after the dataset's id), which the full app fetches.
pub fn builtin_dataset_url() -> Option<String> {
    meta()?.get_attribute("data-dataset")
}

fn add_link(rel: &str, href: &str, integrity: Option<String>, as_: Option<&str>) {
    let document = gloo::utils::document();
    let Ok(link) = document.create_element("link") else {
        return;
    };
    let _ = link.set_attribute("rel", rel);
    let _ = link.set_attribute("href", href);
    if let Some(i) = integrity {
        let _ = link.set_attribute("integrity", &i);
    }
    if let Some(a) = as_ {
        let _ = link.set_attribute("as", a);
    }
    if let Some(head) = document.head() {
        let _ = head.append_child(&link);
    }
}

/// Fetches the workshop's files into the cache without running them: the reader is about to
/// use a part that needs it.
pub fn prefetch() {
    if super::dom::workshop_is_live() || STEP.with(Cell::get) >= Step::Prefetched {
        return;
    }
    let Some(m) = meta() else {
        return;
    };
    STEP.with(|s| s.set(Step::Prefetched));
    if let Some(js) = m.get_attribute("data-js") {
        // The module map keeps it, checked against its hash, for the loader's import.
        add_link(
            "modulepreload",
            &js,
            m.get_attribute("data-js-integrity"),
            None,
        );
    }
    if let Some(wasm) = m.get_attribute("data-wasm") {
        add_link("prefetch", &wasm, None, Some("fetch"));
    }
}

/// Starts the workshop. The islands keep working until it takes over; where it cannot load
/// (offline before the first visit was cached), they simply stay.
pub fn load() {
    if super::dom::workshop_is_live() || STEP.with(Cell::get) == Step::Loading {
        return;
    }
    prefetch();
    let Some(m) = meta() else {
        return;
    };
    let Some(loader) = m.get_attribute("content") else {
        return;
    };
    STEP.with(|s| s.set(Step::Loading));
    super::dom::set_root_attribute("data-workshop", Some("loading"));
    let document = gloo::utils::document();
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("type", "module");
    if let Some(i) = m.get_attribute("data-integrity") {
        let _ = script.set_attribute("integrity", &i);
    }
    let _ = script.set_attribute("src", &loader);
    // In the head: the body is the page (and a dataset's text never adds a script to it).
    let _ = document.head().map(|h| h.append_child(&script));
}

/// The id of the full app's root element.
const APP_ROOT: &str = "workshop-root";

/// A new, hidden root for the full app at the end of the body (`display: contents` once
/// shown, so the page's layout is the static page's).
pub fn app_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    root.set_id(APP_ROOT);
    let _ = root.set_attribute("hidden", "");
    let _ = gloo::utils::body().append_child(&root);
    root
}

/// The full app's first render is done: remember the static page's header field (and the
/// scroll position), tell the islands to unmount, remove the static page and show the app.
/// Runs once, from the first effect that needs it (the header field's, or the shell's).
pub fn take_over() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(APP_ROOT) else {
        return;
    };
    if !root.has_attribute("hidden") {
        return;
    }
    let field = document
        .get_element_by_id("site-search")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = match (&field, document.active_element()) {
        (Some(f), Some(a)) => a.id() == f.id(),
        _ => false,
    };
    let carry = SearchCarry {
        value: field.map(|f| f.value()).unwrap_or_default(),
        focused,
        scroll_y: gloo::utils::window().scroll_y().unwrap_or(0.0),
    };
    CARRY.with(|c| *c.borrow_mut() = Some(carry));
    // A query typed into the static search page's own field goes into the address, which the
    // app's search page reads when it starts.
    let typed = document
        .get_element_by_id("search-input")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|f| f.value())
        .filter(|v| !v.is_empty());
    if let Some(q) = typed {
        let window = gloo::utils::window();
        if let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
            let url = format!(
                "{path}?q={}",
                String::from(js_sys::encode_uri_component(&q))
            );
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    if let Ok(e) = web_sys::Event::new(TAKEOVER_EVENT) {
        let _ = gloo::utils::window().dispatch_event(&e);
    }
    // Everything but the app's root (and scripts) is the static page.
    let body = gloo::utils::body();
    let children = body.children();
    let old: Vec<web_sys::Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| el.id() != APP_ROOT && el.tag_name() != "SCRIPT")
        .collect();
    for el in old {
        el.remove();
    }
    // Text and comments the prerenderer left directly in the body (Yew's hydration marks).
    let nodes = body.child_nodes();
    let loose: Vec<web_sys::Node> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter(|n| n.node_type() != web_sys::Node::ELEMENT_NODE)
        .collect();
    for n in loose {
        let _ = body.remove_child(&n);
    }
    let _ = root.remove_attribute("hidden");
}

/// What the takeover carried over, once (the header field takes it when it mounts; the
/// takeover happens then if it has not yet).
pub fn take_carry() -> Option<SearchCarry> {
    take_over();
    CARRY.with(|c| c.borrow_mut().take())
}
