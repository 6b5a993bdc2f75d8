//! A link to a place inside a page (`/people/#actor-he-lifeng`), navigated client-side.
//! yew-router's `Link` has no fragment, so this pushes the full URL on the shared browser
//! history, which the router listens to.

use crate::routes::Route;
use yew::prelude::*;
use yew_router::history::{BrowserHistory, History};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnchorLinkProps {
    pub to: Route,
    /// Element id on the target page, without `#`.
    pub anchor: AttrValue,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// The full URL of `anchor` on the page of `route`, under the router's base path.
pub fn anchor_href(navigator: Option<&Navigator>, route: &Route, anchor: &str) -> String {
    let base = navigator.and_then(|n| n.basename()).unwrap_or_default();
    format!("{base}{}#{anchor}", route.to_path())
}

/// Goes to `href` (from [`anchor_href`]) client-side and scrolls to `anchor`.
pub fn follow_anchor(href: &str, anchor: &str) {
    BrowserHistory::new().push(href);
    // Same page: no route change will scroll, so do it here once the DOM is current.
    let anchor = anchor.to_string();
    gloo::timers::callback::Timeout::new(30, move || {
        crate::browser::dom::scroll_to_anchor(&anchor);
    })
    .forget();
}

#[component]
pub fn AnchorLink(props: &AnchorLinkProps) -> Html {
    let navigator = use_navigator();
    let href = anchor_href(navigator.as_ref(), &props.to, &props.anchor);
    let onclick = {
        let (href, anchor) = (href.clone(), props.anchor.clone());
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            follow_anchor(&href, &anchor);
        })
    };
    html! { <a {href} class={props.classes.clone()} {onclick}>{props.children.clone()}</a> }
}
