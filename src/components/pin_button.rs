//! A toggle that pins a topic, quote, event or figure to the reader's "My briefing".
//!
//! Server render and first browser render show it unpinned (the server cannot see the
//! reader's storage); it shows its real state once the briefing has been read.
//!
//! An island: everything comes from its props and the binary's My briefing store.

use crate::state::my_briefing::use_my_briefing;
use counterpoint_core::my_briefing::ItemKind;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct PinButtonProps {
    pub kind: ItemKind,
    /// Id of the item in the dataset.
    pub id: String,
    /// Id of the dataset the item belongs to (the reader keeps one briefing per dataset).
    pub dataset: String,
}

#[component]
pub fn PinButton(props: &PinButtonProps) -> Html {
    let my = use_my_briefing(&props.dataset);
    let state = my.state();
    let pinned = my.is_pinned(props.kind, &props.id);
    let blocked = state.loaded && state.unreadable.is_some();
    let onclick = {
        let (my, kind, id) = (my.clone(), props.kind, props.id.clone());
        Callback::from(move |_: MouseEvent| {
            let my = my.current();
            if !my.ready() {
                return;
            }
            if !my.is_pinned(kind, &id) {
                my.pin(kind, &id);
                return;
            }
            // Unpinning drops the reader's note with the item: ask first.
            let has_note = my
                .state()
                .doc
                .item(&my.dataset, kind, &id)
                .is_some_and(|x| !x.note.trim().is_empty());
            if has_note
                && !crate::browser::dom::confirm(
                    "This item has your note. Unpin it and delete the note?",
                )
            {
                return;
            }
            my.unpin(kind, &id);
        })
    };
    // The accessible name is the visible text plus " to my briefing" ("Pin to my briefing",
    // "Pinned to my briefing"), so that it always contains what is seen (WCAG 2.5.3); the
    // state is aria-pressed, and the tooltip says what a press does.
    let title = if blocked {
        "My briefing cannot be read: open My briefing to see why"
    } else if pinned {
        "Unpin from my briefing"
    } else {
        "Pin to my briefing"
    };
    html! {
        <button
            type="button"
            class={classes!("pin-button", pinned.then_some("pinned"))}
            aria-pressed={pinned.to_string()}
            {title}
            disabled={blocked}
            data-pin={format!("{}:{}", props.kind.slug(), props.id)}
            {onclick}
        >
            <svg class="pin-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path d="M4 1.75h8v12.5l-4-3-4 3z" />
            </svg>
            <span class="pin-text">{if pinned { "Pinned" } else { "Pin" }}</span>
            <span class="sr-only">{" to my briefing"}</span>
        </button>
    }
}
