//! The application shell. The browser renders [`App`]; the prerenderer renders
//! [`ServerApp`] for one URL. Both produce the same tree, so the browser hydrates the HTML.

use crate::browser::{dom, service_worker};
use crate::components::layout::Layout;
use crate::components::shortcuts::Shortcuts;
use crate::context::{DataCtx, PageCtx};
use crate::hooks::{use_dataset_effects, use_document_sync};
use crate::pages;
use crate::routes::{Route, View};
use crate::state::dataset::{use_dataset, DatasetCtl, DatasetState};
use crate::state::my_briefing::MyBriefingProvider;
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
    let latest = data.store.dataset.briefings.last().map(|b| b.id.clone());
    let known = props
        .briefing
        .as_ref()
        .is_none_or(|b| data.store.dataset.briefings.iter().any(|x| &x.id == b));
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
        <ContextProvider<DataCtx> context={DataCtx { store }}>
            <ShellBody />
        </ContextProvider<DataCtx>>
    }
}

/// Everything inside the dataset context: the shell's effects, shortcuts, My briefing and the
/// page for the route.
#[component]
fn ShellBody() -> Html {
    use_dataset_effects();
    use_document_sync();
    html! {
        <>
            <Shortcuts />
            <MyBriefingProvider>
                <Switch<Route> render={switch} />
            </MyBriefingProvider>
        </>
    }
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
    if dom::body_has_attribute("data-fallback") {
        dom::clear_body();
        yew::Renderer::<App>::new().render();
        return;
    }
    #[cfg(feature = "hydration")]
    yew::Renderer::<App>::new().hydrate();
    #[cfg(not(feature = "hydration"))]
    yew::Renderer::<App>::new().render();
    service_worker::register();
}
