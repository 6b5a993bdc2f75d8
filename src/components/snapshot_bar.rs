//! Says which moment the page describes and switches to the same page in another snapshot.

use crate::context::use_page;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn SnapshotBar() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let briefings = &page.store().dataset.briefings;
    let Some(current) = snap.briefing else {
        return html! {};
    };
    if matches!(
        page.view,
        crate::routes::View::Changes(_) | crate::routes::View::MyBriefing
    ) {
        // A comparison spans two snapshots; its page says which. My briefing is one page.
        return html! {};
    }
    let latest = briefings.last().map(|b| b.id.as_str());
    html! {
        // A labelled region: the "as of" line is a landmark of its own, outside header and main.
        <section class={classes!("snapshot-bar", (!snap.is_latest()).then_some("past"))} aria-label="Snapshot">
            <div class="wrap snapshot-row">
                <p class="as-of">
                    <span class="as-of-label">{"As of "}</span>
                    <strong>{current.as_of.human()}</strong>
                    {format!(" — {}", current.title)}
                    if !snap.is_latest() {
                        <span class="past-note">{" · an earlier snapshot: later events are hidden"}</span>
                    }
                </p>
                if briefings.len() > 1 {
                    <nav class="snapshot-switch" aria-label="Briefing date">
                        <ul>
                            { for briefings.iter().map(|b| {
                                let id = (Some(b.id.as_str()) != latest).then_some(b.id.as_str());
                                let to: Route = page.view.at(id);
                                let here = b.id == current.id;
                                html! {
                                    <li class={classes!(here.then_some("current"))}>
                                        <Link<Route> {to}>
                                            <span class="snap-date">{b.as_of.human()}</span>
                                            <span class="snap-title">{&b.title}</span>
                                        </Link<Route>>
                                    </li>
                                }
                            }) }
                        </ul>
                    </nav>
                }
            </div>
        </section>
    }
}
