//! Writes a large valid dataset: the embedded one repeated N times with distinct ids, for
//! trying the app (and its end-to-end tests) on a big file.
//! `cargo run --release -p counterpoint-core --example synthetic_dataset -- N OUT.json`

use counterpoint_core::synthetic::synthetic_store;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let times: usize = args
        .first()
        .and_then(|n| n.parse().ok())
        .expect("usage: synthetic_dataset N OUT.json");
    let out = args.get(1).expect("usage: synthetic_dataset N OUT.json");
    let mut data = synthetic_store(times).dataset;
    data.id = format!("{}-x{times}", data.id);
    data.title = format!("{} (synthetic, {times}× the size)", data.title);
    let json = serde_json::to_string(&data).expect("serialise");
    std::fs::write(out, &json).expect("write");
    println!(
        "{out}: {} bytes, {} topics, {} quotes, {} events",
        json.len(),
        data.topics.len(),
        data.quotes.len(),
        data.events.len()
    );
}
