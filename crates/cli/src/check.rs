//! `counterpoint check`: a dataset file against every rule, and against its sources' texts
//! when they are given. Every problem at once, each with its JSON path, line:column and plain
//! words; warnings (e.g. a source without a text, whose excerpts stay unchecked) apart.

use counterpoint_core::model::validate::locate_all;
use counterpoint_core::model::{parse_dataset, Dataset, Problem};
use counterpoint_core::texts::{attribution_warnings, check_against_texts, editorial_problems};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One dataset file, checked.
#[derive(Debug)]
pub struct Checked {
    /// The file, as named.
    pub path: PathBuf,
    /// Its text, when it could be read.
    pub json: Option<String>,
    /// The dataset, when it parsed and passed the schema's checks (it may still have errors
    /// against its sources).
    pub dataset: Option<Dataset>,
    /// What makes it unfit to publish.
    pub errors: Vec<Problem>,
    /// What an author should know (unchecked excerpts).
    pub warnings: Vec<Problem>,
}

impl Checked {
    /// `true` when nothing stops it from being published.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty() && self.dataset.is_some()
    }
}

/// Checks the dataset at `path`. Source texts come from `texts_dir` when given (a file named
/// `<source-id>.txt`, else the file name of the source's `text.file`), else from the file each
/// source names, relative to the dataset.
pub fn check_file(path: &Path, texts_dir: Option<&Path>) -> Checked {
    let mut checked = Checked {
        path: path.to_path_buf(),
        json: None,
        dataset: None,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let json = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                checked
                    .errors
                    .push(problem("", "the file is not UTF-8 text"));
                return checked;
            }
        },
        Err(e) => {
            checked
                .errors
                .push(problem("", &format!("cannot read the file: {e}")));
            return checked;
        }
    };
    match parse_dataset(&json) {
        Err(problems) => checked.errors = problems,
        Ok(dataset) => {
            let mut errors = editorial_problems(&dataset);
            let (texts, mut unreadable) = read_texts(&dataset, path, texts_dir);
            errors.append(&mut unreadable);
            let found = check_against_texts(&dataset, &texts);
            errors.extend(found.errors);
            let mut warnings = found.warnings;
            warnings.extend(attribution_warnings(&dataset));
            locate_all(&json, &mut errors);
            locate_all(&json, &mut warnings);
            errors.sort_by_key(|p| p.line_col);
            checked.errors = errors;
            checked.warnings = warnings;
            checked.dataset = Some(dataset);
        }
    }
    checked.json = Some(json);
    checked
}

/// The text of each source that has one: source id → text. Texts a source names but that
/// cannot be read are problems at `sources[i].text.file`.
fn read_texts(
    dataset: &Dataset,
    dataset_path: &Path,
    texts_dir: Option<&Path>,
) -> (BTreeMap<String, String>, Vec<Problem>) {
    let here = dataset_path.parent().unwrap_or(Path::new("."));
    let mut texts = BTreeMap::new();
    let mut problems = Vec::new();
    for (i, source) in dataset.sources.iter().enumerate() {
        let named = source.text.as_ref().map(|t| here.join(&t.file));
        let candidates: Vec<PathBuf> = match texts_dir {
            Some(dir) => {
                let mut c = vec![dir.join(format!("{}.txt", source.id))];
                if let Some(name) = named.as_ref().and_then(|p| p.file_name()) {
                    c.push(dir.join(name));
                }
                c
            }
            None => named.iter().cloned().collect(),
        };
        let Some(found) = candidates.iter().find(|p| p.is_file()) else {
            if let (Some(file), None) = (&named, texts_dir) {
                problems.push(problem(
                    &format!("sources[{i}].text.file"),
                    &format!(
                        "the source's text {} cannot be found (the path is relative to the dataset file)",
                        file.display()
                    ),
                ));
            }
            continue;
        };
        match std::fs::read_to_string(found) {
            Ok(text) => {
                texts.insert(source.id.clone(), text);
            }
            Err(e) => problems.push(problem(
                &format!("sources[{i}].text.file"),
                &format!("cannot read the source's text {}: {e}", found.display()),
            )),
        }
    }
    (texts, problems)
}

fn problem(path: &str, message: &str) -> Problem {
    Problem {
        path: path.to_string(),
        line_col: None,
        message: message.to_string(),
    }
}

/// The human report of one file: a head line, then one problem a line.
pub fn human_report(c: &Checked) -> String {
    let mut out = String::new();
    let name = c.path.display();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    if c.is_ok() {
        let d = c.dataset.as_ref().expect("ok has a dataset");
        out.push_str(&format!(
            "{name}: OK — {} sources, {} actors, {} topics, {} quotes, {} events, {} figures, {} disputes, {} commitments, {} number groups, {} briefings",
            d.sources.len(), d.actors.len(), d.topics.len(), d.quotes.len(), d.events.len(), d.figures.len(), d.disputes.len(), d.commitments.len(), d.number_groups.len(), d.briefings.len()
        ));
    } else {
        out.push_str(&format!("{name}: {}", plural(c.errors.len(), "problem")));
    }
    if !c.warnings.is_empty() {
        out.push_str(&format!(", {}", plural(c.warnings.len(), "warning")));
    }
    out.push('\n');
    for p in &c.errors {
        out.push_str(&format!("  error: {p}\n"));
    }
    for p in &c.warnings {
        out.push_str(&format!("  warning: {p}\n"));
    }
    out
}

/// One problem in the JSON report.
#[derive(Serialize)]
struct JsonProblem<'a> {
    severity: &'a str,
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

/// One file in the JSON report.
#[derive(Serialize)]
struct JsonFile<'a> {
    file: String,
    ok: bool,
    problems: Vec<JsonProblem<'a>>,
}

/// The JSON report of every file (`--format json`): `{"ok": …, "files": [{"file", "ok",
/// "problems": [{"severity", "path", "line", "column", "message"}]}]}`.
pub fn json_report(all: &[Checked]) -> String {
    let files: Vec<JsonFile<'_>> = all
        .iter()
        .map(|c| {
            let rows = c
                .errors
                .iter()
                .map(|p| ("error", p))
                .chain(c.warnings.iter().map(|p| ("warning", p)))
                .map(|(severity, p)| JsonProblem {
                    severity,
                    path: &p.path,
                    line: p.line_col.map(|(l, _)| l),
                    column: p.line_col.map(|(_, c)| c),
                    message: &p.message,
                })
                .collect();
            JsonFile {
                file: c.path.display().to_string(),
                ok: c.is_ok(),
                problems: rows,
            }
        })
        .collect();
    let ok = all.iter().all(Checked::is_ok);
    serde_json::to_string_pretty(&serde_json::json!({ "ok": ok, "files": files }))
        .expect("plain data serialises")
}
