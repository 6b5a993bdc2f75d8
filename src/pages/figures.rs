//! Key figures: the tariff step chart (SVG drawn from the data, with a table alternative),
//! every figure by measure, and comparisons computed from the data.

use crate::components::cite::Cites;
use crate::components::pin_button::PinButton;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::side_class;
use crate::context::use_page;
use crate::context::PageCtx;
use counterpoint_core::analysis::chart::Series;
use counterpoint_core::analysis::chart::{chart_range, tariff_series, ChartLayout};
use counterpoint_core::analysis::figures::{derived, figure_groups};
use counterpoint_core::model::{format_number, Day};
use counterpoint_core::my_briefing::ItemKind;
use counterpoint_core::view::{notes, print_notes};
use yew::prelude::*;

const W: f64 = 760.0;
const H: f64 = 320.0;

#[component]
pub fn FiguresPage() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let series = tariff_series(&snap);
    let has_tariffs = store.data.figures.iter().any(|f| {
        store
            .data
            .chart_measures
            .iter()
            .any(|c| f.measure == c.measure)
    });
    // The line is drawn through headline rates only; partial rates are shown as points.
    let headline: Vec<Series<'_>> = series
        .iter()
        .map(|s| Series {
            steps: s.steps.iter().filter(|st| !st.partial).cloned().collect(),
            ..s.clone()
        })
        .collect();
    let chart = chart_range(&snap, &series)
        .map(|(start, end)| ChartLayout::new(&headline, W, H, start, end));
    let zoom = chart_range(&snap, &headline).and_then(|(start, end)| {
        let from = Day::new(start.year.max(end.year), 1, 1)?;
        (from > chart.as_ref()?.start).then(|| ChartLayout::new(&headline, W, H * 0.85, from, end))
    });
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

            // Datasets without the charted tariff measures (another negotiation) skip the chart.
            if has_tariffs {
            <section class="chart-section" aria-labelledby="chart-h">
                <h2 id="chart-h">{"Headline tariffs, each side on the other"}</h2>
                if let Some(c) = &chart {
                    <figure class="chart">
                        { legend(&page, &series) }
                        { svg_chart(&page, c, &series, "chart-all", &format!("Headline tariff rates, {} to date", c.start.year), &description.join(" ")) }
                        <figcaption class="muted">{"The line follows headline rates on most or all goods. Marked points with a dashed tick were rates on part of trade only; see the table. Steps start on the first day each source’s date allows."}</figcaption>
                    </figure>
                    if let Some(z) = &zoom {
                        <figure class="chart">
                            <h3 class="chart-h">{format!("Close-up: {}", z.start.year)}</h3>
                            { svg_chart(&page, z, &headline, "chart-2025", &format!("Headline tariff rates in {}", z.start.year), &description.join(" ")) }
                        </figure>
                    }
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
            }

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
                        <thead><tr><th scope="col">{"What it measures"}</th><th scope="col">{"Value"}</th><th scope="col">{"Date or period"}</th><th scope="col">{"Notes"}</th><th scope="col">{"Source"}</th><th scope="col">{"My briefing"}</th></tr></thead>
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
                                    <td class="pin-cell"><PinButton kind={ItemKind::Figure} id={AttrValue::from(f.id.clone())} /></td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="muted small">{format!("{} sources; figures as printed. ", store.data.sources.len())}</p>
            </section>
    <PrintNotes notes={print_notes(store, &notes::figures(snap))} />
        </>
    }
}

fn legend(page: &PageCtx, series: &[Series<'_>]) -> Html {
    html! {
        <div class="legend" aria-hidden="true">
            { for series.iter().map(|s| html! { <span class={classes!("key", format!("side-{}", side_class(page, s.party)))}><span class="swatch"></span>{&s.label}</span> }) }
            <span class="key partial"><span class="swatch dashed"></span>{"Rate on part of trade only"}</span>
        </div>
    }
}

/// One step chart: grid, a line through headline rates, a labelled point per value.
/// `points` are drawn as labelled points; the layout's paths (built from headline rates) as lines.
fn svg_chart(
    page: &PageCtx,
    c: &ChartLayout,
    points: &[Series<'_>],
    id: &str,
    title: &str,
    desc: &str,
) -> Html {
    let clip = format!("{id}-clip");
    html! {
        <svg viewBox={format!("0 0 {} {}", c.width, c.height)} role="img" aria-labelledby={format!("{id}-t {id}-d")} preserveAspectRatio="xMidYMid meet">
            <title id={format!("{id}-t")}>{title}</title>
            <desc id={format!("{id}-d")}>{desc}</desc>
            <defs>
                <clipPath id={clip.clone()}><rect x={format!("{:.1}", c.plot.left)} y="0" width={format!("{:.1}", c.plot.right - c.plot.left + 40.0)} height={format!("{:.1}", c.plot.bottom)} /></clipPath>
            </defs>
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
            <g clip-path={format!("url(#{clip})")}>
                { for c.paths.iter().zip(points).map(|(p, s)| {
                    let class = format!("series side-{}", side_class(page, s.party));
                    // Lift labels of points that share a spot so they do not overlap.
                    let mut placed: Vec<(f64, f64)> = Vec::new();
                    html! {
                        <g class={class}>
                            <path class="solid" d={p.solid.clone()} />
                            { for s.steps.iter().filter(|st| st.from >= c.start).map(|st| {
                                let (x, y) = (c.x(st.from), c.y(st.value));
                                let mut ly = y - 7.0;
                                while placed.iter().any(|(px, py)| (px - x).abs() < 40.0 && (py - ly).abs() < 12.0) {
                                    ly -= 12.0;
                                }
                                placed.push((x, ly));
                                let label = format!("{}%{}", format_number(st.value), if st.partial { "*" } else { "" });
                                html! {
                                    <g class={classes!("step", st.partial.then_some("partial"))}>
                                        if st.partial {
                                            <line class="tick" x1={format!("{x:.1}")} x2={format!("{:.1}", x + 28.0)} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                                        }
                                        <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4">
                                            <title>{format!("{}: {}% from {}{}", s.label, format_number(st.value), st.figure.date.human(), st.figure.scope.as_ref().map(|x| format!(", {x}")).unwrap_or_default())}</title>
                                        </circle>
                                        <text x={format!("{:.1}", x + 6.0)} y={format!("{ly:.1}")}>{label}</text>
                                    </g>
                                }
                            }) }
                        </g>
                    }
                }) }
            </g>
        </svg>
    }
}
