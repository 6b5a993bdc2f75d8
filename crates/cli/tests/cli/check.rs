//! `counterpoint check`: every rule on any dataset, the source texts when given, exit codes.

use crate::prelude::*;
use serde_json::{json, Value};

/// Plants one change in the starter briefing and checks it: exit code and output.
fn planted(name: &str, plant: impl FnOnce(&mut Value)) -> Run {
    let tmp = workspace(name);
    let path = tmp.join("b/briefing.json");
    let mut d = read_json(&path);
    plant(&mut d);
    write_json(&path, &d);
    run_in(tmp.path(), &["check", "b/briefing.json"])
}

#[track_caller]
fn assert_found(r: &Run, path: &str, words: &str) {
    assert_eq!(r.code, 1, "exit code 1 on a problem:\n{}", r.all());
    let line = r
        .stdout
        .lines()
        .find(|l| l.contains("error:") && l.contains(path))
        .unwrap_or_else(|| panic!("no error at {path}:\n{}", r.all()));
    assert!(
        line.to_lowercase().contains(&words.to_lowercase()),
        "the error at {path} does not say \"{words}\": {line}"
    );
    // Every problem has its line and column in the file.
    assert!(line.contains("(line "), "{line}");
}

#[test]
fn a_wrong_word_in_an_excerpt_is_not_found_and_the_closest_passage_is_shown() {
    let r = planted("wrong-word", |d| {
        d["briefings"][0]["what_happened"][0]["cites"][0]["excerpt"] =
            json!("Negotiators from Riverland and Hillland met in Lakeshore on Monday");
    });
    assert_found(
        &r,
        "briefings[0].what_happened[0].cites[0].excerpt",
        "not found",
    );
    assert!(
        r.stdout.contains("met in Lakeside on Monday"),
        "the closest passage is shown:\n{}",
        r.stdout
    );
}

#[test]
fn a_quote_no_longer_inside_its_excerpt_is_a_problem() {
    let r = planted("quote-outside", |d| {
        d["quotes"][0]["text"] = json!("it was ready to share data on the river's flow");
    });
    assert_found(&r, "quotes[0]", "excerpt");
}

#[test]
fn the_same_wrong_word_in_a_quote_and_its_excerpt_is_caught_by_the_text() {
    let r = planted("same-wrong-word", |d| {
        let wrong = "We need a fair share of the lake in the dry months.";
        d["quotes"][0]["text"] = json!(wrong);
        d["quotes"][0]["cites"][0]["excerpt"] = json!(wrong);
    });
    assert_found(&r, "quotes[0]", "not found");
}

#[test]
fn one_partys_quote_on_the_other_partys_stance_is_a_problem() {
    let r = planted("wrong-side", |d| {
        d["topics"][0]["points"][0]["stances"][0]["quotes"] = json!(["q-stone-dams"]);
    });
    assert_found(&r, "topics[0].points[0].stances[0]", "side");
}

#[test]
fn a_stance_that_copies_twenty_words_of_the_article_is_a_problem() {
    let r = planted("copied", |d| {
        d["topics"][0]["points"][0]["stances"][0]["text"] = json!(
            "Negotiators from Riverland and Hillland met in Lakeside on Monday to discuss how the two countries share the water of the Long River."
        );
    });
    assert_found(&r, "topics[0].points[0].stances[0].text", "words");
}

#[test]
fn a_topic_marked_agreed_while_its_point_clashes_is_a_problem() {
    let r = planted("agreed-clash", |d| {
        d["topics"][0]["status"][0]["status"] = json!("agreed");
    });
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stdout.contains("topics[0]"), "{}", r.stdout);
}

#[test]
fn a_changed_text_is_a_problem() {
    let tmp = workspace("changed-text");
    let text = tmp.join("b/sources/example-gazette-2026-03-03.txt");
    let before = std::fs::read_to_string(&text).unwrap();
    std::fs::write(&text, before.replace("April", "May")).unwrap();
    let r = run_in(tmp.path(), &["check", "b/briefing.json"]);
    assert_found(&r, "sources[0].text.sha256", "changed");
}

#[test]
fn a_missing_text_file_is_a_problem_and_a_source_without_text_a_warning() {
    let tmp = workspace("missing-text");
    std::fs::remove_file(tmp.join("b/sources/example-gazette-2026-03-03.txt")).unwrap();
    let r = run_in(tmp.path(), &["check", "b/briefing.json"]);
    assert_found(&r, "sources[0].text.file", "cannot");
    // Without a `text`, nothing is checked against the article: a warning with the count.
    let path = tmp.join("b/briefing.json");
    let mut d = read_json(&path);
    d["sources"][0].as_object_mut().unwrap().remove("text");
    write_json(&path, &d);
    let r = run_in(tmp.path(), &["check", "b/briefing.json"]);
    assert_eq!(r.code, 0, "a warning is not a failure:\n{}", r.all());
    let warning = r
        .stdout
        .lines()
        .find(|l| l.contains("warning:"))
        .unwrap_or_else(|| panic!("no warning:\n{}", r.stdout));
    assert!(warning.contains("sources[0]"), "{warning}");
    assert!(
        warning.chars().any(|c| c.is_ascii_digit()) && warning.contains("unchecked"),
        "the warning counts the unchecked excerpts: {warning}"
    );
}

#[test]
fn texts_can_come_from_a_folder_named_by_source_id() {
    let tmp = workspace("texts-dir");
    std::fs::create_dir_all(tmp.join("texts")).unwrap();
    std::fs::rename(
        tmp.join("b/sources/example-gazette-2026-03-03.txt"),
        tmp.join("texts/example-gazette-2026-03-03.txt"),
    )
    .unwrap();
    let r = run_in(
        tmp.path(),
        &["check", "b/briefing.json", "--texts", "texts"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
}

#[test]
fn json_output_lists_every_problem_with_its_place() {
    let tmp = workspace("json");
    let path = tmp.join("b/briefing.json");
    let mut d = read_json(&path);
    d["quotes"][0]["text"] = json!("We need a fair share of the lake in the dry months.");
    d["quotes"][0]["cites"][0]["excerpt"] = json!("We need a fair share of the lake.");
    write_json(&path, &d);
    let r = run_in(
        tmp.path(),
        &["check", "b/briefing.json", "--format", "json"],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    let report: Value = serde_json::from_str(&r.stdout).expect("--format json prints JSON");
    assert_eq!(report["ok"], false);
    let problems = report["files"][0]["problems"].as_array().unwrap();
    assert!(problems.len() >= 2, "{problems:?}");
    for p in problems {
        assert!(p["path"].as_str().unwrap().starts_with("quotes[0]"), "{p}");
        assert!(p["line"].as_u64().unwrap() > 0, "{p}");
        assert!(!p["message"].as_str().unwrap().is_empty());
        assert_eq!(p["severity"], "error");
    }
}

#[test]
fn a_file_that_is_not_json_or_not_there_gets_a_clear_message() {
    let tmp = TempDir::new("not-json");
    std::fs::write(tmp.join("bad.json"), "{\n  \"id\": \"x\",\n  oops\n}").unwrap();
    let r = run_in(tmp.path(), &["check", "bad.json"]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stdout.contains("line 3"), "{}", r.stdout);
    let r = run_in(tmp.path(), &["check", "nowhere.json"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("cannot read"), "{}", r.stdout);
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["check"]).code, 2);
    assert_eq!(run(&["check", "x.json", "--format", "yaml"]).code, 2);
    assert_eq!(run(&["publish"]).code, 2);
    let r = run(&[
        "check",
        "data/us-china-2025.json",
        "--texts",
        "no/such/folder",
    ]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert_eq!(run(&["--help"]).code, 0);
}

/// The folder of our dataset's articles, beside the repository; `None` (after a notice) when
/// missing, except on CI, where the checks must not pass by skipping.
fn seeds() -> Option<String> {
    let dir = repo().join("../shared/seeds");
    if dir.is_dir() {
        return Some(dir.to_string_lossy().into_owned());
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the source articles are missing: expected them in {} (CI is set)",
        dir.display()
    );
    eprintln!("notice: {} not found; skipping", dir.display());
    None
}

#[test]
fn our_dataset_is_clean_against_its_articles() {
    let Some(seeds) = seeds() else { return };
    // Through the files its sources name (relative to data/)...
    let r = run(&["check", "data/us-china-2025.json"]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        !r.all().contains("warning"),
        "every source has its text:\n{}",
        r.all()
    );
    // ...and through --texts, the path CI and authors use for a folder of texts.
    let r = run(&["check", "data/us-china-2025.json", "--texts", &seeds]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.all().contains("warning"), "{}", r.all());
}
