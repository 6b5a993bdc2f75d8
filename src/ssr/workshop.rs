//! Where the full app (the workshop) is, for the islands to load it on demand.
//!
//! The build puts the workshop's files (`counterpoint-<hash>.js`, its `_bg.wasm`) beside the
//! islands' in the site folder. This writes the small module that starts it,
//! `workshop-<hash>.js`, and the `<meta name="cp-workshop">` tag every page carries: the
//! loader and the app's module with their Subresource Integrity hashes, and the WebAssembly,
//! whose hash the loader checks when it fetches it.

use base64::Engine;
use sha2::{Digest, Sha384};
use std::path::Path;

/// `sha384-…` of `bytes`, as SRI writes it.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// The workshop's files found in `dist`: `(js, wasm)` file names.
pub fn find(dist: &Path) -> Option<(String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let js = names
        .iter()
        .find(|n| n.starts_with("counterpoint-") && n.ends_with(".js"))?
        .clone();
    let wasm = format!("{}_bg.wasm", js.trim_end_matches(".js"));
    names.contains(&wasm).then_some((js, wasm))
}

/// The loader module's text: imports the app and starts it on its WebAssembly, checked.
pub fn loader(js: &str, wasm: &str, wasm_integrity: &str) -> String {
    format!(
        "// Starts Counterpoint's full app over a static page (written by the prerenderer).\n\
         import init from \"./{js}\";\n\
         init({{ module_or_path: fetch(new URL(\"./{wasm}\", import.meta.url), {{ integrity: \"{wasm_integrity}\" }}) }});\n"
    )
}

/// Writes the loader into `dist` and returns the `<meta>` tag for every page, with addresses
/// under `base` (e.g. `/counterpoint/`). `None` when the build has no workshop.
pub fn write(dist: &Path, base: &str) -> Option<String> {
    let (js, wasm) = find(dist)?;
    let js_bytes = std::fs::read(dist.join(&js)).ok()?;
    let wasm_bytes = std::fs::read(dist.join(&wasm)).ok()?;
    let text = loader(&js, &wasm, &integrity(&wasm_bytes));
    let hash = integrity(text.as_bytes());
    // A short name derived from the content, so a new build never reuses a cached loader.
    let short: String = hash["sha384-".len()..]
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect();
    let name = format!("workshop-{short}.js");
    std::fs::write(dist.join(&name), &text).ok()?;
    Some(format!(
        "<meta name=\"cp-workshop\" content=\"{base}{name}\" data-integrity=\"{hash}\" data-js=\"{base}{js}\" data-js-integrity=\"{}\" data-wasm=\"{base}{wasm}\">",
        integrity(&js_bytes)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_workshop_and_writes_a_checked_loader() {
        let dir = std::env::temp_dir().join(format!("cp-workshop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("islands-1.js"), "x").unwrap();
        std::fs::write(dir.join("counterpoint-ab.js"), "export default 1").unwrap();
        std::fs::write(dir.join("counterpoint-ab_bg.wasm"), [0u8, 97, 115, 109]).unwrap();
        assert_eq!(
            find(&dir),
            Some((
                "counterpoint-ab.js".into(),
                "counterpoint-ab_bg.wasm".into()
            ))
        );
        let meta = write(&dir, "/cp/").unwrap();
        assert!(
            meta.contains("data-js=\"/cp/counterpoint-ab.js\""),
            "{meta}"
        );
        assert!(meta.contains(&integrity(b"export default 1")), "{meta}");
        let name = meta
            .split("content=\"/cp/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(text.contains("import init from \"./counterpoint-ab.js\""));
        assert!(text.contains(&integrity(&[0u8, 97, 115, 109])));
        assert!(
            meta.contains(&integrity(text.as_bytes())),
            "the loader's own hash"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn no_workshop_files_no_tag() {
        let dir = std::env::temp_dir().join(format!("cp-no-workshop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(write(&dir, "/"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
