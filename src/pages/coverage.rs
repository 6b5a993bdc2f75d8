//! Coverage: which outlet covered which topic, the topics only one outlet covers, and whose
//! voices each outlet quotes.

use crate::components::show_more::{use_batch, ShowMore};
use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::analysis::coverage::coverage;
use yew::prelude::*;
use yew_router::prelude::*;

/// Topic rows shown before "Show more" (each row has a cell per source).
const BATCH: usize = 50;

#[component]
pub fn CoveragePage() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let cov = coverage(&snap);
    let max = cov
        .counts
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let blind = cov.blindspots();
    let shown = use_batch(BATCH);
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Coverage"}</p>
                <h1>{"Who reported what"}</h1>
                <p class="lede">{"How often each article is cited on each topic, the topics only one outlet covers, and whose voices each outlet carries."}</p>
            </header>
            <section aria-labelledby="cov-h">
                <h2 id="cov-h">{"Sources × topics"}</h2>
                <div class="table-wrap">
                    <table class="data-table coverage">
                        <caption class="sr-only">{"Citations of each source on each topic"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Topic"}</th>
                                { for cov.sources.iter().map(|s| html! {
                                    <th scope="col" class="num">
                                        <Link<Route> to={page.route(View::Source(s.id.clone()))}>{format!("[{}]", store.source_number(&s.id))}</Link<Route>>
                                        <span class="col-sub">{store.outlet_name(s).split(" (").next().unwrap_or_default().to_string()}</span>
                                    </th>
                                }) }
                                <th scope="col" class="num">{"Outlets"}</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for cov.topics.iter().enumerate().take(*shown).map(|(ti, t)| {
                                let outlets = cov.sources.iter().enumerate().filter(|(si, _)| cov.counts[*si][ti] > 0).count();
                                html! {
                                    <tr class={classes!((outlets == 1).then_some("blind"))}>
                                        <th scope="row"><Link<Route> to={page.route(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>></th>
                                        { for cov.sources.iter().enumerate().map(|(si, _)| {
                                            let n = cov.counts[si][ti];
                                            let level = if n == 0 { 0 } else { 1 + (n * 3 - 1) / max };
                                            html! { <td class={classes!("num", "heat", format!("h{level}"))}>{if n == 0 { "–".to_string() } else { n.to_string() }}</td> }
                                        }) }
                                        <td class="num">{outlets}</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <ShowMore total={cov.topics.len()} shown={shown} step={BATCH} noun="topics" />
            </section>
            <section aria-labelledby="blind-h">
                <h2 id="blind-h">{"Blindspots: topics only one outlet covers"}</h2>
                if blind.is_empty() {
                    <p class="muted">{"Every topic is covered by at least two outlets."}</p>
                } else {
                    <ul class="status-moves">
                        { for blind.iter().map(|(t, s)| html! {
                            <li>
                                <Link<Route> to={page.route(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>>
                                <span class="muted">{format!("only in [{}] {}", store.source_number(&s.id), store.outlet_name(s))}</span>
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="voices-h">
                <h2 id="voices-h">{"Whose voices each outlet quotes"}</h2>
                <div class="voices-grid">
                    { for cov.sources.iter().map(|s| html! {
                        <article class="voices">
                            <h3><Link<Route> to={page.route(View::Source(s.id.clone()))}>{format!("[{}] {}", store.source_number(&s.id), store.outlet_name(s))}</Link<Route>></h3>
                            <ul>
                                { for cov.voices(&s.id).iter().map(|v| html! {
                                    <li>
                                        <strong>{format!("{} · {} quote{}", store.side_name(v.side), v.quotes, if v.quotes == 1 { "" } else { "s" })}</strong>
                                        if !v.speakers.is_empty() {
                                            <span class="muted">{format!(" — {}", v.speakers.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", "))}</span>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </article>
                    }) }
                </div>
            </section>
        </>
    }
}
