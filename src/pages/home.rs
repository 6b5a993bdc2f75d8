//! The briefing: bottom line up front, key figures, every topic with its status.

use crate::components::cite::Cites;
use crate::components::export_button::{file_slug, site_base, ExportButton};
use crate::components::pin_button::PinButton;
use crate::components::print_notes::PrintNotes;
use crate::components::show_more::{use_batch, ShowMore};
use crate::components::side_head::SideHead;
use crate::components::status::StatusBadge;
use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::analysis::figures::key_measures;
use counterpoint_core::export::markdown;
use counterpoint_core::model::Claim;
use counterpoint_core::my_briefing::ItemKind;
use counterpoint_core::view::{notes, print_notes};
use yew::prelude::*;
use yew_router::prelude::*;

/// Measures shown as key figures on the briefing, in order, when the dataset has them.
pub const KEY_MEASURES: [&str; 6] = [
    "us-tariff-on-china",
    "china-tariff-on-us",
    "us-trade-deficit-china",
    "us-china-total-trade",
    "china-export-share-us",
    "china-pmi",
];

/// Topics listed before "Show more".
const BATCH: usize = 100;

#[component]
pub fn HomePage() -> Html {
    let page = use_page();
    let shown = use_batch(BATCH);
    let snap = page.snapshot();
    let store = page.store();
    let d = &store.data;
    let Some(b) = snap.briefing else {
        return html! {};
    };
    let section = |title: &str, class: &str, claims: &[Claim]| {
        html! {
            <section class={classes!("blu", class.to_string())}>
                <h2>{title}</h2>
                <ul>
                    { for claims.iter().map(|c| html! { <li>{&c.text}<Cites cites={c.cites.clone()} /></li> }) }
                </ul>
            </section>
        }
    };
    let measures = key_measures(&snap, &KEY_MEASURES);
    let key: Vec<_> = measures.iter().filter_map(|m| snap.latest(m)).collect();
    let topics = snap.topics();
    let counts = snap.status_counts();
    let export = {
        let page = page.clone();
        Callback::from(move |_| {
            let snap = page.snapshot();
            markdown::briefing(
                &snap,
                &key_measures(&snap, &KEY_MEASURES),
                site_base().as_deref(),
            )
        })
    };
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Briefing"}</p>
                <h1>{&d.title}</h1>
                if !d.subtitle.is_empty() { <p class="lede">{&d.subtitle}</p> }
                <div class="page-tools">
                    <ExportButton filename={AttrValue::from(export_name(&page, "briefing"))} markdown={export} />
                </div>
            </header>
            <div class="bottom-line" aria-label="Bottom line">
                { section("What happened", "blu-happened", &b.what_happened) }
                { section("Where things stand", "blu-stand", &b.where_things_stand) }
                { section("What to watch", "blu-watch", &b.what_to_watch) }
            </div>
            if d.parties.iter().any(|p| !p.negotiators.is_empty()) {
                <section class="teams" aria-labelledby="teams-h">
                    <h2 id="teams-h">{"Who is at the table"}</h2>
                    <div class="side-heads">
                        { for d.parties.iter().map(|p| html! { <SideHead party={AttrValue::from(p.id.clone())} /> }) }
                    </div>
                </section>
            }
            if !key.is_empty() {
                <section class="key-figures" aria-labelledby="kf-h">
                    <h2 id="kf-h">{"Key figures"}</h2>
                    <ul class="figure-strip">
                        { for key.iter().map(|f| html! {
                            <li class="figure-card">
                                <span class="figure-value">{f.unit.format(f.value)}</span>
                                <span class="figure-label">{&f.label}</span>
                                <span class="figure-date">{f.date.human()}{f.scope.as_ref().map(|s| format!(" · {s}")).unwrap_or_default()}<Cites cites={f.cites.clone()} /></span>
                                <PinButton kind={ItemKind::Figure} id={AttrValue::from(f.id.clone())} />
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section class="topic-index" aria-labelledby="topics-h">
                <div class="section-head">
                    <h2 id="topics-h">{format!("{} topics", topics.len())}</h2>
                    <p class="status-summary">
                        { for counts.iter().map(|(s, n)| html! { <span class="count"><StatusBadge status={*s} />{format!(" {n}")}</span> }) }
                    </p>
                    <Link<Route> to={page.route(View::Compare)} classes="more">{"Compare all side by side →"}</Link<Route>>
                </div>
                <ol class="topic-cards">
                    { for topics.iter().take(*shown).map(|t| {
                        let status = snap.status(t);
                        html! {
                            <li class="topic-card">
                                <h3><Link<Route> to={page.route(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>></h3>
                                if let Some(s) = status {
                                    <p class="topic-status"><StatusBadge status={s.status} /><span class="status-label">{&s.label}</span></p>
                                }
                                <p class="topic-q">{&t.question}</p>
                            </li>
                        }
                    }) }
                </ol>
                <ShowMore total={topics.len()} shown={shown} step={BATCH} noun="topics" />
            </section>
    <PrintNotes notes={print_notes(store, &notes::briefing(snap, &measures))} />
        </>
    }
}

/// `<dataset>-<page>.md`, with the snapshot for an earlier one:
/// `us-china-2025-tariffs-as-of-eve-of-geneva.md`.
pub fn export_name(page: &crate::context::PageCtx, name: &str) -> String {
    let mut s = format!("{}-{}", file_slug(&page.store().data.id), file_slug(name));
    if let Some(b) = &page.briefing {
        s.push_str(&format!("-as-of-{}", file_slug(b)));
    }
    s.push_str(".md");
    s
}
