//! Where the full app (the workshop) is, for the islands to load it on demand.
//!
//! The build puts the workshop's files (`app-<hash>.js`, its `_bg.wasm`) beside the
//! islands' in the site folder. This writes the small module that starts it,
//! `workshop-<hash>.js`, and the `<meta name="cp-workshop">` tag every page carries: the
//! loader and the app's module with their Subresource Integrity hashes, and the WebAssembly,
//! whose hash the loader checks when it fetches it.
//!
//! It also makes the dataset validator's worker (Trunk's `validator.js` and `validator_bg.wasm`,
//! unhashed: Trunk names workers after their binary) into files named by their content, so a
//! host or browser cache never pairs an old worker with a new app; the tag names its script.

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
        .find(|n| n.starts_with("app-") && n.ends_with(".js"))?
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

/// A short name part derived from an SRI hash, so a new build never reuses a cached file.
pub fn short(hash: &str) -> String {
    hash["sha384-".len()..]
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect()
}

/// Trunk's files of the validator worker: the no-modules glue and its WebAssembly.
const WORKER_GLUE: &str = "validator.js";
const WORKER_WASM: &str = "validator_bg.wasm";
/// Trunk's own start-up script for the worker, replaced by the one written here.
const WORKER_SHIM: &str = "validator_loader.js";

/// The worker's script: the glue (it defines `wasm_bindgen`), then its start on the
/// WebAssembly, checked against its hash as it is fetched (a classic worker has no SRI of its
/// own; its name is its hash).
pub fn worker_script(glue: &str, wasm: &str, wasm_integrity: &str) -> String {
    format!(
        "{glue}\n// Started by Counterpoint's prerenderer: the WebAssembly is checked as it is fetched.\n\
         wasm_bindgen({{ module_or_path: fetch(new URL(\"./{wasm}\", self.location.href), {{ integrity: \"{wasm_integrity}\" }}) }});\n"
    )
}

/// Renames the validator worker's files in `dist` after their content (see the module's doc)
/// and returns the script's file name; `None` when the build has no worker.
pub fn write_worker(dist: &Path) -> Option<String> {
    let glue = std::fs::read_to_string(dist.join(WORKER_GLUE)).ok()?;
    let wasm_bytes = std::fs::read(dist.join(WORKER_WASM)).ok()?;
    let wasm_hash = integrity(&wasm_bytes);
    let wasm = format!("validator-{}_bg.wasm", short(&wasm_hash));
    let script = worker_script(&glue, &wasm, &wasm_hash);
    let name = format!("validator-{}.js", short(&integrity(script.as_bytes())));
    std::fs::write(dist.join(&wasm), &wasm_bytes).ok()?;
    std::fs::write(dist.join(&name), &script).ok()?;
    for old in [WORKER_GLUE, WORKER_WASM, WORKER_SHIM] {
        let _ = std::fs::remove_file(dist.join(old));
    }
    Some(name)
}

/// Writes the loader (and the worker, see [`write_worker`]) into `dist` and returns the
/// `<meta>` tag for every page, with addresses under `base` (e.g. `/counterpoint/`), naming the
/// site's dataset file `dataset` (relative to `base`), which the full app fetches. `None` when
/// the build has no workshop.
pub fn write(dist: &Path, base: &str, dataset: &str) -> Option<String> {
    let (js, wasm) = find(dist)?;
    let js_bytes = std::fs::read(dist.join(&js)).ok()?;
    let wasm_bytes = std::fs::read(dist.join(&wasm)).ok()?;
    let text = loader(&js, &wasm, &integrity(&wasm_bytes));
    let hash = integrity(text.as_bytes());
    let name = format!("workshop-{}.js", short(&hash));
    std::fs::write(dist.join(&name), &text).ok()?;
    let worker = write_worker(dist)
        .map(|w| format!(" data-worker=\"{base}{w}\""))
        .unwrap_or_default();
    Some(format!(
        "<meta name=\"cp-workshop\" content=\"{base}{name}\" data-integrity=\"{hash}\" data-js=\"{base}{js}\" data-js-integrity=\"{}\" data-wasm=\"{base}{wasm}\"{worker} data-dataset=\"{base}{dataset}\">",
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
        std::fs::write(dir.join("app-ab.js"), "export default 1").unwrap();
        std::fs::write(dir.join("app-ab_bg.wasm"), [0u8, 97, 115, 109]).unwrap();
        assert_eq!(
            find(&dir),
            Some(("app-ab.js".into(), "app-ab_bg.wasm".into()))
        );
        let meta = write(&dir, "/cp/", "datasets/x.json").unwrap();
        assert!(meta.contains("data-js=\"/cp/app-ab.js\""), "{meta}");
        assert!(meta.contains(&integrity(b"export default 1")), "{meta}");
        assert!(
            meta.contains("data-dataset=\"/cp/datasets/x.json\""),
            "{meta}"
        );
        let name = meta
            .split("content=\"/cp/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(text.contains("import init from \"./app-ab.js\""));
        assert!(text.contains(&integrity(&[0u8, 97, 115, 109])));
        assert!(
            meta.contains(&integrity(text.as_bytes())),
            "the loader's own hash"
        );
        assert!(!meta.contains("data-worker"), "no worker in this build");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_worker_is_renamed_after_its_content_and_checks_its_webassembly() {
        let dir = std::env::temp_dir().join(format!("cp-worker-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app-ab.js"), "export default 1").unwrap();
        std::fs::write(dir.join("app-ab_bg.wasm"), [0u8]).unwrap();
        std::fs::write(dir.join(WORKER_GLUE), "let wasm_bindgen = 1;").unwrap();
        std::fs::write(dir.join(WORKER_WASM), [0u8, 97, 115, 109, 1]).unwrap();
        std::fs::write(dir.join(WORKER_SHIM), "importScripts('./validator.js')").unwrap();
        let meta = write(&dir, "/cp/", "datasets/x.json").unwrap();
        let script = meta
            .split("data-worker=\"/cp/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        assert!(
            script.starts_with("validator-") && script.ends_with(".js"),
            "{script}"
        );
        let text = std::fs::read_to_string(dir.join(&script)).unwrap();
        assert!(text.starts_with("let wasm_bindgen = 1;"));
        let wasm_hash = integrity(&[0u8, 97, 115, 109, 1]);
        let wasm = format!("validator-{}_bg.wasm", short(&wasm_hash));
        assert!(
            text.contains(&format!(
                "new URL(\"./{wasm}\", self.location.href), {{ integrity: \"{wasm_hash}\" }}"
            )),
            "{text}"
        );
        assert_eq!(
            std::fs::read(dir.join(&wasm)).unwrap(),
            [0u8, 97, 115, 109, 1]
        );
        assert_eq!(
            script,
            format!("validator-{}.js", short(&integrity(text.as_bytes())))
        );
        for old in [WORKER_GLUE, WORKER_WASM, WORKER_SHIM] {
            assert!(!dir.join(old).exists(), "{old} left behind");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn no_workshop_files_no_tag() {
        let dir = std::env::temp_dir().join(format!("cp-no-workshop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(write(&dir, "/", "datasets/x.json"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
