//! Keeps the document in step with the route: title, scroll position and focus, as a page
//! load would. Effects only, so the server and the first browser render stay identical.

use crate::browser::dom;
use crate::context::DataCtx;
use crate::routes::{page_meta, Route};
use yew::prelude::*;
use yew_router::prelude::*;

/// Runs in the shell, inside the router and the dataset context.
#[hook]
pub fn use_document_sync() {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let data = use_context::<DataCtx>().expect("dataset provided by the shell");
    let first = use_mut_ref(|| true);
    use_effect_with((route, data), move |(route, data)| {
        let (title, _) = page_meta(&data.store, route);
        dom::set_title(&title);
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            // First run: the full app has rendered; it takes over from the static page.
            crate::browser::workshop::take_over();
            dom::mark_live("workshop");
        } else {
            // A new page: start at its top (or at the place its fragment names) and move focus
            // to it. A page that focused something itself (the search box) keeps it.
            let anchor = dom::fragment();
            if (anchor.is_empty() || !dom::scroll_to_anchor(&anchor))
                && !dom::focus_is_inside_main()
            {
                dom::scroll_to_top();
                dom::focus_id("main");
            }
        }
    });
}
