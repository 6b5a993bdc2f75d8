//! "Copy citation": puts a quote's full citation (words, speaker, date, venue, outlet, title,
//! date, URL, and any problem the source record notes in it) on the clipboard, and says so.
//!
//! An island (see `island::QuoteCitation`): the citation is written into its props when the
//! page is rendered, so the islands binary needs neither the dataset nor the code that formats
//! citations.

use crate::browser::clipboard::copy_text;
use gloo::timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct CopyCitationProps {
    /// The full citation, as it goes on the clipboard.
    pub text: String,
}

/// What the last click did, shown next to the button and announced by screen readers.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Copied,
    Failed,
}

/// How long the feedback stays.
const FEEDBACK_MS: u32 = 2_000;

#[component]
pub fn CopyCitation(props: &CopyCitationProps) -> Html {
    let outcome = use_state(|| None::<Outcome>);
    // The pending reset of the feedback; replaced (so cancelled) by a new click.
    let reset = use_mut_ref(|| None::<Timeout>);
    // The button, for focus to come back to after a fallback copy (under Yew's event
    // delegation, the event's `current_target` is the root, not the button).
    let button = use_node_ref();
    let onclick = {
        let button = button.clone();
        let (outcome, text) = (outcome.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let button = button.cast::<web_sys::HtmlElement>();
            let (outcome, reset) = (outcome.clone(), reset.clone());
            copy_text(text, button, move |copied| {
                outcome.set(Some(if copied {
                    Outcome::Copied
                } else {
                    Outcome::Failed
                }));
                let outcome = outcome.clone();
                *reset.borrow_mut() = Some(Timeout::new(FEEDBACK_MS, move || outcome.set(None)));
            });
        })
    };
    let message = match *outcome {
        Some(Outcome::Copied) => "Copied",
        Some(Outcome::Failed) => "Could not copy: select the quote and copy it by hand",
        None => "",
    };
    html! {
        <span class="copy-cite">
            <button type="button" class="copy-cite-button" ref={button} {onclick}>{"Copy citation"}</button>
            // Always present (empty at rest) so that screen readers announce each change.
            <span class={classes!("copy-cite-status", (*outcome == Some(Outcome::Failed)).then_some("failed"))} role="status">{message}</span>
        </span>
    }
}
