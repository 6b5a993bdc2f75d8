//! Routes and the application shell. The browser renders [`App`]; the prerenderer renders
//! [`ServerApp`] for one URL. Both produce the same tree, so the browser hydrates the HTML.

use crate::components::layout::Layout;
use crate::context::{DataCtx, PageCtx};
use crate::pages;
use crate::routes::{Route, View};
use crate::switcher::{use_dataset, DatasetCtl, DatasetEffects, DatasetState};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

fn switch(route: Route) -> Html {
    let (briefing, view) = route.split();
    html! { <Page {briefing} {view} /> }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    briefing: Option<String>,
    view: View,
}

#[component]
fn Page(props: &PageProps) -> Html {
    let data = use_context::<DataCtx>().expect("dataset provided by the shell");
    // The latest briefing's canonical URL has no prefix.
    let latest = data.0.data.briefings.last().map(|b| b.id.clone());
    let known = props
        .briefing
        .as_ref()
        .is_none_or(|b| data.0.data.briefings.iter().any(|x| &x.id == b));
    let (briefing, view) = if known {
        (
            props
                .briefing
                .clone()
                .filter(|b| Some(b) != latest.as_ref())
                .map(AttrValue::from),
            props.view.clone(),
        )
    } else {
        (None, View::NotFound)
    };
    let ctx = PageCtx {
        data,
        briefing,
        view: view.clone(),
    };
    let body = match &view {
        View::Home => html! { <pages::home::HomePage /> },
        View::Topic(id) => html! { <pages::topic::TopicPage id={id.clone()} /> },
        View::Compare => html! { <pages::compare::ComparePage /> },
        View::Sources => html! { <pages::sources::SourcesPage /> },
        View::Source(id) => html! { <pages::source::SourcePage id={id.clone()} /> },
        View::Changes(pair) => html! { <pages::changes::ChangesPage pair={pair.clone()} /> },
        View::Timeline => html! { <pages::timeline::TimelinePage /> },
        View::Figures => html! { <pages::figures::FiguresPage /> },
        View::People => html! { <pages::people::PeoplePage /> },
        View::Contested => html! { <pages::contested::ContestedPage /> },
        View::Coverage => html! { <pages::coverage::CoveragePage /> },
        View::Search => html! { <pages::search::SearchPage /> },
        View::Data => html! { <pages::data::DataPage /> },
        View::MyBriefing => html! { <pages::my_briefing::MyBriefingPage /> },
        View::NotFound => html! { <pages::not_found::NotFoundPage /> },
    };
    html! {
        <ContextProvider<PageCtx> context={ctx}>
            <Layout>{body}</Layout>
        </ContextProvider<PageCtx>>
    }
}

/// Provides the dataset on screen and switches between pages.
#[component]
fn Shell() -> Html {
    let store = use_dataset().state().store.clone();
    html! {
        <ContextProvider<DataCtx> context={DataCtx(store)}>
            <DatasetEffects />
            <DocumentSync />
            <crate::components::shortcuts::Shortcuts />
            <crate::components::my_briefing_ctx::MyBriefingProvider>
                <Switch<Route> render={switch} />
            </crate::components::my_briefing_ctx::MyBriefingProvider>
        </ContextProvider<DataCtx>>
    }
}

/// Keeps the document in step with the route: title, scroll position and focus. Renders
/// nothing; effects run only in the browser, so server and client trees stay identical.
#[component]
fn DocumentSync() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let data = use_context::<DataCtx>().expect("dataset provided by the shell");
    let first = use_mut_ref(|| true);
    use_effect_with((route, data), move |(route, data)| {
        let document = gloo::utils::document();
        let (title, _) = crate::routes::page_meta(&data.0, route);
        document.set_title(&title);
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            // First run: the prerendered page is now live.
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("data-hydrated", "true");
            }
        } else {
            // A new page: start at its top (or at the place its fragment names) and move
            // focus to it, as a page load would.
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let anchor = hash.trim_start_matches('#');
            // A page that focused something itself (the search box) keeps it.
            let page_took_focus = document
                .active_element()
                .is_some_and(|el| el.closest("main").ok().flatten().is_some() && el.id() != "main");
            if (anchor.is_empty() || !scroll_to_anchor(anchor)) && !page_took_focus {
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Some(main) = document.get_element_by_id("main") {
                    if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                        let _ = main.focus();
                    }
                }
            }
        }
    });
    Html::default()
}

/// Scrolls to the element with this id and gives it focus. `false` when there is none.
pub fn scroll_to_anchor(id: &str) -> bool {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else {
        return false;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
    true
}

/// The browser application (hydrates the prerendered page).
#[component]
pub fn App() -> Html {
    let dataset = DatasetCtl(use_reducer(DatasetState::embedded));
    html! {
        <ContextProvider<DatasetCtl> context={dataset}>
            <BrowserRouter>
                <Shell />
            </BrowserRouter>
        </ContextProvider<DatasetCtl>>
    }
}

/// Props of [`ServerApp`].
#[derive(Properties, PartialEq, Eq, Debug)]
pub struct ServerAppProps {
    /// Path of the page, without the base path, e.g. `/topics/tariffs/`.
    pub path: AttrValue,
    /// Base path the site is served under, e.g. `/counterpoint` (empty for the root).
    #[prop_or_default]
    pub basename: AttrValue,
}

/// The application rendered for one URL on the server (prerendering).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(format!("{}{}", props.basename, props.path));
    let basename = (!props.basename.is_empty()).then(|| props.basename.clone());
    let dataset = DatasetCtl(use_reducer(DatasetState::embedded));
    html! {
        <ContextProvider<DatasetCtl> context={dataset}>
            <Router {history} {basename}>
                <Shell />
            </Router>
        </ContextProvider<DatasetCtl>>
    }
}

/// Starts the app in the browser: hydrates a prerendered page, or renders afresh where the
/// page is the host's fallback (`404.html`, served for URLs it has no file for), whose HTML
/// was rendered for another URL and so cannot be hydrated.
pub fn start() {
    let body = gloo::utils::body();
    if body.has_attribute("data-fallback") {
        body.set_inner_html("");
        yew::Renderer::<App>::new().render();
        return;
    }
    #[cfg(feature = "hydration")]
    yew::Renderer::<App>::new().hydrate();
    #[cfg(not(feature = "hydration"))]
    yew::Renderer::<App>::new().render();
    register_service_worker();
}

/// Registers the offline service worker: `sw.js` at the site's base URL (written by the
/// prerenderer with this build's file list), scoped to the base, so the site works under a
/// sub-path. Only where the browser has service workers; a failure costs offline reading
/// only, so it is logged, not shown.
fn register_service_worker() {
    use wasm_bindgen::prelude::*;
    let navigator = gloo::utils::window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let Ok(Some(base)) = gloo::utils::document().base_uri() else {
        return;
    };
    let (Ok(script), Ok(scope)) = (
        web_sys::Url::new_with_base("sw.js", &base),
        web_sys::Url::new_with_base("./", &base),
    ) else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&scope.href());
    let registered = navigator
        .service_worker()
        .register_with_options(&script.href(), &options);
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        web_sys::console::warn_2(&JsValue::from_str("offline reading unavailable:"), &e);
    });
    let _ = registered.catch(&on_error);
    // Called at most once per page load; it must outlive this function.
    on_error.forget();
}
