//! Who's who: everyone named, by side, with role, organisation, topics and every quote.

use crate::components::cite::Cites;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::show_more::{render_notes, ShowMore};
use crate::context::use_page;
use crate::hooks::paging::use_batches;
use crate::hooks::{use_paging, Paging};
use crate::routes::{Route, View};
use counterpoint_core::view::people::PeopleView;
use counterpoint_core::view::print_notes;
use yew::prelude::*;
use yew_router::prelude::*;

/// People shown per side before "Show more".
const BATCH: usize = 40;
/// Quotes shown in an opened person's list before "Show more".
const QUOTE_BATCH: usize = 20;
/// Up to this many quotes on the page, every person's quotes are rendered inside their closed
/// `<details>` (the built-in dataset's 67, prerendered); beyond it a list is rendered when it
/// is opened, when the fragment names one of its quotes, or for print.
const EAGER_QUOTES: usize = 200;

#[component]
pub fn PeoplePage() -> Html {
    let page = use_page();
    let view = PeopleView::new(page.snapshot());
    // One batch per side: the state lives here because hooks cannot be called in a loop.
    let Paging {
        lists: shown,
        printing,
        fragment,
    } = use_paging([BATCH; 3]);
    // The person the fragment leads to: `#actor-…`, or `#quote-…` (whose list then opens).
    let quote = fragment
        .strip_prefix("quote-")
        .and_then(|q| page.store().quote(q));
    let target = fragment
        .strip_prefix("actor-")
        .or(quote.map(|q| q.speaker.as_str()));
    let quote_count: usize = view
        .sides
        .iter()
        .flat_map(|s| &s.people)
        .map(|p| p.quotes.len())
        .sum();
    let eager = printing || quote_count <= EAGER_QUOTES;
    // How many people each side renders (up to the fragment's).
    let counts: Vec<usize> = view
        .sides
        .iter()
        .zip(shown.iter())
        .map(|(side, shown)| {
            let at = target.and_then(|t| side.people.iter().position(|p| p.actor.id == t));
            shown.reach(side.people.len(), at, printing)
        })
        .collect();
    let notes = print_notes(page.store(), &view.notes());
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
            for ((side, shown), n) in view.sides.iter().zip(shown.iter()).zip(counts) {
                <section class={classes!("people-side", format!("side-{}", side_class(&page, &side.id)))} id={format!("side-{}", side.id)} aria-labelledby={format!("side-{}-h", side.id)}>
                    <h2 id={format!("side-{}-h", side.id)}>{&side.name}</h2>
                    <div class="people-grid">
                        for person in side.people.iter().take(n) {
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
                                    <PersonQuotes
                                        quotes={person.quotes.iter().map(|q| AttrValue::from(q.id.clone())).collect::<Vec<_>>()}
                                        {eager} {printing}
                                        target={quote.filter(|q| q.speaker == person.actor.id).map(|q| AttrValue::from(q.id.clone()))} />
                                }
                            </article>
                        }
                    </div>
                    <ShowMore total={side.people.len()} batch={shown.clone()} noun="people and institutions" reach={n} />
                </section>
            }
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PersonQuotesProps {
    /// The person's quote ids, oldest first.
    quotes: Vec<AttrValue>,
    /// Render the quotes even while the list is closed (a small page, or print).
    eager: bool,
    /// Printing: every quote, not a batch.
    printing: bool,
    /// The quote the fragment names, when it is one of these: the list opens on it.
    #[prop_or_default]
    target: Option<AttrValue>,
}

/// One person's quotes in a `<details>` (closed on screen, open on paper). On a large page the
/// quotes are rendered only once the list is opened, and then in batches.
#[component]
fn PersonQuotes(props: &PersonQuotesProps) -> Html {
    let opened = use_state(|| false);
    // The page's paging says whether it is printed and which quote the fragment names.
    let [shown] = use_batches([QUOTE_BATCH]);
    let ontoggle = {
        let opened = opened.clone();
        // The first toggle of a closed list is its opening; keep its quotes rendered after.
        Callback::from(move |_: Event| opened.set(true))
    };
    let total = props.quotes.len();
    let at = props
        .target
        .as_ref()
        .and_then(|t| props.quotes.iter().position(|q| q == t));
    let rendered = props.eager || *opened || at.is_some();
    // A small page, or print: everything, as prerendered.
    let n = if props.eager {
        total
    } else {
        shown.reach(total, at, props.printing)
    };
    html! {
        <details class="person-quotes" open={at.is_some()} {ontoggle}>
            <summary>{format!("{} quote{}", total, if total == 1 { "" } else { "s" })}</summary>
            if rendered {
                for q in props.quotes.iter().take(n) { <QuoteBlock id={q.clone()} /> }
                <ShowMore {total} batch={shown.clone()} noun="quotes" reach={n} />
            }
        </details>
    }
}
