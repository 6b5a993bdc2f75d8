//! A party's column header: its name and who leads its delegation.

use crate::components::quote::side_class;
use crate::context::use_page;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SideHeadProps {
    pub party: AttrValue,
    /// Say so when the sources name no lead (the briefing's "Who is at the table"), rather
    /// than leave the box with a name alone.
    #[prop_or_default]
    pub note_no_lead: bool,
}

#[component]
pub fn SideHead(props: &SideHeadProps) -> Html {
    let page = use_page();
    let store = page.store();
    let Some(p) = store.party(&props.party) else {
        return html! {};
    };
    let leads: Vec<String> = p
        .negotiators
        .iter()
        .filter_map(|id| store.actor(id))
        .map(|a| format!("{} ({})", a.name, a.role))
        .collect();
    html! {
        <div class={classes!("side-head", format!("side-{}", side_class(&page, &p.id)))}>
            <span class="side-name">{&p.name}</span>
            if !leads.is_empty() {
                <span class="side-leads">{format!("Led by {}", leads.join(", "))}</span>
            } else if props.note_no_lead {
                <span class="side-leads muted">{"No lead named in the sources"}</span>
            }
        </div>
    }
}
