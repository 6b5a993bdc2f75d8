//! Loading and validation: every problem in a dataset at once, each with where it is and
//! what is wrong in plain words.

use super::date::DateSpec;
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
    if json.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem::at(
            "",
            format!(
                "the file is {:.1} MB; the limit is {} MB. Split the dataset or remove what the briefing does not need.",
                json.len() as f64 / 1e6,
                MAX_DATASET_BYTES / (1024 * 1024)
            ),
        )]);
    }
    // A well-formed file goes straight into the types: one parse on the common path (every
    // page load parses the embedded dataset). Only a file that fails is diagnosed further.
    let typed: Result<Dataset, serde_json::Error> = serde_json::from_str(json);
    let dataset = match typed {
        Ok(d) if d.schema_version != SCHEMA_VERSION => {
            return Err(vec![version_problem(d.schema_version)])
        }
        Ok(d) => d,
        Err(type_error) => return Err(diagnose(json, type_error)),
    };
    // Meaning: ids, references, required content.
    let mut problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        locate(json, &mut problems);
        Err(problems)
    }
}

fn version_problem(found: impl fmt::Display) -> Problem {
    Problem::at("schema_version", format!("schema version {found} is not supported; this version of Counterpoint reads version {SCHEMA_VERSION}"))
}

/// Why `json` did not parse into a [`Dataset`]: syntax; then, all at once, the version and
/// every unreadable date; then the first type or shape mismatch, `type_error`.
fn diagnose(json: &str, type_error: serde_json::Error) -> Vec<Problem> {
    // 1. Syntax.
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            return vec![Problem {
                path: String::new(),
                line_col: Some((e.line(), e.column())),
                message: format!("this is not valid JSON: {}", strip_position(&e.to_string())),
            }]
        }
    };
    // 2. Things that can be checked on the raw tree, all at once: version, dates.
    let mut problems = Vec::new();
    match value.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION as u64) => {}
        Some(Value::Number(n)) => {
            problems.push(version_problem(n));
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
    scan_dates(&value, &mut String::new(), &mut problems);
    if !problems.is_empty() {
        locate(json, &mut problems);
        return problems;
    }
    // 3. Types and shape. serde stops at the first mismatch; its line:column names the place.
    let (line, col) = (type_error.line(), type_error.column());
    let offset = super::locate::offset_of_line_col(json, line, col);
    vec![Problem {
        path: super::locate::path_at_offset(json, offset),
        line_col: Some((line, col)),
        message: explain_serde(&type_error.to_string()),
    }]
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
                                out.push(Problem::at(
                                    path.clone(),
                                    format!("impossible or unreadable date: {e}"),
                                ));
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

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn explain_serde(msg: &str) -> String {
    let msg = strip_position(msg);
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("required field {rest} is missing");
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let field = rest.split(',').next().unwrap_or(rest);
        return format!("unknown field {field}: check its spelling against the schema");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        return format!("wrong type: found {rest}");
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        return format!("unknown value {rest}");
    }
    msg
}

/// Fills `line_col` by finding where each problem's path points in the original text.
fn locate(json: &str, problems: &mut [Problem]) {
    for p in problems
        .iter_mut()
        .filter(|p| p.line_col.is_none() && !p.path.is_empty())
    {
        if let Some(offset) = super::locate::offset_of_path(json, &p.path) {
            p.line_col = Some(line_col(json, offset));
        }
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
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
    };
    v.run();
    v.out
}

struct Validator<'a> {
    d: &'a Dataset,
    out: Vec<Problem>,
    ids: BTreeMap<&'a str, String>,
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
            if !self.d.sources.iter().any(|s| s.id == c.source) {
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
            has(&ps, "events[0].date", "impossible or unreadable date"),
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
