//! Compare all: one screen, topics down, parties across, with status.

use crate::components::quote::side_class;
use crate::components::show_more::{use_batch, ShowMore};
use crate::components::status::StatusBadge;
use crate::context::use_page;
use crate::routes::{Route, View};
use yew::prelude::*;
use yew_router::prelude::*;

/// Topic rows shown before "Show more".
const BATCH: usize = 100;

#[component]
pub fn ComparePage() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let parties = &page.store().data.parties;
    let topics = snap.topics();
    let shown = use_batch(BATCH);
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Compare all"}</p>
                <h1>{"Who wants what, topic by topic"}</h1>
                <p class="lede">{"Each side’s position on the main point of every topic, with where the topic stands. Open a topic for every point, quote and source."}</p>
            </header>
            <div class="table-wrap">
                <table class="matrix">
                    <caption class="sr-only">{"Topics by party, with status"}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{"Topic"}</th>
                            <th scope="col">{"Status"}</th>
                            { for parties.iter().map(|p| html! { <th scope="col" class={format!("side-{}", side_class(&page, &p.id))}>{&p.name}</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for topics.iter().take(*shown).map(|t| {
                            let status = snap.status(t);
                            let main = snap.points(t).into_iter().next();
                            html! {
                                <tr>
                                    <th scope="row">
                                        <Link<Route> to={page.route(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>>
                                        if let Some(pt) = main { <span class="matrix-aspect">{&pt.aspect}</span> }
                                    </th>
                                    <td class="matrix-status">
                                        if let Some(s) = status {
                                            <StatusBadge status={s.status} /><span class="status-label">{&s.label}</span>
                                        }
                                    </td>
                                    { for parties.iter().map(|p| {
                                        let stance = main.and_then(|pt| snap.stance(pt, &p.id));
                                        let class = classes!(format!("side-{}", side_class(&page, &p.id)), stance.is_none_or(|s| s.silent).then_some("silent"));
                                        html! {
                                            <td {class} data-side={p.short_name.clone()}>
                                                { stance.map(|s| s.text.clone()).unwrap_or_else(|| "Nothing on record.".into()) }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <ShowMore total={topics.len()} shown={shown.clone()} step={BATCH} noun="topics" />
            </div>
        </>
    }
}
