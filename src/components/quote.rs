//! A verbatim quote with speaker, role, date, venue, source and our notes on it.

use crate::components::cite::Cites;
use crate::components::island::Pin;
use crate::context::use_page;
use counterpoint_core::my_briefing::ItemKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    /// Quote id.
    pub id: AttrValue,
    /// Hide the speaker line (when the context already names the speaker).
    #[prop_or_default]
    pub compact: bool,
    /// Show the "Pin to my briefing" button (not where the quote is already shown as pinned).
    #[prop_or(true)]
    pub pin: bool,
}

#[component]
pub fn QuoteBlock(props: &QuoteProps) -> Html {
    let page = use_page();
    let store = page.store();
    let Some(q) = store.quote(&props.id) else {
        return html! {};
    };
    let speaker = store.actor(&q.speaker);
    let side = speaker.map(|a| a.side.clone()).unwrap_or_default();
    // Other outlets' renderings of the same statement (indexed once per dataset).
    let renderings = store.renderings(q).count();
    html! {
        <figure class={classes!("quote", format!("side-{}", side_class(&page, &side)))} id={format!("quote-{}", q.id)}>
            <blockquote><p>{quoted(&q.text, q.fragment)}</p></blockquote>
            <figcaption>
                if let Some(a) = speaker {
                    <span class="who">{&a.name}</span>
                    <span class="role">{format!(", {}", a.role)}</span>
                }
                <span class="when">{format!(" · {} · {}", q.said.human(), q.venue)}</span>
                if q.fragment {
                    <span class="quote-fragment">{" · part of a sentence in the source"}</span>
                }
                <Cites cites={q.cites.clone()} />
                <crate::components::link_here::LinkHere anchor={format!("quote-{}", q.id)} label="Link to this quote" />
                <crate::components::island::QuoteCitation quote={q.id.clone()} />
                if props.pin {
                    <Pin kind={ItemKind::Quote} id={AttrValue::from(q.id.clone())} />
                }
            </figcaption>
            if renderings > 0 {
                <p class="quote-note">{format!("Rendered differently by {} other outlet{}: see contested claims.", renderings, if renderings == 1 { "" } else { "s" })}</p>
            }
            for n in q.notes.iter() { <p class="quote-note"><span class="note-label">{"Note: "}</span>{n}</p> }
        </figure>
    }
}

/// The quote in quotation marks; a fragment gets an ellipsis where the source's sentence goes
/// on: before it unless it starts with a capital, after it unless it ends with a stop.
fn quoted(text: &str, fragment: bool) -> String {
    let before = fragment && !text.chars().next().is_some_and(char::is_uppercase);
    let after = fragment && !text.ends_with(['.', '?', '!']);
    format!(
        "“{}{text}{}”",
        if before { "…" } else { "" },
        if after { "…" } else { "" }
    )
}

/// CSS side class of a party id: `a` for the first party, `b` for the second, `ind` otherwise.
pub fn side_class(page: &crate::context::PageCtx, side: &str) -> &'static str {
    match page
        .store()
        .dataset
        .parties
        .iter()
        .position(|p| p.id == side)
    {
        Some(0) => "a",
        Some(1) => "b",
        _ => "ind",
    }
}
