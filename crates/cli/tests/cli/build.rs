//! `counterpoint build`: a site for any valid dataset, a shelf for several, nothing written on
//! a problem, never over files it did not write.

use crate::prelude::*;
use serde_json::json;

#[test]
fn an_invalid_dataset_writes_nothing_and_prints_the_checks_messages() {
    let tmp = workspace("build-invalid");
    let path = tmp.join("b/briefing.json");
    let mut d = read_json(&path);
    d["quotes"][0]["speaker"] = json!("nobody");
    write_json(&path, &d);
    let check = run_in(tmp.path(), &["check", "b/briefing.json"]);
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
    assert_eq!(build.code, 1, "{}", build.all());
    assert!(!tmp.join("site").exists(), "nothing written");
    let problem = check
        .stdout
        .lines()
        .find(|l| l.contains("error:"))
        .expect("check reports it");
    assert!(
        build.stdout.contains(problem),
        "build prints check's message {problem}:\n{}",
        build.all()
    );
    assert!(
        build.stderr.contains("nothing was written"),
        "{}",
        build.stderr
    );
}

#[test]
fn an_output_folder_it_did_not_write_is_refused_and_left_as_it_was() {
    let tmp = workspace("build-not-ours");
    std::fs::create_dir_all(tmp.join("site")).unwrap();
    std::fs::write(tmp.join("site/thesis.docx"), "mine").unwrap();
    let r = run_in(
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
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr.contains("was not written by `counterpoint build`"),
        "{}",
        r.stderr
    );
    assert_eq!(files_under(&tmp.join("site")), vec!["thesis.docx"]);
}

#[test]
fn a_rebuild_replaces_only_what_the_last_build_wrote() {
    let tmp = workspace("rebuild");
    let build = || {
        run_in(
            tmp.path(),
            &[
                "build",
                "b/briefing.json",
                "-o",
                "site",
                "--assets",
                "assets",
            ],
        )
    };
    assert_eq!(build().code, 0);
    assert!(tmp
        .join("site/topics/dry-season-share/index.html")
        .is_file());
    // The author adds a file of their own, and renames the topic.
    std::fs::write(tmp.join("site/CNAME"), "briefing.example.org").unwrap();
    let path = tmp.join("b/briefing.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("dry-season-share", "dry-months")).unwrap();
    let r = build();
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(tmp.join("site/topics/dry-months/index.html").is_file());
    assert!(
        !tmp.join("site/topics/dry-season-share").exists(),
        "the old topic's page is gone"
    );
    assert_eq!(
        std::fs::read_to_string(tmp.join("site/CNAME")).unwrap(),
        "briefing.example.org"
    );
    assert!(!files_under(tmp.path())
        .iter()
        .any(|f| f.contains("staging")));
}

#[test]
fn missing_assets_get_a_clear_message() {
    let tmp = workspace("no-assets");
    let r = run_in(
        tmp.path(),
        &[
            "build",
            "b/briefing.json",
            "-o",
            "site",
            "--assets",
            "nowhere",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("not an asset folder"), "{}", r.stderr);
    assert!(!tmp.join("site").exists());
}

#[test]
fn two_datasets_make_a_shelf_under_a_sub_path() {
    let tmp = workspace("shelf");
    let japan = repo().join("data/examples/us-japan-2019.json");
    let r = run_in(
        tmp.path(),
        &[
            "build",
            "b/briefing.json",
            japan.to_str().unwrap(),
            "-o",
            "site",
            "--assets",
            "assets",
            "--base-url",
            "/briefings/",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let shelf = std::fs::read_to_string(tmp.join("site/index.html")).unwrap();
    for (href, title) in [
        ("/briefings/b/", "Riverland–Hillland water talks"),
        ("/briefings/us-japan-2019/", "US–Japan trade agreement"),
    ] {
        assert!(shelf.contains(&format!("href=\"{href}\"")), "{shelf}");
        assert!(shelf.contains(title), "{shelf}");
    }
    assert!(!shelf.contains("<script"), "the shelf needs no script");
    for (id, topic) in [("b", "dry-season-share"), ("us-japan-2019", "farm-access")] {
        let page =
            std::fs::read_to_string(tmp.join(format!("site/{id}/topics/{topic}/index.html")))
                .unwrap();
        assert!(
            page.contains(&format!("<base href=\"/briefings/{id}/\">")),
            "{id}"
        );
        assert!(
            page.contains(&format!(
                "data-dataset=\"/briefings/{id}/datasets/{id}.json\""
            )),
            "{id}: the full app fetches its own dataset"
        );
        // The islands load on intent: named with their hashes, never started by the page.
        assert!(
            page.contains(&format!("<meta name=\"cp-islands\" content=\"/briefings/{id}/islands-loader-"))
                && page.contains(&format!("data-js=\"/briefings/{id}/islands-1.js\" data-js-integrity=\"sha384-islandsjs\" data-wasm=\"/briefings/{id}/islands-1_bg.wasm\" data-wasm-integrity=\"sha384-islandswasm\">")),
            "{id}: {page}"
        );
        assert!(!page.contains("type=\"module\""), "{id}: no start at load");
        assert!(!page.contains("modulepreload"), "{id}: no preload");
        assert!(tmp.join(format!("site/{id}/feed.xml")).is_file());
        assert!(tmp.join(format!("site/{id}/sw.js")).is_file());
    }
}

#[test]
fn two_datasets_with_one_id_are_refused() {
    let tmp = workspace("same-id");
    std::fs::create_dir_all(tmp.join("c")).unwrap();
    std::fs::copy(tmp.join("b/briefing.json"), tmp.join("c/briefing.json")).unwrap();
    std::fs::create_dir_all(tmp.join("c/sources")).unwrap();
    std::fs::copy(
        tmp.join("b/sources/example-gazette-2026-03-03.txt"),
        tmp.join("c/sources/example-gazette-2026-03-03.txt"),
    )
    .unwrap();
    let r = run_in(
        tmp.path(),
        &[
            "build",
            "b/briefing.json",
            "c/briefing.json",
            "-o",
            "site",
            "--assets",
            "assets",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr.contains("two datasets have the id \"b\""),
        "{}",
        r.stderr
    );
    assert!(!tmp.join("site").exists());
}

#[test]
fn the_full_source_text_is_never_published() {
    let tmp = workspace("no-full-text");
    let r = run_in(
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
    assert_eq!(r.code, 0, "{}", r.all());
    // A sentence of the article that no excerpt cites.
    let uncited = "the first round of talks since the drought";
    for f in files_under(&tmp.join("site")) {
        let bytes = std::fs::read(tmp.join("site").join(&f)).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(uncited),
            "{f} publishes the source's text"
        );
    }
}

#[test]
fn a_bad_base_url_is_a_usage_error() {
    let tmp = workspace("bad-base");
    let r = run_in(
        tmp.path(),
        &[
            "build",
            "b/briefing.json",
            "-o",
            "site",
            "--base-url",
            "sub",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("--base-url"), "{}", r.stderr);
}
