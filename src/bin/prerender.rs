//! Renders every route of the embedded dataset to static HTML inside Trunk's `index.html`.
//!
//! `prerender DIST [BASE]`: DIST is Trunk's output folder (its `index.html` is the template),
//! BASE the public URL the site is served under (default `/`). Writes `DIST/<route>/index.html`
//! for every route and `DIST/404.html`.

use counterpoint::app::{Route, ServerApp, ServerAppProps};
use counterpoint::meta::{all_routes, page_meta, route_file};
use counterpoint::model::embedded;
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
    if !template.contains("<body></body>") {
        eprintln!(
            "{} is not Trunk's empty template (already prerendered?): run `trunk build` first",
            template_path.display()
        );
        std::process::exit(1);
    }
    // Every page shares the template's inline loader, so one policy fits all.
    let policy = counterpoint::csp::policy(&counterpoint::csp::inline_script_hashes(&template));
    // Right after the charset, before any script or stylesheet.
    let template = template.replacen(
        "<meta charset=\"utf-8\">",
        &format!(
            "<meta charset=\"utf-8\">\n  {}",
            counterpoint::csp::meta_tag(&policy)
        ),
        1,
    );
    if !template.contains("Content-Security-Policy") {
        eprintln!(
            "no <meta charset=\"utf-8\"> in the template: cannot place the Content-Security-Policy"
        );
        std::process::exit(1);
    }
    std::fs::write(
        dist.join("_headers"),
        counterpoint::csp::headers_file(&policy),
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
        let mut html = fill(&template, &title, &desc, &body);
        if *route == Route::NotFound {
            // Served for any unknown URL: the browser renders it afresh for the real URL.
            html = html.replacen("<body>", "<body data-fallback=\"true\">", 1);
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
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn fill(template: &str, title: &str, desc: &str, body: &str) -> String {
    let mut html = template.to_string();
    if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(
            a..b + "</title>".len(),
            &format!("<title>{}</title>", escape(title)),
        );
    }
    let meta = format!("<meta name=\"description\" content=\"{}\">", escape(desc));
    match html.find("<meta name=\"description\"") {
        Some(a) => {
            let end = a + html[a..].find('>').expect("closed meta") + 1;
            html.replace_range(a..end, &meta);
        }
        None => html = html.replacen("</head>", &format!("{meta}</head>"), 1),
    }
    html.replacen("<body>", &format!("<body>{body}"), 1)
}
