//! `cargo run --bin check-dataset -- FILE`: validates a dataset and prints every problem.

use counterpoint_core::model::{parse_dataset, Store};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: check-dataset FILE [FILE...]\nValidates Counterpoint dataset files and prints every problem with its place.");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        match parse_dataset(&text) {
            Ok(d) => {
                let store = Store::new(d);
                let d = &store.dataset;
                println!(
                    "{path}: OK — {} sources, {} actors, {} topics, {} quotes, {} events, {} figures, {} disputes, {} briefings",
                    d.sources.len(), d.actors.len(), d.topics.len(), d.quotes.len(), d.events.len(), d.figures.len(), d.disputes.len(), d.briefings.len()
                );
            }
            Err(problems) => {
                failed = true;
                println!(
                    "{path}: {} problem{}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                );
                for p in problems {
                    println!("  {p}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
