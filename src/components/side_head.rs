//! A party's column header: its name and who leads its delegation.

use crate::components::quote::side_class;
use crate::context::use_page;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SideHeadProps {
    pub party: AttrValue,
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
            }
        </div>
    }
}
