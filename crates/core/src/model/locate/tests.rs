use super::*;

#[test]
fn finds_nested_paths() {
    let json = "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}, {\"c\": [true, \"here\"]}],\n  \"d\": 2\n}";
    let at = |p: &str| {
        json[offset_of_path(json, p).unwrap()..]
            .chars()
            .take(4)
            .collect::<String>()
    };
    assert_eq!(at("a[2].c[1]"), "\"her");
    assert_eq!(at("a[1].b"), "\"x\\\"");
    assert_eq!(at("d"), "2\n}");
}

#[test]
fn finds_the_path_at_an_offset() {
    let json = "{\n  \"a\": [1, {\"b\": \"x\"}, {\"c\": [true, \"here\"]}],\n  \"d\": 2\n}";
    for p in ["a[2].c[1]", "a[1].b", "d", "a[0]"] {
        // Its first and last byte (serde stops on the last byte of a bad value).
        let (start, end) = value_span(json, p).unwrap();
        assert_eq!(path_at_offset(json, start), p);
        assert_eq!(path_at_offset(json, end - 1), p);
    }
    assert_eq!(
        path_at_offset(json, json.find("\"b\"").unwrap()),
        "a[1].b",
        "a key names its member"
    );
    assert_eq!(path_at_offset(json, json.len() - 1), "");
    let compact = r#"{"a":{"b":[1]},"c":2}"#;
    assert_eq!(
        path_at_offset(compact, compact.find("]}").unwrap() + 1),
        "a"
    );
    assert_eq!(path_at_offset(compact, compact.len() - 1), "");
    assert_eq!(offset_of_line_col(json, 3, 3), json.find("\"d\"").unwrap());
}

#[test]
fn places_many_paths_in_one_pass_like_one_at_a_time() {
    let json = "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}, {\"c\": [true, \"here\"]}],\n  \"d\": 2\n}";
    let paths = [
        "a[2].c[1]",
        "a[1].b",
        "d",
        "a[0]",
        "a[2].zzz",
        "a[9]",
        "q",
        "",
    ];
    let one_by_one: Vec<Option<usize>> = paths.iter().map(|p| offset_of_path(json, p)).collect();
    assert_eq!(offsets_of_paths(json, &paths), one_by_one);
}

#[test]
fn lists_the_items_of_an_array() {
    let json = r#"{"a": [1, {"b": "],"}, [2, 3] ], "c": []}"#;
    let items: Vec<&str> = item_spans(json, "a")
        .into_iter()
        .map(|(s, e)| &json[s..e])
        .collect();
    assert_eq!(items, ["1", r#"{"b": "],"}"#, "[2, 3]"]);
    assert!(item_spans(json, "c").is_empty());
    assert!(item_spans(json, "zzz").is_empty());
}

#[test]
fn falls_back_to_the_deepest_existing_part() {
    let json = r#"{"a": {"b": 1}}"#;
    assert_eq!(offset_of_path(json, "a.zzz"), Some(6));
    assert_eq!(offset_of_path(json, "a[3]"), Some(6));
}

#[test]
fn line_col_counts_characters_and_never_splits_one() {
    let text = "ab\n“é”x";
    // Byte 5 is inside "“" (bytes 3..6): it counts as that character, column 1.
    assert_eq!(line_col(text, 5), (2, 1));
    assert_eq!(line_col(text, text.find('x').unwrap()), (2, 4));
    assert_eq!(line_col(text, 999), (2, 5));
}

#[test]
fn the_line_counter_agrees_with_line_col() {
    let text = "ab\n“é”x\n\nlast line";
    let mut counter = LineCounter::new(text);
    for offset in [0, 1, 3, 4, 5, 9, 10, 11, 12, 15, 99] {
        assert_eq!(
            counter.line_col(offset),
            line_col(text, offset),
            "at {offset}"
        );
    }
}
