//! Key figures: the tariff step chart (SVG drawn from the data, with a table alternative),
//! every figure by measure, and comparisons computed from the data.

use crate::components::chart_download::png_button;
use crate::components::cite::Cites;
use crate::components::editor_note::EditorNote;
use crate::components::export_button::file_slug;
use crate::components::island::Pin;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::side_class;
use crate::context::use_base_path;
use crate::context::use_page;
use crate::context::PageCtx;
use counterpoint_core::analysis::chart::{ChartFileText, ChartLayout, Series};
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::model::{format_number, Day};
use counterpoint_core::my_briefing::ItemKind;
use counterpoint_core::view::figures::FiguresView;
use counterpoint_core::view::print_notes;
use yew::prelude::*;
use yew_router::Routable;

const W: f64 = 760.0;
const H: f64 = 320.0;

#[component]
pub fn FiguresPage() -> Html {
    let page = use_page();
    let view = FiguresView::new(page.snapshot());
    let chart = view
        .range
        .map(|(start, end)| ChartLayout::new(&view.headline, W, H, start, end));
    let zoom = view.headline_range.and_then(|(start, end)| {
        let from = Day::new(start.year.max(end.year), 1, 1)?;
        (from > chart.as_ref()?.start)
            .then(|| ChartLayout::new(&view.headline, W, H * 0.85, from, end))
    });
    let description = view.description();
    let base = use_base_path();
    let svg_name = chart_file_name(&page.store().dataset.id, page.briefing.as_deref());
    // The static file exists for the built-in dataset only (the prerenderer writes it).
    let svg_href = (page.data.is_builtin() && chart.is_some()).then(|| {
        format!(
            "{base}{}{svg_name}",
            page.route(page.view.clone()).to_path()
        )
    });
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Key figures"}</p>
                <h1>{"The numbers"}</h1>
                <p class="lede">{if view.has_tariffs {
                    "Every figure in the sources with its date, scope and source; the headline tariffs over time; and changes computed from the data, with the working shown."
                } else {
                    "Every figure in the sources with its date, scope and source, and changes computed from the data, with the working shown."
                }}</p>
            </header>

            // Datasets without the charted tariff measures (another negotiation) skip the chart.
            if view.has_tariffs {
            <section class="chart-section" aria-labelledby="chart-h">
                <h2 id="chart-h">{"Headline tariffs, each side on the other"}</h2>
                if let Some(c) = &chart {
                    <figure class="chart">
                        { legend(&page, &view.series) }
                        { svg_chart(&page, c, &view.series, "chart-all", &format!("Headline tariff rates, {} to date", c.start.year), &description) }
                        <figcaption class="muted">{"The line follows headline rates on most or all goods. Marked points with a dashed tick were rates on part of trade only; see the table. Steps start on the first day each source’s date allows."}</figcaption>
                        if let Some(href) = &svg_href {
                            <p class="chart-downloads">
                                <span>{"Download the chart, with its title, sources and date: "}</span>
                                <a href={href.clone()} download={svg_name.clone()}>{"SVG"}</a>
                                {png_button(href, &svg_name.replace(".svg", ".png"))}
                            </p>
                        }
                    </figure>
                    if let Some(z) = &zoom {
                        <figure class="chart">
                            <h3 class="chart-h">{format!("Close-up: {}", z.start.year)}</h3>
                            { svg_chart(&page, z, &view.headline, "chart-2025", &format!("Headline tariff rates in {}", z.start.year), &description) }
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
                                for (s, st) in view.series.iter().flat_map(|s| s.steps.iter().map(move |st| (s, st))) {
                                    <tr class={format!("side-{}", side_class(&page, s.party))}>
                                        <td>{st.figure.date.human()}</td>
                                        <th scope="row">{&s.label}</th>
                                        <td class="num">{format!("{}%", format_number(st.value))}</td>
                                        <td>{st.figure.scope.clone().unwrap_or_else(|| "Headline rate".into())}</td>
                                        <td><Cites cites={st.figure.cites.clone()} /></td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                </details>
            </section>
            }

            if !view.comparisons.is_empty() {
                <section aria-labelledby="derived-h">
                    <h2 id="derived-h">{"Computed from the data"}</h2>
                    <ul class="derived">
                        for d in view.comparisons.iter() {
                            <li>
                                <strong>{&d.to.label}</strong>
                                <span class="change-cell">{format!(" {}", d.describe())}</span>
                                <span class="how">{format!("Working: {}", d.how)}</span>
                                if d.scoped { <span class="muted">{" Part of these values cover only some goods: read with care."}</span> }
                                <Cites cites={d.from.cites.iter().chain(&d.to.cites).cloned().collect::<Vec<_>>()} />
                            </li>
                        }
                    </ul>
                </section>
            }

            <section aria-labelledby="all-h">
                <h2 id="all-h">{format!("All {} figures", view.figures.len())}</h2>
                <div class="table-wrap">
                    <table class="data-table figures-table">
                        <thead><tr><th scope="col">{"What it measures"}</th><th scope="col">{"Value"}</th><th scope="col">{"Date or period"}</th><th scope="col">{"Notes"}</th><th scope="col">{"Source"}</th><th scope="col">{"My briefing"}</th></tr></thead>
                        <tbody>
                            for f in view.figures.iter() {
                                <tr id={format!("figure-{}", f.id)}>
                                    <th scope="row">{&f.label}</th>
                                    <td class="num">{f.formatted()}</td>
                                    <td>{f.date.human()}</td>
                                    <td>
                                        if let Some(s) = &f.scope { <span>{s}</span> }
                                        if let Some(n) = &f.note { <span class="muted">{format!(" {n}")}</span> }
                                    </td>
                                    <td><Cites cites={f.cites.clone()} /><EditorNote note={f.editor_note.clone()} /></td>
                                    <td class="pin-cell"><Pin kind={ItemKind::Figure} id={AttrValue::from(f.id.clone())} /></td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
                <p class="muted small">{format!("{} sources; figures as printed. ", view.source_count)}</p>
            </section>
            <PrintNotes notes={print_notes(page.store(), &view.notes())} />
        </>
    }
}

fn legend(page: &PageCtx, series: &[Series<'_>]) -> Html {
    html! {
        <div class="legend" aria-hidden="true">
            for s in series { <span class={classes!("key", format!("side-{}", side_class(page, s.party)))}><span class="swatch"></span>{&s.label}</span> }
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
    // Labels are placed by the layout, over every series at once, inside the chart's box.
    let labels = c.point_labels(points);
    html! {
        <svg viewBox={format!("0 0 {} {}", c.width, c.height)} role="img" aria-labelledby={format!("{id}-t {id}-d")} preserveAspectRatio="xMidYMid meet">
            <title id={format!("{id}-t")}>{title}</title>
            <desc id={format!("{id}-d")}>{desc}</desc>
            <defs>
                <clipPath id={clip.clone()}><rect x={format!("{:.1}", c.plot.left)} y="0" width={format!("{:.1}", c.width - c.plot.left)} height={format!("{:.1}", c.plot.bottom)} /></clipPath>
            </defs>
            <g class="grid">
                for t in c.y_ticks() {
                    <g>
                        <line x1={format!("{:.1}", c.plot.left)} x2={format!("{:.1}", c.plot.right)} y1={format!("{:.1}", t.y)} y2={format!("{:.1}", t.y)} />
                        <text x={format!("{:.1}", c.plot.left - 6.0)} y={format!("{:.1}", t.y + 4.0)} text-anchor="end">{&t.label}</text>
                    </g>
                }
                for t in c.x_ticks() {
                    <g class={classes!(t.major.then_some("major"))}>
                        <line x1={format!("{:.1}", t.x)} x2={format!("{:.1}", t.x)} y1={format!("{:.1}", c.plot.bottom)} y2={format!("{:.1}", c.plot.bottom + if t.major { 6.0 } else { 3.0 })} />
                        <text x={format!("{:.1}", t.x)} y={format!("{:.1}", c.plot.bottom + 18.0)} text-anchor="middle">{&t.label}</text>
                    </g>
                }
            </g>
            <g clip-path={format!("url(#{clip})")}>
                for ((p, s), labels) in c.paths.iter().zip(points).zip(&labels) {
                    <g class={format!("series side-{}", side_class(page, s.party))}>
                        <path class="solid" d={p.solid.clone()} />
                        for label in labels {
                            {{
                                let st = &s.steps[label.step];
                                let (x, y) = (c.x(st.from), c.y(st.value));
                                html! {
                                    <g class={classes!("step", st.partial.then_some("partial"))}>
                                        if st.partial {
                                            <line class="tick" x1={format!("{x:.1}")} x2={format!("{:.1}", x + 28.0)} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                                        }
                                        <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4">
                                            <title>{format!("{}: {}% from {}{}", s.label, format_number(st.value), st.figure.date.human(), st.figure.scope.as_ref().map(|x| format!(", {x}")).unwrap_or_default())}</title>
                                        </circle>
                                        <text x={format!("{:.1}", label.x)} y={format!("{:.1}", label.y)} text-anchor={if label.end { "end" } else { "start" }}>{&label.text}</text>
                                    </g>
                                }
                            }}
                        }
                    </g>
                }
            </g>
        </svg>
    }
}

/// File name of the chart's static SVG: `us-china-2025-tariff-chart.svg`, with the snapshot
/// for an earlier one (`…-as-of-eve-of-geneva.svg`).
pub fn chart_file_name(dataset: &str, briefing: Option<&str>) -> String {
    let mut s = format!("{}-tariff-chart", file_slug(dataset));
    if let Some(b) = briefing {
        s.push_str(&format!("-as-of-{}", file_slug(b)));
    }
    s.push_str(".svg");
    s
}

/// The full tariff chart of `snap` as a standalone SVG file (name, text), with its title, the
/// sources of its figures and the snapshot's date: the prerenderer writes it beside the
/// figures page. `None` when the dataset charts no tariffs.
pub fn chart_file(snap: Snapshot<'_>, briefing: Option<&str>) -> Option<(String, String)> {
    let store = snap.store;
    let d = &store.dataset;
    let when = snap.briefing.map(|b| (b.as_of.human(), b.title.clone()));
    let view = FiguresView::new(snap);
    let (start, end) = view.range.filter(|_| view.has_tariffs)?;
    let c = ChartLayout::new(&view.headline, W, H, start, end);
    // Each party's colour as on the page (light theme): first party, second party.
    let colours: Vec<&str> = view
        .series
        .iter()
        .map(|s| match d.parties.iter().position(|p| p.id == s.party) {
            Some(0) => "#1d6b72",
            Some(1) => "#8a5a0b",
            _ => "#5f6b76",
        })
        .collect();
    let mut sources: Vec<&str> = Vec::new();
    for st in view.series.iter().flat_map(|s| &s.steps) {
        for cite in &st.figure.cites {
            if !sources.contains(&cite.source.as_str()) {
                sources.push(&cite.source);
            }
        }
    }
    let source = sources
        .iter()
        .filter_map(|id| store.source(id))
        .map(|s| format!("{}, {}", store.outlet_name(s), s.published.human()))
        .collect::<Vec<_>>()
        .join("; ");
    let text = ChartFileText {
        title: format!("Headline tariff rates, {} to date", c.start.year),
        source: format!("Sources: {source}. Figures as printed; steps start on the first day each source’s date allows; * a rate on part of trade only."),
        date: match when {
            Some((day, title)) => format!("As of {day} (briefing “{title}”) · Counterpoint, {}", d.title),
            None => format!("Counterpoint, {}", d.title),
        },
    };
    Some((
        chart_file_name(&d.id, briefing),
        c.standalone_svg(&view.series, &colours, &text),
    ))
}
