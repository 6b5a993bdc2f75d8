//! Counts per attribution rule for dataset files:
//! `cargo run -p counterpoint-core --example editorial_counts -- data/us-china-2025.json data/examples/us-japan-2019.json`
//! (without arguments: both built-in files; `-v` lists every problem).

use counterpoint_core::model::parse_dataset;
use counterpoint_core::texts::{rule_counts, RULES};

fn main() {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let verbose = files.iter().any(|f| f == "-v");
    files.retain(|f| f != "-v");
    if files.is_empty() {
        files = vec![
            "data/us-china-2025.json".into(),
            "data/examples/us-japan-2019.json".into(),
        ];
    }
    let mut failed = false;
    for f in files {
        let json = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f}: {e}"));
        match parse_dataset(&json) {
            Err(problems) => {
                failed = true;
                println!("{f}: {} validation problems", problems.len());
                for p in problems.iter().take(10) {
                    println!("  {p}");
                }
            }
            Ok(d) => {
                println!("{f}:");
                for (rule, n) in rule_counts(&d) {
                    println!("  {rule:<26} {n}");
                }
                if verbose {
                    for (rule, f) in RULES {
                        let mut v = Vec::new();
                        f(&d, &mut v);
                        for p in v {
                            println!("  [{rule}] {p}");
                        }
                    }
                }
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
