//! "Since your last visit": remembers in localStorage the newest briefing the reader has seen
//! and, when a newer one exists on a later visit, links to what changed between the two. On a
//! first visit it only remembers.
//!
//! The notice is written into the briefing page hidden, with the dataset's briefings in data
//! attributes; the page's start script (index.html, `lastVisit`) fills in the link and shows
//! it, and remembers the newest: a few lines of plain script rather than the islands binary,
//! so that a reader who only reads never downloads it. With JavaScript off it stays hidden.

use crate::context::{use_base_path, use_page};
use yew::prelude::*;

/// localStorage key prefix; the dataset id follows.
pub const KEY_PREFIX: &str = "counterpoint.last-briefing.";

/// The hidden notice, for [`start`] to fill in.
#[component]
pub fn LastVisitNotice() -> Html {
    let page = use_page();
    let base = use_base_path();
    let d = &page.store().dataset;
    let Some(latest) = d.briefings.last() else {
        return html! {};
    };
    let briefings = d
        .briefings
        .iter()
        .map(|b| b.id.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <p class="last-visit" role="status" hidden={true} data-last-visit={d.id.clone()} data-briefings={briefings} data-base={base}>
            <strong>{"Since your last visit: "}</strong>
            {format!("a newer briefing, “{}”. ", latest.title)}
            <a href="">{"See what changed"}</a>
        </p>
    }
}
