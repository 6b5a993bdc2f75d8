//! The Markdown exports of the briefing, of each topic, and of the commitments, who-raised-what
//! and numbers pages. For the built-in dataset they are
//! static files the prerenderer writes beside each page, so "Export as Markdown" is a plain
//! download link (no script, and it works with JavaScript off); for a dataset the reader
//! opened, the full app builds the document when the button is pressed.

use crate::components::export_button::file_slug;
use crate::context::PageCtx;
use crate::routes::{Route, View};
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::export::markdown;
use counterpoint_core::model::Store;
use counterpoint_core::view::commitments::CommitmentsView;
use counterpoint_core::view::numbers::NumbersView;
use counterpoint_core::view::raised::RaisedView;
use counterpoint_core::view::{HomeView, TopicView};
use yew_router::Routable;

/// `<dataset>-<page>.md`, with the snapshot for an earlier one:
/// `us-china-2025-tariffs-as-of-eve-of-geneva.md`.
pub fn export_name(dataset: &str, briefing: Option<&str>, name: &str) -> String {
    let mut s = format!("{}-{}", file_slug(dataset), file_slug(name));
    if let Some(b) = briefing {
        s.push_str(&format!("-as-of-{}", file_slug(b)));
    }
    s.push_str(".md");
    s
}

/// The export file name of the page `page` shows (`name`: "briefing" or the topic id).
pub fn page_export_name(page: &PageCtx, name: &str) -> String {
    export_name(&page.store().dataset.id, page.briefing.as_deref(), name)
}

/// Address of the static export beside this page, when there is one (the built-in dataset).
pub fn static_export_href(page: &PageCtx, base: &str, file: &str) -> Option<String> {
    page.data
        .is_builtin()
        .then(|| format!("{base}{}{file}", page.route(page.view.clone()).to_path()))
}

/// The export of the page at `route` (a briefing, a topic, or one of the analyses): its file name and Markdown, with
/// links to sources' records at `site` when known. `None` for pages without an export.
pub fn static_export(store: &Store, route: &Route, site: Option<&str>) -> Option<(String, String)> {
    let (briefing, view) = route.clone().split();
    // The latest briefing's pages are the unprefixed ones.
    let latest = store.dataset.briefings.last().map(|b| b.id.as_str());
    let briefing = briefing.filter(|b| Some(b.as_str()) != latest);
    let snap = Snapshot::of_briefing(store, briefing.as_deref())?;
    let dataset = &store.dataset.id;
    match view {
        View::Home => Some((
            export_name(dataset, briefing.as_deref(), "briefing"),
            markdown::briefing(&HomeView::new(snap), site),
        )),
        View::Topic(id) => {
            let v = TopicView::new(snap, &id)?;
            v.known.then(|| {
                (
                    export_name(dataset, briefing.as_deref(), &id),
                    markdown::topic(&v, site),
                )
            })
        }
        View::Commitments => Some((
            export_name(dataset, briefing.as_deref(), "commitments"),
            markdown::commitments(&CommitmentsView::new(snap), site),
        )),
        View::Raised => Some((
            export_name(dataset, briefing.as_deref(), "who-raised-what"),
            markdown::raised(&RaisedView::new(snap), site),
        )),
        View::Numbers => Some((
            export_name(dataset, briefing.as_deref(), "numbers"),
            markdown::numbers(&NumbersView::new(snap), site),
        )),
        // The tariff chart as an SVG file (the figures page links to it).
        View::Figures => crate::pages::figures::chart_file(snap, briefing.as_deref()),
        _ => None,
    }
}
