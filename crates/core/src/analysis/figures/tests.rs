use super::*;

fn latest(store: &Store) -> Snapshot<'_> {
    Snapshot::of_briefing(store, None).unwrap()
}

#[test]
fn groups_figures_by_measure_in_date_order() {
    let store = embedded();
    let snap = latest(&store);
    let groups = figure_groups(&snap);
    assert_eq!(groups[0].0, "us-tariff-on-china");
    let ids = |m: &str| -> Vec<&str> {
        groups
            .iter()
            .find(|(x, _)| *x == m)
            .unwrap()
            .1
            .iter()
            .map(|f| f.id.as_str())
            .collect()
    };
    assert_eq!(
        ids("us-tariff-on-china"),
        [
            "f-us-tariff-2018-25",
            "f-us-tariff-2018-10",
            "f-us-tariff-2025-145",
            "f-us-tariff-2025-30"
        ]
    );
    assert_eq!(
        ids("china-export-share-us"),
        [
            "f-export-share-2018",
            "f-export-share-2023",
            "f-export-share-2024"
        ]
    );
    assert_eq!(
        groups.iter().map(|(_, v)| v.len()).sum::<usize>(),
        snap.figures().len()
    );
    // At the eve of Geneva the post-truce rates are not known.
    let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
    let g = figure_groups(&eve);
    let us = &g
        .iter()
        .find(|(m, _)| *m == "us-tariff-on-china")
        .unwrap()
        .1;
    assert_eq!(us.last().unwrap().value, 145.0);
}

#[test]
fn total_trade_fell_by_eleven_point_seven_percent() {
    let store = embedded();
    let snap = latest(&store);
    let all = derived(&snap);
    let d = all
        .iter()
        .find(|d| d.measure == "us-china-total-trade")
        .unwrap();
    assert_eq!(d.figures, ["f-total-trade-2018", "f-total-trade-2024"]);
    assert_eq!(round1(d.relative.unwrap()), -11.7);
    assert_eq!(round1(d.absolute), -77.4);
    assert_eq!(d.how, "(582.4 − 659.8) / 659.8 = −11.7%");
    assert_eq!(d.describe(), "−$77.4 billion (−11.7%), 2018 to 2024");
    assert!(!d.scoped);
    // The source's own figure is the same change rounded to a whole percent.
    let stated = store.figure("f-total-trade-change").unwrap().value;
    assert_eq!(d.relative.unwrap().round(), stated);
}

#[test]
fn other_changes_come_from_the_data() {
    let store = embedded();
    let snap = latest(&store);
    let all = derived(&snap);
    let get = |m: &str| all.iter().find(|d| d.measure == m);
    let share = get("china-export-share-us").unwrap();
    assert_eq!((share.from.value, share.to.value), (20.0, 12.0));
    assert_eq!(share.how, "(12 − 20) / 20 = −40%");
    assert_eq!(share.describe(), "−8 points (−40%), 2018 to 2024");
    let cn = get("china-tariff-on-us").unwrap();
    assert_eq!(cn.how, "(10 − 125) / 125 = −92%");
    assert!(
        !cn.scoped,
        "125% and 10% are headline rates on all US goods"
    );
    // Values of the same date are not a change (the two 2018 tariff rounds, the 80–90%
    // target), nor is a measure with one value.
    assert!(get("us-2018-tariff-coverage").is_none());
    assert!(get("bessent-deals-target").is_none());
    assert!(get("us-trade-deficit-china").is_none());
    let us = get("us-tariff-on-china").unwrap();
    // Headline rates only: the 2018 rates covered part of trade and are not compared.
    assert_eq!(us.figures, ["f-us-tariff-2025-145", "f-us-tariff-2025-30"]);
    assert!(!us.scoped);
    assert_eq!(us.how, "(30 − 145) / 145 = −79.3%");
    // Before the Geneva truce, China's tariff has one known value: no change to show.
    let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
    assert!(derived(&eve)
        .iter()
        .all(|d| d.measure != "china-tariff-on-us"));
}
