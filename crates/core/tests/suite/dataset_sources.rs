//! Checks the embedded dataset against the articles it is built from, through the same code as
//! `counterpoint check` (`texts::check_against_texts`, the texts read from each source's
//! `text.file`): every quote is verbatim in every source that it cites, every citation excerpt
//! and source-note excerpt occurs in its source (once, or selected by a prefix or suffix), the
//! texts are the ones the dataset was written against; and the ids the UI relies on exist.
//!
//! The articles live outside the crate, in `../shared/seeds/`. When that folder is missing the
//! text checks are skipped with a notice, except on CI (env var `CI` set), where they fail.

use crate::prelude::{assert_no_failures, embedded_dataset, embedded_raw_texts, SEEDS};
use counterpoint_core::model::*;
use counterpoint_core::texts::{check_against_texts, citations, locate_all, TextCheck};

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
fn every_source_names_its_seed_file_with_its_hash() {
    let d = embedded_dataset();
    let mut failures = Vec::new();
    for s in &d.sources {
        let Some((_, file)) = SEEDS.iter().find(|(id, _)| *id == s.id) else {
            continue; // every_source_maps_to_a_seed_file reports it
        };
        match &s.text {
            None => failures.push(format!("source \"{}\": no \"text\"", s.id)),
            Some(t) if t.file != format!("../../shared/seeds/{file}") => failures.push(format!(
                "source \"{}\": text.file is \"{}\", expected \"../../shared/seeds/{file}\"",
                s.id, t.file
            )),
            Some(_) => {}
        }
    }
    assert_no_failures(&failures, "source(s) without their seed file as text");
}

/// The embedded dataset checked against its texts, every problem placed in the file; `None`
/// (after a notice) when the articles are not here.
fn checked() -> Option<TextCheck> {
    let texts = embedded_raw_texts()?;
    let mut check = check_against_texts(&embedded_dataset(), &texts);
    locate_all(EMBEDDED_JSON, &mut check.errors);
    locate_all(EMBEDDED_JSON, &mut check.warnings);
    Some(check)
}

/// The errors whose path `keep` accepts, one line each.
fn errors_at(check: &TextCheck, keep: impl Fn(&str) -> bool) -> Vec<String> {
    check
        .errors
        .iter()
        .filter(|p| keep(&p.path))
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn every_source_text_is_given_and_unchanged() {
    let Some(check) = checked() else { return };
    let mut failures: Vec<String> = check.warnings.iter().map(|p| p.to_string()).collect();
    failures.extend(errors_at(&check, |p| p.ends_with(".text.sha256")));
    assert_no_failures(&failures, "source text(s) missing or changed");
}

#[test]
fn quotes_are_verbatim_in_every_cited_source() {
    let Some(check) = checked() else { return };
    let failures = errors_at(&check, |p| {
        p.starts_with("quotes[") && p.ends_with("].text")
    });
    assert_no_failures(&failures, "quote(s) not verbatim");
}

#[test]
fn citation_excerpts_occur_in_their_sources() {
    let d = embedded_dataset();
    let n = citations(&d).len();
    assert!(n > 100, "expected hundreds of citations, found {n}");
    let Some(check) = checked() else { return };
    let failures = errors_at(&check, |p| p.contains(".cites["));
    assert_no_failures(
        &failures,
        "citation excerpt(s) not found, or not found once (add a prefix or suffix)",
    );
}

#[test]
fn source_note_excerpts_occur_in_their_sources() {
    let Some(check) = checked() else { return };
    let failures = errors_at(&check, |p| {
        p.starts_with("sources[") && p.contains(".notes[")
    });
    assert_no_failures(&failures, "note excerpt(s) not found");
}

#[test]
fn the_embedded_dataset_passes_every_check_against_its_texts() {
    let Some(check) = checked() else { return };
    let mut failures: Vec<String> = check.errors.iter().map(|p| p.to_string()).collect();
    failures.extend(check.warnings.iter().map(|p| format!("warning: {p}")));
    assert_no_failures(&failures, "problem(s) against the source texts");
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
