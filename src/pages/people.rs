//! Who's who: everyone named, by side, with role, organisation, topics and every quote.

use crate::components::cite::Cites;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::show_more::{use_batch, ShowMore};
use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::view::people::PeopleView;
use counterpoint_core::view::print_notes;
use yew::prelude::*;
use yew_router::prelude::*;

/// People shown per side before "Show more".
const BATCH: usize = 60;

#[component]
pub fn PeoplePage() -> Html {
    let page = use_page();
    let view = PeopleView::new(page.snapshot());
    // One batch per side: the state lives here because hooks cannot be called in a loop.
    let shown = [use_batch(BATCH), use_batch(BATCH), use_batch(BATCH)];
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Who’s who"}</p>
                <h1>{format!("{} people and institutions", view.actor_count)}</h1>
                <p class="lede">{"Everyone the sources name, by side, with their role at the time, the topics they speak to and every quote they gave."}</p>
            </header>
            <nav class="jump" aria-label="Sides">
                for side in view.sides.iter() { <a href={format!("#side-{}", side.id)}>{&side.name}</a> }
            </nav>
            for (side, shown) in view.sides.iter().zip(shown.iter()) {
                <section class={classes!("people-side", format!("side-{}", side_class(&page, &side.id)))} id={format!("side-{}", side.id)} aria-labelledby={format!("side-{}-h", side.id)}>
                    <h2 id={format!("side-{}-h", side.id)}>{&side.name}</h2>
                    <div class="people-grid">
                        for person in side.people.iter().take(**shown) {
                            <article class="person" id={format!("actor-{}", person.actor.id)}>
                                <h3>
                                    {&person.actor.name}
                                    if let Some(zh) = &person.actor.name_zh { <span class="zh" lang="zh-Hans">{format!(" {zh}")}</span> }
                                </h3>
                                <p class="person-role">{&person.actor.role}{person.organisation.as_ref().map(|o| format!(" · {o}")).unwrap_or_default()}<Cites cites={person.actor.cites.clone()} /></p>
                                if !person.actor.description.is_empty() { <p>{&person.actor.description}</p> }
                                if !person.topics.is_empty() {
                                    <p class="person-topics">
                                        <span class="muted">{"Speaks to: "}</span>
                                        for t in person.topics.iter() {
                                            <Link<Route> to={page.route(View::Topic(t.id.clone()))} classes="chip">{&t.title}</Link<Route>>
                                        }
                                    </p>
                                }
                                if !person.quotes.is_empty() {
                                    <details class="person-quotes">
                                        <summary>{format!("{} quote{}", person.quotes.len(), if person.quotes.len() == 1 { "" } else { "s" })}</summary>
                                        for q in person.quotes.iter() { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }
                                    </details>
                                }
                            </article>
                        }
                    </div>
                    <ShowMore total={side.people.len()} shown={shown.clone()} step={BATCH} noun="people and institutions" />
                </section>
            }
            <PrintNotes notes={print_notes(page.store(), &view.notes())} />
        </>
    }
}
