//! A topic's status as a labelled badge.

use counterpoint_core::model::Status;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: Status,
}

#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let s = props.status;
    html! { <span class={classes!("status", format!("status-{}", s.slug()))}>{s.label()}</span> }
}
