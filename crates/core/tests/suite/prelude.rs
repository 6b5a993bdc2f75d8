//! What the suite's modules share: where the files are, the two datasets (as text, as JSON, as a
//! dataset and as a store), the source articles with their "skip unless CI" rule, the checker
//! binary, and the assertion that lists every failure at once.

use counterpoint_core::model::{parse_dataset, Dataset, Store, EMBEDDED_JSON};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

// ---- where things are -------------------------------------------------------------------------

/// The core crate's folder (`crates/core`).
pub const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// The embedded dataset's file, as a user would pass it to `check-dataset`.
pub const EMBEDDED_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/us-china-2025.json");

/// The second, small dataset: the US–Japan trade agreement of 2019.
pub const EXAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/examples/us-japan-2019.json"
);

/// The committed JSON Schema of the dataset.
#[cfg(feature = "schema")]
pub const SCHEMA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../schema/dataset.schema.json"
);

/// Every crash `cargo fuzz` ever found, once fixed.
pub const FUZZ_REGRESSIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/regressions");

/// Small datasets written for the tests (`minimal.json`, and broken ones in `invalid/`).
pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// The path of `tests/fixtures/NAME` (`NAME` may hold a folder: `invalid/x.json`).
pub fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

// ---- the datasets -----------------------------------------------------------------------------

/// The example dataset's text, compiled in (so a test never depends on the working directory).
pub const EXAMPLE_JSON: &str = include_str!("../../../../data/examples/us-japan-2019.json");

/// The example dataset, as JSON.
pub fn example_value() -> Value {
    serde_json::from_str(EXAMPLE_JSON).expect("the example is JSON")
}

/// The example dataset, loaded through the same store as the embedded one.
pub fn example_store() -> Store {
    Store::from_json(EXAMPLE_JSON).unwrap_or_else(|p| panic!("the example is invalid: {p:#?}"))
}

/// The embedded dataset, as JSON (for the schema tests).
#[cfg_attr(not(feature = "schema"), allow(dead_code))]
pub fn embedded_value() -> Value {
    serde_json::from_str(EMBEDDED_JSON).expect("the embedded dataset is valid JSON")
}

/// The embedded dataset, loaded and validated; a failure lists every problem.
pub fn embedded_dataset() -> Dataset {
    parse_dataset(EMBEDDED_JSON).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        panic!("the embedded dataset is invalid:\n  {}", list.join("\n  "))
    })
}

// ---- the source articles ----------------------------------------------------------------------

/// Source id → seed file name in `/work/shared/seeds/` (`../shared/seeds/` beside the repository).
pub const SEEDS: &[(&str, &str)] = &[
    ("explainer-2025-05-09", "000_4a903212e1dbdf8c.txt"),
    ("kyodo-2025-05-07", "001_e3227691fdbe46a9.txt"),
    ("translated-report-2025-05-07", "002_5b8b5ba84be35134.txt"),
    ("washington-times-2025-06-04", "003_5e81e50beb7b1ebe.txt"),
    ("korean-report-2025-05-07", "004_b9bc1d9b92c79c4f.txt"),
];

/// The folder of the source articles, outside the repository.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(MANIFEST_DIR).join("../../../shared/seeds")
}

/// The declared normalization (`texts::normalize`): NFC, quotation marks straight, dashes `-`,
/// every whitespace run one space, trimmed. How a quote or excerpt is compared with its article.
pub fn normalise(s: &str) -> String {
    counterpoint_core::texts::normalize(s)
}

/// Are the articles here? When not, prints a notice and says no, except on CI (env var `CI`
/// set), where a missing folder fails instead: the checks must not pass by skipping.
pub fn seeds_present() -> bool {
    let dir = seeds_dir();
    if dir.is_dir() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("the source articles are missing: expected them in {} (CI is set, so this check cannot be skipped)", dir.display());
    }
    eprintln!(
        "notice: {} not found; skipping the checks against the source articles",
        dir.display()
    );
    false
}

/// Normalised text of each source, or `None` (after a notice) when the seeds are not here.
pub fn source_texts() -> Option<BTreeMap<&'static str, String>> {
    if !seeds_present() {
        return None;
    }
    let dir = seeds_dir();
    let mut texts = BTreeMap::new();
    for (id, file) in SEEDS {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("source \"{id}\": cannot read {}: {e}", path.display()));
        texts.insert(*id, normalise(&text));
    }
    Some(texts)
}

/// The raw text of each source of the embedded dataset, read from the file its `text.file`
/// names (relative to the dataset's folder, `data/`), as `counterpoint check` reads it; `None`
/// (after a notice) when the seeds are not here.
pub fn embedded_raw_texts() -> Option<BTreeMap<String, String>> {
    if !seeds_present() {
        return None;
    }
    let data = PathBuf::from(EMBEDDED_PATH)
        .parent()
        .expect("the dataset's folder")
        .to_path_buf();
    let mut texts = BTreeMap::new();
    for s in embedded_dataset().sources {
        let t = s
            .text
            .unwrap_or_else(|| panic!("source \"{}\" names no text file", s.id));
        let path = data.join(&t.file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("source \"{}\": cannot read {}: {e}", s.id, path.display()));
        texts.insert(s.id, text);
    }
    Some(texts)
}

// ---- the checker, as a user runs it -----------------------------------------------------------

/// Runs `check-dataset ARGS…`; returns its exit code and its stdout followed by its stderr.
pub fn check_dataset(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-dataset"))
        .args(args)
        .output()
        .expect("check-dataset runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

// ---- assertions -------------------------------------------------------------------------------

/// Fails, listing every one, when `failures` is not empty: "N WHAT:" then one failure a line.
/// Tests collect all their failures first so one run shows every broken item.
#[track_caller]
pub fn assert_no_failures(failures: &[String], what: &str) {
    assert!(
        failures.is_empty(),
        "{} {what}:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

// ---- files written by a test ------------------------------------------------------------------

/// A file in a folder of its own under the system's temp folder, removed (with its folder) when
/// dropped, also when the test fails.
pub struct TempFile {
    dir: PathBuf,
    path: PathBuf,
}

impl TempFile {
    /// Writes `text` to a fresh `NAME` (one folder per test binary run and name, so tests that
    /// run at once never share a file).
    pub fn new(name: &str, text: &str) -> TempFile {
        let dir = std::env::temp_dir().join(format!("cp-suite-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        TempFile { dir, path }
    }

    /// The file's path, as a command-line argument.
    pub fn path(&self) -> &str {
        self.path.to_str().expect("a UTF-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
