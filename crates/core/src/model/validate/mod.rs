//! Loading and validation: every problem in a dataset at once, each with where it is and
//! what is wrong in plain words.
//!
//! [`parse_dataset`] reads a file: a well-formed one goes straight into the types and through
//! [`validate`] (`checks`: ids, references, required content, one function per kind of item);
//! one that does not is diagnosed item by item (`diagnose`). `messages` rewords serde's
//! errors in plain words; `place` gives each problem its line:column in the file.

mod checks;
mod diagnose;
mod glossary;
mod messages;
mod place;

#[cfg(test)]
mod tests;

pub use checks::validate;

use super::types::*;
use diagnose::diagnose;
use messages::version_problem;
use place::place_problems;
use std::fmt;

/// Largest dataset file accepted, in bytes.
pub const MAX_DATASET_BYTES: usize = 20 * 1024 * 1024;

/// One problem found in a dataset. Serialisable: the browser's validator worker sends them to
/// the page.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// JSON path, e.g. `topics[2].points[0].stances[1].party`; empty for the whole file.
    pub path: String,
    /// `line:column` in the file, when known.
    pub line_col: Option<(usize, usize)>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            line_col: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote = false;
        if !self.path.is_empty() {
            write!(f, "{}", self.path)?;
            wrote = true;
        }
        if let Some((l, c)) = self.line_col {
            write!(f, "{}line {l}:{c}", if wrote { " (" } else { "" })?;
            if wrote {
                f.write_str(")")?;
            }
            wrote = true;
        }
        if wrote {
            f.write_str(": ")?;
        }
        f.write_str(&self.message)
    }
}

/// Parses and validates a dataset from JSON text. Returns every problem found, or the dataset.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<Problem>> {
    if let Some(message) = super::origin::size_limit_problem("the file", json.len()) {
        return Err(vec![Problem::at("", message)]);
    }
    // A well-formed file goes straight into the types: one parse on the common path (every
    // page load parses the embedded dataset). Only a file that fails is diagnosed further.
    let typed: Result<Dataset, serde_json::Error> = super::objects_only::from_str(json);
    let dataset = match typed {
        Ok(d) if d.schema_version != SCHEMA_VERSION => {
            let mut problems = vec![version_problem(d.schema_version)];
            place_problems(json, &mut problems);
            return Err(problems);
        }
        Ok(d) => d,
        Err(type_error) => return Err(in_file_order(diagnose(json, type_error))),
    };
    // Meaning: ids, references, required content.
    let mut problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        place_problems(json, &mut problems);
        Err(in_file_order(problems))
    }
}

/// Fills in the `line:column` of every problem that has a path but no place yet, by finding
/// where the path points in `json` (the text the problems were found in). For problems found
/// after parsing, e.g. by `texts::check_against_texts` or `texts::editorial_problems`.
pub fn locate_all(json: &str, problems: &mut [Problem]) {
    place_problems(json, problems);
}

/// Problems sorted by where they are in the file (those without a place first), so that an
/// author can work down the file; problems at one place keep the order they were found in.
fn in_file_order(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by_key(|p| p.line_col);
    problems
}

/// Only web links are ever rendered as links.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}
