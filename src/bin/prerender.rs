//! Renders every route of the embedded dataset to static HTML inside Trunk's `index.html`.
//!
//! `prerender DIST [BASE [SITE]]`: DIST is Trunk's output folder (its `index.html` is the
//! template), BASE the public URL path the site is served under (default `/`), SITE its full
//! public address if known: written into the Markdown exports' links, the Cite control's
//! references, the Atom feed's ids and links, `citation_public_url`, canonical links and the
//! JSON-LD addresses (without it those that need an absolute address are left out: see
//! `counterpoint::ssr::research`). Writes `DIST/<route>/index.html` for every route and
//! `DIST/404.html`; the feed, bibliography and CSV files (`feed.xml`, `sources.bib`,
//! `sources.ris`, `sources.json`, `data/*.csv`); then `DIST/sw.js`, the offline service
//! worker, with the list of every file of the build.

use counterpoint::app::{ServerApp, ServerAppProps};
use counterpoint::pages::exports::static_export;
use counterpoint::routes::{all_routes, page_meta, route_file};
use counterpoint::routes::{Route, View};
use counterpoint::ssr::template as page_template;
use counterpoint_core::model::embedded;
use std::path::Path;
use yew::LocalServerRenderer;
use yew_router::Routable;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = Path::new(args.first().map(String::as_str).unwrap_or("dist"));
    let base = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("/")
        .trim_end_matches('/')
        .to_string();
    // The site's public address (`--site-url` of scripts/build.sh), for links in exports.
    let site = args.get(2).filter(|s| !s.is_empty()).map(|s| {
        if s.ends_with('/') {
            s.clone()
        } else {
            format!("{s}/")
        }
    });
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", template_path.display()));
    // Rendering into an already rendered page would nest the app twice.
    if !page_template::has_empty_body(&template) {
        eprintln!(
            "{} is not Trunk's empty template (already prerendered?): run `trunk build` first",
            template_path.display()
        );
        std::process::exit(1);
    }
    let template = counterpoint::ssr::csp::add_script_integrity(&template, dist);
    // Where the full app is, for the islands to load it on demand.
    let Some(workshop) = counterpoint::ssr::workshop::write(dist, &format!("{base}/")) else {
        eprintln!(
            "no workshop (counterpoint-*.js and its _bg.wasm) in {}: run scripts/build.sh",
            dist.display()
        );
        std::process::exit(1);
    };
    // Every page shares the template's inline loader, so one policy fits all.
    let policy =
        counterpoint::ssr::csp::policy(&counterpoint::ssr::csp::inline_script_hashes(&template));
    // Right after the charset, before any script or stylesheet.
    let head = format!("{}{workshop}", counterpoint::ssr::csp::meta_tag(&policy));
    let Some(template) = page_template::insert_after_charset(&template, &head) else {
        eprintln!("no <meta charset> in the template: cannot place the Content-Security-Policy");
        std::process::exit(1);
    };
    std::fs::write(
        dist.join("_headers"),
        counterpoint::ssr::csp::headers_file(&policy),
    )
    .expect("write _headers");
    let store = embedded();
    // The Cite control writes each page's address into its references.
    counterpoint::components::cite_control::set_site_url(site.clone());
    let mut routes = all_routes(&store);
    routes.push(Route::NotFound);
    for route in &routes {
        let body = LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
            path: route.to_path().into(),
            basename: base.clone().into(),
        })
        .render()
        .await;
        let (title, desc) = page_meta(&store, route);
        let mut html = page_template::fill(&template, &title, &desc, &body);
        html = page_template::append_to_head(
            &html,
            &counterpoint::ssr::research::head_tags(&store, route, &base, site.as_deref()),
        );
        if *route == Route::NotFound {
            // Served for any unknown URL: the browser renders it afresh for the real URL.
            html = page_template::mark_fallback(&html);
        } else if matches!(
            route.clone().split().1,
            View::Search | View::Data | View::MyBriefing
        ) {
            // Pages of the full app: the islands load it at once.
            html = page_template::mark_body(&html, "data-needs-workshop=\"true\"");
        }
        let file = if *route == Route::NotFound {
            "404.html".to_string()
        } else {
            route_file(route)
        };
        let out = dist.join(&file);
        std::fs::create_dir_all(out.parent().expect("has parent")).expect("create dir");
        std::fs::write(&out, html).expect("write page");
        // The page's Markdown export, beside it (its "Export" control links to it).
        if let Some((name, markdown)) = static_export(&store, route, site.as_deref()) {
            let md = out.parent().expect("has parent").join(name);
            std::fs::write(md, markdown).expect("write export");
        }
    }
    println!(
        "prerendered {} pages into {} (base {})",
        routes.len(),
        dist.display(),
        if base.is_empty() { "/" } else { &base }
    );
    let written = counterpoint::ssr::research::write_files(dist, &store, site.as_deref());
    println!("wrote {}", written.join(", "));
    let (build, files) = counterpoint::ssr::service_worker::write(dist);
    println!("wrote sw.js: build {build}, {files} files to precache");
}
