use super::from_str;
use crate::model::types::*;

const BUILT_IN: &str = include_str!("../../../../../data/us-china-2025.json");
const EXAMPLE: &str = include_str!("../../../../../data/examples/us-japan-2019.json");

#[test]
fn reads_both_datasets_as_serde_json_does() {
    for text in [BUILT_IN, EXAMPLE] {
        let ours: Dataset = from_str(text).expect("reads");
        let theirs: Dataset = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs);
    }
}

/// The built-in dataset with `edit` applied to its JSON tree, as text.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(BUILT_IN).unwrap();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn a_broken_file_gets_serde_jsons_own_message_and_place() {
    let broken = [
        edited(|v| {
            v["topics"][0]
                .as_object_mut()
                .unwrap()
                .remove("title")
                .map(drop)
                .unwrap()
        }),
        edited(|v| v["quotes"][1]["surprise"] = 1.into()),
        edited(|v| v["figures"][0]["value"] = "ten".into()),
        edited(|v| v["events"][2]["date"] = "2025-13-40".into()),
        edited(|v| v["topics"][0]["status"] = "maybe".into()),
        "{\"schema_version\": 1, \"id\": ".to_string(),
    ];
    for text in &broken {
        let ours = from_str::<Dataset>(text).expect_err("broken").to_string();
        let theirs = serde_json::from_str::<Dataset>(text)
            .unwrap_err()
            .to_string();
        assert_eq!(ours, theirs);
        assert!(ours.contains(" at line "), "{ours}");
    }
}

#[test]
fn a_struct_written_as_an_array_is_refused() {
    let by_name = r#"{"id": "us", "name": "United States", "short_name": "US", "adjective": "US"}"#;
    let party: Party = from_str(by_name).expect("an object reads");
    assert_eq!(party, serde_json::from_str::<Party>(by_name).unwrap());
    // serde_json alone reads an array by position.
    let as_array = r#"["us", "United States", "US", "US", [], []]"#;
    assert!(serde_json::from_str::<Party>(as_array).is_ok());
    let e = from_str::<Party>(as_array).expect_err("an array is not a party");
    assert!(e.to_string().starts_with("invalid type: sequence"), "{e}");
}

#[test]
fn trailing_text_is_refused() {
    let e = from_str::<Vec<u8>>("[1, 2] 3").expect_err("trailing characters");
    assert!(e.to_string().starts_with("trailing characters"), "{e}");
    assert_eq!(from_str::<Option<Vec<u8>>>(" null ").unwrap(), None);
}
