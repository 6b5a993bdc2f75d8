use super::diagnose::json_pointer;
use super::messages::impossible_day;
use super::*;
use serde_json::{json, Value};

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
fn positions_count_characters() {
    // serde_json's column counts bytes; ours count characters.
    let ps = parse_dataset("{\"title\": \"“é” \" x}").unwrap_err();
    assert_eq!(ps[0].line_col, Some((1, 18)), "{ps:#?}");
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

#[test]
fn charted_measures_must_exist_between_parties() {
    let mut v = good();
    v["chart_measures"][0]["measure"] = "no-such-measure".into();
    v["chart_measures"][1]["on"] = "eu".into();
    let ps = problems(&v);
    assert!(
        has(
            &ps,
            "chart_measures[0].measure",
            "no figure has the measure \"no-such-measure\""
        ),
        "{ps:#?}"
    );
    assert!(
        has(&ps, "chart_measures[1].on", "unknown party \"eu\""),
        "{ps:#?}"
    );
    assert!(ps.iter().all(|p| p.line_col.is_some()), "{ps:#?}");
    // A file without charted measures still loads: it simply has no chart.
    let mut v = good();
    v.as_object_mut().unwrap().remove("chart_measures");
    let d = parse_dataset(&v.to_string()).expect("loads without chart_measures");
    assert!(d.chart_measures.is_empty());
}

#[test]
fn a_key_measure_must_be_the_measure_of_a_figure() {
    let mut v = good();
    v["key_measures"] = json!(["us-tariff-on-china", "no-such-measure"]);
    let ps = problems(&v);
    assert!(
        has(
            &ps,
            "key_measures[1]",
            "unknown measure \"no-such-measure\""
        ),
        "{ps:#?}"
    );
    assert!(!ps.iter().any(|p| p.path == "key_measures[0]"), "{ps:#?}");
    // Without the field, a dataset still loads (schema v1 files predate it).
    let mut v = good();
    v.as_object_mut().unwrap().remove("key_measures");
    let text = serde_json::to_string(&v).unwrap();
    assert!(parse_dataset(&text).unwrap().key_measures.is_empty());
}

#[test]
fn a_source_text_needs_a_file_and_a_sha256_and_context_is_never_empty() {
    let mut v = good();
    v["sources"][0]["text"] = json!({ "file": " ", "sha256": "ABC" });
    v["quotes"][0]["cites"][0]["prefix"] = json!("");
    v["quotes"][0]["cites"][0]["suffix"] = json!(" ");
    let ps = problems(&v);
    assert!(
        has(&ps, "sources[0].text.file", "the text's file is empty"),
        "{ps:#?}"
    );
    assert!(
        has(&ps, "sources[0].text.sha256", "is not a SHA-256"),
        "{ps:#?}"
    );
    assert!(
        has(&ps, "quotes[0].cites[0].prefix", "the prefix is empty"),
        "{ps:#?}"
    );
    assert!(
        has(&ps, "quotes[0].cites[0].suffix", "the suffix is empty"),
        "{ps:#?}"
    );
    assert!(ps.iter().all(|p| p.line_col.is_some()), "{ps:#?}");
    let mut v = good();
    v["quotes"][0]["cites"][0]["prefix"] = json!("said");
    assert!(parse_dataset(&v.to_string()).is_ok());
}

/// A commitment and a number group that pass, to break one field at a time.
fn with_ledger() -> Value {
    let mut v = good();
    v["commitments"] = json!([{
        "id": "c-test",
        "actor": "scott-bessent",
        "kind": "prediction",
        "text": "Expects most of the deals done this year.",
        "quote": "q-bessent-80-90",
        "said": "2025-05-06",
        "deadline": "2025",
        "status": [{ "date": "2025-05-06", "status": "pending" }],
        "cites": [{ "source": "kyodo-2025-05-07", "excerpt": "wrapped up by the end of the year" }]
    }]);
    v["number_groups"] = json!([{
        "id": "n-test",
        "quantity": "US share of China's exports",
        "figures": [
            { "figure": "f-export-share-under-13", "basis": "no year given" },
            { "figure": "f-export-share-2024", "basis": "2024" }
        ],
        "reconciled": false,
        "note": "Two outlets, two framings.",
        "cites": [{ "source": "explainer-2025-05-09", "excerpt": "less than 13%" }]
    }]);
    v
}

#[test]
fn commitments_and_number_groups_load_when_valid() {
    let d = parse_dataset(&with_ledger().to_string()).expect("valid");
    assert_eq!(d.commitments.len(), 1);
    assert_eq!(d.number_groups[0].figures.len(), 2);
}

#[test]
fn a_deadline_before_the_words_is_reported() {
    let mut v = with_ledger();
    v["commitments"][0]["deadline"] = json!("2024");
    let ps = problems(&v);
    assert!(
        has(
            &ps,
            "commitments[0].deadline",
            "is before the words were said"
        ),
        "{ps:#?}"
    );
    assert!(ps.iter().all(|p| p.line_col.is_some()), "{ps:#?}");
}

#[test]
fn a_met_or_missed_status_needs_a_citation() {
    for status in ["met", "missed"] {
        let mut v = with_ledger();
        v["commitments"][0]["status"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "date": "2025-06", "status": status }));
        let ps = problems(&v);
        assert!(
            has(
                &ps,
                "commitments[0].status[1].cites",
                &format!("a \"{status}\" status cites no source")
            ),
            "{ps:#?}"
        );
    }
}

#[test]
fn a_commitment_by_an_actor_of_no_party_is_reported() {
    let mut v = with_ledger();
    v["commitments"][0]["actor"] = json!("mary-lovely");
    v["commitments"][0]["quote"] = json!("q-lovely-win");
    let ps = problems(&v);
    assert!(
        has(
            &ps,
            "commitments[0].actor",
            "is on side \"independent\", not a party's"
        ),
        "{ps:#?}"
    );
    // And a quote of someone else is another voice.
    let mut v = with_ledger();
    v["commitments"][0]["quote"] = json!("q-trump-come-down");
    assert!(has(
        &problems(&v),
        "commitments[0].quote",
        "one voice stays one voice"
    ));
}

#[test]
fn a_number_group_needs_two_figures() {
    let mut v = with_ledger();
    v["number_groups"][0]["figures"]
        .as_array_mut()
        .unwrap()
        .pop();
    let ps = problems(&v);
    assert!(
        has(
            &ps,
            "number_groups[0].figures",
            "needs at least two figures; found 1"
        ),
        "{ps:#?}"
    );
    let mut v = with_ledger();
    v["number_groups"][0]["figures"][1]["figure"] = json!("f-nope");
    assert!(has(
        &problems(&v),
        "number_groups[0].figures[1].figure",
        "unknown figure"
    ));
}

#[test]
fn a_figure_in_a_free_unit_says_how_it_is_written() {
    let mut v = good();
    v["figures"][0]["unit"] = json!("other");
    let ps = problems(&v);
    assert!(
        has(&ps, "figures[0].unit", "needs a \"unit_format\""),
        "{ps:?}"
    );
    v["figures"][0]["unit_format"] = json!("m³/s");
    assert!(has(&problems(&v), "figures[0].unit_format", "exactly once"));
    v["figures"][0]["unit_format"] = json!("{} m³/s");
    let d = parse_dataset(&serde_json::to_string(&v).unwrap()).expect("valid with a format");
    let f = &d.figures[0];
    assert_eq!(f.formatted(), format!("{} m³/s", format_number(f.value)));
    // A format on a unit that writes itself is a mistake, not a second way.
    let mut v = good();
    v["figures"][0]["unit_format"] = json!("{} widgets");
    assert!(has(
        &problems(&v),
        "figures[0].unit_format",
        "only for unit \"other\""
    ));
}
