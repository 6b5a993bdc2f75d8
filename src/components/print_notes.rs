//! The page's citations as numbered notes, for print only: on paper a `[n]` marker cannot be
//! hovered, so every source it points to is listed at the end, with the passages cited.

use crate::context::use_page;
use crate::pages::home::KEY_MEASURES;
use crate::routes::View;
use counterpoint_core::export::citation::source_reference;
use counterpoint_core::analysis::figures::key_measures;
use counterpoint_core::view::notes::{self, CitedSource};
use yew::prelude::*;

/// The sources cited on the current page (see [`page_cites`]).
fn cited<'a>(
    page: &'a crate::context::PageCtx,
    pinned: &[counterpoint_core::my_briefing::PinnedItem],
) -> Vec<CitedSource<'a>> {
    let snap = page.snapshot();
    match &page.view {
        View::Home => notes::briefing(snap, &key_measures(&snap, &KEY_MEASURES)),
        View::Topic(id) => notes::topic(snap, id),
        View::Timeline => notes::timeline(snap),
        View::Figures => notes::figures(snap),
        View::People => notes::people(snap),
        View::Contested => notes::contested(snap),
        View::MyBriefing => notes::my_briefing(snap, pinned),
        View::Changes(pair) => {
            notes::changes(snap, pair.as_ref().map(|(a, b)| (a.as_str(), b.as_str())))
        }
        // These pages carry no citation markers.
        View::Compare
        | View::Sources
        | View::Source(_)
        | View::Coverage
        | View::Search
        | View::Data
        | View::NotFound => Vec::new(),
    }
}

/// Rendered on every page, shown only in print (`.print-only`).
#[component]
pub fn PrintNotes() -> Html {
    let page = use_page();
    let store = page.store();
    // The reader's pins, for `/my/` (empty until the browser has read them).
    let my = crate::components::my_briefing_ctx::use_my_briefing();
    let pinned = my
        .as_ref()
        .and_then(|m| {
            m.state()
                .doc
                .datasets
                .get(&store.data.id)
                .map(|b| b.items.clone())
        })
        .unwrap_or_default();
    let notes = cited(&page, &pinned);
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="print-notes print-only" aria-labelledby="print-notes-h">
            <h2 id="print-notes-h">{"Sources cited on this page"}</h2>
            <ol class="print-notes-list">
                { for notes.iter().map(|n| html! {
                    <li class="print-note" data-n={n.number.to_string()}>
                        <span class="print-note-n">{format!("[{}]", n.number)}</span>{" "}
                        <span class="print-note-ref">{source_reference(store, n.source)}</span>
                        <ul class="print-note-excerpts">
                            { for n.excerpts.iter().map(|e| html! { <li>{format!("“{e}”")}</li> }) }
                        </ul>
                    </li>
                }) }
            </ol>
        </section>
    }
}
