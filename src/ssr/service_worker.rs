//! The offline service worker: `static/sw.js` with this build's id and file list filled in.

use std::path::Path;

/// The service worker's template (see its header for the caching strategy).
const SERVICE_WORKER: &str = include_str!("../../static/sw.js");

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
    let list = serde_json::to_string(&urls).expect("strings serialise");
    let script = SERVICE_WORKER
        .replacen("\"__CP_BUILD__\"", &format!("\"{build}\""), 1)
        .replacen("/*__CP_FILES__*/ []", &list, 1);
    assert!(
        script.contains(&build) && !script.contains("__CP_FILES__"),
        "static/sw.js lost its placeholders"
    );
    let count = urls.len();
    (build, script, count)
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
    fn any_change_to_the_build_makes_a_new_build_id() {
        let a = script(vec![file("index.html", "one")]).0;
        let b = script(vec![file("index.html", "two")]).0;
        let c = script(vec![file("index2.html", "one")]).0;
        assert_eq!(a, script(vec![file("index.html", "one")]).0);
        assert!(a != b && a != c && b != c);
        assert_eq!(a.len(), 16);
    }
}
