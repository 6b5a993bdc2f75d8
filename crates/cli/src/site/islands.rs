//! Islands on intent (#23): Trunk's template starts the islands binary on every page load
//! (an inline module that imports its JS and instantiates its WebAssembly, with a
//! `modulepreload` and a `preload` that fetch both at once). The built pages load it only when
//! the reader uses the page: this takes Trunk's loader and preloads out of the template and
//! names the binary's files, with their Subresource Integrity hashes, on a
//! `<meta name="cp-islands">` tag, which the page's start script (index.html) reads on intent.

use super::template::{escape, settings};
use lol_html::{element, rewrite_str};
use std::cell::RefCell;

/// The islands binary's files as the template names them: addresses (with the site's base)
/// and integrity hashes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IslandsFiles {
    pub js: String,
    pub js_integrity: String,
    pub wasm: String,
    pub wasm_integrity: String,
}

impl IslandsFiles {
    /// The tag the start script reads.
    pub fn meta_tag(&self) -> String {
        format!(
            "<meta name=\"cp-islands\" data-js=\"{}\" data-js-integrity=\"{}\" data-wasm=\"{}\" data-wasm-integrity=\"{}\">",
            escape(&self.js),
            escape(&self.js_integrity),
            escape(&self.wasm),
            escape(&self.wasm_integrity)
        )
    }
}

/// Whether `href` names one of the islands binary's files (`islands-<hash>.js`,
/// `islands-<hash>_bg.wasm`).
fn is_islands_file(href: &str) -> bool {
    href.rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with("islands-"))
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
