//! "Since your last visit": remembers in localStorage the newest briefing the reader has seen
//! and, when a newer one exists on a later visit, links to what changed between the two. On a
//! first visit it only remembers.
//!
//! The notice is written into the briefing page hidden, with the dataset's briefings in data
//! attributes; [`start`] (run by the islands binary at page start, a plain function rather
//! than a Yew island: it needs no rendering, and costs a fraction of the bytes) fills in the
//! link and shows it. With JavaScript off it stays hidden.

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

/// Fills in and shows the notice of the page, if any: only when the reader's remembered
/// briefing is an older one of this dataset. Remembers the newest in any case.
pub fn start() {
    use crate::browser::storage::{self, Area};
    let Some(p) = gloo::utils::document()
        .query_selector("[data-last-visit]")
        .ok()
        .flatten()
    else {
        return;
    };
    let attr = |name: &str| p.get_attribute(name).unwrap_or_default();
    let briefings = attr("data-briefings");
    let briefings: Vec<&str> = briefings.split_whitespace().collect();
    let Some(latest) = briefings.last() else {
        return;
    };
    let key = format!("{KEY_PREFIX}{}", attr("data-last-visit"));
    let seen = storage::get(Area::Local, &key).ok().flatten();
    let pos = |id: &str| briefings.iter().position(|b| *b == id);
    if let Some(seen) = seen.filter(|s| pos(s).is_some_and(|i| Some(i) < pos(latest))) {
        let href = format!("{}/changes/{seen}/{latest}/", attr("data-base"));
        if let Ok(Some(a)) = p.query_selector("a") {
            let _ = a.set_attribute("href", &href);
        }
        let _ = p.remove_attribute("hidden");
    }
    let _ = storage::set(Area::Local, &key, latest);
}
