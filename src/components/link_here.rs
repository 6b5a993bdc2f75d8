//! "Link to this": a `#` link beside a claim, stance, quote or event, shown on hover and focus.
//! A plain link to the line's fragment (it works with JavaScript off, and `:target` highlights
//! the line); with the islands binary running, one delegated listener also copies the full
//! address to the clipboard.

use crate::components::anchor_link::anchor_href;
use crate::context::use_page;
use yew::prelude::*;
use yew_router::prelude::*;

/// The class the delegated listener looks for.
const CLASS: &str = "link-here";

#[derive(Properties, PartialEq)]
pub struct LinkHereProps {
    /// Id of the element linked to, without `#`.
    pub anchor: AttrValue,
    /// What is linked, for screen readers: "Link to this quote".
    #[prop_or(AttrValue::Static("Link to this"))]
    pub label: AttrValue,
}

#[component]
pub fn LinkHere(props: &LinkHereProps) -> Html {
    let page = use_page();
    let navigator = use_navigator();
    // The full path: a bare `#id` would resolve against `<base href>`, i.e. the home page.
    let href = anchor_href(
        navigator.as_ref(),
        &page.route(page.view.clone()),
        &props.anchor,
    );
    html! {
        <a class={CLASS} {href} aria-label={props.label.clone()} title="Link to this (copies the address)">{"#"}</a>
    }
}

/// Stable element id of a briefing claim: its section and a hash of its text, so that the id
/// survives reordering (claims have no id of their own in the dataset).
pub fn claim_anchor(section: &str, text: &str) -> String {
    let h = text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    });
    format!("claim-{section}-{h:08x}")
}

/// Copies the address of any "link to this" clicked on the page (one listener for all of
/// them); the browser still follows the link, which scrolls to the line.
pub fn listen() {
    use wasm_bindgen::JsCast;
    gloo::events::EventListener::new(&gloo::utils::document(), "click", |e| {
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(&format!("a.{CLASS}")).ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(link) = link else {
            return;
        };
        let shown = link.clone();
        crate::browser::clipboard::copy_text(link.href(), None, move |ok| {
            let _ = shown.set_attribute(
                "data-copied",
                if ok { "Link copied" } else { "Copy failed" },
            );
            gloo::timers::callback::Timeout::new(2_000, move || {
                let _ = shown.remove_attribute("data-copied");
            })
            .forget();
        });
    })
    .forget();
}
