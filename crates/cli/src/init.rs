//! `counterpoint init DIR`: a small, valid briefing folder to start from: a dataset with two
//! parties, one topic, one source and its text, a README for the author and a GitHub Pages
//! workflow. `check` passes on it and `build` renders it.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const BRIEFING: &str = include_str!("init/briefing.json");
const ARTICLE: &str = include_str!("init/article.txt");
const README: &str = include_str!("init/README.md");
const WORKFLOW: &str = include_str!("init/publish.yml");
/// The starter source's id (its text is `sources/<id>.txt`).
const SOURCE_ID: &str = "example-gazette-2026-03-03";

/// Writes the starter briefing into `dir` (created; it must be missing or empty). Returns the
/// files written.
pub fn init(dir: &Path, title: Option<&str>) -> Result<Vec<PathBuf>, String> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err(format!("{} exists and is not a folder", dir.display()));
        }
        let mut entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "{} is not empty: `init` writes only into a new or empty folder, so nothing there is overwritten",
                dir.display()
            ));
        }
    }
    let title = title.unwrap_or("Riverland–Hillland water talks, 2026 (example)");
    let id = dataset_id(dir, title);
    let sha = format!("{:x}", Sha256::digest(ARTICLE.as_bytes()));
    let json_string = |s: &str| {
        let quoted = serde_json::to_string(s).expect("a string serialises");
        quoted[1..quoted.len() - 1].to_string()
    };
    let briefing = BRIEFING
        .replace("{{ID}}", &id)
        .replace("{{TITLE}}", &json_string(title))
        .replace("{{SHA256}}", &sha);
    let files: Vec<(PathBuf, String)> = vec![
        (PathBuf::from("briefing.json"), briefing),
        (
            PathBuf::from(format!("sources/{SOURCE_ID}.txt")),
            ARTICLE.to_string(),
        ),
        (
            PathBuf::from("README.md"),
            README.replace("{{TITLE}}", title),
        ),
        (
            PathBuf::from(".github/workflows/publish.yml"),
            WORKFLOW.to_string(),
        ),
    ];
    for (rel, text) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(files.into_iter().map(|(rel, _)| rel).collect())
}

/// A dataset id from the folder's name (lowercase letters, digits and dashes), else from the
/// title.
fn dataset_id(dir: &Path, title: &str) -> String {
    let slug = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        out.trim_end_matches('-').to_string()
    };
    let from_dir = dir
        .file_name()
        .map(|n| slug(&n.to_string_lossy()))
        .unwrap_or_default();
    if !from_dir.is_empty() {
        return from_dir;
    }
    let from_title = slug(title);
    if from_title.is_empty() {
        "briefing".into()
    } else {
        from_title
    }
}
