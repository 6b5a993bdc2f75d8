//! `counterpoint serve`: builds the briefing into a temporary folder, serves it on 127.0.0.1,
//! watches the datasets and their source texts, rebuilds on a change and reloads open pages.
//!
//! Live reload is added only here, as the pages are served: a script
//! (`/__counterpoint/live.js`, allowed by the site's own `script-src 'self'`) long-polls
//! `/__counterpoint/status` and reloads the page when a new build is ready. When an edit makes
//! a dataset invalid the last good site stays and the problems are shown over the page; a fix
//! clears them. The files of the built site are never changed, so a site from `build` keeps its
//! policy exactly.

use crate::check::human_report;
use crate::publish::{build, BuildError, BuildRequest};
use notify_debouncer_mini::{new_debouncer, notify::RecursiveMode, DebounceEventResult};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use tiny_http::{Header, Request, Response, Server, StatusCode};

/// Where the live-reload script is served (never a path of a built site: `__` ids are not
/// dataset ids).
pub const LIVE_PREFIX: &str = "/__counterpoint/";

/// The live-reload script.
const LIVE_JS: &str = include_str!("serve/live.js");

/// What to serve.
#[derive(Clone, Debug)]
pub struct ServeRequest {
    /// The build (its `out` is ignored: serve builds into a temporary folder).
    pub build: BuildRequest,
    /// Address to listen on (`127.0.0.1` unless widened with `--host`).
    pub host: String,
    /// Port (0: any free one).
    pub port: u16,
    /// How long to wait for more file changes before rebuilding.
    pub debounce: Duration,
}

/// The state the server and the watcher share.
#[derive(Default)]
struct Live {
    /// The folder being served: the last good build.
    site: Option<PathBuf>,
    /// Bumped after every build, good or bad.
    version: u64,
    /// The problems of the last build when it failed, as text.
    problems: Option<String>,
}

type Shared = Arc<(Mutex<Live>, Condvar)>;

/// Serves until the process is stopped. Prints the address, then one line per rebuild.
pub fn serve(req: ServeRequest) -> Result<(), String> {
    let server = Server::http((req.host.as_str(), req.port)).map_err(|e| {
        let why = e.to_string();
        if why.to_lowercase().contains("in use") {
            format!(
                "cannot listen on {}:{}: the port is in use. Choose another with --port",
                req.host, req.port
            )
        } else {
            format!("cannot listen on {}:{}: {why}", req.host, req.port)
        }
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .map(|a| a.to_string())
        .unwrap_or_else(|| format!("{}:{}", req.host, req.port));
    let work = std::env::temp_dir().join(format!("counterpoint-serve-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let shared: Shared = Arc::new((Mutex::new(Live::default()), Condvar::new()));
    // Taken before the first build: a save made while it runs is a change at the next event.
    let watched = watched_files(&req.build);
    let mut last = stamps(&watched);
    rebuild(&req.build, &work, &shared);
    println!("serving on http://{addr}/ (Ctrl-C stops)");

    // Watch the folders of the datasets and texts (editors often save by renaming a new file
    // over the old one, which a watch on the file itself would lose).
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer =
        new_debouncer(req.debounce, tx).map_err(|e| format!("cannot watch files: {e}"))?;
    let dirs: BTreeSet<PathBuf> = watched
        .iter()
        .filter_map(|f| f.parent().map(Path::to_path_buf))
        .collect();
    for dir in &dirs {
        // A folder that is not there (a text the check will report missing) is not watched;
        // serving goes on.
        if let Err(e) = debouncer.watcher().watch(dir, RecursiveMode::NonRecursive) {
            eprintln!(
                "counterpoint: not watching {} ({e}): changes there will not rebuild",
                dir.display()
            );
        }
    }
    {
        let shared = shared.clone();
        let build_req = req.build.clone();
        std::thread::spawn(move || {
            for events in rx {
                let Ok(events) = events else { continue };
                let touched = events.iter().any(|e| {
                    let p = normal(&e.path);
                    watched.contains(&p)
                });
                // The watcher also reports a file being opened and read, which every build
                // does: only a new size or modification time is a change, or each build would
                // start the next.
                if touched {
                    let now = stamps(&watched);
                    if now != last {
                        last = now;
                        rebuild(&build_req, &work, &shared);
                    }
                }
            }
        });
    }
    for request in server.incoming_requests() {
        let shared = shared.clone();
        std::thread::spawn(move || respond(request, &shared));
    }
    drop(debouncer);
    Ok(())
}

/// Each file's size and modification time (`None`: not there), from its metadata: unlike
/// reading the file, that makes no watch event of its own.
fn stamps(files: &[PathBuf]) -> Vec<Option<(u64, Option<std::time::SystemTime>)>> {
    files
        .iter()
        .map(|f| {
            std::fs::metadata(f)
                .ok()
                .map(|m| (m.len(), m.modified().ok()))
        })
        .collect()
}

/// The files whose change rebuilds the site: every dataset, and the texts its sources name.
fn watched_files(req: &BuildRequest) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = req.datasets.iter().map(|p| normal(p)).collect();
    files.extend(req.examples.iter().map(|p| normal(p)));
    for dataset in &req.datasets {
        let Ok(text) = std::fs::read_to_string(dataset) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let here = dataset.parent().unwrap_or(Path::new("."));
        for source in value["sources"].as_array().into_iter().flatten() {
            // The text `check` reads: from --texts when given, else the file the source names.
            if let (None, Some(file)) = (&req.texts, source["text"]["file"].as_str()) {
                files.push(normal(&here.join(file)));
            }
            if let (Some(dir), Some(id)) = (&req.texts, source["id"].as_str()) {
                files.push(normal(&dir.join(format!("{id}.txt"))));
                if let Some(name) = source["text"]["file"]
                    .as_str()
                    .and_then(|f| Path::new(f).file_name())
                {
                    files.push(normal(&dir.join(name)));
                }
            }
        }
    }
    files
}

/// An absolute path without `.` or `..` parts (the file need not exist), so that the watcher's
/// paths and ours compare.
fn normal(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    // Resolve links in the folder (e.g. /tmp on some systems), not in the file name.
    match (
        out.parent().and_then(|d| d.canonicalize().ok()),
        out.file_name(),
    ) {
        (Some(dir), Some(name)) => dir.join(name),
        _ => out,
    }
}

/// Builds into a fresh folder under `work`; on success it becomes the site served.
fn rebuild(req: &BuildRequest, work: &Path, shared: &Shared) {
    let started = Instant::now();
    let version = shared.0.lock().expect("not poisoned").version + 1;
    let out = work.join(format!("build-{version}"));
    let mut this = req.clone();
    this.out = out.clone();
    let result = build(&this);
    let (lock, ready) = &**shared;
    let mut live = lock.lock().expect("not poisoned");
    live.version = version;
    match result {
        Ok(built) => {
            let old = live.site.replace(out);
            live.problems = None;
            let warnings: usize = built.checks.iter().map(|c| c.warnings.len()).sum();
            println!(
                "built {} pages in {} ms{}",
                built.briefings.iter().map(|b| b.2).sum::<usize>(),
                started.elapsed().as_millis(),
                if warnings > 0 {
                    format!(" ({warnings} warnings: run `counterpoint check`)")
                } else {
                    String::new()
                }
            );
            if let Some(old) = old {
                let _ = std::fs::remove_dir_all(old);
            }
        }
        Err(e) => {
            let text = match e {
                BuildError::Invalid(checks) => checks
                    .iter()
                    .filter(|c| !c.is_ok())
                    .map(human_report)
                    .collect::<Vec<_>>()
                    .join(""),
                BuildError::Other(why) => format!("{why}\n"),
            };
            eprintln!("the briefing has problems; still serving the last good build:\n{text}");
            live.problems = Some(text);
            let _ = std::fs::remove_dir_all(&out);
        }
    }
    ready.notify_all();
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn respond(request: Request, shared: &Shared) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let response = if path == format!("{LIVE_PREFIX}live.js") {
        Response::from_string(LIVE_JS)
            .with_header(header("Content-Type", "text/javascript; charset=utf-8"))
            .with_header(header("Cache-Control", "no-store"))
    } else if path == format!("{LIVE_PREFIX}status") {
        let since: Option<u64> = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("since="))
            .and_then(|v| v.parse().ok());
        status(shared, since)
    } else {
        let site = shared.0.lock().expect("not poisoned").site.clone();
        match site {
            Some(site) => static_file(&site, path),
            None => no_site_yet(),
        }
    };
    let _ = request.respond(response);
}

/// The build's version and problems; waits (up to 25 s) while the version is `since`.
fn status(shared: &Shared, since: Option<u64>) -> Response<std::io::Cursor<Vec<u8>>> {
    let (lock, ready) = &**shared;
    let mut live = lock.lock().expect("not poisoned");
    let deadline = Instant::now() + Duration::from_secs(25);
    while Some(live.version) == since {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        live = ready.wait_timeout(live, left).expect("not poisoned").0;
    }
    let body = serde_json::json!({ "version": live.version, "problems": live.problems });
    Response::from_string(body.to_string())
        .with_header(header("Content-Type", "application/json"))
        .with_header(header("Cache-Control", "no-store"))
}

/// A page for when no build has succeeded yet: the live script shows the problems over it.
fn no_site_yet() -> Response<std::io::Cursor<Vec<u8>>> {
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Counterpoint — not built yet</title></head>\
         <body><main><h1>Not built yet</h1><p>The briefing has problems; fix them and this page reloads.</p></main>\
         <script src=\"{LIVE_PREFIX}live.js\"></script></body></html>"
    );
    Response::from_string(html)
        .with_status_code(StatusCode(503))
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
}

/// The file at `path` under `site` (a folder's `index.html`), or the site's `404.html`. Paths
/// that leave the folder are not found.
fn static_file(site: &Path, path: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let not_found = || {
        let body = std::fs::read(site.join("404.html")).unwrap_or_else(|_| b"Not found".to_vec());
        with_live_reload(body, "text/html; charset=utf-8").with_status_code(StatusCode(404))
    };
    // A service worker would keep serving the previous build from its cache.
    if path.trim_start_matches('/') == "sw.js" {
        return Response::from_string("").with_status_code(StatusCode(404));
    }
    let Some(rel) = safe_relative(path) else {
        return not_found();
    };
    let mut file = site.join(&rel);
    if file.is_dir() {
        if !path.ends_with('/') {
            // As static hosts do: the folder's address ends with a slash.
            return Response::from_string("")
                .with_status_code(StatusCode(301))
                .with_header(header("Location", &format!("{path}/")));
        }
        file = file.join("index.html");
    }
    let Ok(mut f) = std::fs::File::open(&file) else {
        return not_found();
    };
    let mut body = Vec::new();
    if f.read_to_end(&mut body).is_err() {
        return not_found();
    }
    let kind = content_type(&file);
    if kind.starts_with("text/html") {
        with_live_reload(body, kind)
    } else {
        Response::from_data(body)
            .with_header(header("Content-Type", kind))
            .with_header(header("Cache-Control", "no-cache"))
    }
}

/// `path` (percent-decoded) as a path relative to the site, or `None` when it would leave it.
pub fn safe_relative(path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let mut rel = PathBuf::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p if p.contains('\\') || p.contains('\0') => return None,
            p => rel.push(p),
        }
    }
    Some(rel)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "xml" => "application/atom+xml",
        "md" => "text/markdown; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "bib" | "ris" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// An HTML page with the live-reload script before `</body>`.
fn with_live_reload(body: Vec<u8>, kind: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut html = String::from_utf8_lossy(&body).to_string();
    let tag = format!("<script src=\"{LIVE_PREFIX}live.js\"></script>");
    match html.rfind("</body>") {
        Some(i) => html.insert_str(i, &tag),
        None => html.push_str(&tag),
    }
    Response::from_string(html)
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-store"))
}

#[cfg(test)]
mod tests;
