//! Paging for long lists: a page shows the first items and a button adds the next batch, so a
//! large dataset never renders thousands of rows at once. Batches are larger than any list of
//! the built-in dataset, so its prerendered pages hold everything.
//!
//! What is not rendered must still be reachable: a list renders up to the item its URL fragment
//! names ([`reach`]), and everything while the page is printed (paper has no "Show more"). A
//! page takes its lists' batches, the fragment and whether it is printed from one hook,
//! [`use_paging`].

use crate::hooks::paging::Batch;
#[cfg(doc)]
use crate::hooks::use_paging;
use counterpoint_core::view::PrintNote;
use yew::prelude::*;

/// How many items to render out of `total`: the `batch` shown, stretched by whole steps to
/// include the item at index `target` (the one the fragment names), or all of them while
/// printing.
pub fn reach(
    batch: usize,
    step: usize,
    total: usize,
    target: Option<usize>,
    printing: bool,
) -> usize {
    if printing {
        return total;
    }
    match target {
        Some(i) if i >= batch => (i / step.max(1) + 1) * step.max(1),
        _ => batch,
    }
}

/// Print notes longer than this (in cited passages) are rendered only while printing: on screen
/// they are hidden anyway, and on a large dataset they are thousands of elements. The built-in
/// dataset's pages stay under it, so their prerendered notes are complete.
pub const EAGER_NOTE_PASSAGES: usize = 400;

/// Whether to render the page's print notes now (see [`EAGER_NOTE_PASSAGES`]).
pub fn render_notes(notes: &[PrintNote], printing: bool) -> bool {
    printing || notes.iter().map(|n| n.excerpts.len().max(1)).sum::<usize>() <= EAGER_NOTE_PASSAGES
}

#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    /// Items in the list.
    pub total: usize,
    /// The list's batch (from [`use_paging`]).
    pub batch: Batch,
    /// What the items are, plural ("events").
    pub noun: AttrValue,
    /// Items the page renders when more than the batch (from [`reach`]); 0 for the batch.
    #[prop_or_default]
    pub reach: usize,
}

/// "Showing 100 of 4700 events · Show 100 more · Show all". Renders nothing when all fit.
#[component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    let shown = props.batch.shown().max(props.reach);
    if props.total <= shown {
        return html! {};
    }
    let step = props.batch.step();
    let more = {
        let batch = props.batch.clone();
        Callback::from(move |_: MouseEvent| batch.set(shown + step))
    };
    let all = {
        let batch = props.batch.clone();
        let total = props.total;
        Callback::from(move |_: MouseEvent| batch.set(total))
    };
    let next = step.min(props.total - shown);
    html! {
        <div class="show-more">
            <p>{format!("Showing {} of {} {}.", shown, props.total, props.noun)}</p>
            <button type="button" class="button" onclick={more}>{format!("Show {next} more")}</button>
            <button type="button" class="button" onclick={all}>{"Show all"}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::reach;

    #[test]
    fn reach_stretches_the_batch_by_whole_steps_to_the_target_and_prints_all() {
        assert_eq!(reach(40, 40, 500, None, false), 40);
        assert_eq!(reach(40, 40, 500, Some(39), false), 40);
        assert_eq!(reach(40, 40, 500, Some(40), false), 80);
        assert_eq!(reach(40, 40, 500, Some(130), false), 160);
        assert_eq!(reach(120, 40, 500, Some(10), false), 120);
        assert_eq!(reach(40, 40, 500, None, true), 500);
    }
}
