//! Relations that follow time: `Snapshot::relation` against the stances and the topic status
//! in every snapshot of both datasets, the old static `relation` field still read, and the
//! validation of dated `relations`.

use counterpoint_core::analysis::snapshot::Snapshot;
use counterpoint_core::export::markdown;
use counterpoint_core::model::*;
use counterpoint_core::view::topic::TopicView;
use serde_json::{json, Value};

use super::prelude::EXAMPLE_JSON as EXAMPLE;
const MINIMAL: &str = include_str!("../fixtures/minimal.json");

fn stores() -> Vec<(&'static str, Store)> {
    vec![
        ("us-china-2025", Store::from_json(EMBEDDED_JSON).unwrap()),
        ("us-japan-2019", Store::from_json(EXAMPLE).unwrap()),
    ]
}

/// Every briefing's snapshot, then the "everything" one.
fn snapshots(store: &Store) -> Vec<Snapshot<'_>> {
    let mut v: Vec<_> = store
        .dataset
        .briefings
        .iter()
        .map(|b| Snapshot::of_briefing(store, Some(&b.id)).unwrap())
        .collect();
    v.push(Snapshot::everything(store));
    v
}

fn label(snap: &Snapshot<'_>) -> String {
    snap.briefing
        .map_or("everything".to_string(), |b| b.id.clone())
}

/// Does some party have no known stance yet, or a silent latest one? (In both datasets every
/// non-silent stance is in its party's own voice, which the `stance-voice` rule checks, so this
/// is also [`Snapshot::speaks`] failing.)
fn a_party_is_silent(snap: &Snapshot<'_>, pt: &Point) -> bool {
    snap.store.dataset.parties.iter().any(|p| {
        let silent = snap.stance(pt, &p.id).is_none_or(|s| s.silent);
        assert_eq!(silent, !snap.speaks(pt, &p.id), "{}: {}", pt.id, p.id);
        silent
    })
}

fn point<'a>(store: &'a Store, topic: &str, aspect: &str) -> &'a Point {
    store
        .topic(topic)
        .unwrap()
        .points
        .iter()
        .find(|p| p.aspect == aspect)
        .unwrap()
}

fn briefing<'a>(store: &'a Store, id: &str) -> Snapshot<'a> {
    Snapshot::of_briefing(store, Some(id)).unwrap()
}

#[test]
fn a_point_is_one_sided_exactly_when_a_party_is_silent_or_not_yet_heard() {
    let mut checked = 0;
    for (name, store) in stores() {
        for snap in snapshots(&store) {
            for t in &store.dataset.topics {
                for pt in &t.points {
                    assert_eq!(
                        snap.relation(pt) == Relation::OneSided,
                        a_party_is_silent(&snap, pt),
                        "{name} {}: point {} is {:?}",
                        label(&snap),
                        pt.id,
                        snap.relation(pt)
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "checked only {checked} points");
}

#[test]
fn the_headline_tariff_rate_clashes_in_may_and_overlaps_after_geneva() {
    let store = embedded();
    let pt = point(&store, "tariffs", "Headline tariff rate");
    assert_eq!(
        briefing(&store, "eve-of-geneva").relation(pt),
        Relation::Clash
    );
    let june = briefing(&store, "after-geneva-truce");
    assert_ne!(june.relation(pt), Relation::Clash);
    assert_eq!(june.relation(pt), Relation::Overlap);
    // The Markdown export says the same, through the same function.
    let md = markdown::topic(&TopicView::new(june, "tariffs").unwrap(), None);
    assert!(md.contains("Headline tariff rate (Overlap)"), "{md}");
}

#[test]
fn in_may_points_on_which_china_is_silent_are_one_sided_not_clash() {
    let store = embedded();
    let may = briefing(&store, "eve-of-geneva");
    let june = briefing(&store, "after-geneva-truce");
    let pt = point(
        &store,
        "chips-export-controls",
        "Export controls on advanced chips",
    );
    assert_eq!(may.relation(pt), Relation::OneSided);
    assert_eq!(june.relation(pt), Relation::Clash);
    let silent_in_may: Vec<&str> = store
        .dataset
        .topics
        .iter()
        .flat_map(|t| may.points(t))
        .filter(|pt| a_party_is_silent(&may, pt))
        .map(|pt| pt.id.as_str())
        .collect();
    assert!(silent_in_may.len() >= 3, "{silent_in_may:?}");
    for t in &store.dataset.topics {
        for pt in may.points(t) {
            if a_party_is_silent(&may, pt) {
                assert_eq!(may.relation(pt), Relation::OneSided, "{}", pt.id);
            }
        }
    }
}

/// The status the topic page and the compare grid show never contradicts the relations of
/// the points shown beside it.
#[test]
fn the_topic_status_agrees_with_its_points_relations_in_every_snapshot() {
    let mut checked = 0;
    for (name, store) in stores() {
        for snap in snapshots(&store) {
            for t in snap.topics() {
                let Some(status) = snap.status(t) else {
                    continue;
                };
                let rels: Vec<Relation> = snap.points(t).iter().map(|p| snap.relation(p)).collect();
                let has = |r: Relation| rels.contains(&r);
                let at = format!(
                    "{name} {}: topic {} ({:?}) has {rels:?}",
                    label(&snap),
                    t.id,
                    status.status
                );
                match status.status {
                    // Agreed: nothing left in clash.
                    Status::Agreed => assert!(!has(Relation::Clash), "{at}"),
                    // Partly agreed: something agreed.
                    Status::PartlyAgreed => assert!(has(Relation::Overlap), "{at}"),
                    // Contested: something in clash.
                    Status::Contested => assert!(has(Relation::Clash), "{at}"),
                    // One side silent: some point has only one side.
                    Status::OneSideSilent => assert!(has(Relation::OneSided), "{at}"),
                    Status::Open => {}
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "checked only {checked} topics");
}

/// When both parties have spoken, a dated relation is known by then: the fallback to the
/// oldest entry (a relation from a source not yet published) is never needed.
#[test]
fn dated_relations_are_known_whenever_both_parties_have_spoken() {
    for (name, store) in stores() {
        for snap in snapshots(&store) {
            for t in &store.dataset.topics {
                for pt in &t.points {
                    if pt.relations.is_empty() || a_party_is_silent(&snap, pt) {
                        continue;
                    }
                    let known = pt
                        .relations
                        .iter()
                        .any(|r| r.date.first() <= snap.as_of && snap.cites_known(&r.cites));
                    assert!(known, "{name} {}: point {}", label(&snap), pt.id);
                }
            }
        }
    }
}

#[test]
fn the_dated_relation_that_applies_is_the_latest_known_one() {
    let store = embedded();
    let pt = point(&store, "tariffs", "Headline tariff rate");
    assert!(pt.relation.is_none() && pt.relations.len() >= 2);
    let mut snap = Snapshot::everything(&store);
    // The day before the Geneva source was published, Geneva is not known.
    let geneva = &pt.relations[1];
    let published = store
        .source(&geneva.cites[0].source)
        .unwrap()
        .published
        .first();
    snap.as_of = Day::new(published.year, published.month, published.day - 1).unwrap();
    assert_eq!(snap.relation(pt), Relation::Clash);
    snap.as_of = published;
    assert_eq!(snap.relation(pt), Relation::Overlap);
}

#[test]
fn old_format_files_load_and_keep_their_relation_where_no_one_is_silent() {
    // The example keeps the static field on purpose, to exercise this.
    let example = Store::from_json(EXAMPLE).unwrap();
    let minimal = Store::from_json(MINIMAL).unwrap();
    let mut compared = 0;
    for store in [&example, &minimal] {
        for t in &store.dataset.topics {
            for pt in &t.points {
                assert!(pt.relations.is_empty(), "{} uses the old field", pt.id);
                let old = pt.relation.expect("old files give a static relation");
                for snap in snapshots(store) {
                    if !a_party_is_silent(&snap, pt) {
                        assert_eq!(snap.relation(pt), old, "{}", pt.id);
                        compared += 1;
                    }
                }
            }
        }
    }
    assert!(compared > 5, "compared only {compared}");
    // Where a side was still silent, the old static value gives way to the derived one.
    let pt = point(&example, "autos", "New US tariffs on Japanese cars");
    let first = briefing(&example, &example.dataset.briefings[0].id);
    assert_eq!(pt.relation, Some(Relation::Clash));
    assert_eq!(first.relation(pt), Relation::OneSided);
}

// Validation of the new fields: every problem with its JSON path and position.

fn good() -> Value {
    serde_json::from_str(EMBEDDED_JSON).unwrap()
}

fn problems(v: &Value) -> Vec<Problem> {
    parse_dataset(&serde_json::to_string_pretty(v).unwrap()).expect_err("should be rejected")
}

fn assert_problem(ps: &[Problem], path: &str, needle: &str) {
    let p = ps
        .iter()
        .find(|p| p.path == path && p.message.contains(needle))
        .unwrap_or_else(|| panic!("no problem at {path} with \"{needle}\": {ps:#?}"));
    assert!(p.line_col.is_some(), "{p:?}");
}

fn tariffs_rate(v: &mut Value) -> &mut Value {
    let pts = v["topics"][0]["points"].as_array_mut().unwrap();
    let pt = &mut pts[0];
    assert_eq!(pt["id"], "tariffs-rate");
    pt
}

#[test]
fn a_point_needs_a_relation_and_not_two_kinds() {
    let mut v = good();
    tariffs_rate(&mut v)
        .as_object_mut()
        .unwrap()
        .remove("relations");
    assert_problem(
        &problems(&v),
        "topics[0].points[0].relations",
        "no relation",
    );

    let mut v = good();
    tariffs_rate(&mut v)["relation"] = json!("clash");
    assert_problem(&problems(&v), "topics[0].points[0].relation", "not both");
}

#[test]
fn dated_relations_are_ordered_cited_and_never_one_sided() {
    let mut v = good();
    let rels = &mut tariffs_rate(&mut v)["relations"];
    rels[0]["date"] = json!("2025-06-01");
    rels[1]["relation"] = json!("one_sided");
    rels[1]["cites"][0]["source"] = json!("no-such-source");
    let ps = problems(&v);
    assert_problem(&ps, "topics[0].points[0].relations[1].date", "oldest first");
    assert_problem(&ps, "topics[0].points[0].relations[1].relation", "derived");
    assert_problem(
        &ps,
        "topics[0].points[0].relations[1].cites[0].source",
        "unknown source",
    );

    let mut v = good();
    tariffs_rate(&mut v)["relations"][0]["cites"] = json!([]);
    assert_problem(
        &problems(&v),
        "topics[0].points[0].relations[0].cites",
        "cites no source",
    );

    let mut v = good();
    tariffs_rate(&mut v)["relations"][0]["relation"] = json!("agreed");
    let ps = problems(&v);
    assert!(
        ps.iter()
            .any(|p| p.path.starts_with("topics[0].points[0].relations[0]")),
        "{ps:#?}"
    );
}

// Editor's notes: outside knowledge, validated and exported as marked lines.

#[test]
fn an_empty_editor_note_is_rejected_wherever_it_may_appear() {
    let mut v = good();
    v["topics"][0]["points"][0]["stances"][0]["editor_note"] = json!(" ");
    v["topics"][0]["earlier_summaries"][0]["editor_note"] = json!("");
    v["briefings"][0]["what_happened"][0]["editor_note"] = json!("");
    v["events"][0]["editor_note"] = json!("");
    v["figures"][0]["editor_note"] = json!("");
    let ps = problems(&v);
    for path in [
        "topics[0].points[0].stances[0].editor_note",
        "topics[0].earlier_summaries[0].editor_note",
        "briefings[0].what_happened[0].editor_note",
        "events[0].editor_note",
        "figures[0].editor_note",
    ] {
        assert_problem(&ps, path, "editor's note is empty");
    }
    let mut v = good();
    v["figures"][0]["editor_note"] = json!("Outside knowledge, marked.");
    assert!(parse_dataset(&v.to_string()).is_ok());
}

#[test]
fn editor_notes_are_exported_as_marked_lines_only_when_known() {
    let store = embedded();
    // The Geneva truce's note: not known on the eve of Geneva (other events' notes are).
    let ev = store
        .dataset
        .events
        .iter()
        .find(|e| e.id == "ev-2025-05-geneva-truce" && e.editor_note.is_some())
        .expect("the Geneva truce event has an editor's note");
    let note = ev.editor_note.as_deref().unwrap();
    let topic = &ev.topics[0];
    let june = briefing(&store, "after-geneva-truce");
    let md = markdown::topic(&TopicView::new(june, topic).unwrap(), None);
    let line = format!(
        "  - *Editor’s note — not from the sources:* {}",
        markdown::escape(note)
    );
    assert!(md.contains(&line), "{md}");
    let may = briefing(&store, "eve-of-geneva");
    let md = markdown::topic(&TopicView::new(may, topic).unwrap(), None);
    assert!(!md.contains(&line), "{md}");
}

#[test]
fn a_stance_not_in_its_partys_own_voice_leaves_the_point_one_sided() {
    // The Huawei warnings are known only from Beijing's complaint, so the US stance is silent.
    // Give it back that complaint as its only evidence, with a dated clash: the point stays
    // one-sided, because the US does not speak in its own voice. With the same excerpt in the
    // US voice, the clash applies.
    let with_voice = |voice: &str| {
        let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        let topic = v["topics"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|t| t["id"] == "chips-export-controls")
            .unwrap();
        let pt = topic["points"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|p| p["id"] == "chips-huawei")
            .unwrap();
        let cite = json!({ "source": "washington-times-2025-06-04",
            "excerpt": "issuing warnings about Huawei chips for artificial intelligence",
            "voice": voice, "verb": "says" });
        pt["stances"][0] = json!({ "party": "us", "date": "mid 2025-05/c. 2025-06-04",
            "text": "Issued warnings about Huawei's chips for artificial intelligence.",
            "cites": [cite.clone()] });
        pt.as_object_mut().unwrap().remove("relation");
        pt["relations"] = json!([{ "date": "c. 2025-06-04", "relation": "clash",
            "cites": [cite, { "source": "washington-times-2025-06-04",
                "excerpt": "Beijing says the U.S. undermined the Geneva truce by issuing warnings about Huawei chips",
                "voice": "cn", "verb": "says" }] }]);
        Store::from_json(&v.to_string()).unwrap()
    };
    let store = with_voice("cn");
    let snap = Snapshot::everything(&store);
    let pt = point(
        &store,
        "chips-export-controls",
        "Warnings over Huawei AI chips",
    );
    assert!(!snap.speaks(pt, "us"));
    assert_eq!(snap.relation(pt), Relation::OneSided);
    let store = with_voice("us");
    let snap = Snapshot::everything(&store);
    let pt = point(
        &store,
        "chips-export-controls",
        "Warnings over Huawei AI chips",
    );
    assert!(snap.speaks(pt, "us"));
    assert_eq!(snap.relation(pt), Relation::Clash);
}
