//! Why a file did not read as a dataset: syntax first; then every unreadable date and the
//! first type or shape mismatch of each item, all at once.

use super::messages::{explain_serde, explain_syntax, impossible_day, version_problem};
use super::place::place_problems;
use super::{validate, Problem};
use crate::model::date::DateSpec;
use crate::model::locate::{self, line_col};
use crate::model::objects_only;
use crate::model::types::*;
use serde_json::Value;

/// Why `json` did not parse into a [`Dataset`]: syntax; then, all at once, the version, every
/// unreadable date and the first type or shape mismatch inside each item; `type_error` (serde's
/// first mismatch in the whole file) when nothing more precise is found.
pub(super) fn diagnose(json: &str, type_error: serde_json::Error) -> Vec<Problem> {
    // 1. Syntax.
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            // The path of what was being read, as far as the text can be followed.
            let offset = locate::offset_of_line_col(json, e.line(), e.column());
            return vec![Problem {
                path: locate::path_at_offset(json, offset),
                line_col: Some(line_col(json, offset)),
                message: explain_syntax(&e.to_string()),
            }];
        }
    };
    // 2. Things that can be checked on the raw tree, all at once: version, dates.
    let mut problems = Vec::new();
    match value.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION as u64) => {}
        Some(Value::Number(n)) => {
            // Another version may differ in any way: checking its contents would mislead.
            problems.push(version_problem(n));
            place_problems(json, &mut problems);
            return problems;
        }
        Some(_) => problems.push(Problem::at("schema_version", "must be a whole number")),
        None if value.is_object() => problems.push(Problem::at(
            "schema_version",
            format!("missing: add \"schema_version\": {SCHEMA_VERSION}"),
        )),
        None => {
            problems.push(Problem::at(
                "",
                "the file must hold one JSON object (a dataset), not a list or a single value",
            ));
            return problems;
        }
    }
    let before_dates = problems.len();
    scan_dates(&value, &mut String::new(), &mut problems);
    let date_paths: Vec<String> = problems[before_dates..]
        .iter()
        .map(|p| p.path.clone())
        .collect();
    // 3. Types and shape, item by item: serde stops at the first mismatch, so each item of
    // each list is read on its own to report one mismatch per item, not one per file.
    item_type_problems(json, &value, &mut problems);
    top_level_type_problems(&value, &mut problems);
    // 4. When dates are all that is wrong, the rest still reads: check its meaning too, so
    // the author gets every problem at once rather than the next batch after fixing dates.
    if before_dates == 0 && !date_paths.is_empty() && problems.len() == date_paths.len() {
        problems.extend(meaning_problems_despite_dates(&value, &date_paths));
    }
    place_problems(json, &mut problems);
    if problems.is_empty() {
        // Nothing more precise found: serde's first mismatch names the place.
        problems.push(problem_at_serde_error(json, 0, &type_error));
    }
    problems
}

/// Semantic problems of a dataset whose only type problems are unreadable dates: each bad
/// date gets a stand-in, and problems inside the items holding one are left out (they could
/// stem from the stand-in).
fn meaning_problems_despite_dates(value: &Value, date_paths: &[String]) -> Vec<Problem> {
    let mut patched = value.clone();
    for path in date_paths {
        match patched.pointer_mut(&json_pointer(path)) {
            Some(slot) => *slot = Value::String("2000".into()),
            None => return Vec::new(),
        }
    }
    // Read back as text, like the file: `from_value` would add a second deserializer of every
    // type of the dataset (about a tenth of each browser binary) for this rare path.
    let Ok(dataset) = objects_only::from_str::<Dataset>(&patched.to_string()) else {
        return Vec::new();
    };
    let items: Vec<&str> = date_paths
        .iter()
        .map(|p| p.rsplit_once('.').map_or(p.as_str(), |(item, _)| item))
        .collect();
    validate(&dataset)
        .into_iter()
        .filter(|p| {
            !items.iter().any(|item| {
                p.path == *item
                    || p.path.starts_with(&format!("{item}."))
                    || p.path.starts_with(&format!("{item}["))
            })
        })
        .collect()
}

/// `events[0].date` → `/events/0/date` (a JSON pointer).
pub(super) fn json_pointer(path: &str) -> String {
    let mut out = String::new();
    for part in path.split('.') {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next() {
            out.push('/');
            out.push_str(&key.replace('~', "~0").replace('/', "~1"));
        }
        for index in pieces {
            out.push('/');
            out.push_str(index.trim_end_matches(']'));
        }
    }
    out
}

/// Does a serde message come from the date parser (already reported by [`scan_dates`])?
fn is_date_message(msg: &str) -> bool {
    msg.contains(" is not a date: use ") || msg.contains("the span ends before it starts")
}

/// A problem at the place serde_json stopped in `json[base..]`, with the path in the whole file.
fn problem_at_serde_error(json: &str, base: usize, e: &serde_json::Error) -> Problem {
    let offset = base + locate::offset_of_line_col(&json[base..], e.line(), e.column());
    Problem {
        path: locate::path_at_offset(json, offset),
        line_col: Some(line_col(json, offset)),
        message: explain_serde(&e.to_string()),
    }
}

/// The first type or shape mismatch in every item of every list of the dataset, skipping
/// unreadable dates (reported by [`scan_dates`]).
fn item_type_problems(json: &str, value: &Value, out: &mut Vec<Problem>) {
    fn check<T: serde::de::DeserializeOwned>(
        json: &str,
        value: &Value,
        key: &str,
        out: &mut Vec<Problem>,
    ) {
        if !value.get(key).is_some_and(Value::is_array) {
            return;
        }
        for (start, end) in locate::item_spans(json, key) {
            if let Err(e) = objects_only::from_str::<T>(&json[start..end]) {
                if !is_date_message(&e.to_string()) {
                    out.push(problem_at_serde_error(json, start, &e));
                }
            }
        }
    }
    check::<Party>(json, value, "parties", out);
    check::<Briefing>(json, value, "briefings", out);
    check::<Source>(json, value, "sources", out);
    check::<Actor>(json, value, "actors", out);
    check::<Topic>(json, value, "topics", out);
    check::<Quote>(json, value, "quotes", out);
    check::<Event>(json, value, "events", out);
    check::<Figure>(json, value, "figures", out);
    check::<ChartMeasure>(json, value, "chart_measures", out);
    check::<Dispute>(json, value, "disputes", out);
    check::<GlossaryTerm>(json, value, "glossary", out);
    check::<Commitment>(json, value, "commitments", out);
    check::<NumberGroup>(json, value, "number_groups", out);
}

/// Mismatches in the dataset's own fields (a missing or unknown field, a list that is not a
/// list): every list is emptied so that only the top level is read. The reduced tree is read
/// from text so that serde's position names the field.
fn top_level_type_problems(value: &Value, out: &mut Vec<Problem>) {
    let Value::Object(map) = value else {
        return;
    };
    let mut shallow = map.clone();
    for v in shallow.values_mut() {
        if v.is_array() {
            *v = Value::Array(Vec::new());
        }
    }
    // The version was checked above; a stand-in keeps it from being reported twice.
    shallow.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    let text = Value::Object(shallow).to_string();
    if let Err(e) = objects_only::from_str::<Dataset>(&text) {
        let offset = locate::offset_of_line_col(&text, e.line(), e.column());
        let path = locate::path_at_offset(&text, offset);
        out.push(Problem::at(path, explain_serde(&e.to_string())));
    }
}

/// Fields whose value is a date in the dataset's grammar.
const DATE_FIELDS: [&str; 5] = ["date", "said", "published", "as_of", "from"];

fn scan_dates(v: &Value, path: &mut String, out: &mut Vec<Problem>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                if DATE_FIELDS.contains(&k.as_str()) {
                    match child {
                        Value::String(s) => {
                            if let Err(e) = DateSpec::parse(s) {
                                let message = match impossible_day(s) {
                                    Some(why) => format!("impossible date: {why}"),
                                    None => format!("unreadable date: {e}"),
                                };
                                out.push(Problem::at(path.clone(), message));
                            }
                        }
                        _ => out.push(Problem::at(
                            path.clone(),
                            "a date must be a string such as \"2025-05-09\"",
                        )),
                    }
                } else {
                    scan_dates(child, path, out);
                }
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                scan_dates(child, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}
