//! The WebAssembly assets a site is made of, built once by Trunk (`scripts/build-assets.sh`)
//! and reused for every briefing: the islands binary and its template (`index.html`), the full
//! app (`app-*.js`, `_bg.wasm`), the validator worker, the stylesheet, icons and the JSON
//! Schema. Nothing in them depends on a dataset, so `counterpoint build` compiles nothing.
//!
//! They are built under the public path [`BASE_PLACEHOLDER`]; a site's base replaces it as the
//! files are copied, so one asset build serves the root and any sub-path.

use std::path::{Path, PathBuf};

/// The public path the assets are built under, replaced by the site's base when copied.
pub const BASE_PLACEHOLDER: &str = "/__cp_base__/";

/// Where the assets are looked for when neither `--assets` nor `COUNTERPOINT_ASSETS` names
/// them: beside the binary's build folder (`target/site-assets` for `target/*/counterpoint`),
/// then `share/counterpoint/assets` of an installed prefix.
fn default_places() -> Vec<PathBuf> {
    let mut places = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        // target/debug/counterpoint (or target/debug/deps/cli-… for tests) → target/site-assets
        for up in exe.ancestors().skip(1).take(3) {
            places.push(up.join("site-assets"));
        }
        if let Some(prefix) = exe.parent().and_then(Path::parent) {
            places.push(prefix.join("share/counterpoint/assets"));
        }
    }
    places
}

/// A folder of assets, checked.
#[derive(Debug, Clone)]
pub struct Assets {
    /// The folder.
    pub dir: PathBuf,
    /// Trunk's `index.html`: the page template, with the placeholder base.
    template: String,
}

impl Assets {
    /// The assets in `explicit`, else `$COUNTERPOINT_ASSETS`, else the first default place
    /// that holds them. `Err`: where it looked, and how to make them.
    pub fn locate(explicit: Option<&Path>) -> Result<Assets, String> {
        let named = explicit
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("COUNTERPOINT_ASSETS").map(PathBuf::from));
        if let Some(dir) = named {
            return Assets::open(&dir);
        }
        let places = default_places();
        for dir in &places {
            if let Ok(a) = Assets::open(dir) {
                return Ok(a);
            }
        }
        let looked: Vec<String> = places.iter().map(|p| p.display().to_string()).collect();
        Err(format!(
            "no WebAssembly assets found (looked in {}). Build them once with \
             `bash scripts/build-assets.sh`, or name them with --assets DIR or COUNTERPOINT_ASSETS",
            looked.join(", ")
        ))
    }

    /// The assets in `dir`, if it holds them.
    pub fn open(dir: &Path) -> Result<Assets, String> {
        let index = dir.join("index.html");
        let template = std::fs::read_to_string(&index).map_err(|e| {
            format!(
                "{} is not an asset folder: cannot read {}: {e}",
                dir.display(),
                index.display()
            )
        })?;
        if !template.contains(BASE_PLACEHOLDER) {
            return Err(format!(
                "{} was not built as assets (no {BASE_PLACEHOLDER} in index.html): build them with `bash scripts/build-assets.sh`",
                index.display()
            ));
        }
        let has_app = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .any(|n| n.starts_with("app-") && n.ends_with(".js"));
        if !has_app {
            return Err(format!(
                "{} has no full app (app-*.js): build the assets with `bash scripts/build-assets.sh`",
                dir.display()
            ));
        }
        Ok(Assets {
            dir: dir.to_path_buf(),
            template,
        })
    }

    /// The page template for a site served under `base` (`""` or `/sub`, no trailing `/`).
    pub fn template(&self, base: &str) -> String {
        with_base(&self.template, base)
    }

    /// Copies every asset but the template into `out` (created), with the base in any text
    /// file that names the placeholder. Returns the files written, relative to `out`.
    pub fn copy_into(&self, out: &Path, base: &str) -> Result<Vec<PathBuf>, String> {
        let mut written = Vec::new();
        copy_dir(&self.dir, &self.dir, out, base, &mut written)?;
        Ok(written)
    }

    /// The stylesheet's file name (`style-<hash>.css`), for pages outside a briefing.
    pub fn stylesheet(&self) -> Option<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .ok()?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with("style") && n.ends_with(".css"))
            .collect();
        names.sort();
        names.into_iter().next()
    }
}

/// `text` with the placeholder base replaced by `base` + `/`.
pub fn with_base(text: &str, base: &str) -> String {
    text.replace(
        BASE_PLACEHOLDER,
        &format!("{}/", base.trim_end_matches('/')),
    )
}

fn copy_dir(
    root: &Path,
    dir: &Path,
    out: &Path,
    base: &str,
    written: &mut Vec<PathBuf>,
) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let path = entry.path();
        let rel = path.strip_prefix(root).expect("under root").to_path_buf();
        if rel == Path::new("index.html") {
            continue;
        }
        let target = out.join(&rel);
        if path.is_dir() {
            copy_dir(root, &path, out, base, written)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let text_file = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("js" | "css" | "html" | "json" | "webmanifest")
        );
        let bytes = match std::str::from_utf8(&bytes) {
            Ok(text) if text_file && text.contains(BASE_PLACEHOLDER) => {
                with_base(text, base).into_bytes()
            }
            _ => bytes,
        };
        std::fs::write(&target, bytes)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        written.push(rel);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
