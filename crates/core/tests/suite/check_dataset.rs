//! The authoring checker as a user runs it: `check-dataset FILE`.

use crate::prelude::{check_dataset, fixture, TempFile, EMBEDDED_PATH, EXAMPLE_PATH};
use counterpoint_core::model::EMBEDDED_JSON;

#[test]
fn the_embedded_dataset_checks_out_with_its_counts() {
    let (code, out) = check_dataset(&[EMBEDDED_PATH]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(": OK — 5 sources,") && out.contains("14 topics"),
        "{out}"
    );
}

#[test]
fn a_broken_file_fails_and_lists_every_problem_with_its_place() {
    let mut v: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    v["quotes"][0]["cites"][0]["source"] = "nowhere".into();
    v["events"][0]["date"] = "2025-13-01".into();
    let file = TempFile::new("broken.json", &serde_json::to_string_pretty(&v).unwrap());
    let (code, out) = check_dataset(&[file.path()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("events[0].date (line "), "{out}");
    assert!(
        out.contains("impossible date: 2025-13-01 does not exist (there is no month 13)"),
        "{out}"
    );
}

#[test]
fn usage_and_unreadable_files_are_explained() {
    let (code, out) = check_dataset(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: check-dataset FILE"));
    let (code, out) = check_dataset(&["/no/such/file.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("cannot read"));
}

/// Runs the checker on `tests/fixtures/invalid/NAME` and returns its report and the file text.
fn check_fixture(name: &str) -> (String, String) {
    let path = fixture(&format!("invalid/{name}"));
    let text = std::fs::read_to_string(&path).unwrap();
    let (code, out) = check_dataset(&[&path]);
    assert_eq!(code, 1, "{name} must fail: {out}");
    (out, text)
}

/// 1-based line and column (in characters) of the first occurrence of `needle` in `text`.
fn line_col_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the fixture"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

/// Asserts the report has a line `PATH (line L:C): MESSAGE…` where L:C is where `at` starts
/// in the file.
fn assert_reports(out: &str, text: &str, path: &str, at: &str, message: &str) {
    let (line, col) = line_col_of(text, at);
    let expected = format!("  {path} (line {line}:{col}): {message}");
    assert!(
        out.lines().any(|l| l.starts_with(&expected)),
        "expected a line starting with\n{expected}\nin\n{out}"
    );
}

#[test]
fn the_minimal_example_and_the_example_dataset_check_out() {
    let (code, out) = check_dataset(&[&fixture("minimal.json"), EXAMPLE_PATH]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("minimal.json: OK — 2 sources, 3 actors, 1 topics"),
        "{out}"
    );
    assert!(
        out.contains("us-japan-2019.json: OK — 10 sources, 8 actors, 4 topics, 10 quotes"),
        "{out}"
    );
}

#[test]
fn a_syntax_error_names_the_place_and_the_likely_cause() {
    let (out, text) = check_fixture("syntax-error.json");
    assert!(out.contains("syntax-error.json: 1 problem\n"), "{out}");
    // The comma after "venue" is missing: the parser stops at the next key.
    assert_reports(
        &out,
        &text,
        "quotes[0]",
        "\"topics\": [\n        \"farm-access\"\n      ],\n      \"cites\"",
        "this is not valid JSON: expected `,` or `}` (a comma is probably missing",
    );
}

#[test]
fn a_wrong_type_is_explained_in_plain_words() {
    let (out, text) = check_fixture("wrong-type.json");
    let (line, _) = line_col_of(&text, "\"value\": \"30\"");
    assert!(
        out.contains(&format!("figures[0].value (line {line}:")),
        "{out}"
    );
    assert!(
        out.contains("wrong type: found string \"30\", expected a number"),
        "{out}"
    );
}

#[test]
fn an_unknown_field_is_named_with_the_fields_expected() {
    let (out, text) = check_fixture("unknown-field.json");
    let (line, _) = line_col_of(&text, "\"titel\"");
    assert!(
        out.contains(&format!("topics[0].titel (line {line}:")),
        "{out}"
    );
    assert!(
        out.contains("unknown field `titel`: check its spelling; expected one of `id`, `title`"),
        "{out}"
    );
}

#[test]
fn a_dangling_id_is_reported_where_it_is_used() {
    let (out, text) = check_fixture("dangling-id.json");
    assert_reports(
        &out,
        &text,
        "quotes[0].speaker",
        "\"kazunori-oizumi\"",
        "unknown speaker \"kazunori-oizumi\": add them to actors",
    );
}

#[test]
fn a_duplicate_id_names_the_first_use() {
    let (out, text) = check_fixture("duplicate-id.json");
    let second_use = text.rfind("\"id\": \"farm-access\"").unwrap() + "\"id\": ".len();
    let (line, col) = line_col_of(&text[..], &text[second_use..]);
    assert!(
        out.contains(&format!(
            "events[0].id (line {line}:{col}): duplicate id \"farm-access\": already used at topics[0]"
        )),
        "{out}"
    );
}

#[test]
fn a_topic_missing_a_side_says_which_party_and_how_to_fix_it() {
    let (out, text) = check_fixture("missing-side.json");
    assert_reports(
        &out,
        &text,
        "topics[0].points[0].stances",
        "[\n            {\n              \"party\": \"usa\"",
        "missing a stance for Japan (\"jpn\"): add one, with \"silent\": true",
    );
}

#[test]
fn an_empty_quote_is_rejected() {
    let (out, text) = check_fixture("empty-quote.json");
    assert_reports(&out, &text, "quotes[0].text", "\" \"", "the quote is empty");
}

#[test]
fn an_impossible_date_says_why() {
    let (out, text) = check_fixture("impossible-date.json");
    assert_reports(
        &out,
        &text,
        "events[0].date",
        "\"2018-09-31\"",
        "impossible date: 2018-09-31 does not exist (September 2018 has 30 days)",
    );
}

#[test]
fn an_unsupported_schema_version_is_refused_with_the_version_read() {
    let (out, text) = check_fixture("unsupported-version.json");
    assert_reports(
        &out,
        &text,
        "schema_version",
        "2,",
        "schema version 2 is not supported; this version of Counterpoint reads version 1",
    );
}

#[test]
fn several_problems_are_all_reported_at_once_in_file_order() {
    let (out, text) = check_fixture("several-problems.json");
    assert!(out.contains("several-problems.json: 5 problems\n"), "{out}");
    assert_reports(
        &out,
        &text,
        "quotes[0].speaker",
        "\"kazunori-oizumi\"",
        "unknown speaker",
    );
    assert_reports(&out, &text, "quotes[0].text", "\" \"", "the quote is empty");
    assert_reports(
        &out,
        &text,
        "figures[0].cites[0].source",
        "\"white-house-2018\"",
        "unknown source \"white-house-2018\"",
    );
    assert!(out.contains("events[0].id (line "), "{out}");
    assert!(out.contains("duplicate id \"farm-access\""), "{out}");
    assert!(out.contains("topics[0].points[0].stances (line "), "{out}");
    let lines: Vec<usize> = out
        .lines()
        .filter_map(|l| l.split("(line ").nth(1)?.split(':').next()?.parse().ok())
        .collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "file order: {lines:?}"
    );
}

#[test]
fn type_problems_in_different_items_are_all_reported_at_once() {
    let (out, text) = check_fixture("several-type-problems.json");
    assert!(
        out.contains("several-type-problems.json: 4 problems\n"),
        "{out}"
    );
    assert_reports(
        &out,
        &text,
        "events[0].date",
        "\"2018-09-31\"",
        "impossible date",
    );
    let (line, _) = line_col_of(&text, "\"country\"");
    assert!(
        out.contains(&format!("actors[1].kind (line {line}:")),
        "{out}"
    );
    assert!(
        out.contains("unknown value `country`, expected `person` or `institution`"),
        "{out}"
    );
    let (line, _) = line_col_of(&text, "\"titel\"");
    assert!(
        out.contains(&format!("topics[0].titel (line {line}:")),
        "{out}"
    );
    let (line, _) = line_col_of(&text, "\"value\": \"30\"");
    assert!(
        out.contains(&format!("figures[0].value (line {line}:")),
        "{out}"
    );
}

#[test]
fn every_invalid_fixture_fails_with_placed_problems() {
    let dir = fixture("invalid");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.len() >= 11, "{names:?}");
    for name in names {
        let (out, _) = check_fixture(&name);
        let problems: Vec<&str> = out.lines().skip(1).collect();
        assert!(!problems.is_empty(), "{name}: {out}");
        for p in problems {
            assert!(
                p.contains("(line ") || p.contains("  line "),
                "{name}: no place in {p}"
            );
            assert!(
                p.rsplit("): ").next().is_some_and(|m| m.len() > 10),
                "{name}: {p}"
            );
        }
    }
}

#[test]
fn a_file_over_20_mb_is_refused_with_the_limit() {
    let mut text = String::from("{\"padding\": \"");
    text.push_str(&"x".repeat(21 * 1024 * 1024));
    text.push_str("\"}");
    let file = TempFile::new("big.json", &text);
    let (code, out) = check_dataset(&[file.path()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("big.json: 1 problem"), "{out}");
    assert!(
        out.contains("the file is 22.0 MB; the limit is 20 MB. Split the dataset"),
        "{out}"
    );
}
