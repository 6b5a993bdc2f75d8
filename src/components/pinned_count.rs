//! The number of items the reader pinned, beside "My briefing" in the navigation. Known only
//! once their storage has been read, so the server and first browser render show nothing.
//!
//! An island: it shares the binary's My briefing store with the page's pin buttons.

use crate::state::my_briefing::use_my_briefing;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct PinnedCountProps {
    /// Id of the dataset on screen (the reader keeps one briefing per dataset).
    pub dataset: String,
}

#[component]
pub fn PinnedCount(props: &PinnedCountProps) -> Html {
    let my = use_my_briefing(&props.dataset);
    let n = my.count();
    if !my.state().loaded || n == 0 {
        return html! {};
    }
    html! {
        <span class="nav-count"><span class="sr-only">{" ("}</span>{n}<span class="sr-only">{" pinned)"}</span></span>
    }
}
