//! `counterpoint init`: a starter that checks clean and builds; never over an author's files.

use crate::prelude::*;

#[test]
fn the_starter_briefing_checks_clean_and_builds() {
    let tmp = workspace("init-ok");
    for f in [
        "b/briefing.json",
        "b/sources/example-gazette-2026-03-03.txt",
        "b/README.md",
        "b/.github/workflows/publish.yml",
    ] {
        assert!(tmp.join(f).is_file(), "init wrote no {f}");
    }
    let check = run_in(tmp.path(), &["check", "b/briefing.json"]);
    assert_eq!(check.code, 0, "{}", check.all());
    assert!(check.stdout.contains("OK"), "{}", check.stdout);
    assert!(!check.all().contains("warning"), "{}", check.all());
    let build = run_in(
        tmp.path(),
        &[
            "build",
            "b/briefing.json",
            "-o",
            "site",
            "--assets",
            "assets",
        ],
    );
    assert_eq!(build.code, 0, "{}", build.all());
    let home = std::fs::read_to_string(tmp.join("site/index.html")).unwrap();
    assert!(
        home.contains("Riverland"),
        "the starter's home page names its parties"
    );
    assert!(tmp
        .join("site/topics/dry-season-share/index.html")
        .is_file());
    // The dataset id comes from the folder's name.
    assert!(tmp.join("site/datasets/b.json").is_file());
}

#[test]
fn the_title_is_written_into_the_dataset_escaped() {
    let tmp = TempDir::new("init-title");
    let r = run_in(
        tmp.path(),
        &["init", "talks", "--title", "The \"Lake\" talks"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let d = read_json(&tmp.join("talks/briefing.json"));
    assert_eq!(d["title"], "The \"Lake\" talks");
    assert_eq!(d["id"], "talks");
    let check = run_in(tmp.path(), &["check", "talks/briefing.json"]);
    assert_eq!(check.code, 0, "{}", check.all());
}

#[test]
fn a_folder_that_is_not_empty_is_refused_and_left_as_it_was() {
    let tmp = TempDir::new("init-refused");
    std::fs::create_dir_all(tmp.join("mine")).unwrap();
    std::fs::write(tmp.join("mine/notes.txt"), "my notes").unwrap();
    let r = run_in(tmp.path(), &["init", "mine"]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("is not empty"), "{}", r.stderr);
    assert_eq!(files_under(&tmp.join("mine")), vec!["notes.txt"]);
    assert_eq!(
        std::fs::read_to_string(tmp.join("mine/notes.txt")).unwrap(),
        "my notes"
    );
}
