//! Timeline: every dated event, each move and its counter-move, filterable by side and topic.

use crate::components::anchor_link::AnchorLink;
use crate::components::cite::Cites;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::side_class;
use crate::components::show_more::{use_batch, ShowMore};
use crate::context::use_page;
use crate::routes::View;
use counterpoint_core::analysis::timeline::{timeline, years};
use counterpoint_core::model::{BOTH, INDEPENDENT};
use counterpoint_core::view::{notes, print_notes};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Events shown before "Show more".
const BATCH: usize = 200;

#[component]
pub fn TimelinePage() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let side = use_state(|| None::<String>);
    let topic = use_state(|| None::<String>);
    let entries = timeline(&snap, side.as_deref(), topic.as_deref());
    let shown = use_batch(BATCH);
    let grouped = years(&entries[..entries.len().min(*shown)]);
    let mut sides: Vec<(Option<String>, String)> = vec![(None, "All sides".into())];
    sides.extend(
        store
            .data
            .parties
            .iter()
            .map(|p| (Some(p.id.clone()), p.short_name.clone())),
    );
    sides.push((Some(BOTH.into()), "Both".into()));
    sides.push((Some(INDEPENDENT.into()), "Independent".into()));
    let on_topic = {
        let topic = topic.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            topic.set((!v.is_empty()).then_some(v));
        })
    };
    let here = page.route(View::Timeline);
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Timeline"}</p>
                <h1>{"How we got here"}</h1>
                <p class="lede">{"Every dated event in the sources, oldest first. Each counter-move names the move it answers. Dates keep the precision the sources give."}</p>
            </header>
            <div class="filters" role="group" aria-label="Filter the timeline">
                <div class="segmented" role="radiogroup" aria-label="Side">
                    { for sides.into_iter().map(|(id, label)| {
                        let active = *side == id;
                        let onclick = { let side = side.clone(); let id = id.clone(); Callback::from(move |_| side.set(id.clone())) };
                        html! { <button type="button" role="radio" aria-checked={active.to_string()} class={classes!(active.then_some("active"))} {onclick}>{label}</button> }
                    }) }
                </div>
                <label class="select">
                    <span>{"Topic"}</span>
                    <select onchange={on_topic}>
                        <option value="" selected={topic.is_none()}>{"All topics"}</option>
                        { for snap.topics().into_iter().map(|t| html! { <option value={t.id.clone()} selected={topic.as_deref() == Some(t.id.as_str())}>{&t.title}</option> }) }
                    </select>
                </label>
                <span class="muted" aria-live="polite">{format!("{} events", entries.len())}</span>
            </div>
            if entries.is_empty() {
                <p class="empty-state">{"No event matches these filters."}</p>
            }
            { for grouped.into_iter().map(|(year, items)| html! {
                <section class="year" aria-labelledby={format!("y-{year}")}>
                    <h2 id={format!("y-{year}")} class="year-h">{year}</h2>
                    <ol class="timeline">
                        { for items.into_iter().map(|e| {
                            let ev = e.event;
                            html! {
                                <li class={classes!("tl-item", format!("side-{}", side_class(&page, &ev.actor_side)))} id={format!("event-{}", ev.id)}>
                                    <div class="tl-date">{ev.date.human()}</div>
                                    <div class="tl-body">
                                        <span class="ev-side">{store.side_name(&ev.actor_side)}</span>
                                        <h3 class="tl-title">{&ev.title}<Cites cites={ev.cites.clone()} /></h3>
                                        if !ev.summary.is_empty() { <p>{&ev.summary}</p> }
                                        if let Some(r) = e.responds_to {
                                            <p class="tl-link">{"↳ Answers: "}<AnchorLink to={here.clone()} anchor={format!("event-{}", r.id)}>{format!("{} ({})", r.title, r.date.human())}</AnchorLink></p>
                                        }
                                        { for e.responses.iter().map(|r| html! {
                                            <p class="tl-link">{"↪ Answered by: "}<AnchorLink to={here.clone()} anchor={format!("event-{}", r.id)}>{format!("{} ({})", r.title, r.date.human())}</AnchorLink></p>
                                        }) }
                                    </div>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }) }
            <ShowMore total={entries.len()} shown={shown} step={BATCH} noun="events" />
    <PrintNotes notes={print_notes(store, &notes::timeline(snap))} />
        </>
    }
}
