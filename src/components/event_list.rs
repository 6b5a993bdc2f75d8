//! A compact list of events: date, acting side, title and sources.

use crate::components::cite::Cites;
use crate::components::island::Pin;
use crate::components::quote::side_class;
use crate::context::use_page;
use counterpoint_core::model::Event;
use counterpoint_core::my_briefing::ItemKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// In the order to show, usually oldest first.
    pub events: Vec<Event>,
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let page = use_page();
    let store = page.store();
    html! {
        <ol class="mini-timeline">
            for e in props.events.iter() {
                <li class={format!("side-{}", side_class(&page, &e.actor_side))} id={format!("event-{}", e.id)}>
                    <span class="ev-date">{e.date.human()}</span>
                    <span class="ev-side">{store.side_name(&e.actor_side)}</span>
                    <span class="ev-title">{&e.title}<Cites cites={e.cites.clone()} /><crate::components::link_here::LinkHere anchor={format!("event-{}", e.id)} label="Link to this event" /></span>
                    <Pin kind={ItemKind::Event} id={AttrValue::from(e.id.clone())} />
                    <crate::components::editor_note::EditorNote note={e.editor_note.clone()} />
                </li>
            }
        </ol>
    }
}
