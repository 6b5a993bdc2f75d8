//! What opening a dataset costs, phase by phase, on the synthetic datasets at 1×, 10×, 40× and
//! the largest multiple under the size limit: the JSON parse into the types, the checks of
//! meaning, and building the store's id maps.
//! `cargo run --release -p counterpoint-core --example bench_open`. Prints milliseconds (the
//! best of a few samples) with the ratio of the largest to 1×; asserts nothing.

use counterpoint_core::model::{validate, Dataset, Store, MAX_DATASET_BYTES};
use counterpoint_core::synthetic::synthetic_store;
use std::time::Instant;

fn best(mut f: impl FnMut()) -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let text = |times| serde_json::to_string(&synthetic_store(times).dataset).expect("json");
    let per_copy = (text(10).len() - text(1).len()) / 9;
    let max = (MAX_DATASET_BYTES * 98 / 100 - (text(1).len() - per_copy)) / per_copy;
    println!("| multiple | MB | parse | validate | index | total |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: |");
    for times in [1, 10, 40, max] {
        let json = text(times);
        let parse = best(|| {
            std::hint::black_box(serde_json::from_str::<Dataset>(&json).expect("parses"));
        });
        let data: Dataset = serde_json::from_str(&json).expect("parses");
        let check = best(|| assert!(validate(&data).is_empty()));
        let index = best(|| {
            std::hint::black_box(Store::new(data.clone()));
        });
        let total = best(|| {
            std::hint::black_box(Store::from_json(&json).expect("valid"));
        });
        println!(
            "| {times}× | {:.1} | {parse:.1} | {check:.1} | {index:.1} | {total:.1} |",
            json.len() as f64 / 1e6
        );
    }
}
