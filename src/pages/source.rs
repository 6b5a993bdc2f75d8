//! One article: its metadata, quality notes and everything cited from it.

use crate::context::use_page;
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Route, View};
use counterpoint_core::analysis::cited_places::{cited_from, PlaceKind};
use counterpoint_core::model::is_web_url;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub id: AttrValue,
}

#[component]
pub fn SourcePage(props: &SourceProps) -> Html {
    let page = use_page();
    let store = page.store();
    let Some(s) = store.source(&props.id) else {
        return html! { <NotFoundPage /> };
    };
    let places = cited_from(&store.data, &s.id);
    let mut kinds: Vec<PlaceKind> = places.iter().map(|p| p.kind).collect();
    kinds.sort();
    kinds.dedup();
    let row =
        |label: &str, value: Html| html! { <><dt>{label.to_string()}</dt><dd>{value}</dd></> };
    html! {
        <article class="source-page">
            <header class="page-head">
                <nav class="crumbs" aria-label="Breadcrumb">
                    <Link<Route> to={page.route(View::Sources)}>{"Sources"}</Link<Route>>
                </nav>
                <p class="kicker">{format!("Source [{}]", store.source_number(&s.id))}</p>
                <h1>{&s.title}</h1>
                if s.title_is_descriptive { <p class="muted">{"The copy carries no headline; this title is our description."}</p> }
            </header>
            <dl class="meta">
                { row("Outlet", html! { {store.outlet_name(s)} }) }
                if !s.authors.is_empty() { { row("By", html! { {s.authors.join(", ")} }) } }
                { row("Published", html! { <>{s.published.human()}if !s.date_note.is_empty() { <span class="muted">{format!(" — {}", s.date_note)}</span> }</> }) }
                if let Some(v) = &s.via { { row("Found via", html! { {v} }) } }
                { row("Language", html! { {&s.language} }) }
                if let Some(t) = &s.translation { { row("Translation", html! { {t} }) } }
                if let Some(u) = s.url.as_ref().filter(|u| is_web_url(u)) {
                    { row("Link", html! { <a href={u.clone()} rel="noopener noreferrer nofollow" target="_blank">{u}</a> }) }
                }
            </dl>
            if !s.notes.is_empty() {
                <section class="quality" aria-labelledby="q-h">
                    <h2 id="q-h">{"Quality notes"}</h2>
                    <p class="muted">{"Errors and oddities in this source. Quotes keep them verbatim; our text does not repeat them."}</p>
                    <ul class="notes">
                        { for s.notes.iter().map(|n| html! {
                            <li>
                                <span class="tag warn">{n.kind.label()}</span>
                                if !n.excerpt.is_empty() { <q class="excerpt">{&n.excerpt}</q> }
                                <span>{&n.text}</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section class="cited" aria-labelledby="c-h">
                <h2 id="c-h">{format!("Cited {} times", places.len())}</h2>
                { for kinds.iter().map(|k| {
                    let items: Vec<_> = places.iter().filter(|p| p.kind == *k).collect();
                    html! {
                        <section class="cited-group">
                            <h3>{format!("{} ({})", k.label(), items.len())}</h3>
                            <ul>
                                { for items.iter().map(|p| {
                                    let target = match (p.kind, p.topic) {
                                        (PlaceKind::Briefing, _) | (PlaceKind::Actor, _) | (_, None) => View::Home,
                                        (_, Some(t)) => View::Topic(t.to_string()),
                                    };
                                    let label = match p.topic.and_then(|t| store.topic(t)) {
                                        Some(t) => t.title.clone(),
                                        None => "Briefing".to_string(),
                                    };
                                    html! {
                                        <li>
                                            <p class="cited-text">{p.text}</p>
                                            <p class="cited-ex"><q>{&p.citation.excerpt}</q>{" — "}<Link<Route> to={page.route(target)}>{label}</Link<Route>></p>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                }) }
            </section>
        </article>
    }
}
