//! Islands on intent (#23): Trunk's template starts the islands binary on every page load
//! (an inline module that imports its JS and instantiates its WebAssembly, with a
//! `modulepreload` and a `preload` that fetch both at once). The built pages load it only when
//! the reader uses the page: this takes Trunk's loader and preloads out of the template, writes
//! a loader module of ours (`islands-loader-<hash>.js`: the WebAssembly checked against its hash
//! as it is fetched; a failure is announced with [`FAILED_EVENT`]) and names it and the binary's
//! files, with their Subresource Integrity hashes, on a `<meta name="cp-islands">` tag shaped
//! like the workshop's, which the page's start script (index.html) reads on intent. A loader
//! file rather than `import()` in the start script: Trunk's HTML minifier leaves an inline
//! script with `import(` unminified.

use super::template::{escape, settings};
use super::workshop::{integrity, short};
use lol_html::{element, rewrite_str};
use std::cell::RefCell;
use std::path::Path;

/// Dispatched on `window` by the loader when the binary cannot start (its WebAssembly failed
/// its hash, or the network): the start script releases what it held.
pub const FAILED_EVENT: &str = "counterpoint-islands-failed";
/// Where the start script leaves its fetch of the WebAssembly (checked against the hash on the
/// tag), begun with the modules' so that the three files come at once and the WebAssembly once.
pub const WASM_FETCH: &str = "counterpointIslandsWasm";

/// The islands binary's files as the template names them: addresses (with the site's base)
/// and integrity hashes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IslandsFiles {
    pub js: String,
    pub js_integrity: String,
    pub wasm: String,
    pub wasm_integrity: String,
}

/// The last part of an address: the file's name in the site folder.
fn file_name(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}

impl IslandsFiles {
    /// The loader module's text: imports the binary's JS (preloaded with its hash by the start
    /// script) and starts it on its WebAssembly, checked as it is fetched.
    pub fn loader(&self) -> String {
        format!(
            "// Starts Counterpoint's islands on the reader's intent (written by the counterpoint command).\n\
             import init from \"./{js}\";\n\
             init({{ module_or_path: self.{WASM_FETCH} || fetch(new URL(\"./{wasm}\", import.meta.url), {{ integrity: \"{hash}\" }}) }})\n  \
             .catch((e) => dispatchEvent(new CustomEvent(\"{FAILED_EVENT}\", {{ detail: String(e) }})));\n",
            js = file_name(&self.js),
            wasm = file_name(&self.wasm),
            hash = self.wasm_integrity,
        )
    }

    /// Writes the loader into `dist` (the folder holding the binary) and returns the tag the
    /// start script reads; `base` is the site's path, ending in `/`. On intent the start script
    /// fetches the JS and the loader (`modulepreload`s with their hashes) and the WebAssembly
    /// (with its hash, handed to the loader as [`WASM_FETCH`]) all at once, and runs the loader
    /// (a module script with its hash) once both modules are in, so that the loader's import
    /// is the checked copy.
    pub fn write_loader(&self, dist: &Path, base: &str) -> Result<String, String> {
        let text = self.loader();
        let hash = integrity(text.as_bytes());
        let name = format!("islands-loader-{}.js", short(&hash));
        std::fs::write(dist.join(&name), &text)
            .map_err(|e| format!("cannot write {}: {e}", dist.join(&name).display()))?;
        Ok(format!(
            "<meta name=\"cp-islands\" content=\"{}\" data-integrity=\"{hash}\" data-js=\"{}\" data-js-integrity=\"{}\" data-wasm=\"{}\" data-wasm-integrity=\"{}\">",
            escape(&format!("{base}{name}")),
            escape(&self.js),
            escape(&self.js_integrity),
            escape(&self.wasm),
            escape(&self.wasm_integrity),
        ))
    }
}

/// Whether `href` names one of the islands binary's files (`islands-<hash>.js`,
/// `islands-<hash>_bg.wasm`).
fn is_islands_file(href: &str) -> bool {
    file_name(href).starts_with("islands-")
}

/// The template without Trunk's start of the islands, and the files it started; `None` (the
/// template unchanged) when the template does not preload both files with their hashes, since
/// the start script could then not check what it loads.
pub fn on_intent(template: &str) -> Option<(String, IslandsFiles)> {
    let found = RefCell::new(IslandsFiles::default());
    let read = |el: &lol_html::html_content::Element<'_, '_>| {
        (
            el.get_attribute("href").unwrap_or_default(),
            el.get_attribute("integrity").unwrap_or_default(),
        )
    };
    // First pass: read what Trunk preloads.
    let _ = rewrite_str(
        template,
        settings(vec![
            element!("link[rel=modulepreload][href]", |el| {
                let (href, integrity) = read(el);
                if is_islands_file(&href) && href.ends_with(".js") {
                    let mut f = found.borrow_mut();
                    (f.js, f.js_integrity) = (href, integrity);
                }
                Ok(())
            }),
            element!("link[rel=preload][href]", |el| {
                let (href, integrity) = read(el);
                if is_islands_file(&href) && href.ends_with("_bg.wasm") {
                    let mut f = found.borrow_mut();
                    (f.wasm, f.wasm_integrity) = (href, integrity);
                }
                Ok(())
            }),
        ]),
    );
    let files = found.into_inner();
    if [
        &files.js,
        &files.js_integrity,
        &files.wasm,
        &files.wasm_integrity,
    ]
    .iter()
    .any(|s| s.is_empty())
    {
        return None;
    }
    // Second pass: take out the preloads and Trunk's inline loader (the template's only inline
    // module script).
    let out = rewrite_str(
        template,
        settings(vec![
            element!(
                "link[rel=modulepreload][href], link[rel=preload][href]",
                |el| {
                    if is_islands_file(&el.get_attribute("href").unwrap_or_default()) {
                        el.remove();
                    }
                    Ok(())
                }
            ),
            element!("script[type=module]:not([src])", |el| {
                el.remove();
                Ok(())
            }),
        ]),
    )
    .ok()?;
    Some((out, files))
}

#[cfg(test)]
mod tests;
