//! The research toolkit's part of the prerender: each page's `<head>` tags (the Atom feed's
//! link, Highwire `citation_*` and Dublin Core meta tags, a canonical link, schema.org
//! JSON-LD) and the static files beside the pages (`feed.xml`, `sources.bib`, `sources.ris`,
//! `sources.json`, `data/*.csv`).
//!
//! With the site's public address (`--site-url`) every address is absolute. Without it, what
//! needs an absolute address is left out: no `citation_public_url`, `DC.identifier`, canonical
//! link, JSON-LD `url`/`@id` or download `contentUrl`, and the feed's ids are `urn:uuid:`
//! names with links relative to the feed (see `counterpoint_core::export::atom`).

use crate::site::template::escape;
use counterpoint::routes::{page_meta, Route, View};
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::export::jsonld::{self, Download, Place};
use counterpoint_core::export::reference::{iso_date, SITE_NAME};
use counterpoint_core::export::{atom, bibliography, csv};
use counterpoint_core::model::{DateSpec, Store};
use std::path::Path;
use yew_router::Routable;

/// The dataset files and tables offered on the Dataset page, as `Download`s (path under the
/// site's root, name, media type).
pub fn downloads(store: &Store) -> Vec<(String, String, &'static str)> {
    let mut out: Vec<(String, String, &'static str)> = csv::all(store)
        .into_iter()
        .map(|t| {
            (
                format!("data/{}", t.file),
                format!("{} (CSV)", t.title),
                "text/csv",
            )
        })
        .collect();
    out.push((
        format!("datasets/{}.json", store.dataset.id),
        "The whole dataset (JSON)".into(),
        "application/json",
    ));
    out.push((
        "datasets/schema.json".into(),
        "Its JSON Schema".into(),
        "application/schema+json",
    ));
    out
}

/// Writes the feed, the bibliography files and the CSV tables into `dist`; returns the
/// paths written (relative to `dist`).
pub fn write_files(dist: &Path, store: &Store, site: Option<&str>) -> Vec<String> {
    let mut files: Vec<(String, String)> = vec![
        ("feed.xml".into(), atom::feed(store, site)),
        ("sources.bib".into(), bibliography::sources_bib(store)),
        ("sources.ris".into(), bibliography::sources_ris(store)),
        ("sources.json".into(), bibliography::sources_csl_json(store)),
    ];
    for t in csv::all(store) {
        files.push((format!("data/{}", t.file), t.csv));
    }
    for (rel, text) in &files {
        let out = dist.join(rel);
        std::fs::create_dir_all(out.parent().expect("has parent")).expect("create dir");
        std::fs::write(&out, text).unwrap_or_else(|e| panic!("write {}: {e}", out.display()));
    }
    files.into_iter().map(|(rel, _)| rel).collect()
}

/// The date a page is of: its briefing's (the later one of a comparison).
fn page_date<'a>(store: &'a Store, briefing: Option<&str>, view: &View) -> Option<&'a DateSpec> {
    let d = &store.dataset;
    let id = match view {
        View::Changes(Some((_, to))) => Some(to.as_str()),
        _ => briefing,
    };
    id.and_then(|id| d.briefings.iter().find(|b| b.id == id))
        .or(d.briefings.last())
        .map(|b| &b.as_of)
}

fn meta(name: &str, content: &str) -> String {
    format!(
        "<meta name=\"{name}\" content=\"{}\">",
        escape(content.trim())
    )
}

/// The tags for the `<head>` of the page at `route`: `base` is the public path (`""` or
/// `/sub`), `site` the public address ending in `/`, when known.
pub fn head_tags(store: &Store, route: &Route, base: &str, site: Option<&str>) -> String {
    let mut tags = vec![format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{base}/feed.xml\">",
        escape(&format!("{SITE_NAME}: {} (briefings)", store.dataset.title))
    )];
    if *route == Route::NotFound {
        // Served for any unknown address: it describes no page of its own.
        return tags.join("\n  ");
    }
    let (briefing, view) = route.clone().split();
    let latest = store.dataset.briefings.last().map(|b| b.id.as_str());
    let briefing = briefing.filter(|b| Some(b.as_str()) != latest);
    let snap = Snapshot::of_briefing(store, briefing.as_deref())
        .or_else(|| Snapshot::of_briefing(store, None));
    let url = site.map(|s| {
        format!(
            "{}/{}",
            s.trim_end_matches('/'),
            route.to_path().trim_start_matches('/')
        )
    });
    let place = Place {
        url: url.clone(),
        site: site.map(str::to_string),
    };
    let (page_title, description) = page_meta(store, route);
    let page_title = page_title
        .strip_suffix(&format!(" · {SITE_NAME}"))
        .unwrap_or(&page_title)
        .to_string();
    let date = page_date(store, briefing.as_deref(), &view);
    let d = &store.dataset;
    let (title, data) = match (&view, &snap) {
        (View::Home, Some(snap)) => (
            snap.briefing
                .map_or(d.title.clone(), |b| format!("{}: {}", d.title, b.title)),
            jsonld::briefing(snap, &place),
        ),
        (View::Topic(id), Some(snap)) => match store.topic(id) {
            Some(t) => (
                format!("{}: {}", d.title, t.title),
                jsonld::topic(snap, t, &place),
            ),
            None => (
                page_title.clone(),
                jsonld::web_page("WebPage", &page_title, &description, date, &place),
            ),
        },
        (View::Source(id), _) => match store.source(id) {
            Some(s) => (
                page_title.clone(),
                jsonld::source_page(store, s, &description, &place),
            ),
            None => (
                page_title.clone(),
                jsonld::web_page("WebPage", &page_title, &description, date, &place),
            ),
        },
        (View::Data, _) => {
            let list = downloads(store);
            let dl: Vec<Download<'_>> = list
                .iter()
                .map(|(path, name, media_type)| Download {
                    path,
                    name,
                    media_type,
                })
                .collect();
            (page_title.clone(), jsonld::dataset(store, &dl, &place))
        }
        (View::Sources, _) => (
            page_title.clone(),
            jsonld::web_page("CollectionPage", &page_title, &description, date, &place),
        ),
        _ => (
            page_title.clone(),
            jsonld::web_page("WebPage", &page_title, &description, date, &place),
        ),
    };
    tags.push(meta("citation_title", &title));
    if let Some(iso) = date.and_then(iso_date) {
        // Highwire wants `YYYY/MM/DD` (or `YYYY/MM`, `YYYY`); Dublin Core ISO 8601.
        let slashed = iso.replace('-', "/");
        tags.push(meta("citation_publication_date", &slashed));
        tags.push(meta("citation_date", &slashed));
        tags.push(meta("DC.date", &iso));
    }
    tags.push(meta("citation_publisher", SITE_NAME));
    tags.push(meta("citation_language", "en"));
    tags.push("<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">".into());
    tags.push(meta("DC.title", &title));
    tags.push(meta("DC.publisher", SITE_NAME));
    tags.push(meta("DC.type", "Text"));
    tags.push(meta("DC.format", "text/html"));
    tags.push(meta("DC.language", "en"));
    if !description.is_empty() {
        tags.push(meta("DC.description", &description));
    }
    if let Some(u) = &url {
        tags.push(meta("citation_public_url", u));
        tags.push(meta("DC.identifier", u));
        tags.push(format!("<link rel=\"canonical\" href=\"{}\">", escape(u)));
    }
    // A data block: not executed, so the Content-Security-Policy has nothing to allow.
    tags.push(format!(
        "<script type=\"application/ld+json\">{}</script>",
        jsonld::script_text(&data)
    ));
    tags.join("\n  ")
}
