//! The offline service worker: `static/sw.js` with this build's id, file list and shell (what
//! it precaches with Save-Data on) filled in.

use std::path::Path;

/// The service worker's template (see its header for the caching strategy).
const SERVICE_WORKER: &str = include_str!("../../../../static/sw.js");

/// Writes `DIST/sw.js` (see [`script`]): the template with this build's id (a hash of every file's path and
/// content, so any change to the build makes a new cache) and every file of the build,
/// relative to the site's base (pages as their folder URL, as readers request them).
/// Returns the build id and the number of files.
pub fn write(dist: &Path) -> (String, usize) {
    let mut files = Vec::new();
    collect_files(dist, dist, &mut files);
    let (build, script, count) = script(files);
    std::fs::write(dist.join("sw.js"), script).expect("write sw.js");
    (build, count)
}

/// The service worker for a build made of `files` (path relative to the base, content): its
/// build id, its text and how many files it precaches. `sw.js` itself is left out.
pub fn script(mut files: Vec<(String, Vec<u8>)>) -> (String, String, usize) {
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
    let shell: Vec<&String> = urls.iter().filter(|url| is_shell(url)).collect();
    let list = serde_json::to_string(&urls).expect("strings serialise");
    let shell = serde_json::to_string(&shell).expect("strings serialise");
    let script = SERVICE_WORKER
        .replacen("\"__CP_BUILD__\"", &format!("\"{build}\""), 1)
        .replacen("/*__CP_FILES__*/ []", &list, 1)
        .replacen("/*__CP_SHELL__*/ []", &shell, 1);
    assert!(
        script.contains(&build)
            && !script.contains("__CP_FILES__")
            && !script.contains("__CP_SHELL__"),
        "static/sw.js lost its placeholders"
    );
    let count = urls.len();
    (build, script, count)
}

/// Whether a file (as listed for the worker) is part of the shell every page needs, which the
/// worker precaches even with Save-Data on: the top-level stylesheets, scripts and WebAssembly
/// (Trunk's hashed output, whatever binaries the build has), icons, and the not-found page
/// (the offline answer for a page not cached yet). Pages, datasets and `_headers` are not.
fn is_shell(url: &str) -> bool {
    const SHELL_TYPES: [&str; 7] = ["css", "js", "wasm", "svg", "ico", "png", "webmanifest"];
    let top_level = !url.contains('/');
    let ext = url.rsplit_once('.').map(|(_, ext)| ext);
    url == "404.html" || (top_level && ext.is_some_and(|ext| SHELL_TYPES.contains(&ext)))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, content: &str) -> (String, Vec<u8>) {
        (path.to_string(), content.as_bytes().to_vec())
    }

    #[test]
    fn pages_are_listed_as_their_folder_and_sw_js_is_left_out() {
        let (_, script, count) = script(vec![
            file("index.html", "<p>home"),
            file("topics/tariffs/index.html", "<p>t"),
            file("style-1.css", "p{}"),
            file("sw.js", "old"),
        ]);
        assert_eq!(count, 3);
        assert!(
            script.contains(r#"["./","style-1.css","topics/tariffs/"]"#),
            "{script}"
        );
        assert!(!script.contains("__CP_FILES__") && !script.contains("__CP_BUILD__"));
    }

    #[test]
    fn the_save_data_shell_is_every_top_level_asset_and_the_not_found_page() {
        let (_, script, _) = script(vec![
            file("index.html", "<p>home"),
            file("404.html", "<p>not found"),
            file("topics/tariffs/index.html", "<p>t"),
            file("style-1.css", "p{}"),
            file("counterpoint-2.js", "x"),
            file("counterpoint-2_bg.wasm", "w"),
            // A second binary is found by its type, not its name.
            file("islands-3.js", "y"),
            file("islands-3_bg.wasm", "v"),
            file("favicon-4.svg", "<svg/>"),
            file("datasets/us-japan-2019.json", "{}"),
            file("datasets/schema.json", "{}"),
            file("_headers", "/*"),
        ]);
        assert!(
            script.contains(
                r#"const SHELL = ["404.html","counterpoint-2.js","counterpoint-2_bg.wasm","favicon-4.svg","islands-3.js","islands-3_bg.wasm","style-1.css"];"#
            ),
            "{script}"
        );
        assert!(
            script.contains("saveData"),
            "the install step reads Save-Data"
        );
    }

    #[test]
    fn any_change_to_the_build_makes_a_new_build_id() {
        let a = script(vec![file("index.html", "one")]).0;
        let b = script(vec![file("index.html", "two")]).0;
        let c = script(vec![file("index2.html", "one")]).0;
        assert_eq!(a, script(vec![file("index.html", "one")]).0);
        assert!(a != b && a != c && b != c);
        assert_eq!(a.len(), 16);
    }
}
