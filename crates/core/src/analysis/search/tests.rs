use super::snippet::SNIPPET_CHARS;
use super::*;
use crate::synthetic::synthetic_store;
use std::time::Instant;

fn latest(store: &Store) -> Snapshot<'_> {
    Snapshot::of_briefing(store, None).unwrap()
}

fn first_targets(index: &SearchIndex, snap: &Snapshot<'_>, q: &str) -> (Kind, Vec<String>) {
    let hits = index.search(snap, q, 10);
    let h = hits.first().unwrap_or_else(|| panic!("no hit for {q:?}"));
    (h.kind, h.targets.to_vec())
}

#[test]
fn fentanyl_ranks_the_fentanyl_topic_first() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    assert_eq!(
        first_targets(&index, &snap, "fentanyl"),
        (Kind::Topic, vec!["fentanyl".to_string()])
    );
    let hits = index.search(&snap, "fentanyl", 50);
    // One hit per item: the topic's title and summary entries collapse into one.
    assert_eq!(
        hits.iter()
            .filter(|h| h.kind == Kind::Topic && h.targets == ["fentanyl"])
            .count(),
        1
    );
    // The first-term agreement event and Trump's quote are found too.
    assert!(
        hits.iter()
            .any(|h| h.targets.first().map(String::as_str)
                == Some("ev-first-term-fentanyl-agreement"))
    );
    assert!(hits
        .iter()
        .any(|h| h.kind == Kind::Quote && h.targets[0] == "q-trump-stop-fentanyl"));
    let h = &hits[0];
    assert_eq!(h.title, "Fentanyl");
    assert_eq!(h.title_ranges, [(0, 8)]);
}

#[test]
fn case_and_accents_do_not_matter() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    for q in ["BESSENT", "bessént", "Scott  Bessent"] {
        assert_eq!(
            first_targets(&index, &snap, q),
            (Kind::Actor, vec!["scott-bessent".to_string()]),
            "{q}"
        );
    }
    let hits = index.search(&snap, "BESSÉNT", 100);
    assert!(hits.len() > 10, "Bessent is quoted often");
    let h = &hits[0];
    assert_eq!(
        &h.title[h.title_ranges[0].0..h.title_ranges[0].1],
        "Bessent"
    );
}

#[test]
fn chinese_characters_find_he_lifeng() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    let hits = index.search(&snap, "何立峰", 10);
    assert_eq!(hits[0].kind, Kind::Actor);
    assert_eq!(hits[0].targets, ["he-lifeng"]);
    assert_eq!(hits[0].title, "He Lifeng");
    let (a, b) = hits[0].snippet_ranges[0];
    assert_eq!(&hits[0].snippet[a..b], "何立峰");
    // MOFCOM's Chinese name finds the ministry.
    let hits = index.search(&snap, "商务部", 10);
    assert!(hits.iter().any(|h| h.targets == ["mofcom"]));
}

#[test]
fn every_term_must_match() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    let hits = index.search(&snap, "rare earth leverage", 20);
    assert!(!hits.is_empty());
    assert_eq!(hits[0].kind, Kind::Topic);
    assert_eq!(hits[0].targets, ["rare-earths"]);
    for h in &hits {
        let e = &index.entries()[h.entry];
        for t in ["rare", "earth", "leverage"] {
            assert!(e.folded.contains(t), "{:?} lacks {t}", e.title);
        }
    }
    assert!(index.search(&snap, "rare earth zebra", 20).is_empty());
    // Terms may be any part of a word.
    assert!(!index.search(&snap, "escalat", 5).is_empty());
}

#[test]
fn the_word_index_agrees_with_scanning_every_text() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    for term in [
        "fentanyl", "escalat", "us-china", "582.4", "何立", "立峰", "e", "'s", "trump's", "rare",
        "s", "45%", "zzz",
    ] {
        let sets = index.term_sets(term);
        for (i, e) in index.entries().iter().enumerate() {
            let any = e.folded.contains(term);
            assert_eq!(sets.any.get(i), any, "{term:?} in {:?}", e.folded);
            assert_eq!(
                sets.word_start.get(i),
                any && at_word_start(&e.folded, term),
                "{term:?} at a word start in {:?}",
                e.folded
            );
            assert_eq!(
                sets.title.get(i),
                e.folded[..e.title_len].contains(term),
                "{term:?} in title {:?}",
                e.title
            );
        }
    }
}

#[test]
fn hits_come_in_rank_order() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    for q in [
        "trade deal",
        "china tariff",
        "geneva",
        "bessent china",
        "rare earths",
    ] {
        let terms = query_terms(q);
        let phrase = terms.join(" ");
        let ranks: Vec<_> = index
            .search(&snap, q, 200)
            .iter()
            .map(|h| {
                let e = &index.entries()[h.entry];
                (
                    e.folded.contains(&phrase),
                    terms.iter().all(|t| at_word_start(&e.folded, t)),
                    terms
                        .iter()
                        .all(|t| e.folded[..e.title_len].contains(t.as_str())),
                    e.kind.weight(),
                    e.date,
                    std::cmp::Reverse(h.entry),
                )
            })
            .collect();
        assert!(ranks.len() > 3, "{q}");
        for w in ranks.windows(2) {
            assert!(w[0] > w[1], "{q}: {:?} before {:?}", w[0], w[1]);
        }
    }
    // The exact phrase beats the words apart: "trade deal" first finds the phrase.
    let hits = index.search(&snap, "trade deal", 5);
    assert!(index.entries()[hits[0].entry].folded.contains("trade deal"));
}

#[test]
fn an_empty_query_finds_nothing() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    assert!(index.search(&snap, "", 10).is_empty());
    assert!(index.search(&snap, "   ", 10).is_empty());
    assert!(index.search(&snap, "fentanyl", 0).is_empty());
}

#[test]
fn the_eve_of_geneva_knows_nothing_of_student_visas() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
    for q in ["student visas", "visa", "student"] {
        for h in index.search(&eve, q, 100) {
            assert!(
                !h.targets.iter().any(|t| t.contains("student")),
                "{q:?} found {:?} at the eve of Geneva",
                h.targets
            );
            assert!(
                !h.snippet.to_lowercase().contains("visa"),
                "{:?}",
                h.snippet
            );
        }
    }
    // After the truce the topic is there.
    let after = latest(&store);
    assert_eq!(
        first_targets(&index, &after, "student visas"),
        (Kind::Topic, vec!["student-visas".to_string()])
    );
    // And the eve-of-Geneva fentanyl hit shows the summary of the day, not the later one.
    let hits = index.search(&eve, "crack down harder", 5);
    assert_eq!(hits[0].targets, ["fentanyl"]);
    assert!(index.search(&after, "crack down harder", 5).is_empty());
}

#[test]
fn snippets_are_cut_around_the_match() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    for q in ["lapse", "opioid", "precursors", "Geneva"] {
        for h in index.search(&snap, q, 30) {
            assert!(
                h.snippet.chars().count() <= SNIPPET_CHARS + 2,
                "{}",
                h.snippet
            );
            for &(a, b) in &h.snippet_ranges {
                assert!(a < b && b <= h.snippet.len());
                assert_eq!(fold::fold(&h.snippet[a..b]), fold::fold(q));
            }
        }
    }
    // "opioid" sits late in the long fentanyl summary: the snippet starts with "…".
    let hits = index.search(&snap, "opioid", 5);
    let h = hits.iter().find(|h| h.targets == ["fentanyl"]).unwrap();
    assert!(h.snippet.contains("opioid"), "{}", h.snippet);
    assert!(!h.snippet_ranges.is_empty());
}

#[test]
fn snippets_cut_long_texts_on_character_boundaries() {
    let text = "é".repeat(100) + " bessent " + &"ü".repeat(300);
    let (s, r) = snippet(&text, &["bessent".to_string()]);
    assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    assert!(s.chars().count() <= SNIPPET_CHARS + 2);
    assert_eq!(r.len(), 1);
    assert_eq!(&s[r[0].0..r[0].1], "bessent");
    // No match: the start of the text.
    let (s, r) = snippet(&text, &["zzz".to_string()]);
    assert!(s.starts_with('é') && s.ends_with('…') && r.is_empty());
    // Short texts are kept whole.
    let (s, r) = snippet("Scott Bessént", &["bessent".to_string()]);
    assert_eq!((s.as_str(), r), ("Scott Bessént", vec![(6, 14)]));
}

#[test]
fn the_synthetic_store_validates() {
    let store = synthetic_store(3);
    assert_eq!(validate(&store.dataset), Vec::<Problem>::new());
    let base = embedded();
    assert_eq!(store.dataset.quotes.len(), 3 * base.dataset.quotes.len());
    assert!(store.quote("q-trump-stop-fentanyl-x2").is_some());
    assert_eq!(
        store
            .event("ev-2018-cn-retaliates-x1")
            .unwrap()
            .responds_to
            .as_deref(),
        Some("ev-2018-us-25-on-34bn-x1")
    );
    // Each copy is found, ranked by the same rules.
    let index = SearchIndex::new(&store);
    let hits = index.search(&latest(&store), "fentanyl", 100);
    assert_eq!(
        hits.iter().filter(|h| h.kind == Kind::Topic).count(),
        3,
        "one fentanyl topic per copy"
    );
}

#[test]
fn search_timings_on_a_hundred_copies() {
    let store = synthetic_store(100);
    let t = Instant::now();
    let index = SearchIndex::new(&store);
    println!(
        "index of {} entries built in {:.1} ms",
        index.entries().len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let snap = latest(&store);
    let small = embedded();
    let small_index = SearchIndex::new(&small);
    let small_snap = latest(&small);
    for q in [
        "fentanyl",
        "rare earth leverage",
        "bessent",
        "china",
        "何立峰",
        "zzz",
    ] {
        let median = |index: &SearchIndex, snap: &Snapshot<'_>| {
            let mut times: Vec<f64> = (0..15)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(index.search(snap, q, 20));
                    t.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            times[times.len() / 2]
        };
        println!(
            "search {q:?}: median {:.3} ms on 1×, {:.3} ms on 100×",
            median(&small_index, &small_snap),
            median(&index, &snap)
        );
    }
}

#[test]
fn glossary_terms_are_found_by_name_alias_and_definition() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let snap = latest(&store);
    let term_hits = |q: &str| -> Vec<String> {
        index
            .search(&snap, q, 50)
            .iter()
            .filter(|h| h.kind == Kind::Term)
            .map(|h| h.targets[0].clone())
            .collect()
    };
    assert_eq!(
        term_hits("overcapacity").first().map(String::as_str),
        Some("g-overcapacity")
    );
    // An alias finds its term with the term's own name as the title.
    let hits = index.search(&snap, "Purchasing Managers", 50);
    let pmi = hits
        .iter()
        .find(|h| h.kind == Kind::Term)
        .expect("PMI by its alias");
    assert_eq!(
        (pmi.title, pmi.targets),
        ("PMI", &["g-pmi".to_string()][..])
    );
    assert_eq!(Kind::Term.label(), "Glossary term");
    // Every term is found by its own name.
    for g in &store.dataset.glossary {
        assert!(term_hits(&g.term).contains(&g.id), "{}", g.term);
    }
}

#[test]
fn an_earlier_snapshot_finds_no_term_defined_from_later_sources() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
    let found: Vec<String> = index
        .search(&first, "rare earths", 50)
        .iter()
        .chain(&index.search(&first, "reciprocal tariffs", 50))
        .filter(|h| h.kind == Kind::Term)
        .map(|h| h.targets[0].clone())
        .collect();
    // Rare earths rests on the June article only; reciprocal tariffs on the May 7 one.
    assert!(!found.contains(&"g-rare-earths".to_string()), "{found:?}");
    assert!(
        found.contains(&"g-reciprocal-tariffs".to_string()),
        "{found:?}"
    );
    for g in &store.dataset.glossary {
        let shown = index
            .search(&first, &g.term, 50)
            .iter()
            .any(|h| h.kind == Kind::Term && h.targets[0] == g.id);
        assert_eq!(shown, first.term_known(g), "{}", g.term);
    }
    assert!(store.dataset.glossary.iter().any(|g| first.term_known(g)));
    assert!(store.dataset.glossary.iter().any(|g| !first.term_known(g)));
}

#[test]
fn commitments_and_number_groups_are_found_and_gated_by_the_snapshot() {
    let store = embedded();
    let index = SearchIndex::new(&store);
    let latest = Snapshot::of_briefing(&store, None).unwrap();
    let hits = index.search(&latest, "early July", 100);
    assert!(
        hits.iter()
            .any(|h| h.kind == Kind::Commitment && h.targets[0] == "c-90-day-pause"),
        "{hits:?}"
    );
    let hits = index.search(&latest, "trillion", 100);
    assert!(hits.iter().any(|h| h.kind == Kind::Numbers), "{hits:?}");
    // The Geneva truce's undertakings are not known on the eve of Geneva.
    let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
    let hits = index.search(&first, "truce", 100);
    assert!(!hits
        .iter()
        .any(|h| h.kind == Kind::Commitment && h.targets[0] == "c-geneva-us-cut"));
    assert!(!index
        .search(&first, "trillion", 100)
        .iter()
        .any(|h| h.kind == Kind::Numbers));
}
