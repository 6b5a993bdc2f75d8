//! `counterpoint build`: one or more checked datasets into a static site.
//!
//! One dataset is published at the site's root; several make a shelf: `/` lists them and each
//! lives under `/<dataset-id>/` with all of its own pages and files. Nothing is written when any
//! dataset has a problem. The output folder must be empty, or a previous build of this command
//! (recognised by its manifest, [`MANIFEST`]); only the files that manifest lists are replaced,
//! so nothing the author put there is ever deleted.

use crate::assets::Assets;
use crate::check::{check_file, Checked};
use crate::site::template::escape;
use crate::site::{render_briefing, SiteOptions};
use counterpoint_core::model::Dataset;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The manifest a build leaves in its output folder: the files it wrote.
pub const MANIFEST: &str = ".counterpoint-build.json";

/// What to build.
#[derive(Clone, Debug, Default)]
pub struct BuildRequest {
    /// The dataset files.
    pub datasets: Vec<PathBuf>,
    /// The output folder.
    pub out: PathBuf,
    /// The public path (`/` or `/sub/`).
    pub base_url: String,
    /// The public address, when known.
    pub site_url: Option<String>,
    /// Where the source texts are, when not beside each dataset.
    pub texts: Option<PathBuf>,
    /// Extra example datasets offered on the Dataset page (`datasets/`).
    pub examples: Vec<PathBuf>,
    /// The asset folder (else found, see [`Assets::locate`]).
    pub assets: Option<PathBuf>,
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum BuildError {
    /// A dataset has problems: every file's check.
    Invalid(Vec<Checked>),
    /// Anything else, in plain words.
    Other(String),
}

/// What a build wrote.
#[derive(Debug)]
pub struct Built {
    /// Each briefing: dataset id, its folder under the site (`""` at the root), pages written.
    pub briefings: Vec<(String, String, usize)>,
    /// Every file written, relative to the output folder.
    pub files: Vec<String>,
    /// The checks, with their warnings.
    pub checks: Vec<Checked>,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    generator: String,
    files: Vec<String>,
}

/// Checks every dataset, then builds the site (see the module).
pub fn build(req: &BuildRequest) -> Result<Built, BuildError> {
    let checks: Vec<Checked> = req
        .datasets
        .iter()
        .map(|p| check_file(p, req.texts.as_deref()))
        .collect();
    if checks.iter().any(|c| !c.is_ok()) {
        return Err(BuildError::Invalid(checks));
    }
    let mut seen = BTreeSet::new();
    for c in &checks {
        let id = &c.dataset.as_ref().expect("checked").id;
        if !seen.insert(id.clone()) {
            let files: Vec<String> = checks
                .iter()
                .filter(|o| &o.dataset.as_ref().expect("checked").id == id)
                .map(|o| o.path.display().to_string())
                .collect();
            return Err(BuildError::Other(format!(
                "two datasets have the id \"{id}\" ({}): on one shelf each briefing lives under /<id>/, so ids must differ",
                files.join(", ")
            )));
        }
    }
    let assets = Assets::locate(req.assets.as_deref()).map_err(BuildError::Other)?;
    let previous = previous_build(&req.out).map_err(BuildError::Other)?;
    // Everything is written into a staging folder first, so a failure leaves the old site.
    let staging = staging_dir(&req.out);
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)
        .map_err(|e| BuildError::Other(format!("cannot create {}: {e}", staging.display())))?;
    let result = build_into(&staging, req, &assets, &checks);
    let briefings = match result {
        Ok(b) => b,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(BuildError::Other(e));
        }
    };
    let files = list_files(&staging);
    replace(&req.out, &staging, &previous, &files).map_err(BuildError::Other)?;
    let _ = std::fs::remove_dir_all(&staging);
    Ok(Built {
        briefings,
        files,
        checks,
    })
}

fn build_into(
    root: &Path,
    req: &BuildRequest,
    assets: &Assets,
    checks: &[Checked],
) -> Result<Vec<(String, String, usize)>, String> {
    let base = req.base_url.trim_end_matches('/').to_string();
    let shelf = checks.len() > 1;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the renderer: {e}"))?;
    let mut briefings = Vec::new();
    for c in checks {
        let dataset = c.dataset.as_ref().expect("checked");
        let folder = if shelf {
            dataset.id.clone()
        } else {
            String::new()
        };
        let out = if shelf {
            root.join(&folder)
        } else {
            root.to_path_buf()
        };
        let briefing_base = if shelf {
            format!("{base}/{folder}")
        } else {
            base.clone()
        };
        let site_url = req.site_url.as_ref().map(|s| {
            let s = if s.ends_with('/') {
                s.clone()
            } else {
                format!("{s}/")
            };
            if shelf {
                format!("{s}{folder}/")
            } else {
                s
            }
        });
        assets.copy_into(&out, &briefing_base)?;
        for example in &req.examples {
            let name = example
                .file_name()
                .ok_or_else(|| format!("{} is not a file", example.display()))?;
            let target = out.join("datasets").join(name);
            std::fs::create_dir_all(out.join("datasets")).map_err(|e| e.to_string())?;
            std::fs::copy(example, &target)
                .map_err(|e| format!("cannot copy {}: {e}", example.display()))?;
        }
        let json = c.json.as_deref().expect("checked");
        let options = SiteOptions {
            base: briefing_base.clone(),
            site_url,
        };
        let rendered = runtime.block_on(render_briefing(
            json,
            &assets.template(&briefing_base),
            &out,
            &options,
        ))?;
        briefings.push((dataset.id.clone(), folder, rendered.pages));
    }
    if shelf {
        let datasets: Vec<&Dataset> = checks.iter().filter_map(|c| c.dataset.as_ref()).collect();
        write_shelf(root, assets, &base, &datasets)?;
    }
    Ok(briefings)
}

/// The shelf page (`index.html`) and a not-found page for a site of several briefings: plain
/// documents with the site's stylesheet and no script.
fn write_shelf(
    root: &Path,
    assets: &Assets,
    base: &str,
    datasets: &[&Dataset],
) -> Result<(), String> {
    let css = assets
        .stylesheet()
        .ok_or("the assets have no stylesheet (style-*.css)")?;
    std::fs::copy(assets.dir.join(&css), root.join(&css)).map_err(|e| e.to_string())?;
    if let Some(icon) = std::fs::read_dir(&assets.dir)
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("favicon") && n.ends_with(".svg"))
    {
        let _ = std::fs::copy(assets.dir.join(&icon), root.join(&icon));
    }
    let mut items = String::new();
    for d in datasets {
        let latest = d.briefings.last();
        let date = latest.map(|b| b.as_of.to_string()).unwrap_or_default();
        items.push_str(&format!(
            "<li class=\"shelf-item\"><h2><a href=\"{base}/{id}/\">{title}</a></h2>\
             <p class=\"shelf-subtitle\">{subtitle}</p>\
             <p class=\"muted\">Latest briefing: <time>{date}</time> · {topics} topics · {sources} sources · {quotes} quotes · {briefings} briefings</p></li>",
            id = escape(&d.id),
            title = escape(&d.title),
            subtitle = escape(&d.subtitle),
            topics = d.topics.len(),
            sources = d.sources.len(),
            quotes = d.quotes.len(),
            briefings = d.briefings.len(),
        ));
    }
    let page = |title: &str, body: &str| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none'; base-uri 'self'\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\">\
             <title>{title}</title><link rel=\"stylesheet\" href=\"{base}/{css}\"></head>\
             <body><div class=\"shelf\"><header class=\"shelf-head\"><p class=\"brand\"><span class=\"brand-mark\" aria-hidden=\"true\">⇄</span>Counterpoint</p></header>\
             <main id=\"main\">{body}</main></div></body></html>\n"
        )
    };
    let index = page(
        "Briefings — Counterpoint",
        &format!(
            "<h1>Briefings</h1><p class=\"lede\">{n} sourced briefings. Each opens with its bottom line; every line leads back to its source.</p><ul class=\"shelf-list\">{items}</ul>",
            n = datasets.len()
        ),
    );
    std::fs::write(root.join("index.html"), index).map_err(|e| e.to_string())?;
    let not_found = page(
        "Not found — Counterpoint",
        &format!("<h1>Not found</h1><p>There is no page at this address. <a href=\"{base}/\">All briefings</a>.</p>"),
    );
    std::fs::write(root.join("404.html"), not_found).map_err(|e| e.to_string())?;
    Ok(())
}

/// The files of the previous build in `out` (its manifest), or none when `out` is missing or
/// empty. `Err` when `out` holds anything else: it is not ours to overwrite.
fn previous_build(out: &Path) -> Result<Vec<String>, String> {
    if !out.exists() {
        return Ok(Vec::new());
    }
    if !out.is_dir() {
        return Err(format!("{} exists and is not a folder", out.display()));
    }
    let manifest = out.join(MANIFEST);
    if manifest.is_file() {
        let text = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
        let m: Manifest = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} is damaged ({e}): remove the folder, or build elsewhere",
                manifest.display()
            )
        })?;
        return Ok(m.files);
    }
    let mut entries =
        std::fs::read_dir(out).map_err(|e| format!("cannot list {}: {e}", out.display()))?;
    if entries.next().is_some() {
        return Err(format!(
            "{} is not empty and was not written by `counterpoint build` (no {MANIFEST}): \
             nothing was written. Choose an empty or new folder",
            out.display()
        ));
    }
    Ok(Vec::new())
}

/// A staging folder beside `out`.
fn staging_dir(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "site".into());
    out.with_file_name(format!(".{name}.counterpoint-staging"))
}

/// Every file under `dir`, relative, `/`-separated, sorted.
fn list_files(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else if let Ok(rel) = p.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files);
    files.sort();
    files
}

/// Removes the previous build's files from `out`, moves the staged ones in, writes the manifest.
fn replace(
    out: &Path,
    staging: &Path,
    previous: &[String],
    files: &[String],
) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for rel in previous {
        // Only plain relative paths: a damaged manifest must not reach outside.
        if rel.split('/').any(|part| part == ".." || part.is_empty()) || rel.starts_with('/') {
            continue;
        }
        let p = out.join(rel);
        let _ = std::fs::remove_file(&p);
        // Folders the previous build made and that are now empty.
        let mut dir = p.parent();
        while let Some(d) = dir {
            if d == out || std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    for rel in files {
        let from = staging.join(rel);
        let to = out.join(rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        if std::fs::rename(&from, &to).is_err() {
            std::fs::copy(&from, &to).map_err(|e| format!("cannot write {}: {e}", to.display()))?;
        }
    }
    let manifest = Manifest {
        generator: format!("counterpoint {}", env!("CARGO_PKG_VERSION")),
        files: files.to_vec(),
    };
    std::fs::write(
        out.join(MANIFEST),
        serde_json::to_string_pretty(&manifest).expect("plain data"),
    )
    .map_err(|e| format!("cannot write the manifest: {e}"))
}
