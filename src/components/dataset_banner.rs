//! Under the header: which dataset is showing when it is not the built-in one, and the outcome
//! of the last attempt to open one (in progress, opened, refused with its problems).

use crate::components::load_problems::LoadProblems;
use crate::routes::{Route, View};
use crate::state::dataset::{use_dataset, LoadStatus, Progress};
use yew::prelude::*;
use yew_router::prelude::*;

/// Problems shown in the banner; the Dataset page shows them all.
const BANNER_PROBLEMS: usize = 5;

#[component]
pub fn DatasetBanner() -> Html {
    let ctl = use_dataset();
    let state = ctl.state();
    let dismiss = {
        let ctl = ctl.clone();
        Callback::from(move |_: MouseEvent| ctl.dismiss())
    };
    let back = {
        let ctl = ctl.clone();
        Callback::from(move |_: MouseEvent| ctl.use_embedded())
    };
    let status = match &state.status {
        LoadStatus::Idle => html! {},
        LoadStatus::Loading(origin) => html! {
            <p class="load-status loading">{format!("Opening {}…", origin.describe())}</p>
        },
        LoadStatus::Opened { restored: true, .. } => html! {},
        LoadStatus::Opened {
            origin,
            kept,
            on_page,
            ..
        } => html! {
            <div class="load-status opened">
                <p>
                    {format!("Opened “{}” from {}.", state.store.dataset.title, origin.describe())}
                    if !*kept {
                        {" It is too large for this browser to keep: after a reload the built-in dataset returns, and you can open the file again."}
                    }
                    if let Some(why) = on_page {
                        {format!(" It was checked on this page, not in the background ({why}).")}
                    }
                </p>
                <button type="button" class="button small" onclick={dismiss.clone()}>{"Dismiss"}</button>
            </div>
        },
        LoadStatus::Failed { origin, problems } => html! {
            <div class="load-status failed">
                <p>
                    <strong>{format!("{} was not opened", capitalise(&origin.describe()))}</strong>
                    {format!(": {} problem{} found. The dataset on screen has not changed.", problems.len(), if problems.len() == 1 { "" } else { "s" })}
                </p>
                <LoadProblems problems={problems.clone()} limit={BANNER_PROBLEMS} />
                <p class="load-actions">
                    <Link<Route> to={View::Data.at(None)}>{"Dataset page"}</Link<Route>>
                    <button type="button" class="button small" onclick={dismiss}>{"Dismiss"}</button>
                </p>
            </div>
        },
    };
    html! {
        <section class="dataset-banner" aria-label="Dataset on screen">
            if !state.origin.is_embedded() {
                <div class="wrap showing-other">
                    <p>
                        {"You are reading "}<strong>{&state.store.dataset.title}</strong>
                        {format!(", opened from {}. ", state.origin.describe())}
                    </p>
                    <button type="button" class="button small" onclick={back}>{"Return to the built-in dataset"}</button>
                </div>
            }
            // One live region, present from the first render, so screen readers announce changes.
            <div class="wrap" role="status" aria-live="polite">{status}</div>
            // Outside the live region: the steps are announced, not every part decoded.
            if let Some(p) = &state.progress {
                <LoadProgress progress={p.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LoadProgressProps {
    progress: Progress,
}

/// Opening a large dataset: a bar (indeterminate until the number of parts is known) and the
/// step in words. The page stays usable meanwhile: checking runs in a worker and the parts are
/// decoded one per task.
#[component]
fn LoadProgress(props: &LoadProgressProps) -> Html {
    let p = &props.progress;
    let label = match p.done {
        Some((done, total)) => format!("{}: part {} of {total}", p.step, done + 1),
        None => format!("{}…", p.step),
    };
    html! {
        <div class="wrap load-progress">
            <span aria-live="polite" class="load-progress-step">{p.step.clone()}</span>
            if let Some((done, total)) = p.done {
                <progress max={total.to_string()} value={done.to_string()} aria-label={label.clone()}>{label.clone()}</progress>
            } else {
                <progress aria-label={label.clone()}>{label.clone()}</progress>
            }
            <span class="load-progress-count" aria-hidden="true">{p.done.map(|(d, t)| format!("{} / {t}", d + 1)).unwrap_or_default()}</span>
        </div>
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
