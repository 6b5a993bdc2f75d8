//! Loading and validation: every problem in a dataset at once, each with where it is and
//! what is wrong in plain words.

use super::date::{DateSpec, Day};
use super::types::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Largest dataset file accepted, in bytes.
pub const MAX_DATASET_BYTES: usize = 20 * 1024 * 1024;

/// One problem found in a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    let typed: Result<Dataset, serde_json::Error> = serde_json::from_str(json);
    let dataset = match typed {
        Ok(d) if d.schema_version != SCHEMA_VERSION => {
            let mut problems = vec![version_problem(d.schema_version)];
            locate(json, &mut problems);
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
        locate(json, &mut problems);
        Err(in_file_order(problems))
    }
}

/// Problems sorted by where they are in the file (those without a place first), so that an
/// author can work down the file; problems at one place keep the order they were found in.
fn in_file_order(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by_key(|p| p.line_col);
    problems
}

fn version_problem(found: impl fmt::Display) -> Problem {
    Problem::at("schema_version", format!("schema version {found} is not supported; this version of Counterpoint reads version {SCHEMA_VERSION}"))
}

/// Why `json` did not parse into a [`Dataset`]: syntax; then, all at once, the version, every
/// unreadable date and the first type or shape mismatch inside each item; `type_error` (serde's
/// first mismatch in the whole file) when nothing more precise is found.
fn diagnose(json: &str, type_error: serde_json::Error) -> Vec<Problem> {
    // 1. Syntax.
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            // The path of what was being read, as far as the text can be followed.
            let offset = super::locate::offset_of_line_col(json, e.line(), e.column());
            return vec![Problem {
                path: super::locate::path_at_offset(json, offset),
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
            locate(json, &mut problems);
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
    locate(json, &mut problems);
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
    let Ok(dataset) = serde_json::from_value::<Dataset>(patched) else {
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
fn json_pointer(path: &str) -> String {
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
    let offset = base + super::locate::offset_of_line_col(&json[base..], e.line(), e.column());
    Problem {
        path: super::locate::path_at_offset(json, offset),
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
        for (start, end) in super::locate::item_spans(json, key) {
            if let Err(e) = serde_json::from_str::<T>(&json[start..end]) {
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
    check::<Dispute>(json, value, "disputes", out);
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
    if let Err(e) = serde_json::from_str::<Dataset>(&text) {
        let offset = super::locate::offset_of_line_col(&text, e.line(), e.column());
        let path = super::locate::path_at_offset(&text, offset);
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

/// Why a well-formed `YYYY-MM-DD` in a date string names no real day, e.g. "2025-02-30 does
/// not exist (February 2025 has 28 days)"; `None` when the string has no such day.
fn impossible_day(date: &str) -> Option<String> {
    date.split('/').find_map(|part| {
        let part = part.trim();
        let day = part.strip_prefix("c. ").unwrap_or(part).trim();
        let b = day.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&i| b[i].is_ascii_digit());
        if !shaped {
            return None;
        }
        let (y, m, d): (i32, u8, u8) = (
            day[..4].parse().ok()?,
            day[5..7].parse().ok()?,
            day[8..].parse().ok()?,
        );
        if !(1..=12).contains(&m) {
            return Some(format!("{day} does not exist (there is no month {m})"));
        }
        if Day::new(y, m, d).is_some() {
            return None;
        }
        let last = (28..=31).rev().find(|&n| Day::new(y, m, n).is_some())?;
        let month = Day::new(y, m, 1)?.long();
        let month = month.strip_prefix("1 ").unwrap_or(&month);
        Some(format!("{day} does not exist ({month} has {last} days)"))
    })
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// serde_json's syntax messages with a hint at the usual cause.
fn explain_syntax(msg: &str) -> String {
    let msg = strip_position(msg);
    let hint = if msg.starts_with("expected `,` or `}`") || msg.starts_with("expected `,` or `]`") {
        "a comma is probably missing after the previous value, or a bracket is not closed"
    } else if msg.starts_with("trailing comma") {
        "remove the comma before the closing bracket"
    } else if msg.starts_with("EOF while parsing") {
        "the file ends too early: a bracket, brace or string is not closed"
    } else if msg.starts_with("control character") {
        "a string holds a raw line break or tab: write it as \\n or \\t"
    } else if msg.starts_with("key must be a string") {
        "names of fields must be in double quotes"
    } else if msg.starts_with("expected value") {
        "a value is missing or malformed: strings need double quotes, and true, false and null are lower case"
    } else if msg.starts_with("trailing characters") {
        "there is text after the end of the dataset object"
    } else {
        ""
    };
    if hint.is_empty() {
        format!("this is not valid JSON: {msg}")
    } else {
        format!("this is not valid JSON: {msg} ({hint})")
    }
}

fn explain_serde(msg: &str) -> String {
    let msg = strip_position(msg);
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("required field {rest} is missing");
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        return match rest.split_once(", expected ") {
            Some((field, expected)) => {
                format!("unknown field {field}: check its spelling; expected {expected}")
            }
            None => format!("unknown field {rest}: check its spelling against the schema"),
        };
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let found = match found {
            "map" => "an object",
            "sequence" => "a list",
            "unit value" | "null" => "null",
            other => other,
        };
        let expected = match expected {
            "f64" => "a number".to_string(),
            "u32" | "u64" | "usize" => "a whole number".to_string(),
            "a sequence" => "a list [...]".to_string(),
            "a boolean" => "true or false".to_string(),
            e => match e.strip_prefix("struct ") {
                Some(name) => format!("an object {{...}} (a {})", name.to_lowercase()),
                None => e.to_string(),
            },
        };
        return format!("wrong type: found {found}, expected {expected}");
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return format!("unknown value {rest}");
    }
    msg
}

/// Fills `line_col` by finding where each problem's path points in the original text: all
/// paths in one pass, then all line:columns in a second (a file can have thousands).
fn locate(json: &str, problems: &mut [Problem]) {
    let todo: Vec<usize> = (0..problems.len())
        .filter(|&i| problems[i].line_col.is_none() && !problems[i].path.is_empty())
        .collect();
    let paths: Vec<&str> = todo.iter().map(|&i| problems[i].path.as_str()).collect();
    let offsets = super::locate::offsets_of_paths(json, &paths);
    let mut placed: Vec<(usize, usize)> = todo
        .iter()
        .zip(offsets)
        .filter_map(|(&i, o)| Some((o?, i)))
        .collect();
    placed.sort_unstable();
    let mut lines = LineCounter::new(json);
    for (offset, i) in placed {
        problems[i].line_col = Some(lines.line_col(offset));
    }
}

/// Line:column of increasing offsets, counting each part of the text once (a minified file is
/// one long line).
struct LineCounter<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
    /// 1-based column of `offset`.
    col: usize,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
            col: 1,
        }
    }

    /// Like [`line_col`]; `offset` must not be smaller than the previous one.
    fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let offset = offset.max(self.offset);
        let between = &self.text[self.offset..offset];
        match between.rfind('\n') {
            Some(last) => {
                self.line += between.matches('\n').count();
                self.col = between[last + 1..].chars().count() + 1;
            }
            None => self.col += between.chars().count(),
        }
        self.offset = offset;
        (self.line, self.col)
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    // An offset inside a character (serde counts bytes) counts as that character.
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.chars().count(), |i| before[i + 1..].chars().count())
        + 1;
    (line, col)
}

/// Checks everything serde cannot: ids, references, required content. Every problem at once.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let mut v = Validator {
        d,
        out: Vec::new(),
        ids: BTreeMap::new(),
        source_ids: d.sources.iter().map(|s| s.id.as_str()).collect(),
    };
    v.run();
    v.out
}

struct Validator<'a> {
    d: &'a Dataset,
    out: Vec<Problem>,
    ids: BTreeMap<&'a str, String>,
    /// Looked up for every citation: a set, not a scan of the sources.
    source_ids: BTreeSet<&'a str>,
}

impl<'a> Validator<'a> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Problem::at(path, message));
    }

    fn id(&mut self, path: String, id: &'a str) {
        if id.trim().is_empty() {
            self.problem(format!("{path}.id"), "the id is empty");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.problem(
                format!("{path}.id"),
                format!("id \"{id}\" may use only a–z, 0–9 and '-'"),
            );
        }
        if let Some(first) = self.ids.get(id) {
            let first = first.clone();
            self.problem(
                format!("{path}.id"),
                format!("duplicate id \"{id}\": already used at {first}"),
            );
        } else {
            self.ids.insert(id, path);
        }
    }

    fn text(&mut self, path: String, s: &str, what: &str) {
        if s.trim().is_empty() {
            self.problem(path, format!("{what} is empty"));
        }
    }

    fn cites(&mut self, path: String, cites: &[Citation], required: bool) {
        if required && cites.is_empty() {
            self.problem(
                path.clone(),
                "cites no source: every statement needs at least one citation",
            );
        }
        for (i, c) in cites.iter().enumerate() {
            if !self.source_ids.contains(c.source.as_str()) {
                self.problem(
                    format!("{path}[{i}].source"),
                    format!("unknown source \"{}\"", c.source),
                );
            }
            if c.excerpt.trim().is_empty() {
                self.problem(format!("{path}[{i}].excerpt"), "the cited excerpt is empty");
            }
        }
    }

    fn refs(&mut self, path: String, ids: &[String], set: &BTreeSet<&str>, what: &str) {
        for (i, id) in ids.iter().enumerate() {
            if !set.contains(id.as_str()) {
                self.problem(format!("{path}[{i}]"), format!("unknown {what} \"{id}\""));
            }
        }
    }

    fn run(&mut self) {
        let d = self.d;
        if d.schema_version != SCHEMA_VERSION {
            self.problem(
                "schema_version",
                format!(
                    "schema version {} is not supported; this build reads {SCHEMA_VERSION}",
                    d.schema_version
                ),
            );
        }
        self.text("title".into(), &d.title, "the dataset title");
        // Parties.
        if d.parties.len() != 2 {
            self.problem(
                "parties",
                format!(
                    "a briefing compares exactly two parties; found {}",
                    d.parties.len()
                ),
            );
        }
        for (i, p) in d.parties.iter().enumerate() {
            self.id(format!("parties[{i}]"), &p.id);
            if p.id == INDEPENDENT || p.id == BOTH {
                self.problem(
                    format!("parties[{i}].id"),
                    format!("\"{}\" is reserved; choose another party id", p.id),
                );
            }
            self.text(format!("parties[{i}].name"), &p.name, "the party name");
        }
        let parties: BTreeSet<&str> = d.parties.iter().map(|p| p.id.as_str()).collect();
        for (i, p) in d.parties.iter().enumerate() {
            for (j, n) in p.negotiators.iter().enumerate() {
                match d.actors.iter().find(|a| &a.id == n) {
                    None => self.problem(
                        format!("parties[{i}].negotiators[{j}]"),
                        format!("unknown actor \"{n}\""),
                    ),
                    Some(a) if a.side != p.id => self.problem(
                        format!("parties[{i}].negotiators[{j}]"),
                        format!("\"{n}\" is on side \"{}\", not \"{}\"", a.side, p.id),
                    ),
                    Some(_) => {}
                }
            }
        }
        let sides: BTreeSet<&str> = parties.iter().copied().chain([INDEPENDENT]).collect();
        // Sources first: everything else cites them.
        for (i, s) in d.sources.iter().enumerate() {
            self.id(format!("sources[{i}]"), &s.id);
            self.text(format!("sources[{i}].title"), &s.title, "the source title");
            if s.outlet.as_deref().is_none_or(|o| o.trim().is_empty())
                && s.outlet_description.trim().is_empty()
            {
                self.problem(
                    format!("sources[{i}].outlet"),
                    "give the outlet, or an outlet_description when the copy does not name it",
                );
            }
            if let Some(url) = &s.url {
                if !is_web_url(url) {
                    self.problem(
                        format!("sources[{i}].url"),
                        format!("links must start with http:// or https://; \"{url}\" does not"),
                    );
                }
            }
        }
        if d.sources.is_empty() {
            self.problem(
                "sources",
                "the dataset has no sources: every line must lead back to one",
            );
        }
        let actors: BTreeSet<&str> = d.actors.iter().map(|a| a.id.as_str()).collect();
        let topics: BTreeSet<&str> = d.topics.iter().map(|t| t.id.as_str()).collect();
        let quotes: BTreeSet<&str> = d.quotes.iter().map(|q| q.id.as_str()).collect();
        let events: BTreeSet<&str> = d.events.iter().map(|e| e.id.as_str()).collect();
        let sources: BTreeSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();

        if d.briefings.is_empty() {
            self.problem("briefings", "at least one dated briefing is needed");
        }
        for (i, b) in d.briefings.iter().enumerate() {
            let p = format!("briefings[{i}]");
            self.id(p.clone(), &b.id);
            self.text(format!("{p}.title"), &b.title, "the briefing title");
            if i > 0 && b.as_of < d.briefings[i - 1].as_of {
                self.problem(
                    format!("{p}.as_of"),
                    "briefings must be listed oldest first",
                );
            }
            for (name, claims) in [
                ("what_happened", &b.what_happened),
                ("where_things_stand", &b.where_things_stand),
                ("what_to_watch", &b.what_to_watch),
            ] {
                if claims.is_empty() {
                    self.problem(format!("{p}.{name}"), "is empty");
                }
                for (j, c) in claims.iter().enumerate() {
                    self.text(format!("{p}.{name}[{j}].text"), &c.text, "the sentence");
                    self.cites(format!("{p}.{name}[{j}].cites"), &c.cites, true);
                }
            }
        }
        for (i, a) in d.actors.iter().enumerate() {
            let p = format!("actors[{i}]");
            self.id(p.clone(), &a.id);
            self.text(format!("{p}.name"), &a.name, "the name");
            self.text(format!("{p}.role"), &a.role, "the role");
            if !sides.contains(a.side.as_str()) {
                self.problem(
                    format!("{p}.side"),
                    format!(
                        "unknown side \"{}\": use a party id ({}) or \"independent\"",
                        a.side,
                        join(&parties)
                    ),
                );
            }
            self.cites(format!("{p}.cites"), &a.cites, true);
        }
        for (i, t) in d.topics.iter().enumerate() {
            let p = format!("topics[{i}]");
            self.id(p.clone(), &t.id);
            self.text(format!("{p}.title"), &t.title, "the topic title");
            self.text(format!("{p}.summary"), &t.summary, "the summary");
            if t.status.is_empty() {
                self.problem(format!("{p}.status"), "needs at least one status");
            }
            for (j, s) in t.status.iter().enumerate() {
                self.cites(format!("{p}.status[{j}].cites"), &s.cites, true);
                if j > 0 && s.date < t.status[j - 1].date {
                    self.problem(
                        format!("{p}.status[{j}].date"),
                        "status changes must be listed oldest first",
                    );
                }
            }
            if t.points.is_empty() {
                self.problem(
                    format!("{p}.points"),
                    "a topic needs at least one point with each party's stance",
                );
            }
            for (j, pt) in t.points.iter().enumerate() {
                let pp = format!("{p}.points[{j}]");
                self.id(pp.clone(), &pt.id);
                self.text(format!("{pp}.aspect"), &pt.aspect, "the aspect");
                for party in &d.parties {
                    if !pt.stances.iter().any(|s| s.party == party.id) {
                        self.problem(format!("{pp}.stances"), format!("missing a stance for {} (\"{}\"): add one, with \"silent\": true if the sources carry nothing from that side", party.name, party.id));
                    }
                }
                for (k, s) in pt.stances.iter().enumerate() {
                    let sp = format!("{pp}.stances[{k}]");
                    if !parties.contains(s.party.as_str()) {
                        self.problem(
                            format!("{sp}.party"),
                            format!("unknown party \"{}\": use {}", s.party, join(&parties)),
                        );
                    }
                    self.text(format!("{sp}.text"), &s.text, "the stance");
                    self.refs(format!("{sp}.quotes"), &s.quotes, &quotes, "quote");
                    self.cites(
                        format!("{sp}.cites"),
                        &s.cites,
                        !s.silent && s.quotes.is_empty(),
                    );
                }
            }
            for (name, claims) in [
                ("overlap", &t.overlap),
                ("clash", &t.clash),
                ("earlier_summaries", &t.earlier_summaries),
            ] {
                for (j, c) in claims.iter().enumerate() {
                    self.text(format!("{p}.{name}[{j}].text"), &c.text, "the sentence");
                    self.cites(format!("{p}.{name}[{j}].cites"), &c.cites, true);
                }
            }
            for (j, a) in t.analysis.iter().enumerate() {
                let ap = format!("{p}.analysis[{j}]");
                if !actors.contains(a.actor.as_str()) {
                    self.problem(
                        format!("{ap}.actor"),
                        format!("unknown actor \"{}\"", a.actor),
                    );
                }
                self.text(format!("{ap}.text"), &a.text, "the analysis");
                self.refs(format!("{ap}.quotes"), &a.quotes, &quotes, "quote");
                self.cites(format!("{ap}.cites"), &a.cites, true);
            }
        }
        if d.topics.is_empty() {
            self.problem("topics", "the dataset has no topics");
        }
        for (i, q) in d.quotes.iter().enumerate() {
            let p = format!("quotes[{i}]");
            self.id(p.clone(), &q.id);
            self.text(format!("{p}.text"), &q.text, "the quote");
            if !actors.contains(q.speaker.as_str()) {
                self.problem(
                    format!("{p}.speaker"),
                    format!("unknown speaker \"{}\": add them to actors", q.speaker),
                );
            }
            self.text(format!("{p}.venue"), &q.venue, "the venue");
            self.refs(format!("{p}.topics"), &q.topics, &topics, "topic");
            self.cites(format!("{p}.cites"), &q.cites, true);
        }
        for (i, e) in d.events.iter().enumerate() {
            let p = format!("events[{i}]");
            self.id(p.clone(), &e.id);
            self.text(format!("{p}.title"), &e.title, "the event title");
            if !sides.contains(e.actor_side.as_str()) && e.actor_side != BOTH {
                self.problem(
                    format!("{p}.actor_side"),
                    format!(
                        "unknown side \"{}\": use {}, \"both\" or \"independent\"",
                        e.actor_side,
                        join(&parties)
                    ),
                );
            }
            if let Some(r) = &e.responds_to {
                if !events.contains(r.as_str()) {
                    self.problem(format!("{p}.responds_to"), format!("unknown event \"{r}\""));
                }
            }
            self.refs(format!("{p}.topics"), &e.topics, &topics, "topic");
            self.cites(format!("{p}.cites"), &e.cites, true);
        }
        for (i, f) in d.figures.iter().enumerate() {
            let p = format!("figures[{i}]");
            self.id(p.clone(), &f.id);
            self.text(format!("{p}.label"), &f.label, "the label");
            self.text(format!("{p}.measure"), &f.measure, "the measure");
            if !f.value.is_finite() {
                self.problem(format!("{p}.value"), "the value must be a finite number");
            }
            self.refs(format!("{p}.topics"), &f.topics, &topics, "topic");
            self.cites(format!("{p}.cites"), &f.cites, true);
        }
        for (i, x) in d.disputes.iter().enumerate() {
            let p = format!("disputes[{i}]");
            self.id(p.clone(), &x.id);
            self.text(format!("{p}.question"), &x.question, "the question");
            self.refs(format!("{p}.topics"), &x.topics, &topics, "topic");
            if x.claims.len() < 2 && x.kind != DisputeKind::SourceError {
                self.problem(
                    format!("{p}.claims"),
                    "a dispute needs at least two accounts",
                );
            }
            for (j, c) in x.claims.iter().enumerate() {
                let cp = format!("{p}.claims[{j}]");
                if !sides.contains(c.side.as_str()) && !sources.contains(c.side.as_str()) {
                    self.problem(
                        format!("{cp}.side"),
                        format!(
                            "unknown side \"{}\": use a party id, \"independent\" or a source id",
                            c.side
                        ),
                    );
                }
                if let Some(a) = &c.actor {
                    if !actors.contains(a.as_str()) {
                        self.problem(format!("{cp}.actor"), format!("unknown actor \"{a}\""));
                    }
                }
                self.text(format!("{cp}.text"), &c.text, "the account");
                self.refs(format!("{cp}.quotes"), &c.quotes, &quotes, "quote");
                self.cites(format!("{cp}.cites"), &c.cites, true);
            }
        }
    }
}

/// Only web links are ever rendered as links.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn join(set: &BTreeSet<&str>) -> String {
    set.iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_bad_date_does_not_hide_the_other_problems() {
        let mut v: Value = serde_json::from_str(crate::model::EMBEDDED_JSON).unwrap();
        v["events"][0]["date"] = "2025-02-30".into();
        v["quotes"][1]["text"] = "".into();
        let dup = v["topics"][0].clone();
        v["topics"].as_array_mut().unwrap().push(dup);
        let json = serde_json::to_string_pretty(&v).unwrap();
        let problems = parse_dataset(&json).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"events[0].date"), "{paths:?}");
        assert!(
            paths.iter().any(|p| p.starts_with("quotes[1]")),
            "{paths:?}"
        );
        assert!(paths.iter().any(|p| p.starts_with("topics[")), "{paths:?}");
        assert!(
            problems.iter().all(|p| p.line_col.is_some()),
            "{problems:?}"
        );
        assert_eq!(
            json_pointer("topics[2].points[0].date"),
            "/topics/2/points/0/date"
        );
    }

    use super::*;
    use serde_json::json;

    /// The embedded dataset as a JSON value, to break in one place.
    fn good() -> Value {
        serde_json::from_str(crate::model::EMBEDDED_JSON).unwrap()
    }

    fn problems(v: &Value) -> Vec<Problem> {
        let text = serde_json::to_string_pretty(v).unwrap();
        parse_dataset(&text).expect_err("should be rejected")
    }

    fn has(ps: &[Problem], path: &str, needle: &str) -> bool {
        ps.iter()
            .any(|p| p.path == path && p.message.contains(needle))
    }

    #[test]
    fn the_embedded_dataset_is_valid() {
        let d = parse_dataset(crate::model::EMBEDDED_JSON).unwrap_or_else(|p| panic!("{p:#?}"));
        assert!(validate(&d).is_empty());
    }

    #[test]
    fn a_dangling_source_id_is_reported_with_its_path_and_position() {
        let mut v = good();
        v["quotes"][0]["cites"][0]["source"] = json!("no-such-source");
        let ps = problems(&v);
        assert!(
            has(
                &ps,
                "quotes[0].cites[0].source",
                "unknown source \"no-such-source\""
            ),
            "{ps:#?}"
        );
        let p = ps
            .iter()
            .find(|p| p.path == "quotes[0].cites[0].source")
            .unwrap();
        let (line, col) = p.line_col.expect("a position");
        let text = serde_json::to_string_pretty(&v).unwrap();
        let at = text.lines().nth(line - 1).unwrap();
        assert!(
            at[col - 1..].starts_with("\"no-such-source\""),
            "line {line}:{col} is `{at}`"
        );
    }

    #[test]
    fn a_duplicate_id_names_both_places() {
        let mut v = good();
        let first = v["topics"][0]["id"].clone();
        v["topics"][1]["id"] = first.clone();
        let ps = problems(&v);
        assert!(
            has(
                &ps,
                "topics[1].id",
                &format!("duplicate id {first}: already used at topics[0]")
            ),
            "{ps:#?}"
        );
    }

    #[test]
    fn an_empty_quote_is_rejected() {
        let mut v = good();
        v["quotes"][3]["text"] = json!("   ");
        assert!(has(&problems(&v), "quotes[3].text", "the quote is empty"));
    }

    #[test]
    fn bad_dates_are_all_reported_at_once() {
        let mut v = good();
        v["events"][0]["date"] = json!("2025-02-30");
        v["quotes"][1]["said"] = json!("May 2025");
        v["sources"][0]["published"] = json!(20250509);
        let ps = problems(&v);
        assert!(
            has(
                &ps,
                "events[0].date",
                "impossible date: 2025-02-30 does not exist (February 2025 has 28 days)"
            ),
            "{ps:#?}"
        );
        assert!(
            has(&ps, "quotes[1].said", "\"May 2025\" is not a date"),
            "{ps:#?}"
        );
        assert!(
            has(&ps, "sources[0].published", "a date must be a string"),
            "{ps:#?}"
        );
        assert!(ps.iter().all(|p| p.line_col.is_some()));
    }

    #[test]
    fn many_problems_are_reported_together() {
        let mut v = good();
        v["quotes"][0]["speaker"] = json!("nobody");
        v["events"][2]["actor_side"] = json!("mars");
        v["topics"][0]["points"][0]["stances"] =
            json!([v["topics"][0]["points"][0]["stances"][0].clone()]);
        v["actors"][0]["cites"] = json!([]);
        let ps = problems(&v);
        assert!(has(&ps, "quotes[0].speaker", "unknown speaker \"nobody\""));
        assert!(has(&ps, "events[2].actor_side", "unknown side \"mars\""));
        assert!(has(
            &ps,
            "topics[0].points[0].stances",
            "missing a stance for"
        ));
        assert!(has(&ps, "actors[0].cites", "cites no source"));
        assert!(ps.len() >= 4);
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let ps = parse_dataset("{\n  \"schema_version\": 1,\n  \"id\": oops\n}").unwrap_err();
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].line_col.map(|(l, _)| l), Some(3));
        assert!(
            ps[0].message.starts_with("this is not valid JSON"),
            "{}",
            ps[0]
        );
    }

    #[test]
    fn types_versions_and_unknown_fields_are_explained() {
        let mut v = good();
        v["schema_version"] = json!(2);
        assert!(has(
            &problems(&v),
            "schema_version",
            "schema version 2 is not supported"
        ));
        let mut v = good();
        v["topics"][0]["titel"] = json!("typo");
        assert!(
            has(&problems(&v), "topics[0].titel", "unknown field `titel`"),
            "{:#?}",
            problems(&v)
        );
        let mut v = good();
        v["figures"][0]["value"] = json!("145");
        assert!(
            has(&problems(&v), "figures[0].value", "wrong type"),
            "{:#?}",
            problems(&v)
        );
        assert!(parse_dataset("[1, 2]").unwrap_err()[0]
            .message
            .contains("one JSON object"));
    }

    #[test]
    fn type_errors_in_different_items_are_reported_together() {
        let mut v = good();
        v["figures"][0]["value"] = json!("145");
        v["quotes"][2]["topics"] = json!("tariffs");
        v["events"][1]["actor_side"] = json!(7);
        v["events"][3]["date"] = json!("2025-04-31");
        v["colour"] = json!("red");
        let ps = problems(&v);
        assert!(has(&ps, "figures[0].value", "expected a number"), "{ps:#?}");
        assert!(
            has(
                &ps,
                "quotes[2].topics",
                "found string \"tariffs\", expected a list"
            ),
            "{ps:#?}"
        );
        assert!(has(&ps, "events[1].actor_side", "wrong type"), "{ps:#?}");
        assert!(
            has(&ps, "events[3].date", "April 2025 has 30 days"),
            "{ps:#?}"
        );
        assert!(has(&ps, "colour", "unknown field `colour`"), "{ps:#?}");
        assert_eq!(ps.len(), 5, "{ps:#?}");
        assert!(ps.iter().all(|p| p.line_col.is_some()), "{ps:#?}");
    }

    #[test]
    fn a_missing_top_level_field_is_named() {
        let mut v = good();
        v.as_object_mut().unwrap().remove("quotes");
        let ps = problems(&v);
        assert!(
            has(&ps, "", "required field `quotes` is missing"),
            "{ps:#?}"
        );
    }

    #[test]
    fn impossible_days_are_explained() {
        assert_eq!(
            impossible_day("2023-02-29").as_deref(),
            Some("2023-02-29 does not exist (February 2023 has 28 days)")
        );
        assert_eq!(
            impossible_day("c. 2025-13-01").as_deref(),
            Some("2025-13-01 does not exist (there is no month 13)")
        );
        assert_eq!(
            impossible_day("2025-05-01/2025-06-31").as_deref(),
            Some("2025-06-31 does not exist (June 2025 has 30 days)")
        );
        assert_eq!(impossible_day("2024-02-29"), None);
        assert_eq!(impossible_day("May 2025"), None);
    }

    #[test]
    fn positions_count_characters_and_never_split_one() {
        let text = "ab\n“é”x";
        // Byte 5 is inside "“" (bytes 3..6): it counts as that character, column 1.
        assert_eq!(line_col(text, 5), (2, 1));
        assert_eq!(line_col(text, text.find('x').unwrap()), (2, 4));
        assert_eq!(line_col(text, 999), (2, 5));
        // serde_json's column counts bytes; ours count characters.
        let ps = parse_dataset("{\"title\": \"“é” \" x}").unwrap_err();
        assert_eq!(ps[0].line_col, Some((1, 18)), "{ps:#?}");
    }

    #[test]
    fn the_line_counter_agrees_with_line_col() {
        let text = "ab\n“é”x\n\nlast line";
        let mut counter = LineCounter::new(text);
        for offset in [0, 1, 3, 4, 5, 9, 10, 11, 12, 15, 99] {
            assert_eq!(
                counter.line_col(offset),
                line_col(text, offset),
                "at {offset}"
            );
        }
    }

    #[test]
    fn oversized_files_are_refused_with_the_limit() {
        let big = " ".repeat(MAX_DATASET_BYTES + 1);
        let ps = parse_dataset(&big).unwrap_err();
        assert!(ps[0].message.contains("the limit is 20 MB"), "{}", ps[0]);
    }

    #[test]
    fn only_web_links_count_as_links() {
        assert!(is_web_url("https://example.org/a"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("https://exa mple.org"));
    }
}
