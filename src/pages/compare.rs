//! Compare all: one screen, topics down, parties across, with status and each topic's points.

use crate::components::quote::side_class;
use crate::components::show_more::ShowMore;
use crate::components::status::StatusBadge;
use crate::context::use_page;
use crate::hooks::{use_paging, Paging};
use crate::routes::{Route, View};
use counterpoint_core::view::compare::CompareView;
use yew::prelude::*;
use yew_router::prelude::*;

/// Topic rows shown before "Show more".
const BATCH: usize = 100;

#[component]
pub fn ComparePage() -> Html {
    let page = use_page();
    let view = CompareView::new(page.snapshot());
    let Paging {
        lists: [shown],
        printing,
        ..
    } = use_paging([BATCH]);
    let n = shown.reach(view.rows.len(), None, printing);
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Compare all"}</p>
                <h1>{"Who wants what, topic by topic"}</h1>
                <p class="lede">{"Each side’s position on the main point of every topic, with where the topic stands and how the sides relate on each point. Open a topic for every point, quote and source."}</p>
            </header>
            <div class="table-wrap">
                <table class="matrix">
                    <caption class="sr-only">{"Topics by party, with status"}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{"Topic"}</th>
                            <th scope="col">{"Status"}</th>
                            for p in view.parties { <th scope="col" class={format!("side-{}", side_class(&page, &p.id))}>{&p.name}</th> }
                        </tr>
                    </thead>
                    <tbody>
                        for row in view.rows.iter().take(n) {
                            <tr>
                                <th scope="row">
                                    <Link<Route> to={page.route(View::Topic(row.topic.id.clone()))}>{&row.topic.title}</Link<Route>>
                                    // Every point with how the sides relate on it; the first is the one shown across.
                                    for pt in row.points.iter() {
                                        <span class="matrix-aspect">
                                            {&pt.point.aspect}{" "}
                                            <span class={classes!("relation", format!("rel-{:?}", pt.relation).to_lowercase())}>{pt.relation.label()}</span>
                                        </span>
                                    }
                                </th>
                                <td class="matrix-status">
                                    if let Some(s) = row.status {
                                        <StatusBadge status={s.status} /><span class="status-label">{&s.label}</span>
                                    }
                                </td>
                                for (p, i) in view.parties.iter().zip(0..) {
                                    {{
                                        let stance = row.main().and_then(|m| m.stances[i]);
                                        let class = classes!(format!("side-{}", side_class(&page, &p.id)), stance.is_none_or(|s| s.silent).then_some("silent"));
                                        html! {
                                            <td {class} data-side={p.short_name.clone()}>
                                                { stance.map(|s| s.text.clone()).unwrap_or_else(|| "Nothing on record.".into()) }
                                            </td>
                                        }
                                    }}
                                }
                            </tr>
                        }
                    </tbody>
                </table>
                <ShowMore total={view.rows.len()} batch={shown.clone()} noun="topics" reach={n} />
            </div>
        </>
    }
}
