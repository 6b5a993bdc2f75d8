//! Property tests of the loader: whatever the text, `parse_dataset` returns a dataset or a list
//! of problems, never panics; every problem says something; every line:column lies inside the
//! text; and an accepted dataset, written back out, loads again.
//!
//! Inputs: arbitrary strings and bytes; and mutations of the example dataset, both as text
//! (deletions, insertions, replacements, truncation) and as JSON (a random value at a random
//! path, removed members, duplicated list items, swapped ids). Each property runs 256 cases
//! unless `PROPTEST_CASES` says otherwise. Crashes found by `cargo fuzz` (fuzz/regressions/) are
//! replayed here too.

use crate::prelude::{example_value, EXAMPLE_JSON, FUZZ_REGRESSIONS};
use counterpoint_core::model::{parse_dataset, validate, Problem, EMBEDDED_JSON};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::FileFailurePersistence;
use serde_json::Value;

/// The properties every input must satisfy. Returns the problems, for further checks.
fn check(text: &str) -> Vec<Problem> {
    match parse_dataset(text) {
        Ok(dataset) => {
            assert!(validate(&dataset).is_empty(), "accepted but invalid");
            let again = serde_json::to_string(&dataset).expect("a dataset serialises");
            if let Err(problems) = parse_dataset(&again) {
                panic!("an accepted dataset does not load again: {problems:#?}");
            }
            Vec::new()
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "rejected without a reason");
            let lines: Vec<&str> = text.split('\n').collect();
            for p in &problems {
                assert!(
                    !p.message.trim().is_empty(),
                    "empty message at {:?}",
                    p.path
                );
                if let Some((line, col)) = p.line_col {
                    assert!(
                        (1..=lines.len()).contains(&line),
                        "{p}: line {line} of {}",
                        lines.len()
                    );
                    let width = lines[line - 1].chars().count();
                    assert!(
                        (1..=width + 1).contains(&col),
                        "{p}: column {col} of a line {width} long"
                    );
                }
            }
            problems
        }
    }
}

/// Values that look like the dataset's own as well as arbitrary ones: dates (possible and
/// impossible), ids of both datasets, enum words, blank strings.
fn arb_json() -> impl Strategy<Value = Value> {
    let familiar = prop::sample::select(vec![
        "2025-02-30",
        "2019-09-25",
        "early 2019-13",
        "c. 2018-09-26",
        "2020/2019",
        "2019-Q4",
        "usa",
        "jpn",
        "us",
        "cn",
        "independent",
        "both",
        "farm-access",
        "q-trump-7-billion",
        "wh-joint-statement-2018",
        "agreed",
        "percent",
        "",
        " ",
        "\u{2028}",
    ])
    .prop_map(Value::from);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        familiar,
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON pointers of every value in `v` (the root is "").
fn pointers(v: &Value) -> Vec<String> {
    fn walk(v: &Value, at: &mut String, out: &mut Vec<String>) {
        out.push(at.clone());
        let len = at.len();
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    at.push('/');
                    at.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    walk(child, at, out);
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    at.push_str(&format!("/{i}"));
                    walk(child, at, out);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut String::new(), &mut out);
    out
}

/// A change to the example as JSON.
#[derive(Clone, Debug)]
enum JsonMutation {
    /// Put a random value at a random place.
    Replace(Index, Value),
    /// Remove a member of an object or an item of a list.
    Remove(Index),
    /// Repeat an item of a list right after itself.
    Duplicate(Index),
    /// Give one `id` the value of another (duplicates, dangling references).
    CopyId(Index, Index),
    /// Swap the values of two `id` fields.
    SwapIds(Index, Index),
}

fn arb_json_mutation() -> impl Strategy<Value = JsonMutation> {
    prop_oneof![
        3 => (any::<Index>(), arb_json()).prop_map(|(i, v)| JsonMutation::Replace(i, v)),
        2 => any::<Index>().prop_map(JsonMutation::Remove),
        1 => any::<Index>().prop_map(JsonMutation::Duplicate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| JsonMutation::CopyId(a, b)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| JsonMutation::SwapIds(a, b)),
    ]
}

fn parent_and_last(pointer: &str) -> Option<(&str, &str)> {
    pointer.rsplit_once('/')
}

fn apply_json(v: &mut Value, m: &JsonMutation) {
    let all = pointers(v);
    let ids: Vec<String> = all.iter().filter(|p| p.ends_with("/id")).cloned().collect();
    match m {
        JsonMutation::Replace(at, with) => {
            let p = at.get(&all).clone();
            if p.is_empty() {
                *v = with.clone();
            } else if let Some(slot) = v.pointer_mut(&p) {
                *slot = with.clone();
            }
        }
        JsonMutation::Remove(at) => {
            let p = at.get(&all).clone();
            if let Some((parent, last)) = parent_and_last(&p) {
                match v.pointer_mut(parent) {
                    Some(Value::Object(o)) => {
                        o.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < a.len() {
                                a.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        JsonMutation::Duplicate(at) => {
            let p = at.get(&all).clone();
            if let Some((parent, last)) = parent_and_last(&p) {
                if let (Some(Value::Array(a)), Ok(i)) =
                    (v.pointer_mut(parent), last.parse::<usize>())
                {
                    let item = a[i].clone();
                    a.insert(i, item);
                }
            }
        }
        JsonMutation::CopyId(a, b) | JsonMutation::SwapIds(a, b) if !ids.is_empty() => {
            let (pa, pb) = (a.get(&ids).clone(), b.get(&ids).clone());
            let va = v.pointer(&pa).cloned().unwrap_or(Value::Null);
            let vb = v.pointer(&pb).cloned().unwrap_or(Value::Null);
            if let Some(slot) = v.pointer_mut(&pa) {
                *slot = vb;
            }
            if matches!(m, JsonMutation::SwapIds(..)) {
                if let Some(slot) = v.pointer_mut(&pb) {
                    *slot = va;
                }
            }
        }
        _ => {}
    }
}

/// A change to the example as text.
#[derive(Clone, Debug)]
enum TextEdit {
    Delete(Index, usize),
    Insert(Index, String),
    Replace(Index, char),
    Truncate(Index),
}

fn arb_text_edit() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        (any::<Index>(), 1usize..40).prop_map(|(i, n)| TextEdit::Delete(i, n)),
        (any::<Index>(), r#"[{}\[\]:,"\\ a-z0-9\n“é\u{0}-]{1,8}"#)
            .prop_map(|(i, s)| TextEdit::Insert(i, s)),
        (any::<Index>(), any::<char>()).prop_map(|(i, c)| TextEdit::Replace(i, c)),
        any::<Index>().prop_map(TextEdit::Truncate),
    ]
}

/// The byte offset of character number `at` (of `text`'s characters and its end).
fn char_offset(text: &str, at: &Index) -> usize {
    let n = text.chars().count();
    let k = at.index(n + 1);
    text.char_indices().nth(k).map_or(text.len(), |(i, _)| i)
}

fn apply_text(text: &mut String, e: &TextEdit) {
    match e {
        TextEdit::Delete(at, n) => {
            let start = char_offset(text, at);
            let end = text[start..]
                .char_indices()
                .nth(*n)
                .map_or(text.len(), |(i, _)| start + i);
            text.replace_range(start..end, "");
        }
        TextEdit::Insert(at, s) => {
            let i = char_offset(text, at);
            text.insert_str(i, s);
        }
        TextEdit::Replace(at, c) => {
            let i = char_offset(text, at);
            if let Some(old) = text[i..].chars().next() {
                text.replace_range(i..i + old.len_utf8(), &c.to_string());
            }
        }
        TextEdit::Truncate(at) => {
            let i = char_offset(text, at);
            text.truncate(i);
        }
    }
}

proptest! {
    // Failures are kept beside this file, in `properties.proptest-regressions`, and replayed
    // first. Said explicitly: the default (`SourceParallel`) would find `main.rs` above this
    // module and look in `tests/proptest-regressions/properties.txt` instead.
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_string_is_answered_without_panic(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn any_bytes_read_as_utf8_are_answered_without_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..600)
    ) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_shaped_noise_is_answered_without_panic(
        text in r#"[{}\[\]:,"\\ \n\tadeilmnorstuy0-9._-]{0,300}"#
    ) {
        check(&text);
    }

    #[test]
    fn text_edits_of_the_example_are_answered_without_panic(
        edits in prop::collection::vec(arb_text_edit(), 1..4)
    ) {
        let mut text = EXAMPLE_JSON.to_string();
        for e in &edits {
            apply_text(&mut text, e);
        }
        check(&text);
    }

    #[test]
    fn json_mutations_of_the_example_are_answered_without_panic(
        mutations in prop::collection::vec(arb_json_mutation(), 1..4),
        compact in any::<bool>(),
    ) {
        let mut v = example_value();
        for m in &mutations {
            apply_json(&mut v, m);
        }
        let text = if compact {
            v.to_string()
        } else {
            serde_json::to_string_pretty(&v).unwrap()
        };
        check(&text);
    }

    /// A random value dropped into one place of a valid dataset is either accepted or reported
    /// at that place or inside it (or as a consequence elsewhere, such as a now-dangling id).
    #[test]
    fn a_bad_value_is_reported_where_it_was_put(at in any::<Index>(), with in arb_json()) {
        let mut v = example_value();
        let all = pointers(&v);
        let p = at.get(&all).clone();
        prop_assume!(!p.is_empty());
        *v.pointer_mut(&p).unwrap() = with;
        let text = serde_json::to_string_pretty(&v).unwrap();
        let problems = check(&text);
        prop_assume!(!problems.is_empty());
        // Every problem has a place unless it concerns the whole file.
        for pr in &problems {
            prop_assert!(pr.line_col.is_some() || pr.path.is_empty(), "{}", pr);
        }
    }
}

/// Problems are placed in one pass over the text; that must agree with placing each path on
/// its own, for every value of the example (and for paths that do not exist).
#[test]
fn placing_many_paths_at_once_agrees_with_one_at_a_time() {
    use counterpoint_core::model::locate::{offset_of_path, offsets_of_paths};
    let text = EXAMPLE_JSON;
    let mut paths: Vec<String> = pointers(&example_value())
        .iter()
        .map(|p| {
            p.split('/').skip(1).fold(String::new(), |mut acc, seg| {
                if seg.bytes().all(|b| b.is_ascii_digit()) {
                    acc.push_str(&format!("[{seg}]"));
                } else {
                    if !acc.is_empty() {
                        acc.push('.');
                    }
                    acc.push_str(seg);
                }
                acc
            })
        })
        .collect();
    paths.extend([
        "topics[99].id".into(),
        "quotes[0].nothing".into(),
        "nowhere".into(),
    ]);
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let one_by_one: Vec<Option<usize>> = refs.iter().map(|p| offset_of_path(text, p)).collect();
    assert_eq!(offsets_of_paths(text, &refs), one_by_one);
    assert!(refs.len() > 500, "{}", refs.len());
}

#[test]
fn the_datasets_pass_the_properties() {
    assert!(check(EMBEDDED_JSON).is_empty());
    assert!(check(EXAMPLE_JSON).is_empty());
}

/// Inputs that once broke an invariant, kept so that they never do again.
#[test]
fn regression_cases() {
    for text in [
        "",
        "\n",
        "{",
        "[",
        "\"",
        "{\"",
        "{\"a\":",
        "{\"schema_version\": 1,}",
        "{\"schema_version\": 1.0}",
        "{\"schema_version\": 18446744073709551616}",
        "{\"schema_version\": 1, \"parties\": {}, \"topics\": 3}",
        "{\"schema_version\": 1, \"quotes\": [1, \"x\", null, {}]}",
        "\u{feff}{}",
        "{\"“\": \"é\" x}",
        "\n\n   }",
    ] {
        check(text);
    }
}

/// Every crash `cargo fuzz` ever found, once fixed, is kept in fuzz/regressions/.
#[test]
fn fuzz_regressions_replay() {
    let Ok(entries) = std::fs::read_dir(FUZZ_REGRESSIONS) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        // The fuzz target feeds only valid UTF-8 to the loader; so does this.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check(text);
        }
    }
}
