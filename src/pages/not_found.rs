//! Unknown routes.

use crate::context::use_page;
use crate::routes::{Route, View};
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    let page = use_page();
    html! {
        <section class="not-found">
            <p class="kicker">{"404"}</p>
            <h1>{"Page not found"}</h1>
            <p>{"There is no page at this address. It may have been mistyped, or the topic or source it names is not in this dataset."}</p>
            <p>
                <Link<Route> to={page.route(View::Home)}>{"Go to the briefing"}</Link<Route>>
                {" · "}
                <Link<Route> to={page.route(View::Compare)}>{"Compare all topics"}</Link<Route>>
                {" · "}
                <Link<Route> to={page.route(View::Sources)}>{"Sources"}</Link<Route>>
            </p>
        </section>
    }
}
