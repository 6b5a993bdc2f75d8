//! Checks the embedded dataset against the articles it is built from: every quote is verbatim
//! in every source that it cites, every citation excerpt and source-note excerpt occurs in its
//! source, and the ids the UI relies on exist.
//!
//! The articles live outside the crate, in `../shared/seeds/`. When that folder is missing the
//! text checks are skipped with a notice, except on CI (env var `CI` set), where they fail.

use crate::prelude::{
    assert_no_failures, embedded_dataset, embedded_value, normalise, source_texts, SEEDS,
};
use counterpoint_core::model::*;
use serde_json::Value;

const REQUIRED_TOPICS: &[&str] = &[
    "tariffs",
    "fentanyl",
    "market-access",
    "chips-export-controls",
    "rare-earths",
    "trade-deficit",
    "phase-one",
    "who-asked",
    "decoupling",
    "student-visas",
    "leverage",
    "sectoral-tariffs",
    "other-partners",
    "expectations",
];

const REQUIRED_ACTORS: &[&str] = &[
    "donald-trump",
    "xi-jinping",
    "scott-bessent",
    "jamieson-greer",
    "he-lifeng",
    "lin-jian",
    "liu-pengyu",
    "han-zheng",
    "marco-rubio",
    "joe-biden",
    "mary-lovely",
    "wendy-cutler",
    "wayne-winegarden",
    "mofcom",
    "mfa",
    "chinese-embassy",
    "us-treasury",
    "ustr",
    "peterson-institute",
    "asia-society-policy-institute",
    "pacific-research-institute",
    "bbc",
    "caixin",
];

const REQUIRED_BRIEFINGS: &[&str] = &["eve-of-geneva", "after-geneva-truce"];

const REQUIRED_DISPUTES: &[&str] = &[
    "who-asked-for-talks",
    "who-has-leverage",
    "who-broke-the-truce",
    "phase-one-honoured",
    "bessent-statement-renderings",
    "mofcom-statement-renderings",
    "talks-with-china-claims",
    "source-slips",
];

#[test]
fn every_source_maps_to_a_seed_file() {
    let d = embedded_dataset();
    for s in &d.sources {
        assert!(
            SEEDS.iter().any(|(id, _)| *id == s.id),
            "source \"{}\" has no seed file in the test's SEEDS table",
            s.id
        );
    }
    for (id, _) in SEEDS {
        assert!(
            d.sources.iter().any(|s| s.id == *id),
            "SEEDS names source \"{id}\", which is not in the dataset"
        );
    }
}

#[test]
fn quotes_are_verbatim_in_every_cited_source() {
    let Some(texts) = source_texts() else { return };
    let d = embedded_dataset();
    let mut failures = Vec::new();
    for q in &d.quotes {
        let needle = normalise(&q.text);
        for c in &q.cites {
            match texts.get(c.source.as_str()) {
                None => failures.push(format!(
                    "quote \"{}\": cites unknown source \"{}\"",
                    q.id, c.source
                )),
                Some(t) if !t.contains(&needle) => failures.push(format!(
                    "quote \"{}\": text not found in source \"{}\": \"{}\"",
                    q.id, c.source, q.text
                )),
                _ => {}
            }
        }
    }
    assert_no_failures(&failures, "quote(s) not verbatim");
}

/// Walks the raw JSON for citations (objects with "source" and "excerpt"), remembering the
/// path and the nearest enclosing id so that a failure names the item.
fn collect_citations(
    v: &Value,
    path: &str,
    id: &str,
    out: &mut Vec<(String, String, String, String)>,
) {
    match v {
        Value::Object(map) => {
            let id = map.get("id").and_then(Value::as_str).unwrap_or(id);
            if let (Some(Value::String(src)), Some(Value::String(ex))) =
                (map.get("source"), map.get("excerpt"))
            {
                out.push((path.to_string(), id.to_string(), src.clone(), ex.clone()));
            }
            for (k, child) in map {
                collect_citations(child, &format!("{path}.{k}"), id, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_citations(child, &format!("{path}[{i}]"), id, out);
            }
        }
        _ => {}
    }
}

#[test]
fn citation_excerpts_occur_in_their_sources() {
    let Some(texts) = source_texts() else { return };
    let raw = embedded_value();
    let mut cites = Vec::new();
    collect_citations(&raw, "", "", &mut cites);
    assert!(
        cites.len() > 100,
        "expected hundreds of citations, found {}",
        cites.len()
    );
    let mut failures = Vec::new();
    for (path, id, source, excerpt) in &cites {
        match texts.get(source.as_str()) {
            None => failures.push(format!("{id} ({path}): unknown source \"{source}\"")),
            Some(t) if !t.contains(&normalise(excerpt)) => failures.push(format!(
                "{id} ({path}): excerpt not found in source \"{source}\": \"{excerpt}\""
            )),
            _ => {}
        }
    }
    assert_no_failures(&failures, "citation excerpt(s) not found");
}

#[test]
fn source_note_excerpts_occur_in_their_sources() {
    let Some(texts) = source_texts() else { return };
    let d = embedded_dataset();
    let mut failures = Vec::new();
    for s in &d.sources {
        let Some(t) = texts.get(s.id.as_str()) else {
            failures.push(format!("source \"{}\": no seed text", s.id));
            continue;
        };
        for (i, n) in s.notes.iter().enumerate() {
            if !n.excerpt.trim().is_empty() && !t.contains(&normalise(&n.excerpt)) {
                failures.push(format!(
                    "source \"{}\" notes[{i}]: excerpt not found: \"{}\"",
                    s.id, n.excerpt
                ));
            }
        }
    }
    assert_no_failures(&failures, "note excerpt(s) not found");
}

#[test]
fn required_ids_exist() {
    let d = embedded_dataset();
    let mut missing = Vec::new();
    for id in REQUIRED_TOPICS {
        if !d.topics.iter().any(|t| t.id == *id) {
            missing.push(format!("topic \"{id}\""));
        }
    }
    for id in REQUIRED_ACTORS {
        if !d.actors.iter().any(|a| a.id == *id) {
            missing.push(format!("actor \"{id}\""));
        }
    }
    for id in REQUIRED_BRIEFINGS {
        if !d.briefings.iter().any(|b| b.id == *id) {
            missing.push(format!("briefing \"{id}\""));
        }
    }
    for id in REQUIRED_DISPUTES {
        if !d.disputes.iter().any(|x| x.id == *id) {
            missing.push(format!("dispute \"{id}\""));
        }
    }
    for id in ["us", "cn"] {
        if !d.parties.iter().any(|p| p.id == id) {
            missing.push(format!("party \"{id}\""));
        }
    }
    assert!(
        missing.is_empty(),
        "missing required ids: {}",
        missing.join(", ")
    );
}

#[test]
fn both_parties_have_a_stance_on_every_point() {
    let d = embedded_dataset();
    let mut failures = Vec::new();
    for t in &d.topics {
        for p in &t.points {
            for party in &d.parties {
                if !p.stances.iter().any(|s| s.party == party.id) {
                    failures.push(format!(
                        "topic \"{}\" point \"{}\": no stance for \"{}\"",
                        t.id, p.id, party.id
                    ));
                }
            }
        }
    }
    assert_no_failures(&failures, "point(s) without a stance of every party");
}

#[test]
fn tariff_chart_has_the_headline_rates() {
    let d = embedded_dataset();
    let has = |measure: &str, value: f64| {
        d.figures
            .iter()
            .any(|f| f.measure == measure && (f.value - value).abs() < 1e-9)
    };
    for (measure, value) in [
        ("us-tariff-on-china", 145.0),
        ("us-tariff-on-china", 30.0),
        ("china-tariff-on-us", 125.0),
        ("china-tariff-on-us", 10.0),
    ] {
        assert!(
            has(measure, value),
            "no figure with measure \"{measure}\" and value {value}"
        );
    }
}

#[test]
fn quotes_are_not_dated_after_the_sources_that_print_them() {
    let d = embedded_dataset();
    let mut failures = Vec::new();
    for q in &d.quotes {
        for c in &q.cites {
            if let Some(s) = d.sources.iter().find(|s| s.id == c.source) {
                if q.said.first() > s.published.last() {
                    failures.push(format!(
                        "quote \"{}\": said {} but source \"{}\" was published {}",
                        q.id, q.said, s.id, s.published
                    ));
                }
            }
        }
    }
    assert_no_failures(&failures, "quote(s) dated after a source that prints them");
}

#[test]
fn eve_briefing_does_not_know_the_truce() {
    let d = embedded_dataset();
    let b = d
        .briefings
        .iter()
        .find(|b| b.id == "eve-of-geneva")
        .expect("briefing \"eve-of-geneva\"");
    for claim in b
        .what_happened
        .iter()
        .chain(&b.where_things_stand)
        .chain(&b.what_to_watch)
    {
        let text = claim.text.to_lowercase();
        for word in ["truce", "30%", "10% on", "after geneva"] {
            assert!(!text.contains(word), "briefing \"eve-of-geneva\" mentions \"{word}\", which was not known on its date: \"{}\"", claim.text);
        }
        for c in &claim.cites {
            let s = d
                .sources
                .iter()
                .find(|s| s.id == c.source)
                .expect("known source");
            assert!(
                s.published.first() <= b.as_of.last(),
                "briefing \"eve-of-geneva\" cites source \"{}\", published after its as_of date: \"{}\"",
                s.id,
                claim.text
            );
        }
    }
}

/// Words that tell what happened after the eve of Geneva (9 May 2025): the truce, its rates,
/// the June quarrels. None may appear in anything the eve snapshot shows.
const LATER_WORDS: &[&str] = &["truce", "30%", "Geneva cut", "after Geneva", "June"];

/// Every text the eve-of-Geneva snapshot shows, each with a label naming the item it belongs to.
fn eve_texts() -> Vec<(String, String)> {
    use counterpoint_core::analysis::Snapshot;
    let store = embedded();
    let snap =
        Snapshot::of_briefing(&store, Some("eve-of-geneva")).expect("briefing \"eve-of-geneva\"");
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |label: String, text: &str| out.push((label, text.to_string()));
    let b = snap.briefing.expect("the snapshot belongs to a briefing");
    for (section, claims) in [
        ("what_happened", &b.what_happened),
        ("where_things_stand", &b.where_things_stand),
        ("what_to_watch", &b.what_to_watch),
    ] {
        for (i, c) in claims.iter().enumerate() {
            push(format!("briefing \"{}\" {section}[{i}]", b.id), &c.text);
        }
    }
    for t in snap.topics() {
        push(format!("topic \"{}\" title", t.id), &t.title);
        push(format!("topic \"{}\" question", t.id), &t.question);
        if let Some(s) = snap.summary(t) {
            push(format!("topic \"{}\" summary", t.id), s);
        }
        if let Some(s) = snap.status(t) {
            push(format!("topic \"{}\" status ({})", t.id, s.date), &s.label);
        }
        for p in snap.points(t) {
            push(
                format!("topic \"{}\" point \"{}\" aspect", t.id, p.id),
                &p.aspect,
            );
            for party in &store.dataset.parties {
                if let Some(s) = snap.stance(p, &party.id) {
                    push(
                        format!(
                            "topic \"{}\" point \"{}\" stance of \"{}\" ({})",
                            t.id, p.id, party.id, s.date
                        ),
                        &s.text,
                    );
                }
            }
        }
        for (kind, claims) in [("overlap", &t.overlap), ("clash", &t.clash)] {
            for (i, c) in claims
                .iter()
                .enumerate()
                .filter(|(_, c)| snap.claim_known(c))
            {
                push(
                    format!("topic \"{}\" {kind}[{i}] ({})", t.id, c.date),
                    &c.text,
                );
            }
        }
        for (i, a) in t
            .analysis
            .iter()
            .enumerate()
            .filter(|(_, a)| snap.analysis_known(a))
        {
            push(
                format!(
                    "topic \"{}\" analysis[{i}] by \"{}\" ({})",
                    t.id, a.actor, a.date
                ),
                &a.text,
            );
        }
    }
    for q in snap.all_quotes() {
        push(format!("quote \"{}\" text", q.id), &q.text);
        push(format!("quote \"{}\" venue", q.id), &q.venue);
        for (i, n) in q.notes.iter().enumerate() {
            push(format!("quote \"{}\" notes[{i}]", q.id), n);
        }
    }
    for e in snap.events() {
        push(format!("event \"{}\" ({}) title", e.id, e.date), &e.title);
        push(
            format!("event \"{}\" ({}) summary", e.id, e.date),
            &e.summary,
        );
    }
    for f in snap.figures() {
        push(format!("figure \"{}\" ({}) label", f.id, f.date), &f.label);
        if let Some(s) = &f.scope {
            push(format!("figure \"{}\" ({}) scope", f.id, f.date), s);
        }
        if let Some(n) = &f.note {
            push(format!("figure \"{}\" ({}) note", f.id, f.date), n);
        }
    }
    for d in &store.dataset.disputes {
        let claims = snap.dispute_claims(d);
        if claims.is_empty() {
            continue;
        }
        push(format!("dispute \"{}\" question", d.id), &d.question);
        push(format!("dispute \"{}\" assessment", d.id), &d.assessment);
        for c in claims {
            push(
                format!("dispute \"{}\" claim by \"{}\" ({})", d.id, c.side, c.date),
                &c.text,
            );
        }
    }
    // Actor descriptions carry no date and are shown in every snapshot.
    for a in &store.dataset.actors {
        push(format!("actor \"{}\" description", a.id), &a.description);
        push(format!("actor \"{}\" role", a.id), &a.role);
    }
    out
}

#[test]
fn every_topic_known_on_the_eve_of_geneva_has_a_summary_of_its_own() {
    use counterpoint_core::analysis::Snapshot;
    let store = embedded();
    let snap =
        Snapshot::of_briefing(&store, Some("eve-of-geneva")).expect("briefing \"eve-of-geneva\"");
    assert!(
        !snap.is_latest(),
        "\"eve-of-geneva\" should not be the latest briefing"
    );
    let topics = snap.topics();
    assert!(
        !topics.is_empty(),
        "the eve-of-Geneva snapshot shows no topics"
    );
    let missing: Vec<String> = topics
        .iter()
        .filter(|t| snap.summary(t).is_none())
        .map(|t| format!("topic \"{}\": no earlier summary dated by 2025-05-09 and citing a source published by then", t.id))
        .collect();
    assert_no_failures(
        &missing,
        "topic(s) visible on the eve of Geneva have no summary",
    );
}

#[test]
fn nothing_shown_on_the_eve_of_geneva_tells_what_happened_later() {
    let texts = eve_texts();
    assert!(
        texts.len() > 100,
        "expected hundreds of texts in the eve snapshot, found {}",
        texts.len()
    );
    let mut failures = Vec::new();
    for (label, text) in &texts {
        let lower = text.to_lowercase();
        for word in LATER_WORDS {
            if lower.contains(&word.to_lowercase()) {
                failures.push(format!("{label} mentions \"{word}\": \"{text}\""));
            }
        }
    }
    assert_no_failures(
        &failures,
        "text(s) shown on the eve of Geneva (2025-05-09) tell what happened later",
    );
}

#[test]
fn eve_summaries_cite_only_sources_published_by_then() {
    let d = embedded_dataset();
    let b = d
        .briefings
        .iter()
        .find(|b| b.id == "eve-of-geneva")
        .expect("briefing \"eve-of-geneva\"");
    let as_of = b.as_of.last();
    let mut failures = Vec::new();
    for t in &d.topics {
        for (i, c) in t
            .earlier_summaries
            .iter()
            .enumerate()
            .filter(|(_, c)| c.date.first() <= as_of)
        {
            for cite in &c.cites {
                let s = d
                    .sources
                    .iter()
                    .find(|s| s.id == cite.source)
                    .expect("known source");
                if s.published.first() > as_of {
                    failures.push(format!(
                        "topic \"{}\" earlier_summaries[{i}] ({}) cites \"{}\", published {}",
                        t.id, c.date, s.id, s.published
                    ));
                }
            }
        }
    }
    assert_no_failures(
        &failures,
        "eve-of-Geneva summary citation(s) of a source published later",
    );
}
