use super::*;

#[test]
fn student_visas_rest_on_one_article() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let c = coverage(&snap);
    assert_eq!(c.sources.len(), 5);
    assert_eq!(c.topics.len(), snap.topics().len());
    let wt = "washington-times-2025-06-04";
    let on_visas: Vec<_> = c
        .sources_on("student-visas")
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(on_visas, [wt]);
    // The US stance is silent: the revocations are known only from Beijing's complaint.
    assert_eq!(c.count(wt, "student-visas"), 4);
    assert_eq!(c.count("kyodo-2025-05-07", "student-visas"), 0);
    let blind: Vec<_> = c
        .blindspots()
        .into_iter()
        .map(|(t, s)| (t.id.as_str(), s.id.as_str()))
        .collect();
    assert_eq!(
        blind,
        [
            ("fentanyl", "explainer-2025-05-09"),
            ("rare-earths", wt),
            ("student-visas", wt)
        ]
    );
    // Tariffs are covered by every source.
    assert_eq!(c.sources_on("tariffs").len(), 5);
    // 13 in topics, quotes, events and figures; 5 more in the ledger and the numbers groups
    // (Trump's "come down substantially", the 90-day pause, Beijing's precondition's status,
    // the tariff levels before Geneva).
    assert_eq!(c.count("kyodo-2025-05-07", "tariffs"), 18);
}

#[test]
fn the_eve_of_geneva_knows_fewer_sources() {
    let store = embedded();
    let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
    let c = coverage(&eve);
    assert!(c
        .sources
        .iter()
        .all(|s| s.id != "washington-times-2025-06-04"));
    assert!(c.topics.iter().all(|t| t.id != "student-visas"));
    assert_eq!(c.count("washington-times-2025-06-04", "tariffs"), 0);
    assert!(c.voices("washington-times-2025-06-04").is_empty());
    // Without the Washington Times, market access rests on the explainer alone.
    let blind: Vec<_> = c
        .blindspots()
        .into_iter()
        .map(|(t, _)| t.id.as_str())
        .collect();
    assert!(blind.contains(&"fentanyl") && blind.contains(&"market-access"));
}

#[test]
fn kyodo_quotes_both_sides() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let c = coverage(&snap);
    let v = c.voices("kyodo-2025-05-07");
    let sides: Vec<_> = v.iter().map(|x| x.side).collect();
    assert_eq!(sides, ["us", "cn", INDEPENDENT]);
    let us = &v[0];
    assert!(us.quotes >= 1);
    assert!(us
        .speakers
        .iter()
        .any(|a| a.id == "scott-bessent" && a.kind == ActorKind::Person));
    let cn = &v[1];
    assert!(cn.quotes >= 1);
    assert!(cn
        .speakers
        .iter()
        .any(|a| a.id == "mofcom" && a.kind == ActorKind::Institution));
    assert_eq!((us.quotes, cn.quotes, v[2].quotes), (10, 3, 0));
    assert!(c.source_total("kyodo-2025-05-07") > 0);
}
