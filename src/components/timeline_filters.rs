//! The timeline's filters: side (a segmented radio group) and topic (a select), with the
//! number of events shown.
//!
//! In the full app the page filters its rows (`on_change`). As an island on the static page
//! it filters the prerendered rows in place: each row carries `data-side` and `data-topics`,
//! and the same rule as the page's decides what shows.

use counterpoint_core::analysis::timeline::side_matches;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One choice of the side filter (`id: None` is "All sides").
#[derive(PartialEq, Clone, Serialize, Deserialize)]
pub struct SideOption {
    pub id: Option<String>,
    pub label: String,
}

/// The filters chosen: side and topic (`None`: all).
pub type Choice = (Option<String>, Option<String>);

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct TimelineFiltersProps {
    pub sides: Vec<SideOption>,
    /// `(id, title)` of each topic.
    pub topics: Vec<(String, String)>,
    /// The choice shown (the page's state in the full app).
    pub side: Option<String>,
    pub topic: Option<String>,
    /// Events that match the choice.
    pub total: usize,
    /// The full app's page state; `None` on the static page (the island filters its rows).
    #[serde(skip)]
    #[prop_or_default]
    pub on_change: Option<Callback<Choice>>,
}

/// Shows or hides the static page's rows for `choice`; returns how many show.
fn filter_rows((side, topic): &Choice) -> usize {
    let document = gloo::utils::document();
    let mut shown = 0;
    let Ok(years) = document.query_selector_all("section.year") else {
        return 0;
    };
    for y in 0..years.length() {
        let Some(year) = years
            .item(y)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Ok(items) = year.query_selector_all("li.tl-item") else {
            continue;
        };
        let mut in_year = 0;
        for i in 0..items.length() {
            let Some(item) = items
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let event_side = item.get_attribute("data-side").unwrap_or_default();
            let topics = item.get_attribute("data-topics").unwrap_or_default();
            let show = side.as_deref().is_none_or(|s| side_matches(&event_side, s))
                && topic
                    .as_deref()
                    .is_none_or(|t| topics.split(' ').any(|x| x == t));
            set_hidden(&item, !show);
            in_year += usize::from(show);
        }
        set_hidden(&year, in_year == 0);
        shown += in_year;
    }
    if let Some(empty) = document.get_element_by_id("timeline-empty") {
        set_hidden(&empty, shown > 0);
    }
    shown
}

fn set_hidden(el: &web_sys::Element, hidden: bool) {
    let _ = if hidden {
        el.set_attribute("hidden", "")
    } else {
        el.remove_attribute("hidden")
    };
}

#[component]
pub fn TimelineFilters(props: &TimelineFiltersProps) -> Html {
    // The island's own choice and count (the full app passes both in props).
    let local = use_state(|| (props.side.clone(), props.topic.clone(), props.total));
    let (side, topic, total) = match &props.on_change {
        Some(_) => (props.side.clone(), props.topic.clone(), props.total),
        None => (*local).clone(),
    };
    let choose = {
        let (on_change, local) = (props.on_change.clone(), local.clone());
        Callback::from(move |choice: Choice| match &on_change {
            Some(cb) => cb.emit(choice),
            None => {
                let n = filter_rows(&choice);
                local.set((choice.0, choice.1, n));
            }
        })
    };
    let on_topic = {
        let (choose, side) = (choose.clone(), side.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            choose.emit((side.clone(), (!v.is_empty()).then_some(v)));
        })
    };
    html! {
        <div class="filters" role="group" aria-label="Filter the timeline">
            <div class="segmented" role="radiogroup" aria-label="Side">
                for choice in props.sides.iter() {
                    {{
                        let active = side == choice.id;
                        let onclick = {
                            let (choose, id, topic) = (choose.clone(), choice.id.clone(), topic.clone());
                            Callback::from(move |_: MouseEvent| choose.emit((id.clone(), topic.clone())))
                        };
                        html! { <button type="button" role="radio" aria-checked={active.to_string()} class={classes!(active.then_some("active"))} {onclick}>{&choice.label}</button> }
                    }}
                }
            </div>
            <label class="select">
                <span>{"Topic"}</span>
                <select onchange={on_topic}>
                    <option value="" selected={topic.is_none()}>{"All topics"}</option>
                    for (id, title) in props.topics.iter() {
                        <option value={id.clone()} selected={topic.as_deref() == Some(id.as_str())}>{title}</option>
                    }
                </select>
            </label>
            <span class="muted" aria-live="polite">{format!("{total} events")}</span>
        </div>
    }
}
