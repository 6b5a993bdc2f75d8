//! The committed JSON Schema (`schema/dataset.schema.json`) stays in step with the Rust types,
//! accepts both datasets, and rejects broken ones.

use crate::prelude::{embedded_value, example_value, SCHEMA_PATH};
use counterpoint_core::model::{DateSpec, SCHEMA_VERSION};
use serde_json::{json, Value};
use std::process::Command;

const REGENERATE: &str =
    "cargo run -p counterpoint-core --features schema --bin dataset-schema > schema/dataset.schema.json";

fn committed_text() -> String {
    std::fs::read_to_string(SCHEMA_PATH)
        .unwrap_or_else(|e| panic!("{SCHEMA_PATH}: {e}; create it with `{REGENERATE}`"))
}

fn committed() -> Value {
    serde_json::from_str(&committed_text()).expect("the committed schema is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::validator_for(schema).expect("the schema compiles")
}

/// Every schema error for `instance`, as "path: message" lines.
fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

#[test]
fn the_committed_schema_is_what_the_types_generate() {
    let out = Command::new(env!("CARGO_BIN_EXE_dataset-schema"))
        .output()
        .expect("dataset-schema runs");
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    assert!(
        generated == committed_text(),
        "schema/dataset.schema.json is out of date with src/model/types.rs. Regenerate it with\n    {REGENERATE}\nand commit the result."
    );
}

#[test]
fn the_schema_names_itself_and_pins_the_version() {
    let s = committed();
    assert_eq!(s["$id"], "urn:counterpoint:dataset-schema:1");
    assert!(s["title"]
        .as_str()
        .unwrap()
        .contains("Counterpoint dataset"));
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    let version = &s["properties"]["schema_version"];
    assert_eq!(version["minimum"], json!(SCHEMA_VERSION as f64));
    assert_eq!(version["maximum"], json!(SCHEMA_VERSION as f64));
    // Doc comments become descriptions, for the editor's hover help.
    assert!(
        s["definitions"]["Quote"]["properties"]["text"]["description"]
            .as_str()
            .unwrap()
            .contains("Verbatim")
    );
    assert_eq!(
        s["additionalProperties"], false,
        "unknown fields are errors"
    );
}

#[test]
fn both_datasets_satisfy_the_schema() {
    let v = validator(&committed());
    assert_eq!(
        errors(&v, &embedded_value()),
        Vec::<String>::new(),
        "embedded"
    );
    assert_eq!(
        errors(&v, &example_value()),
        Vec::<String>::new(),
        "example"
    );
}

/// A way to break a valid document.
type Breakage = Box<dyn Fn(&mut Value)>;

#[test]
fn broken_documents_are_rejected_at_the_right_place() {
    let v = validator(&committed());
    let cases: Vec<(&str, Breakage, &str)> = vec![
        (
            "missing title",
            Box::new(|d| {
                d.as_object_mut().unwrap().remove("title");
            }),
            "\"title\" is a required property",
        ),
        (
            "unknown field",
            Box::new(|d| d["topics"][0]["titel"] = json!("typo")),
            "/topics/0",
        ),
        (
            "wrong type",
            Box::new(|d| d["figures"][0]["value"] = json!("30")),
            "/figures/0/value",
        ),
        (
            "unreadable date",
            Box::new(|d| d["events"][0]["date"] = json!("May 2019")),
            "/events/0/date",
        ),
        (
            "unsupported version",
            Box::new(|d| d["schema_version"] = json!(2)),
            "/schema_version",
        ),
        (
            "unknown status",
            Box::new(|d| d["topics"][0]["status"][0]["status"] = json!("won")),
            "/topics/0/status/0/status",
        ),
        (
            "not an object",
            Box::new(|d| *d = json!([1, 2])),
            "is not of type \"object\"",
        ),
    ];
    for (name, break_it, needle) in cases {
        let mut d = example_value();
        break_it(&mut d);
        let errs = errors(&v, &d);
        assert!(
            errs.iter().any(|e| e.contains(needle)),
            "{name}: expected an error mentioning {needle:?}, got {errs:#?}"
        );
    }
}

/// The schema's date `pattern` accepts the grammar's canonical forms and rejects shapes the
/// loader rejects (the calendar itself, e.g. 30 February, is the loader's job).
#[test]
fn the_date_pattern_follows_the_grammar() {
    let mut schema = committed();
    schema["$ref"] = json!("#/definitions/DateSpec");
    for key in ["properties", "required", "additionalProperties", "type"] {
        schema.as_object_mut().unwrap().remove(key);
    }
    let v = validator(&schema);
    for good in [
        "2025-05-09",
        "c. 2025-06-04",
        "early 2025-04",
        "mid 2025-05",
        "late 2025-05",
        "2025-05",
        "2025-Q3",
        "2018",
        "2020/2021",
        "early 2019-12/2020-Q1",
    ] {
        assert!(DateSpec::parse(good).is_ok(), "{good}");
        assert!(v.is_valid(&json!(good)), "the pattern should accept {good}");
    }
    for bad in [
        "May 2025",
        "2025-13-01",
        "2025-00",
        "25-05-09",
        "2025-Q5",
        "",
        "2025/",
        "c. 2025-05",
        "early 2025",
        "2025-05-09T10:00",
    ] {
        assert!(DateSpec::parse(bad).is_err(), "{bad}");
        assert!(!v.is_valid(&json!(bad)), "the pattern should reject {bad}");
    }
}

/// Every string field of `schema` (a property whose values are strings, a list of strings, or
/// a reference to a string definition such as `DateSpec`; not an enum, whose values are the
/// schema's own vocabulary) with no editorial class, or with one not in `CLASSES`.
fn unclassed(schema: &Value) -> Vec<String> {
    use counterpoint_core::model::class::{CLASSES, EDITORIAL_KEYWORD};
    let defs = schema["definitions"].as_object().expect("definitions");
    let resolve = |s: &Value| -> Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => defs[r.trim_start_matches("#/definitions/")].clone(),
            None => s.clone(),
        }
    };
    let is_string = |s: &Value| match &s["type"] {
        Value::String(t) => t == "string",
        Value::Array(ts) => ts.iter().any(|t| t == "string"),
        _ => false,
    };
    let mut out = Vec::new();
    let mut objects: Vec<(String, &Value)> = vec![("(root)".into(), schema)];
    objects.extend(defs.iter().map(|(k, v)| (k.clone(), v)));
    for (name, obj) in objects {
        let Some(props) = obj.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (field, s) in props {
            // The field itself, the items of a list, or the definition it refers to.
            let mut candidates = vec![resolve(s)];
            if let Some(items) = s.get("items") {
                candidates.push(resolve(items));
            }
            for key in ["anyOf", "allOf"] {
                for sub in s[key].as_array().into_iter().flatten() {
                    candidates.push(resolve(sub));
                }
            }
            let strings: Vec<&Value> = candidates
                .iter()
                .filter(|c| is_string(c) && c.get("enum").is_none())
                .collect();
            if strings.is_empty() {
                continue;
            }
            let class = std::iter::once(s)
                .chain(strings.iter().copied())
                .find_map(|c| c.get(EDITORIAL_KEYWORD).and_then(Value::as_str))
                .map(str::to_string);
            match class {
                Some(c) if CLASSES.contains(&c.as_str()) => {}
                Some(c) => out.push(format!("{name}.{field}: unknown class {c:?}")),
                None => out.push(format!("{name}.{field}")),
            }
        }
    }
    out
}

#[test]
fn every_string_field_carries_its_editorial_class() {
    let schema = committed();
    assert_eq!(unclassed(&schema), Vec::<String>::new(), "{REGENERATE}");
    // The walk finds the fields: unclass one of each shape, and it is reported.
    let mut broken = schema.clone();
    let defs = &mut broken["definitions"];
    defs["Stance"]["properties"]["text"]
        .as_object_mut()
        .unwrap()
        .remove("x-editorial");
    defs["Quote"]["properties"]["notes"]["items"]
        .as_object_mut()
        .unwrap()
        .remove("x-editorial");
    defs["DateSpec"]
        .as_object_mut()
        .unwrap()
        .remove("x-editorial");
    defs["Citation"]["properties"]["verb"]["x-editorial"] = json!("prose");
    let found = unclassed(&broken);
    for needle in [
        "Stance.text",
        "Quote.notes",
        "Stance.date",
        "Citation.verb: unknown",
    ] {
        assert!(
            found.iter().any(|f| f.starts_with(needle)),
            "{needle} not reported: {found:?}"
        );
    }
    // The classes name what the rules read: own words, quotes verbatim, dates.
    let d = &schema["definitions"];
    assert_eq!(
        d["Stance"]["properties"]["text"]["x-editorial"],
        "own-words"
    );
    assert_eq!(d["Quote"]["properties"]["text"]["x-editorial"], "verbatim");
    assert_eq!(
        d["Citation"]["properties"]["excerpt"]["x-editorial"],
        "verbatim"
    );
    assert_eq!(
        d["Event"]["properties"]["editor_note"]["x-editorial"],
        "editor-note"
    );
    assert_eq!(d["DateSpec"]["x-editorial"], "date");
}
