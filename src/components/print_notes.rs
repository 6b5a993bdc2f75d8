//! The page's citations as numbered notes, for print only: on paper a `[n]` marker cannot be
//! hovered, so every source it points to is listed at the end, with the passages cited. Each
//! page renders it from the notes of its own view model.

use counterpoint_core::view::PrintNote;
use yew::prelude::*;

/// Props of [`PrintNotes`].
#[derive(Properties, PartialEq)]
pub struct PrintNotesProps {
    /// The page's notes, by marker number.
    pub notes: Vec<PrintNote>,
}

/// Rendered at the end of a page, shown only in print (`.print-only`). Nothing when the page
/// cites nothing.
#[component]
pub fn PrintNotes(props: &PrintNotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="print-notes print-only" aria-labelledby="print-notes-h">
            <h2 id="print-notes-h">{"Sources cited on this page"}</h2>
            <ol class="print-notes-list">
                for n in &props.notes {
                    <li class="print-note" data-n={n.number.to_string()}>
                        <span class="print-note-n">{format!("[{}]", n.number)}</span>{" "}
                        <span class="print-note-ref">{&n.reference}</span>
                        <ul class="print-note-excerpts">
                            for e in &n.lines { <li>{e}</li> }
                        </ul>
                    </li>
                }
            </ol>
        </section>
    }
}
