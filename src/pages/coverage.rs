//! Coverage: which outlet covered which topic, the topics only one outlet covers, and whose
//! voices each outlet quotes.

use crate::components::show_more::ShowMore;
use crate::context::use_page;
use crate::hooks::{use_paging, Paging};
use crate::routes::{Route, View};
use counterpoint_core::view::coverage::CoverageView;
use yew::prelude::*;
use yew_router::prelude::*;

/// Topic rows shown before "Show more" (each row has a cell per source).
const BATCH: usize = 50;
/// Up to this many sources the matrix has a column per source (the built-in dataset has 5).
/// Beyond it a cell per source per row is tens of thousands of mostly empty cells, so each row
/// lists only the sources that cite on the topic.
const MATRIX_COLUMNS: usize = 12;
/// Blindspots and outlets' voices shown before "Show more".
const LIST_BATCH: usize = 50;
const VOICES_BATCH: usize = 24;

#[component]
pub fn CoveragePage() -> Html {
    let page = use_page();
    let view = CoverageView::new(page.snapshot());
    let Paging {
        lists: [shown, blind_shown, voices_shown],
        printing,
        ..
    } = use_paging([BATCH, LIST_BATCH, VOICES_BATCH]);
    let n = shown.reach(view.rows.len(), None, printing);
    let n_blind = blind_shown.reach(view.blindspots.len(), None, printing);
    let n_voices = voices_shown.reach(view.sources.len(), None, printing);
    let sparse = view.sources.len() > MATRIX_COLUMNS;
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Coverage"}</p>
                <h1>{"Who reported what"}</h1>
                <p class="lede">{"How often each article is cited on each topic, the topics only one outlet covers, and whose voices each outlet carries."}</p>
            </header>
            <section aria-labelledby="cov-h">
                <h2 id="cov-h">{"Sources × topics"}</h2>
                if sparse {
                <div class="table-wrap">
                    <table class="data-table coverage coverage-sparse">
                        <caption class="sr-only">{"Sources citing each topic, with their citations on it"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Topic"}</th>
                                <th scope="col">{format!("Cited by (of {} sources): citations", view.sources.len())}</th>
                                <th scope="col" class="num">{"Outlets"}</th>
                            </tr>
                        </thead>
                        <tbody>
                            for row in view.rows.iter().take(n) {
                                <tr class={classes!((row.outlets == 1).then_some("blind"))}>
                                    <th scope="row"><Link<Route> to={page.route(View::Topic(row.topic.id.clone()))}>{&row.topic.title}</Link<Route>></th>
                                    <td>
                                        if row.outlets == 0 { <span class="muted">{"–"}</span> }
                                        for (s, cell) in row.hits.iter().map(|&(i, c)| (&view.sources[i], c)) {
                                            <span class={classes!("cov-hit", "heat", format!("h{}", cell.level))}>
                                                <Link<Route> to={page.route(View::Source(s.source.id.clone()))}>{format!("[{}] {}", s.number, s.short_outlet)}</Link<Route>>
                                                {format!(": {}", cell.count)}
                                            </span>
                                        }
                                    </td>
                                    <td class="num">{row.outlets}</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
                } else {
                <div class="table-wrap">
                    <table class="data-table coverage">
                        <caption class="sr-only">{"Citations of each source on each topic"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Topic"}</th>
                                for s in view.sources.iter() {
                                    <th scope="col" class="num">
                                        <Link<Route> to={page.route(View::Source(s.source.id.clone()))}>{format!("[{}]", s.number)}</Link<Route>>
                                        <span class="col-sub">{&s.short_outlet}</span>
                                    </th>
                                }
                                <th scope="col" class="num">{"Outlets"}</th>
                            </tr>
                        </thead>
                        <tbody>
                            for row in view.rows.iter().take(n) {
                                <tr class={classes!((row.outlets == 1).then_some("blind"))}>
                                    <th scope="row"><Link<Route> to={page.route(View::Topic(row.topic.id.clone()))}>{&row.topic.title}</Link<Route>></th>
                                    for cell in row.cells(view.sources.len()) {
                                        <td class={classes!("num", "heat", format!("h{}", cell.level))}>{if cell.count == 0 { "–".to_string() } else { cell.count.to_string() }}</td>
                                    }
                                    <td class="num">{row.outlets}</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
                }
                <ShowMore total={view.rows.len()} batch={shown} noun="topics" reach={n} />
            </section>
            <section aria-labelledby="blind-h">
                <h2 id="blind-h">{"Blindspots: topics only one outlet covers"}</h2>
                if view.blindspots.is_empty() {
                    <p class="muted">{"Every topic is covered by at least two outlets."}</p>
                } else {
                    <ul class="status-moves">
                        for (t, s) in view.blindspots.iter().take(n_blind) {
                            <li>
                                <Link<Route> to={page.route(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>>
                                <span class="muted">{format!("only in [{}] {}", s.number, s.outlet)}</span>
                            </li>
                        }
                    </ul>
                    <ShowMore total={view.blindspots.len()} batch={blind_shown} noun="blindspots" reach={n_blind} />
                }
            </section>
            <section aria-labelledby="voices-h">
                <h2 id="voices-h">{"Whose voices each outlet quotes"}</h2>
                <div class="voices-grid">
                    for s in view.sources.iter().take(n_voices) {
                        <article class="voices">
                            <h3><Link<Route> to={page.route(View::Source(s.source.id.clone()))}>{format!("[{}] {}", s.number, s.outlet)}</Link<Route>></h3>
                            <ul>
                                for v in s.voices.iter() {
                                    <li>
                                        <strong>{format!("{} · {} quote{}", v.side_name, v.quotes, if v.quotes == 1 { "" } else { "s" })}</strong>
                                        if !v.speakers.is_empty() {
                                            <span class="muted">{format!(" — {}", v.speakers.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", "))}</span>
                                        }
                                    </li>
                                }
                            </ul>
                        </article>
                    }
                </div>
                <ShowMore total={view.sources.len()} batch={voices_shown} noun="outlets" reach={n_voices} />
            </section>
        </>
    }
}
