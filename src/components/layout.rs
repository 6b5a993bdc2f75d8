//! The frame of every page: skip link, header with navigation, the snapshot bar, footer.

use crate::components::snapshot_bar::SnapshotBar;
use crate::context::use_page;
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
    let nav = [
        (View::Home, "Briefing"),
        (View::Compare, "Compare"),
        (View::Timeline, "Timeline"),
        (View::Figures, "Figures"),
        (View::People, "People"),
        (View::Contested, "Contested"),
        (View::Coverage, "Coverage"),
        (View::Changes(None), "What changed"),
        (View::Sources, "Sources"),
        (View::Search, "Search"),
        (View::MyBriefing, "My briefing"),
    ];
    // How many items the reader pinned: known only once their storage has been read.
    let my = crate::state::my_briefing::use_my_briefing();
    let pinned = my
        .filter(|m| m.state().loaded)
        .map(|m| m.count())
        .filter(|n| *n > 0);
    let current = std::mem::discriminant(&page.view);
    html! {
        <>
            <a class="skip-link" href="#main">{"Skip to content"}</a>
            <header class="site-header">
                <div class="wrap header-row">
                    <Link<Route> to={page.route(View::Home)} classes="brand">
                        <span class="brand-mark" aria-hidden="true">{"⇄"}</span>
                        <span class="brand-name">{"Counterpoint"}</span>
                    </Link<Route>>
                    <Link<Route> to={View::Data.at(None)} classes="dataset-title">{&d.title}</Link<Route>>
                    <nav class="main-nav" aria-label="Main">
                        <ul>
                            { for nav.into_iter().map(|(view, label)| {
                                let active = std::mem::discriminant(&view) == current
                                    || (matches!(page.view, View::Topic(_)) && view == View::Compare)
                                    || (matches!(page.view, View::Source(_)) && view == View::Sources);
                                let badge = match pinned {
                                    Some(n) if view == View::MyBriefing => html! {
                                        <span class="nav-count"><span class="sr-only">{" ("}</span>{n}<span class="sr-only">{" pinned)"}</span></span>
                                    },
                                    _ => html! {},
                                };
                                html! {
                                    <li class={classes!(active.then_some("active"), (view == View::MyBriefing).then_some("nav-my"))}>
                                        <Link<Route> to={page.route(view)}>{label}{badge}</Link<Route>>
                                    </li>
                                }
                            }) }
                        </ul>
                    </nav>
                    <crate::components::theme_toggle::ThemeToggle />
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
                    </p>
                </div>
            </footer>
        </>
    }
}
