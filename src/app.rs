//! Routes and the application shell. The browser renders [`App`]; the prerenderer renders
//! [`ServerApp`] for one URL. Both produce the same tree, so the browser hydrates the HTML.

use crate::analysis::Snapshot;
use crate::components::layout::Layout;
use crate::model::Store;
use crate::pages;
use crate::switcher::{use_dataset, DatasetCtl, DatasetEffects, DatasetState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

/// Every URL of the site. Each page exists at the top level (the latest briefing) and under
/// `/as-of/:briefing/` (an earlier snapshot). Paths end in `/` so that a static host serves
/// the prerendered `…/index.html` directly.
#[derive(Clone, Routable, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/topics/:id/")]
    Topic { id: String },
    #[at("/compare/")]
    Compare,
    #[at("/sources/")]
    Sources,
    #[at("/sources/:id/")]
    Source { id: String },
    #[at("/timeline/")]
    Timeline,
    #[at("/figures/")]
    Figures,
    #[at("/people/")]
    People,
    #[at("/contested/")]
    Contested,
    #[at("/coverage/")]
    Coverage,
    #[at("/search/")]
    Search,
    #[at("/changes/")]
    Changes,
    #[at("/changes/:from/:to/")]
    ChangesBetween { from: String, to: String },
    /// Which dataset is showing; open another.
    #[at("/data/")]
    Data,
    /// The reader's own briefing (stored in the browser; one page for every snapshot).
    #[at("/my/")]
    MyBriefing,
    #[at("/as-of/:briefing/")]
    HomeAt { briefing: String },
    #[at("/as-of/:briefing/topics/:id/")]
    TopicAt { briefing: String, id: String },
    #[at("/as-of/:briefing/compare/")]
    CompareAt { briefing: String },
    #[at("/as-of/:briefing/sources/")]
    SourcesAt { briefing: String },
    #[at("/as-of/:briefing/sources/:id/")]
    SourceAt { briefing: String, id: String },
    #[at("/as-of/:briefing/timeline/")]
    TimelineAt { briefing: String },
    #[at("/as-of/:briefing/figures/")]
    FiguresAt { briefing: String },
    #[at("/as-of/:briefing/people/")]
    PeopleAt { briefing: String },
    #[at("/as-of/:briefing/contested/")]
    ContestedAt { briefing: String },
    #[at("/as-of/:briefing/coverage/")]
    CoverageAt { briefing: String },
    #[at("/as-of/:briefing/search/")]
    SearchAt { briefing: String },
    #[not_found]
    #[at("/404/")]
    NotFound,
}

/// A page, independent of the snapshot it is seen in.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum View {
    Home,
    Topic(String),
    Compare,
    Sources,
    Source(String),
    Timeline,
    Figures,
    People,
    Contested,
    Coverage,
    Search,
    /// What changed between two briefings (`None`: the first and the latest).
    Changes(Option<(String, String)>),
    /// The dataset page: what is showing, open another.
    Data,
    /// The reader's own briefing.
    MyBriefing,
    NotFound,
}

impl Route {
    /// The snapshot (briefing id, `None` for the latest) and the page.
    pub fn split(self) -> (Option<String>, View) {
        match self {
            Route::Home => (None, View::Home),
            Route::Topic { id } => (None, View::Topic(id)),
            Route::Compare => (None, View::Compare),
            Route::Sources => (None, View::Sources),
            Route::Source { id } => (None, View::Source(id)),
            Route::Changes => (None, View::Changes(None)),
            Route::ChangesBetween { from, to } => (None, View::Changes(Some((from, to)))),
            Route::HomeAt { briefing } => (Some(briefing), View::Home),
            Route::TopicAt { briefing, id } => (Some(briefing), View::Topic(id)),
            Route::CompareAt { briefing } => (Some(briefing), View::Compare),
            Route::SourcesAt { briefing } => (Some(briefing), View::Sources),
            Route::SourceAt { briefing, id } => (Some(briefing), View::Source(id)),
            Route::Timeline => (None, View::Timeline),
            Route::TimelineAt { briefing } => (Some(briefing), View::Timeline),
            Route::Figures => (None, View::Figures),
            Route::FiguresAt { briefing } => (Some(briefing), View::Figures),
            Route::People => (None, View::People),
            Route::PeopleAt { briefing } => (Some(briefing), View::People),
            Route::Contested => (None, View::Contested),
            Route::ContestedAt { briefing } => (Some(briefing), View::Contested),
            Route::Coverage => (None, View::Coverage),
            Route::CoverageAt { briefing } => (Some(briefing), View::Coverage),
            Route::Search => (None, View::Search),
            Route::SearchAt { briefing } => (Some(briefing), View::Search),
            Route::Data => (None, View::Data),
            Route::MyBriefing => (None, View::MyBriefing),
            Route::NotFound => (None, View::NotFound),
        }
    }
}

impl View {
    /// The route of this page in a snapshot (`None`: the latest briefing).
    pub fn at(&self, briefing: Option<&str>) -> Route {
        let b = |s: &str| s.to_string();
        match (self, briefing) {
            (View::Home, None) => Route::Home,
            (View::Topic(id), None) => Route::Topic { id: id.clone() },
            (View::Compare, None) => Route::Compare,
            (View::Sources, None) => Route::Sources,
            (View::Source(id), None) => Route::Source { id: id.clone() },
            (View::Home, Some(s)) => Route::HomeAt { briefing: b(s) },
            (View::Topic(id), Some(s)) => Route::TopicAt {
                briefing: b(s),
                id: id.clone(),
            },
            (View::Compare, Some(s)) => Route::CompareAt { briefing: b(s) },
            (View::Sources, Some(s)) => Route::SourcesAt { briefing: b(s) },
            (View::Source(id), Some(s)) => Route::SourceAt {
                briefing: b(s),
                id: id.clone(),
            },
            (View::Timeline, None) => Route::Timeline,
            (View::Timeline, Some(s)) => Route::TimelineAt { briefing: b(s) },
            (View::Figures, None) => Route::Figures,
            (View::Figures, Some(s)) => Route::FiguresAt { briefing: b(s) },
            (View::People, None) => Route::People,
            (View::People, Some(s)) => Route::PeopleAt { briefing: b(s) },
            (View::Contested, None) => Route::Contested,
            (View::Contested, Some(s)) => Route::ContestedAt { briefing: b(s) },
            (View::Coverage, None) => Route::Coverage,
            (View::Coverage, Some(s)) => Route::CoverageAt { briefing: b(s) },
            (View::Search, None) => Route::Search,
            (View::Search, Some(s)) => Route::SearchAt { briefing: b(s) },
            // Comparisons span two snapshots, so they live outside any one.
            (View::Changes(None), _) => Route::Changes,
            (View::Changes(Some((from, to))), _) => Route::ChangesBetween {
                from: from.clone(),
                to: to.clone(),
            },
            // The dataset page is about the whole file, not a snapshot.
            (View::Data, _) => Route::Data,
            (View::MyBriefing, _) => Route::MyBriefing,
            (View::NotFound, _) => Route::NotFound,
        }
    }
}

/// The dataset on screen. Compared by pointer: a new dataset is a new `Rc`.
#[derive(Clone)]
pub struct DataCtx(pub Rc<Store>);

impl PartialEq for DataCtx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What every component of a page needs: the dataset and the snapshot being read.
#[derive(Clone, PartialEq)]
pub struct PageCtx {
    pub data: DataCtx,
    /// `None` for the latest briefing (canonical, unprefixed URLs).
    pub briefing: Option<AttrValue>,
    pub view: View,
}

impl PageCtx {
    /// The snapshot this page shows. Always valid: unknown briefings never reach a page.
    pub fn snapshot(&self) -> Snapshot<'_> {
        Snapshot::of_briefing(&self.data.0, self.briefing.as_deref())
            .or_else(|| Snapshot::of_briefing(&self.data.0, None))
            .expect("a dataset has at least one briefing")
    }
    /// The route of `view` in this page's snapshot.
    pub fn route(&self, view: View) -> Route {
        view.at(self.briefing.as_deref())
    }
    pub fn store(&self) -> &Store {
        &self.data.0
    }
}

/// The page context; every page component is rendered inside one.
#[hook]
pub fn use_page() -> PageCtx {
    use_context::<PageCtx>().expect("rendered inside a page")
}

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
        View::Home => html! { <pages::home::Home /> },
        View::Topic(id) => html! { <pages::topic::TopicPage id={id.clone()} /> },
        View::Compare => html! { <pages::compare::Compare /> },
        View::Sources => html! { <pages::sources::Sources /> },
        View::Source(id) => html! { <pages::source::SourcePage id={id.clone()} /> },
        View::Changes(pair) => html! { <pages::changes::ChangesPage pair={pair.clone()} /> },
        View::Timeline => html! { <pages::timeline::Timeline /> },
        View::Figures => html! { <pages::figures::Figures /> },
        View::People => html! { <pages::people::People /> },
        View::Contested => html! { <pages::contested::Contested /> },
        View::Coverage => html! { <pages::coverage::CoveragePage /> },
        View::Search => html! { <pages::search::SearchPage /> },
        View::Data => html! { <pages::data::DataPage /> },
        View::MyBriefing => html! { <pages::my_briefing::MyBriefingPage /> },
        View::NotFound => html! { <pages::not_found::NotFound /> },
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
        let (title, _) = crate::meta::page_meta(&data.0, route);
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
