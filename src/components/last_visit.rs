//! "Since your last visit": remembers in localStorage the newest briefing the reader has seen
//! and, when a newer one exists on a later visit, links to what changed between the two. On a
//! first visit it only remembers. An island: the briefings and the addresses are in its props.

use crate::browser::storage::{self, Area};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

/// localStorage key prefix; the dataset id follows.
pub const KEY_PREFIX: &str = "counterpoint.last-briefing.";

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct LastVisitProps {
    pub dataset: String,
    /// Briefing ids, oldest first; the last is the newest.
    pub briefings: Vec<String>,
    /// Title of the newest briefing.
    pub latest_title: String,
    /// The site's base path (`/counterpoint` or empty).
    pub base: String,
}

#[component]
pub fn LastVisit(props: &LastVisitProps) -> Html {
    // The older briefing seen last, once the effect has read it (never while prerendering).
    let since = use_state(|| None::<String>);
    {
        let (since, props) = (since.clone(), props.clone());
        use_effect_with((), move |_| {
            let key = format!("{KEY_PREFIX}{}", props.dataset);
            let Some(latest) = props.briefings.last() else {
                return;
            };
            let seen = storage::get(Area::Local, &key).ok().flatten();
            let pos = |id: &str| props.briefings.iter().position(|b| b == id);
            if let Some(seen) = seen {
                if pos(&seen).is_some_and(|p| Some(p) < pos(latest)) {
                    since.set(Some(seen));
                }
            }
            let _ = storage::set(Area::Local, &key, latest);
        });
    }
    let (Some(from), Some(latest)) = ((*since).clone(), props.briefings.last()) else {
        return html! {};
    };
    let href = format!("{}/changes/{from}/{latest}/", props.base);
    html! {
        <p class="last-visit" role="status">
            <strong>{"Since your last visit: "}</strong>
            {format!("a newer briefing, “{}”. ", props.latest_title)}
            <a {href}>{"See what changed"}</a>
        </p>
    }
}
