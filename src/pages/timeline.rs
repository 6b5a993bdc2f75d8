//! Timeline: every dated event, each move and its counter-move, filterable by side and topic.

use crate::components::anchor_link::AnchorLink;
use crate::components::cite::Cites;
use crate::components::island::timeline_filters;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::side_class;
use crate::components::show_more::{render_notes, ShowMore};
use crate::components::timeline_filters::{SideOption, TimelineFiltersProps};
use crate::context::use_page;
use crate::hooks::{use_paging, Paging};
use crate::routes::View;
use counterpoint_core::view::print_notes;
use counterpoint_core::view::timeline::TimelineView;
use yew::prelude::*;

/// Events shown before "Show more".
const BATCH: usize = 100;

#[component]
pub fn TimelinePage() -> Html {
    let page = use_page();
    let store = page.store();
    let side = use_state(|| None::<String>);
    let topic = use_state(|| None::<String>);
    let view = TimelineView::new(page.snapshot(), side.as_deref(), topic.as_deref());
    let Paging {
        lists: [shown],
        printing,
        fragment,
    } = use_paging([BATCH]);
    let on_change = {
        let (side, topic) = (side.clone(), topic.clone());
        Callback::from(move |(s, t): (Option<String>, Option<String>)| {
            side.set(s);
            topic.set(t);
        })
    };
    let here = page.route(View::Timeline);
    let total = view.rows.len();
    let at = fragment
        .strip_prefix("event-")
        .and_then(|e| view.rows.iter().position(|r| r.entry.event.id == e));
    let n = shown.reach(total, at, printing);
    let notes = print_notes(store, &view.notes());
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Timeline"}</p>
                <h1>{"How we got here"}</h1>
                <p class="lede">{"Every dated event in the sources, oldest first. Each counter-move names the move it answers. Dates keep the precision the sources give."}</p>
            </header>
            {timeline_filters(TimelineFiltersProps {
                sides: view.sides.iter().map(|c| SideOption { id: c.id.clone(), label: c.label.clone() }).collect(),
                topics: view.topics.iter().map(|t| (t.id.clone(), t.title.clone())).collect(),
                side: (*side).clone(),
                topic: (*topic).clone(),
                total,
                on_change: Some(on_change),
            })}
            // Always present, so that the static page's filters can show it.
            <p id="timeline-empty" class="empty-state" hidden={!view.rows.is_empty()}>{"No event matches these filters."}</p>
            for (year, items) in view.years(n) {
                <section class="year" aria-labelledby={format!("y-{year}")}>
                    <h2 id={format!("y-{year}")} class="year-h">{year}</h2>
                    <ol class="timeline">
                        for row in items {
                            <li class={classes!("tl-item", format!("side-{}", side_class(&page, &row.entry.event.actor_side)))} id={format!("event-{}", row.entry.event.id)}
                                data-side={row.entry.event.actor_side.clone()} data-topics={row.entry.event.topics.join(" ")}>
                                <div class="tl-date">{row.entry.event.date.human()}</div>
                                <div class="tl-body">
                                    <span class="ev-side">{&row.side_name}</span>
                                    <h3 class="tl-title">{&row.entry.event.title}<Cites cites={row.entry.event.cites.clone()} /><crate::components::link_here::LinkHere anchor={format!("event-{}", row.entry.event.id)} label="Link to this event" /></h3>
                                    if !row.entry.event.summary.is_empty() { <p><crate::components::glossary_term::Glossed text={row.entry.event.summary.clone()} /></p> }
                                    if let Some(r) = row.entry.responds_to {
                                        <p class="tl-link">{"↳ Answers: "}<AnchorLink to={here.clone()} anchor={format!("event-{}", r.id)}>{format!("{} ({})", r.title, r.date.human())}</AnchorLink></p>
                                    }
                                    for r in row.entry.responses.iter() {
                                        <p class="tl-link">{"↪ Answered by: "}<AnchorLink to={here.clone()} anchor={format!("event-{}", r.id)}>{format!("{} ({})", r.title, r.date.human())}</AnchorLink></p>
                                    }
                                </div>
                            </li>
                        }
                    </ol>
                </section>
            }
            <ShowMore total={total} batch={shown} noun="events" reach={n} />
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </>
    }
}
