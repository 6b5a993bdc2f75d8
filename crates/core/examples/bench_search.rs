//! Search latency per keystroke on the embedded dataset and on a 100× synthetic one.
//! `cargo run --release -p counterpoint-core --example bench_search` (scripts/bench.sh runs it). Prints p50/p95 in
//! milliseconds and the 100×/1× ratio; asserts nothing.

use counterpoint_core::analysis::search::SearchIndex;
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::model::{embedded, Store};
use counterpoint_core::synthetic::synthetic_store;
use std::time::Instant;

/// Queries as typed, one keystroke at a time.
const QUERIES: [&str; 6] = [
    "fentanyl",
    "rare earth leverage",
    "bessent",
    "china",
    "何立峰",
    "145%",
];
const ROUNDS: usize = 20;

fn keystrokes() -> Vec<String> {
    QUERIES
        .iter()
        .flat_map(|q| {
            q.char_indices()
                .map(|(i, c)| q[..i + c.len_utf8()].to_string())
        })
        .collect()
}

fn measure(store: &Store) -> (f64, f64, f64, usize) {
    let t = Instant::now();
    let index = SearchIndex::new(store);
    let build = t.elapsed().as_secs_f64() * 1e3;
    let snap = Snapshot::of_briefing(store, None).expect("a briefing");
    let mut samples = Vec::new();
    for _ in 0..ROUNDS {
        for q in keystrokes() {
            let t = Instant::now();
            let hits = index.search(&snap, &q, 50);
            samples.push(t.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box(hits);
        }
    }
    samples.sort_by(f64::total_cmp);
    let pct = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    (build, pct(0.5), pct(0.95), index.entries().len())
}

fn main() {
    let one = embedded();
    let hundred = synthetic_store(100);
    let (b1, p50_1, p95_1, n1) = measure(&one);
    let (b100, p50_100, p95_100, n100) = measure(&hundred);
    println!(
        "search latency per keystroke ({} keystrokes × {ROUNDS} rounds, native release build)",
        keystrokes().len()
    );
    println!("| dataset | entries | index build ms | p50 ms | p95 ms |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    println!("| embedded (1×) | {n1} | {b1:.1} | {p50_1:.3} | {p95_1:.3} |");
    println!("| synthetic (100×) | {n100} | {b100:.1} | {p50_100:.3} | {p95_100:.3} |");
    println!(
        "ratio 100×/1×: p50 {:.1}×, p95 {:.1}×; target: p95 ≤ 16 ms at 100×",
        p50_100 / p50_1.max(1e-9),
        p95_100 / p95_1.max(1e-9)
    );
}
