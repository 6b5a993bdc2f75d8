//! Who's who: everyone named, by side, with role, organisation, topics and every quote.

use crate::components::cite::Cites;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::show_more::{use_batch, ShowMore};
use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::model::{ActorKind, INDEPENDENT};
use counterpoint_core::view::{notes, print_notes};
use yew::prelude::*;
use yew_router::prelude::*;

/// People shown per side before "Show more".
const BATCH: usize = 60;

#[component]
pub fn PeoplePage() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let d = &store.data;
    let mut sides: Vec<(String, String)> = d
        .parties
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    sides.push((
        INDEPENDENT.to_string(),
        "Independent: analysts, media, others".to_string(),
    ));
    let by_speaker = snap.quotes_by_speaker();
    let none = Vec::new();
    let quotes_of = |id: &str| by_speaker.get(id).unwrap_or(&none);
    // One batch per side: the state lives here because hooks cannot be called in a loop.
    let shown = [use_batch(BATCH), use_batch(BATCH), use_batch(BATCH)];
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Who’s who"}</p>
                <h1>{format!("{} people and institutions", d.actors.len())}</h1>
                <p class="lede">{"Everyone the sources name, by side, with their role at the time, the topics they speak to and every quote they gave."}</p>
            </header>
            <nav class="jump" aria-label="Sides">
                { for sides.iter().map(|(id, name)| html! { <a href={format!("#side-{id}")}>{name}</a> }) }
            </nav>
            { for sides.iter().zip(shown.iter()).map(|((side, name), shown)| {
                let mut actors: Vec<_> = d.actors.iter().filter(|a| &a.side == side).collect();
                // People first, then institutions; most quoted first within each.
                actors.sort_by_key(|a| (a.kind == ActorKind::Institution, std::cmp::Reverse(quotes_of(&a.id).len())));
                let total = actors.len();
                html! {
                    <section class={classes!("people-side", format!("side-{}", side_class(&page, side)))} id={format!("side-{side}")} aria-labelledby={format!("side-{side}-h")}>
                        <h2 id={format!("side-{side}-h")}>{name}</h2>
                        <div class="people-grid">
                            { for actors.iter().take(**shown).map(|a| {
                                let quotes = quotes_of(&a.id);
                                let mut topics: Vec<&str> = quotes.iter().flat_map(|q| q.topics.iter().map(String::as_str)).collect();
                                topics.sort_by_key(|t| store.topic_position(t));
                                topics.dedup();
                                let org = a.organisation.as_ref().map(|o| store.actor(o).map(|x| x.name.clone()).unwrap_or_else(|| o.clone()));
                                html! {
                                    <article class="person" id={format!("actor-{}", a.id)}>
                                        <h3>
                                            {&a.name}
                                            if let Some(zh) = &a.name_zh { <span class="zh" lang="zh-Hans">{format!(" {zh}")}</span> }
                                        </h3>
                                        <p class="person-role">{&a.role}{org.map(|o| format!(" · {o}")).unwrap_or_default()}<Cites cites={a.cites.clone()} /></p>
                                        if !a.description.is_empty() { <p>{&a.description}</p> }
                                        if !topics.is_empty() {
                                            <p class="person-topics">
                                                <span class="muted">{"Speaks to: "}</span>
                                                { for topics.iter().filter_map(|t| store.topic(t)).map(|t| html! {
                                                    <Link<Route> to={page.route(View::Topic(t.id.clone()))} classes="chip">{&t.title}</Link<Route>>
                                                }) }
                                            </p>
                                        }
                                        if !quotes.is_empty() {
                                            <details class="person-quotes">
                                                <summary>{format!("{} quote{}", quotes.len(), if quotes.len() == 1 { "" } else { "s" })}</summary>
                                                { for quotes.iter().map(|q| html! { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }) }
                                            </details>
                                        }
                                    </article>
                                }
                            }) }
                        </div>
                        <ShowMore total={total} shown={shown.clone()} step={BATCH} noun="people and institutions" />
                    </section>
                }
            }) }
    <PrintNotes notes={print_notes(store, &notes::people(snap))} />
        </>
    }
}
