//! Renders every route of one dataset into a folder that already holds the WebAssembly assets
//! (see [`crate::assets`]).
//!
//! Writes `OUT/<route>/index.html` for every route and `OUT/404.html`; the Markdown export
//! beside the briefing and each topic; the feed, bibliography and CSV files (`feed.xml`,
//! `sources.bib`, `sources.ris`, `sources.json`, `data/*.csv`); the dataset itself
//! (`datasets/<id>.json`, which the full app fetches); `_headers`; then `sw.js`, the offline
//! service worker, with the list of every file of the build.

use super::{csp, islands, research, service_worker, template as page_template, workshop};
use counterpoint::app::{ServerApp, ServerAppProps};
use counterpoint::context::SiteUrl;
use counterpoint::pages::exports::static_export;
use counterpoint::routes::{all_routes, page_meta, route_file, speculation_rules, Route};
use counterpoint_core::model::{install_builtin, Store};
use std::path::Path;
use std::rc::Rc;
use yew::LocalServerRenderer;
use yew_router::Routable;

/// Where and how a briefing's site is published.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteOptions {
    /// The public path the briefing is served under, without a trailing `/` (`""` at the
    /// root, `/sub/us-china-2025` on a shelf under `/sub/`).
    pub base: String,
    /// The site's public address, ending in `/`, when known (`--site-url`): written into the
    /// exports' links, the Cite references, the feed, `citation_public_url`, canonical links and
    /// JSON-LD (without it those that need an absolute address are left out, never guessed).
    pub site_url: Option<String>,
}

/// What a rendered briefing reports.
#[derive(Debug)]
pub struct Rendered {
    /// Pages written (routes plus the not-found page).
    pub pages: usize,
    /// Files of the build the service worker precaches.
    pub precached: usize,
}

/// Renders the dataset `json` (already checked) into `out`, which holds the assets and whose
/// `index.html` is the template `template` (with the base already in its addresses).
pub async fn render_briefing(
    json: &str,
    template: &str,
    out: &Path,
    options: &SiteOptions,
) -> Result<Rendered, String> {
    let base = options.base.trim_end_matches('/').to_string();
    let site = options.site_url.clone();
    // The pages render "the built-in dataset": this one, for this site.
    let store: Rc<Store> = install_builtin(json).map_err(|problems| {
        format!(
            "the dataset has {} problems (run `counterpoint check`)",
            problems.len()
        )
    })?;
    if !page_template::has_empty_body(template) {
        return Err(
            "the assets' index.html is not Trunk's empty template (already prerendered?)".into(),
        );
    }
    // The route table says which pages Chromium may prerender.
    let template = page_template::set_speculation_rules(template, &speculation_rules());
    let template = csp::add_script_integrity(&template, out);
    // The islands binary loads on the reader's intent, not with the page.
    let (template, islands) = match islands::on_intent(&template) {
        Some((t, files)) => (t, files.write_loader(out, &format!("{base}/"))?),
        None => (template, String::new()),
    };
    let dataset_file = format!("datasets/{}.json", store.dataset.id);
    write(out, &dataset_file, json.as_bytes())?;
    // Where the full app is, for the islands to load it on demand, and the dataset it fetches.
    let workshop = workshop::write(out, &format!("{base}/"), &dataset_file).ok_or_else(|| {
        format!(
            "no workshop (app-*.js and its _bg.wasm) in the assets copied to {}",
            out.display()
        )
    })?;
    // Every page shares the template's inline loader, so one policy fits all.
    let policy = csp::policy(&csp::inline_script_hashes(&template));
    // Right after the charset, before any script or stylesheet.
    let head = format!("{}{workshop}{islands}", csp::meta_tag(&policy));
    let template = page_template::insert_after_charset(&template, &head)
        .ok_or("no <meta charset> in the template: cannot place the Content-Security-Policy")?;
    write(out, "_headers", csp::headers_file(&policy).as_bytes())?;
    let mut routes = all_routes(&store);
    routes.push(Route::NotFound);
    for route in &routes {
        let body = LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
            path: route.to_path().into(),
            basename: base.clone().into(),
            site: SiteUrl(site.clone().map(Into::into)),
        })
        .render()
        .await;
        let (title, desc) = page_meta(&store, route);
        // Every rewrite works on the template; the rendered body goes in last, so that no
        // rendered page is ever parsed again.
        let mut page = page_template::append_to_head(
            &template,
            &research::head_tags(&store, route, &base, site.as_deref()),
        );
        if *route == Route::NotFound {
            // Served for any unknown URL: the browser renders it afresh for the real URL.
            page = page_template::mark_fallback(&page);
        } else if route.clone().split().1.needs_workshop() {
            // Pages of the full app: the islands load it at once.
            page = page_template::mark_body(&page, "data-needs-workshop", "true");
        }
        let html = page_template::fill(&page, &title, &desc, &body);
        let file = if *route == Route::NotFound {
            "404.html".to_string()
        } else {
            route_file(route)
        };
        write(out, &file, html.as_bytes())?;
        // The page's Markdown export, beside it (its "Export" control links to it).
        if let Some((name, markdown)) = static_export(&store, route, site.as_deref()) {
            let dir = Path::new(&file).parent().unwrap_or(Path::new(""));
            write(out, &dir.join(name).to_string_lossy(), markdown.as_bytes())?;
        }
    }
    research::write_files(out, &store, site.as_deref());
    let (_build, precached) = service_worker::write(out);
    Ok(Rendered {
        pages: routes.len(),
        precached,
    })
}

/// Writes `rel` under `out`, creating its folder.
fn write(out: &Path, rel: &str, bytes: &[u8]) -> Result<(), String> {
    let path = out.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
