//! The frame of every page: skip link, header with navigation, the snapshot bar, footer.

use crate::components::island::{PageShortcuts, PinnedCountIsland, ThemeIsland};
use crate::components::site_search::SiteSearch;
use crate::components::snapshot_bar::SnapshotBar;
use crate::context::{use_base_path, use_page};
use crate::routes::titles::NAV;
use crate::routes::{Route, View};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let page = use_page();
    let store = page.store();
    let d = &store.dataset;
    let base = use_base_path();
    let search_action = format!("{base}{}", page.route(View::Search).to_path());
    let current = std::mem::discriminant(&page.view);
    html! {
        <>
            <PageShortcuts />
            <a class="skip-link" href="#main">{"Skip to content"}</a>
            <header class="site-header">
                <div class="wrap header-row">
                    <Link<Route> to={page.route(View::Home)} classes="brand">
                        <span class="brand-mark" aria-hidden="true">{"⇄"}</span>
                        <span class="brand-name">{"Counterpoint"}</span>
                    </Link<Route>>
                    <span data-workshop-intent=""><Link<Route> to={View::Data.at(None)} classes="dataset-title">{&d.title}</Link<Route>></span>
                    <nav class="main-nav" aria-label="Main">
                        <ul>
                            { for NAV.iter().filter(|(item, _)| item.shown(d)).map(|&(item, label)| {
                                let view = item.view();
                                let active = std::mem::discriminant(&view) == current
                                    || (matches!(page.view, View::Topic(_)) && view == View::Compare)
                                    || (matches!(page.view, View::Source(_)) && view == View::Sources);
                                // How many items the reader pinned: an island beside the link.
                                let badge = if view == View::MyBriefing {
                                    html! { <PinnedCountIsland /> }
                                } else {
                                    html! {}
                                };
                                // These pages run the full app: fetch it when the pointer or focus comes.
                                let intent = view.needs_workshop().then_some("");
                                html! {
                                    <li class={classes!(active.then_some("active"), (view == View::MyBriefing).then_some("nav-my"))} data-workshop-intent={intent}>
                                        <Link<Route> to={page.route(view)}>{label}{badge}</Link<Route>>
                                    </li>
                                }
                            }) }
                        </ul>
                    </nav>
                    <SiteSearch action={search_action} />
                    <ThemeIsland />
                </div>
            </header>
            <crate::components::dataset_banner::DatasetBanner />
            <SnapshotBar />
            <main id="main" class="wrap" tabindex="-1">
                {props.children.clone()}
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>
                        {format!("{} — {} sources, {} topics, {} quotes. ", d.title, d.sources.len(), d.topics.len(), d.quotes.len())}
                        {"Press ? for keyboard shortcuts. "}
                        {"Summaries are Counterpoint’s own words; quotes are verbatim as each outlet printed them. Every line links to its source: hover or focus a "}
                        <span class="cite-n">{"[n]"}</span>{" marker to see the passage."}
                    </p>
                    <p class="footer-links">
                        <Link<Route> to={View::Data.at(None)}>{"Dataset: what is showing, open another"}</Link<Route>>
                        if !d.glossary.is_empty() { {" · "}<Link<Route> to={View::Glossary.at(None)}>{"Glossary of terms"}</Link<Route>> }
                    </p>
                </div>
            </footer>
        </>
    }
}
