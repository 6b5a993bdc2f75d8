//! serde_json's and the date parser's errors reworded in plain words, with a hint at the usual
//! cause.

use super::Problem;
use crate::model::date::Day;
use crate::model::types::SCHEMA_VERSION;
use std::fmt;

pub(super) fn version_problem(found: impl fmt::Display) -> Problem {
    Problem::at("schema_version", format!("schema version {found} is not supported; this version of Counterpoint reads version {SCHEMA_VERSION}"))
}

/// Why a well-formed `YYYY-MM-DD` in a date string names no real day, e.g. "2025-02-30 does
/// not exist (February 2025 has 28 days)"; `None` when the string has no such day.
pub(super) fn impossible_day(date: &str) -> Option<String> {
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

pub(super) fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// serde_json's syntax messages with a hint at the usual cause.
pub(super) fn explain_syntax(msg: &str) -> String {
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

pub(super) fn explain_serde(msg: &str) -> String {
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
