use super::*;

fn eve_to_latest(store: &Store) -> Changes<'_> {
    let from = Snapshot::of_briefing(store, Some("eve-of-geneva")).unwrap();
    let to = Snapshot::of_briefing(store, None).unwrap();
    compare(from, to)
}

#[test]
fn tariff_rates_move_145_to_30_and_125_to_10() {
    let store = embedded();
    let c = eve_to_latest(&store);
    let us = c
        .figures
        .iter()
        .find(|f| f.measure == "us-tariff-on-china")
        .expect("US tariff moved");
    assert_eq!((us.before.unwrap().value, us.after.value), (145.0, 30.0));
    assert_eq!(us.delta(), Some(-115.0));
    assert_eq!(us.describe(), "145% → 30% (−115 points)");
    let cn = c
        .figures
        .iter()
        .find(|f| f.measure == "china-tariff-on-us")
        .expect("China tariff moved");
    assert_eq!((cn.before.unwrap().value, cn.after.value), (125.0, 10.0));
}

#[test]
fn student_visas_appear_only_in_the_later_snapshot() {
    let store = embedded();
    let c = eve_to_latest(&store);
    let visas = c
        .topics
        .iter()
        .find(|t| t.topic.id == "student-visas")
        .expect("student visas known later");
    assert!(visas.appeared);
    assert!(!Snapshot::of_briefing(&store, Some("eve-of-geneva"))
        .unwrap()
        .topic_known(store.topic("student-visas").unwrap()));
}

#[test]
fn the_tariff_status_moves_from_contested_to_a_truce() {
    let store = embedded();
    let c = eve_to_latest(&store);
    let t = c
        .status_changes()
        .into_iter()
        .find(|t| t.topic.id == "tariffs")
        .expect("tariff status changed");
    assert_eq!(t.status_before.unwrap().status, Status::Contested);
    assert_ne!(t.status_after.unwrap().status, Status::Contested);
}

#[test]
fn the_summary_is_generated_from_the_data() {
    let store = embedded();
    let c = eve_to_latest(&store);
    let s = c.summary();
    assert!(s.starts_with("Between 9 May 2025 and"), "{s}");
    assert!(
        s.contains("US tariff on Chinese imports: 145% → 30% (−115 points)"),
        "{s}"
    );
    assert!(
        !s.contains("(contested → contested)"),
        "only real status moves are summarised: {s}"
    );
    assert!(
        s.contains("Student visas") || s.contains(&store.topic("student-visas").unwrap().title),
        "{s}"
    );
    // Nothing changes between a snapshot and itself.
    let same = compare(c.to, c.to);
    assert!(same.figures.is_empty() && same.new_events.is_empty() && same.appeared().is_empty());
    assert!(same.topics.iter().all(|t| t.stances.is_empty() && t.quiet));
}

#[test]
fn relative_change_is_computed_not_typed() {
    let store = embedded();
    let mk = |v: f64| Figure {
        id: format!("f{v}"),
        measure: "m".into(),
        label: "Total trade".into(),
        value: v,
        unit: Unit::UsdBillion,
        unit_format: None,
        date: DateSpec::must("2024"),
        scope: None,
        topics: vec![],
        note: None,
        cites: vec![],
        editor_note: None,
    };
    let (a, b) = (mk(659.8), mk(582.4));
    let fc = FigureChange {
        measure: "m",
        before: Some(&a),
        after: &b,
    };
    assert_eq!(fc.describe(), "$659.8 billion → $582.4 billion (−11.7%)");
    drop(store);
}
