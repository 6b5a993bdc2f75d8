//! Time to build each page's view model, with its notes and print notes, on the synthetic
//! datasets at 1×, 10×, 40× and the largest multiple under the dataset size limit; and the
//! time of one quote's copy citation.
//! `cargo run --release -p counterpoint-core --example bench_views [-- SHAPE]`
//! (SHAPE: `synthetic`, `copies` or both when left out). Prints milliseconds per page per
//! multiple (the best sample), with the ratio of the largest to 1×; asserts nothing.
//!
//! Two shapes: `synthetic` is [`synthetic_store`] (the whole dataset repeated: as many
//! speakers, sources and topics as copies); `copies` is [`copied_items_store`] (the quotes,
//! events, figures and disputes repeated about the same people, sources and topics).

use counterpoint_core::analysis::Snapshot;
use counterpoint_core::export::citation::quote_citation;
use counterpoint_core::model::{Store, MAX_DATASET_BYTES};
use counterpoint_core::synthetic::{copied_items_store, synthetic_store};
use counterpoint_core::view::changes::ChangesView;
use counterpoint_core::view::compare::CompareView;
use counterpoint_core::view::contested::ContestedView;
use counterpoint_core::view::coverage::CoverageView;
use counterpoint_core::view::data::DataView;
use counterpoint_core::view::figures::FiguresView;
use counterpoint_core::view::people::PeopleView;
use counterpoint_core::view::source::SourceView;
use counterpoint_core::view::sources::SourcesView;
use counterpoint_core::view::timeline::TimelineView;
use counterpoint_core::view::{print_notes, HomeView, TopicView};
use std::hint::black_box;
use std::time::Instant;

/// Stop repeating a measurement after this long (the best sample counts).
const BUDGET_MS: f64 = 400.0;
const MAX_SAMPLES: usize = 15;
/// Each sample repeats the work until it lasts about this long, so that short work is timed
/// over many calls.
const SAMPLE_MS: f64 = 5.0;

/// The best per-call time of `f` over a few samples, in milliseconds: the best, because the
/// machine is shared and a slow sample is mostly other processes' work.
fn time<T>(mut f: impl FnMut() -> T) -> f64 {
    let origin = Instant::now();
    black_box(f());
    let once = (origin.elapsed().as_secs_f64() * 1e3).max(1e-4);
    let reps = ((SAMPLE_MS / once).ceil() as usize).clamp(1, 10_000);
    let mut best = f64::INFINITY;
    for _ in 0..MAX_SAMPLES {
        let t = Instant::now();
        for _ in 0..reps {
            black_box(f());
        }
        best = best.min(t.elapsed().as_secs_f64() * 1e3 / reps as f64);
        if origin.elapsed().as_secs_f64() * 1e3 > BUDGET_MS {
            break;
        }
    }
    best
}

/// Every page's time on one store, in the order of [`PAGES`].
fn measure(store: &Store) -> Vec<f64> {
    let snap = Snapshot::of_briefing(store, None).expect("a briefing");
    let topic = store.dataset.topics[0].id.as_str();
    let source = store.dataset.sources[0].id.as_str();
    let quotes = snap.all_quotes();
    let per_quote = time(|| {
        quotes
            .iter()
            .map(|q| quote_citation(&snap, q).len())
            .sum::<usize>()
    }) * 1e3
        / quotes.len().max(1) as f64;
    vec![
        time(|| {
            let v = HomeView::new(snap);
            print_notes(store, &v.notes())
        }),
        time(|| {
            let v = PeopleView::new(snap);
            print_notes(store, &v.notes())
        }),
        time(|| CoverageView::new(snap)),
        time(|| {
            let v = ContestedView::new(snap);
            print_notes(store, &v.notes())
        }),
        time(|| {
            let v = TimelineView::new(snap, None, None);
            print_notes(store, &v.notes())
        }),
        time(|| {
            let v = TimelineView::new(snap, None, Some(topic));
            print_notes(store, &v.notes())
        }),
        time(|| CompareView::new(snap)),
        time(|| {
            let v = FiguresView::new(snap);
            print_notes(store, &v.notes())
        }),
        time(|| SourcesView::new(snap)),
        time(|| SourceView::new(snap, source)),
        time(|| {
            let v = TopicView::new(snap, topic).expect("a topic");
            print_notes(store, &v.notes())
        }),
        time(|| {
            let v = ChangesView::new(snap, None).expect("two briefings");
            print_notes(store, &v.notes())
        }),
        time(|| DataView::new(snap)),
        per_quote,
    ]
}

const PAGES: [&str; 14] = [
    "Home",
    "People",
    "Coverage",
    "Contested",
    "Timeline",
    "Timeline, one topic",
    "Compare",
    "Figures",
    "Sources",
    "Source",
    "Topic",
    "Changes",
    "Data",
    "quote_citation (µs per quote)",
];

fn size(store: &Store) -> usize {
    serde_json::to_string(&store.dataset)
        .expect("serialise")
        .len()
}

/// The largest multiple whose file is within the size limit.
fn largest(make: fn(usize) -> Store) -> usize {
    let one = size(&make(1));
    let ten = size(&make(10));
    let per_copy = (ten - one) / 9;
    let mut n = (MAX_DATASET_BYTES - one) / per_copy + 1;
    while size(&make(n)) > MAX_DATASET_BYTES {
        n -= 1;
    }
    n
}

fn bench(name: &str, make: fn(usize) -> Store) {
    let top = largest(make);
    let multiples = [1, 10, 40, top];
    let mut columns = Vec::new();
    let mut shapes = Vec::new();
    for &n in &multiples {
        let store = make(n);
        let d = &store.dataset;
        shapes.push(format!(
            "{n}×: {:.1} MB, {} sources, {} actors, {} topics, {} quotes, {} events, {} disputes",
            size(&store) as f64 / 1e6,
            d.sources.len(),
            d.actors.len(),
            d.topics.len(),
            d.quotes.len(),
            d.events.len(),
            d.disputes.len()
        ));
        columns.push(measure(&store));
    }
    println!("\n### {name}\n");
    for s in shapes {
        println!("- {s}");
    }
    println!();
    print!("| page (ms, best of ≤ {MAX_SAMPLES} samples) |");
    for n in multiples {
        print!(" {n}× |");
    }
    println!(" {top}×/1× |");
    println!("| --- |{}", " ---: |".repeat(multiples.len() + 1));
    for (i, page) in PAGES.iter().enumerate() {
        print!("| {page} |");
        for c in &columns {
            print!(" {:.3} |", c[i]);
        }
        let ratio = columns[columns.len() - 1][i] / columns[0][i].max(1e-6);
        println!(" {ratio:.0}× |");
    }
}

fn main() {
    let which = std::env::args().nth(1);
    println!("view models with notes and print notes, native release build; latest briefing");
    if which.as_deref().is_none_or(|w| w == "synthetic") {
        bench("synthetic (the dataset repeated)", synthetic_store);
    }
    if which.as_deref().is_none_or(|w| w == "copies") {
        bench(
            "copies (items repeated about the same people, sources and topics)",
            copied_items_store,
        );
    }
}
