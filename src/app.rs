//! The full app (the "workshop") and its shell. The prerenderer renders [`ServerApp`] for one
//! URL into a static page, whose islands the islands binary hydrates; the workshop, loaded on
//! demand, renders [`App`] afresh over that page and takes over navigation.

use crate::browser::{dom, workshop};
use crate::components::layout::Layout;
use crate::context::{DataCtx, PageCtx, SiteUrl};
use crate::hooks::{use_dataset_effects, use_document_sync};
use crate::pages;
use crate::routes::{Route, View};
use crate::state::dataset::{use_dataset, DatasetCtl, DatasetState};
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
        View::Commitments => html! { <pages::commitments::CommitmentsPage /> },
        View::Raised => html! { <pages::raised::RaisedPage /> },
        View::Numbers => html! { <pages::numbers::NumbersPage /> },
        View::Search => html! { <pages::search::SearchPage /> },
        View::Data => html! { <pages::data::DataPage /> },
        View::MyBriefing => html! { <pages::my_briefing::MyBriefingPage /> },
        View::Glossary => html! { <pages::glossary::GlossaryPage /> },
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
    // One context (and search index) per dataset, not per render.
    let data = (*use_memo(store, |s| DataCtx::new(s.clone()))).clone();
    html! {
        <ContextProvider<DataCtx> context={data}>
            <ShellBody />
        </ContextProvider<DataCtx>>
    }
}

/// Everything inside the dataset context: the shell's effects and the page for the route.
#[component]
fn ShellBody() -> Html {
    use_dataset_effects();
    use_document_sync();
    html! { <Switch<Route> render={switch} /> }
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
#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// Path of the page, without the base path, e.g. `/topics/tariffs/`.
    pub path: AttrValue,
    /// Base path the site is served under, e.g. `/counterpoint` (empty for the root).
    #[prop_or_default]
    pub basename: AttrValue,
    /// The site's public address (`--site-url`), written into the Cite references.
    #[prop_or_default]
    pub site: SiteUrl,
}

/// The application rendered for one URL on the server (prerendering).
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(format!("{}{}", props.basename, props.path));
    let basename = (!props.basename.is_empty()).then(|| props.basename.clone());
    let dataset = DatasetCtl(use_reducer(DatasetState::embedded));
    html! {
        <ContextProvider<SiteUrl> context={props.site.clone()}>
            <ContextProvider<DatasetCtl> context={dataset}>
                <Router {history} {basename}>
                    <Shell />
                </Router>
            </ContextProvider<DatasetCtl>>
        </ContextProvider<SiteUrl>>
    }
}

/// Starts the workshop in the browser, over whatever static page is showing. A static page
/// cannot be hydrated once its islands have changed it (and the host's fallback page,
/// `404.html`, was rendered for another URL anyway), so the app renders afresh for the address
/// in the bar, into a hidden root beside the static page: the reader keeps reading (and
/// typing) in the static page until the app's first render is done, then the app takes over
/// (`workshop::take_over`): the islands unmount, the static page goes, the app shows.
pub fn start() {
    #[cfg(feature = "embed")]
    mount();
    // The built-in dataset is a static file of the site (cached by the service worker), not
    // part of this binary: fetch and check it first. If it cannot be had, the static page and
    // its islands simply stay.
    #[cfg(not(feature = "embed"))]
    wasm_bindgen_futures::spawn_local(async {
        use counterpoint_core::model::{install_builtin, BUILTIN_FILE};
        let url = workshop::builtin_dataset_url().unwrap_or_else(|| {
            format!(
                "{}datasets/{BUILTIN_FILE}",
                dom::site_base().unwrap_or_default()
            )
        });
        let loaded = crate::browser::fetch::fetch_same_origin_text(&url)
            .await
            .and_then(|text| {
                install_builtin(&text)
                    .map(drop)
                    .map_err(|p| format!("{} problems in {url}", p.len()))
            });
        match loaded {
            Ok(()) => mount(),
            Err(why) => {
                dom::set_root_attribute("data-workshop", Some("failed"));
                web_sys::console::warn_1(&format!("the full app cannot start: {why}").into());
            }
        }
    });
}

/// Renders the app into its hidden root; it takes over after its first render.
fn mount() {
    dom::set_root_attribute("data-workshop", Some("running"));
    let root = workshop::app_root();
    yew::Renderer::<App>::with_root(root).render();
    // The offline service worker is registered by every page's start script (index.html).
}
