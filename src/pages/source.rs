//! One article: its metadata, quality notes and everything cited from it.

use crate::components::cite_control::{CiteControl, CiteWhat};
use crate::context::use_page;
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Route, View};
use counterpoint_core::view::source::SourceView;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub id: AttrValue,
}

#[component]
pub fn SourcePage(props: &SourceProps) -> Html {
    let page = use_page();
    let Some(view) = SourceView::new(page.snapshot(), &props.id) else {
        return html! { <NotFoundPage /> };
    };
    let s = view.source;
    let row =
        |label: &str, value: Html| html! { <><dt>{label.to_string()}</dt><dd>{value}</dd></> };
    html! {
        <article class="source-page">
            <header class="page-head">
                <nav class="crumbs" aria-label="Breadcrumb">
                    <Link<Route> to={page.route(View::Sources)}>{"Sources"}</Link<Route>>
                </nav>
                <p class="kicker">{format!("Source [{}]", view.number)}</p>
                <h1>{&s.title}</h1>
                if s.title_is_descriptive { <p class="muted">{"The copy carries no headline; this title is our description."}</p> }
                <div class="page-tools">
                    <CiteControl what={CiteWhat::Source(s.id.clone())} />
                </div>
            </header>
            <dl class="meta">
                { row("Outlet", html! { {&view.outlet} }) }
                if !s.authors.is_empty() { { row("By", html! { {s.authors.join(", ")} }) } }
                { row("Published", html! { <>{s.published.human()}if !s.date_note.is_empty() { <span class="muted">{format!(" — {}", s.date_note)}</span> }</> }) }
                if let Some(v) = &s.via { { row("Found via", html! { {v} }) } }
                { row("Language", html! { {&s.language} }) }
                if let Some(t) = &s.translation { { row("Translation", html! { {t} }) } }
                if let Some(u) = view.web_url {
                    { row("Link", html! { <a href={u.to_string()} rel="noopener noreferrer nofollow" target="_blank">{u}</a> }) }
                }
            </dl>
            if !s.notes.is_empty() {
                <section class="quality" aria-labelledby="q-h">
                    <h2 id="q-h">{"Quality notes"}</h2>
                    <p class="muted">{"Errors and oddities in this source. Quotes keep them verbatim; our text does not repeat them."}</p>
                    <ul class="notes">
                        for n in s.notes.iter() {
                            <li>
                                <span class="tag warn">{n.kind.label()}</span>
                                if !n.excerpt.is_empty() { <q class="excerpt">{&n.excerpt}</q> }
                                <span>{&n.text}</span>
                            </li>
                        }
                    </ul>
                </section>
            }
            <section class="cited" aria-labelledby="c-h">
                <h2 id="c-h">{format!("Cited {} times", view.citations)}</h2>
                for group in view.groups.iter() {
                    <section class="cited-group">
                        <h3>{format!("{} ({})", group.kind.label(), group.places.len())}</h3>
                        <ul>
                            for p in group.places.iter() {
                                <li>
                                    <p class="cited-text">{p.text}</p>
                                    <p class="cited-ex"><q>{p.excerpt}</q>
                                        if let Some(u) = &p.passage_url {
                                            {" "}<a class="passage-link" href={u.clone()} rel="noopener noreferrer nofollow" target="_blank">{"at the passage ↗"}<span class="sr-only">{" (opens the original)"}</span></a>
                                        }
                                        {" — "}<Link<Route> to={page.route(p.topic.map_or(View::Home, |t| View::Topic(t.to_string())))}>{&p.label}</Link<Route>></p>
                                </li>
                            }
                        </ul>
                    </section>
                }
            </section>
        </article>
    }
}
