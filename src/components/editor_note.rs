//! An editor's note: outside knowledge or an inference of ours, set apart from what the
//! sources say so that nobody takes it for sourced.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorNoteProps {
    /// The note; nothing is rendered without one.
    #[prop_or_default]
    pub note: Option<String>,
}

/// "Editor’s note — not from the sources: …". A `span` shown as a block, so that it fits
/// inside a paragraph or a list item alike.
#[component]
pub fn EditorNote(props: &EditorNoteProps) -> Html {
    let Some(note) = props.note.as_deref().filter(|n| !n.trim().is_empty()) else {
        return html! {};
    };
    html! {
        <span class="editor-note" role="note">
            <span class="editor-note-label">{"Editor’s note — not from the sources: "}</span>
            {note.to_string()}
        </span>
    }
}
