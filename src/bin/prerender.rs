//! Renders every route of the embedded dataset to static HTML inside Trunk's `index.html`.
//!
//! `prerender DIST [BASE]`: DIST is Trunk's output folder (its `index.html` is the template),
//! BASE the public URL the site is served under (default `/`). Writes `DIST/<route>/index.html`
//! for every route and `DIST/404.html`, then `DIST/sw.js`, the offline service worker, with
//! the list of every file of the build.

use counterpoint::app::{ServerApp, ServerAppProps};
use counterpoint::routes::Route;
use counterpoint::routes::{all_routes, page_meta, route_file};
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
    // Every page shares the template's inline loader, so one policy fits all.
    let policy =
        counterpoint::ssr::csp::policy(&counterpoint::ssr::csp::inline_script_hashes(&template));
    // Right after the charset, before any script or stylesheet.
    let Some(template) =
        page_template::insert_after_charset(&template, &counterpoint::ssr::csp::meta_tag(&policy))
    else {
        eprintln!("no <meta charset> in the template: cannot place the Content-Security-Policy");
        std::process::exit(1);
    };
    std::fs::write(
        dist.join("_headers"),
        counterpoint::ssr::csp::headers_file(&policy),
    )
    .expect("write _headers");
    let store = embedded();
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
        if *route == Route::NotFound {
            // Served for any unknown URL: the browser renders it afresh for the real URL.
            html = page_template::mark_fallback(&html);
        }
        let file = if *route == Route::NotFound {
            "404.html".to_string()
        } else {
            route_file(route)
        };
        let out = dist.join(&file);
        std::fs::create_dir_all(out.parent().expect("has parent")).expect("create dir");
        std::fs::write(&out, html).expect("write page");
    }
    println!(
        "prerendered {} pages into {} (base {})",
        routes.len(),
        dist.display(),
        if base.is_empty() { "/" } else { &base }
    );
    let (build, files) = write_service_worker(dist);
    println!("wrote sw.js: build {build}, {files} files to precache");
}

/// The service worker's template (see its header for the caching strategy).
const SERVICE_WORKER: &str = include_str!("../../static/sw.js");

/// Writes `DIST/sw.js`: the template with this build's id (a hash of every file's path and
/// content, so any change to the build makes a new cache) and every file of the build,
/// relative to the site's base (pages as their folder URL, as readers request them).
/// Returns the build id and the number of files.
fn write_service_worker(dist: &Path) -> (String, usize) {
    let mut files = Vec::new();
    collect_files(dist, dist, &mut files);
    files.retain(|(rel, _)| rel != "sw.js");
    files.sort();
    // FNV-1a, 64 bits: enough to tell builds apart, and no dependency.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (rel, content) in &files {
        for b in rel
            .bytes()
            .chain([0])
            .chain(content.iter().copied())
            .chain([0])
        {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let build = format!("{hash:016x}");
    let urls: Vec<String> = files
        .iter()
        .map(|(rel, _)| match rel.strip_suffix("index.html") {
            Some("") => "./".to_string(),
            Some(dir) if dir.ends_with('/') => dir.to_string(),
            _ => rel.clone(),
        })
        .collect();
    let list = serde_json::to_string(&urls).expect("strings serialise");
    let script = SERVICE_WORKER
        .replacen("\"__CP_BUILD__\"", &format!("\"{build}\""), 1)
        .replacen("/*__CP_FILES__*/ []", &list, 1);
    assert!(
        script.contains(&build) && !script.contains("__CP_FILES__"),
        "static/sw.js lost its placeholders"
    );
    std::fs::write(dist.join("sw.js"), script).expect("write sw.js");
    (build, urls.len())
}

/// Every file under `dir`, as (path relative to `root` with `/` separators, content).
fn collect_files(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_files(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).expect("under root");
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((rel.join("/"), std::fs::read(&path).expect("read file")));
        }
    }
}
