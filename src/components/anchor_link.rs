//! A link to a place inside a page (`/people/#actor-he-lifeng`), navigated client-side.
//! yew-router's `Link` has no fragment, so this pushes the full URL on the shared browser
//! history, which the router listens to.

use crate::app::Route;
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

#[component]
pub fn AnchorLink(props: &AnchorLinkProps) -> Html {
    let navigator = use_navigator();
    let base = navigator
        .as_ref()
        .and_then(|n| n.basename().map(str::to_string))
        .unwrap_or_default();
    let href = format!("{base}{}#{}", props.to.to_path(), props.anchor);
    let onclick = {
        let (href, anchor) = (href.clone(), props.anchor.clone());
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            BrowserHistory::new().push(href.clone());
            // Same page: no route change will scroll, so do it here once the DOM is current.
            let anchor = anchor.clone();
            gloo::timers::callback::Timeout::new(30, move || {
                crate::app::scroll_to_anchor(&anchor);
            })
            .forget();
        })
    };
    html! { <a {href} class={props.classes.clone()} {onclick}>{props.children.clone()}</a> }
}
