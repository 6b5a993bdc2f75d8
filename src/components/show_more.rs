//! Paging for long lists: a page shows the first items and a button adds the next batch, so a
//! large dataset never renders thousands of rows at once. Batches are larger than any list of
//! the built-in dataset, so its prerendered pages hold everything.

use yew::prelude::*;

/// How many items of a list to render, starting at `step` and growing by it.
#[hook]
pub fn use_batch(step: usize) -> UseStateHandle<usize> {
    use_state(move || step)
}

#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    /// Items in the list.
    pub total: usize,
    /// The batch state from [`use_batch`].
    pub shown: UseStateHandle<usize>,
    /// Items added per click (the `step` given to [`use_batch`]).
    pub step: usize,
    /// What the items are, plural ("events").
    pub noun: AttrValue,
}

/// "Showing 100 of 4700 events · Show 100 more · Show all". Renders nothing when all fit.
#[component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    let shown = *props.shown;
    if props.total <= shown {
        return html! {};
    }
    let more = {
        let state = props.shown.clone();
        let step = props.step;
        Callback::from(move |_: MouseEvent| state.set(*state + step))
    };
    let all = {
        let state = props.shown.clone();
        let total = props.total;
        Callback::from(move |_: MouseEvent| state.set(total))
    };
    let next = props.step.min(props.total - shown);
    html! {
        <div class="show-more">
            <p>{format!("Showing {} of {} {}.", shown, props.total, props.noun)}</p>
            <button type="button" class="button" onclick={more}>{format!("Show {next} more")}</button>
            <button type="button" class="button" onclick={all}>{"Show all"}</button>
        </div>
    }
}
