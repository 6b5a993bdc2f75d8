//! One party's stance on one point: our summary, the supporting quotes and citations.

use crate::components::cite::Cites;
use crate::components::quote::{side_class, QuoteBlock};
use crate::context::use_page;
use counterpoint_core::model::Stance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StanceProps {
    pub party: AttrValue,
    pub stance: Option<Stance>,
}

#[component]
pub fn StanceCell(props: &StanceProps) -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let party = page
        .store()
        .party(&props.party)
        .map(|p| p.short_name.clone())
        .unwrap_or_default();
    let class = classes!(
        "stance",
        format!("side-{}", side_class(&page, &props.party))
    );
    let Some(s) = &props.stance else {
        return html! {
            <div class={classes!(class, "silent")}>
                <span class="side-label">{&party}</span>
                <p class="muted">{"Nothing on record from this side by this date."}</p>
            </div>
        };
    };
    let quotes: Vec<_> = snap
        .quotes(&s.quotes)
        .into_iter()
        .map(|q| q.id.clone())
        .collect();
    html! {
        <div class={classes!(class, s.silent.then_some("silent"))}>
            <span class="side-label">{&party}<span class="stance-date">{format!(" · {}", s.date.human())}</span></span>
            <p>{&s.text}<Cites cites={s.cites.clone()} /></p>
            <crate::components::editor_note::EditorNote note={s.editor_note.clone()} />
            for id in quotes.into_iter() { <QuoteBlock id={AttrValue::from(id)} /> }
        </div>
    }
}
