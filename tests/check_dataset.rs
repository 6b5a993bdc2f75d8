//! The authoring checker as a user runs it: `check-dataset FILE`.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-dataset"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn the_embedded_dataset_checks_out_with_its_counts() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/us-china-2025.json");
    let (code, out) = run(&[path]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(": OK — 5 sources,") && out.contains("14 topics"),
        "{out}"
    );
}

#[test]
fn a_broken_file_fails_and_lists_every_problem_with_its_place() {
    let mut v: serde_json::Value =
        serde_json::from_str(counterpoint::model::EMBEDDED_JSON).unwrap();
    v["quotes"][0]["cites"][0]["source"] = "nowhere".into();
    v["events"][0]["date"] = "2025-13-01".into();
    let dir = std::env::temp_dir().join(format!("cp-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.json");
    std::fs::write(&file, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let (code, out) = run(&[file.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("events[0].date (line "), "{out}");
    assert!(out.contains("impossible or unreadable date"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_and_unreadable_files_are_explained() {
    let (code, out) = run(&[]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: check-dataset FILE"));
    let (code, out) = run(&["/no/such/file.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("cannot read"));
}
