//! Any text through the dataset loader: it must return a dataset or problems, never panic.
//! Also checks what the property tests check on every input: each problem has a message, any
//! line:column lies inside the text, and an accepted dataset, written back out, loads again.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The loader takes text: the browser and the CLI decode UTF-8 before calling it.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match counterpoint_core::model::parse_dataset(text) {
        Ok(dataset) => {
            let again = serde_json::to_string(&dataset).expect("a dataset serialises");
            if let Err(problems) = counterpoint_core::model::parse_dataset(&again) {
                panic!("an accepted dataset does not load again: {problems:?}");
            }
        }
        Err(problems) => {
            assert!(
                !problems.is_empty(),
                "a rejection names at least one problem"
            );
            let lines: Vec<&str> = text.split('\n').collect();
            for p in &problems {
                assert!(!p.message.trim().is_empty(), "empty message at {}", p.path);
                if let Some((line, col)) = p.line_col {
                    assert!(line >= 1 && line <= lines.len(), "{p}: line out of range");
                    let width = lines[line - 1].chars().count();
                    assert!(col >= 1 && col <= width + 1, "{p}: column out of range");
                }
            }
        }
    }
});
