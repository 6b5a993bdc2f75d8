//! Key figures: the tariff step chart (SVG drawn from the data, with a table alternative),
//! every figure by measure, and comparisons computed from the data.

use crate::analysis::chart::{chart_range, tariff_series, ChartLayout};
use crate::analysis::figures::{derived, figure_groups};
use crate::app::use_page;
use crate::components::cite::Cites;
use crate::components::quote::side_class;
use crate::model::format_number;
use yew::prelude::*;

const W: f64 = 760.0;
const H: f64 = 320.0;

#[component]
pub fn Figures() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let series = tariff_series(&snap);
    let chart =
        chart_range(&snap, &series).map(|(start, end)| ChartLayout::new(&series, W, H, start, end));
    let groups = figure_groups(&snap);
    let comparisons = derived(&snap);
    let description: Vec<String> = series
        .iter()
        .map(|s| {
            let steps: Vec<String> = s
                .steps
                .iter()
                .map(|st| {
                    format!(
                        "{}% from {}{}",
                        format_number(st.value),
                        st.figure.date.human(),
                        st.figure
                            .scope
                            .as_ref()
                            .map(|x| format!(" ({x})"))
                            .unwrap_or_default()
                    )
                })
                .collect();
            format!("{}: {}.", s.label, steps.join(", then "))
        })
        .collect();
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Key figures"}</p>
                <h1>{"The numbers"}</h1>
                <p class="lede">{"Every figure in the sources with its date, scope and source; the headline tariffs over time; and changes computed from the data, with the working shown."}</p>
            </header>

            <section class="chart-section" aria-labelledby="chart-h">
                <h2 id="chart-h">{"Headline tariffs, each side on the other"}</h2>
                if let Some(c) = &chart {
                    <figure class="chart">
                        <div class="legend" aria-hidden="true">
                            { for series.iter().map(|s| html! { <span class={classes!("key", format!("side-{}", side_class(&page, s.party)))}><span class="swatch"></span>{&s.label}</span> }) }
                            <span class="key partial"><span class="swatch dashed"></span>{"Rate on part of trade only"}</span>
                        </div>
                        <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMidYMid meet">
                            <title id="chart-title">{"Headline tariff rates over time"}</title>
                            <desc id="chart-desc">{description.join(" ")}</desc>
                            <g class="grid">
                                { for c.y_ticks().into_iter().map(|t| html! {
                                    <g>
                                        <line x1={format!("{:.1}", c.plot.left)} x2={format!("{:.1}", c.plot.right)} y1={format!("{:.1}", t.y)} y2={format!("{:.1}", t.y)} />
                                        <text x={format!("{:.1}", c.plot.left - 6.0)} y={format!("{:.1}", t.y + 4.0)} text-anchor="end">{&t.label}</text>
                                    </g>
                                }) }
                                { for c.x_ticks().into_iter().map(|t| html! {
                                    <g class={classes!(t.major.then_some("major"))}>
                                        <line x1={format!("{:.1}", t.x)} x2={format!("{:.1}", t.x)} y1={format!("{:.1}", c.plot.bottom)} y2={format!("{:.1}", c.plot.bottom + if t.major { 6.0 } else { 3.0 })} />
                                        <text x={format!("{:.1}", t.x)} y={format!("{:.1}", c.plot.bottom + 18.0)} text-anchor="middle">{&t.label}</text>
                                    </g>
                                }) }
                            </g>
                            { for c.paths.iter().zip(&series).map(|(p, s)| {
                                let class = format!("series side-{}", side_class(&page, s.party));
                                html! {
                                    <g class={class}>
                                        <path class="solid" d={p.solid.clone()} />
                                        <path class="dashed" d={p.dashed.clone()} />
                                        { for s.steps.iter().map(|st| {
                                            let (x, y) = (c.x(st.from), c.y(st.value));
                                            html! {
                                                <g class="step">
                                                    <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4">
                                                        <title>{format!("{}: {}% from {}{}", s.label, format_number(st.value), st.figure.date.human(), st.figure.scope.as_ref().map(|x| format!(", {x}")).unwrap_or_default())}</title>
                                                    </circle>
                                                    <text x={format!("{:.1}", x + 6.0)} y={format!("{:.1}", y - 6.0)}>{format!("{}%", format_number(st.value))}</text>
                                                </g>
                                            }
                                        }) }
                                    </g>
                                }
                            }) }
                        </svg>
                        <figcaption class="muted">{"Steps start on the first day each source’s date allows. Dashed: the rate applied only to the goods named in the table."}</figcaption>
                    </figure>
                } else {
                    <p class="empty-state">{"No tariff figures are known at this date."}</p>
                }
                <details class="chart-table" open={true}>
                    <summary>{"The chart as a table"}</summary>
                    <div class="table-wrap">
                        <table class="data-table">
                            <thead><tr><th scope="col">{"From"}</th><th scope="col">{"Tariff"}</th><th scope="col">{"Rate"}</th><th scope="col">{"Applies to"}</th><th scope="col">{"Source"}</th></tr></thead>
                            <tbody>
                                { for series.iter().flat_map(|s| s.steps.iter().map(move |st| (s, st))).map(|(s, st)| html! {
                                    <tr class={format!("side-{}", side_class(&page, s.party))}>
                                        <td>{st.figure.date.human()}</td>
                                        <th scope="row">{&s.label}</th>
                                        <td class="num">{format!("{}%", format_number(st.value))}</td>
                                        <td>{st.figure.scope.clone().unwrap_or_else(|| "Headline rate".into())}</td>
                                        <td><Cites cites={st.figure.cites.clone()} /></td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </details>
            </section>

            if !comparisons.is_empty() {
                <section aria-labelledby="derived-h">
                    <h2 id="derived-h">{"Computed from the data"}</h2>
                    <ul class="derived">
                        { for comparisons.iter().map(|d| html! {
                            <li>
                                <strong>{&d.to.label}</strong>
                                <span class="change-cell">{format!(" {}", d.describe())}</span>
                                <span class="how">{format!("Working: {}", d.how)}</span>
                                if d.scoped { <span class="muted">{" Part of these values cover only some goods: read with care."}</span> }
                                <Cites cites={d.from.cites.iter().chain(&d.to.cites).cloned().collect::<Vec<_>>()} />
                            </li>
                        }) }
                    </ul>
                </section>
            }

            <section aria-labelledby="all-h">
                <h2 id="all-h">{format!("All {} figures", groups.iter().map(|(_, v)| v.len()).sum::<usize>())}</h2>
                <div class="table-wrap">
                    <table class="data-table figures-table">
                        <thead><tr><th scope="col">{"What it measures"}</th><th scope="col">{"Value"}</th><th scope="col">{"Date or period"}</th><th scope="col">{"Notes"}</th><th scope="col">{"Source"}</th></tr></thead>
                        <tbody>
                            { for groups.iter().flat_map(|(_, figs)| figs.iter()).map(|f| html! {
                                <tr id={format!("figure-{}", f.id)}>
                                    <th scope="row">{&f.label}</th>
                                    <td class="num">{f.unit.format(f.value)}</td>
                                    <td>{f.date.human()}</td>
                                    <td>
                                        if let Some(s) = &f.scope { <span>{s}</span> }
                                        if let Some(n) = &f.note { <span class="muted">{format!(" {n}")}</span> }
                                    </td>
                                    <td><Cites cites={f.cites.clone()} /></td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="muted small">{format!("{} sources; figures as printed. ", store.data.sources.len())}</p>
            </section>
        </>
    }
}
