//! Writes a large valid dataset for trying the app (and its end-to-end tests and benchmarks) on
//! a big file, in one of two shapes: `repeat` (the default: the embedded dataset repeated N
//! times with distinct ids, `synthetic_store`) or `copies` (its quotes, events, figures and
//! disputes copied N times under new ids, about the same people, topics and sources:
//! `copied_items_store`, many quotes per speaker).
//! `cargo run --release -p counterpoint-core --example synthetic_dataset -- N OUT.json [repeat|copies]`

use counterpoint_core::synthetic::{copied_items_store, synthetic_store};

const USAGE: &str = "usage: synthetic_dataset N OUT.json [repeat|copies]";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let times: usize = args.first().and_then(|n| n.parse().ok()).expect(USAGE);
    let out = args.get(1).expect(USAGE);
    let shape = args.get(2).map(String::as_str).unwrap_or("repeat");
    let (mut data, tag, what) = match shape {
        "repeat" => (synthetic_store(times).dataset, "x", "the size"),
        "copies" => (copied_items_store(times).dataset, "c", "the items, copied"),
        _ => panic!("{USAGE}"),
    };
    data.id = format!("{}-{tag}{times}", data.id);
    data.title = format!("{} (synthetic, {times}× {what})", data.title);
    let json = serde_json::to_string(&data).expect("serialise");
    std::fs::write(out, &json).expect("write");
    println!(
        "{out}: {} bytes, {} topics, {} actors, {} quotes, {} events",
        json.len(),
        data.topics.len(),
        data.actors.len(),
        data.quotes.len(),
        data.events.len()
    );
}
