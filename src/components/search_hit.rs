//! Where a search hit leads and how its matched words are marked: shared by the search page
//! and the header's search field.

use crate::context::PageCtx;
use crate::routes::{Route, View};
use counterpoint_core::analysis::search::Kind;
use counterpoint_core::view::search::SearchRow;
use yew::prelude::*;

/// The page and the element id a hit leads to.
pub fn hit_target(page: &PageCtx, row: &SearchRow<'_>) -> (Route, Option<String>) {
    let t = row.hit.targets;
    let first = t.first().cloned().unwrap_or_default();
    match row.hit.kind {
        Kind::Topic => (page.route(View::Topic(first)), None),
        Kind::Stance => (
            page.route(View::Topic(first)),
            t.get(1).map(|p| format!("point-{p}")),
        ),
        Kind::Quote => match t.get(1) {
            Some(topic) => (
                page.route(View::Topic(topic.clone())),
                Some(format!("quote-{first}")),
            ),
            None => (
                page.route(View::People),
                Some(format!("actor-{}", row.speaker.unwrap_or_default())),
            ),
        },
        Kind::Event => (page.route(View::Timeline), Some(format!("event-{first}"))),
        Kind::Figure => (page.route(View::Figures), Some(format!("figure-{first}"))),
        Kind::Actor => (page.route(View::People), Some(format!("actor-{first}"))),
        Kind::Source => (page.route(View::Source(first)), None),
        Kind::Dispute => (
            page.route(View::Contested),
            Some(format!("dispute-{first}")),
        ),
        Kind::Term => (View::Glossary.at(None), Some(first)),
        Kind::Commitment => (
            page.route(View::Commitments),
            Some(format!("commitment-{first}")),
        ),
        Kind::Numbers => (page.route(View::Numbers), Some(format!("numbers-{first}"))),
    }
}

/// `text` with the byte ranges wrapped in `<mark>`.
pub fn marked(text: &str, ranges: &[(usize, usize)]) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    for &(a, b) in ranges {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push(html! { {&text[at..a]} });
        out.push(html! { <mark>{&text[a..b]}</mark> });
        at = b;
    }
    out.push(html! { {&text[at..]} });
    out.into_iter().collect::<Html>()
}
