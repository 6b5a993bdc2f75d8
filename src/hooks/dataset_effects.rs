//! The dataset switcher's browser side, for the shell: reopen the tab's dataset after a
//! reload, take a file dropped anywhere on the page, and start a newly chosen dataset at its
//! briefing.

use crate::browser::file::{on_window_file_drop, take_dropped};
use crate::context::DataCtx;
use crate::routes::{Route, View};
use crate::state::dataset::{use_dataset, LoadStatus};
use yew::prelude::*;
use yew_router::prelude::*;

/// Runs in the shell, inside the router and the dataset provider. Effects only run in the
/// browser, so the server render is unchanged.
#[hook]
pub fn use_dataset_effects() {
    let ctl = use_dataset();
    {
        let ctl = ctl.clone();
        use_effect_with((), move |_| {
            ctl.restore();
            // A file dropped on the static page before this app started.
            if let Some(file) = take_dropped() {
                ctl.open_file(file);
            }
            let drop_ctl = ctl.clone();
            let listeners = on_window_file_drop(move |file| drop_ctl.open_file(file));
            move || drop(listeners)
        });
    }
    // A dataset the reader just chose (or leaving one) starts at its briefing: the page on
    // screen belonged to the other dataset. A dataset restored after a reload keeps the URL.
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let first = use_mut_ref(|| true);
    use_effect_with(DataCtx::new(ctl.state().store.clone()), move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        let restored = matches!(
            ctl.state().status,
            LoadStatus::Opened { restored: true, .. }
        );
        let on_data_page = route.is_some_and(|r| r.split().1 == View::Data);
        if !restored && !on_data_page {
            if let Some(navigator) = navigator {
                navigator.push(&Route::Home);
            }
        }
    });
}
