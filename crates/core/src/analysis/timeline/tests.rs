use super::*;

fn ids<'a>(entries: &[TimelineEntry<'a>]) -> Vec<&'a str> {
    entries.iter().map(|e| e.event.id.as_str()).collect()
}

#[test]
fn moves_and_counter_moves_are_linked() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let all = timeline(&snap, None, None);
    assert_eq!(all.len(), snap.events().len());
    // The first-term fentanyl agreement is dated 2017–2021: it sorts by its first year.
    assert_eq!(all[0].event.id, "ev-first-term-fentanyl-agreement");
    assert_eq!(all[0].year, 2017);
    // So does the phase-one deal: the sources place it only in Trump's first term.
    assert_eq!(all[1].event.id, "ev-phase-one-deal");
    assert_eq!(all[1].year, 2017);
    assert_eq!(all[2].event.id, "ev-2018-us-25-on-34bn");
    let cn = all
        .iter()
        .find(|e| e.event.id == "ev-2018-cn-retaliates")
        .unwrap();
    assert_eq!(cn.responds_to.unwrap().id, "ev-2018-us-25-on-34bn");
    // The further US 10% follows China's retaliation, but the source gives only a sequence
    // ("The conflict escalated further when"), so it is not linked as an answer.
    assert!(cn.responses.is_empty());
    // China's 125% answers the US 145% ("In response"); the US 145% answers nothing the
    // sources name as its cause.
    let us145 = all
        .iter()
        .find(|e| e.event.id == "ev-2025-04-09-us-145")
        .unwrap();
    assert!(us145.responds_to.is_none());
    assert_eq!(us145.responses[0].id, "ev-2025-04-cn-125");
    // Oldest first.
    for w in all.windows(2) {
        assert!(w[0].event.date <= w[1].event.date);
    }
}

#[test]
fn filters_by_side_and_topic() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let cn = timeline(&snap, Some("cn"), None);
    assert!(cn
        .iter()
        .all(|e| e.event.actor_side == "cn" || e.event.actor_side == BOTH));
    let cn_ids = ids(&cn);
    assert!(cn_ids.contains(&"ev-2018-cn-retaliates"));
    assert!(
        cn_ids.contains(&"ev-2025-05-geneva-truce"),
        "joint events stay"
    );
    assert!(!cn_ids.contains(&"ev-2018-us-25-on-34bn"));
    assert!(!cn_ids.contains(&"ev-2025-04-market-selloff"));
    // The US move China answered is still linked, though filtered out of the list.
    let retaliation = cn
        .iter()
        .find(|e| e.event.id == "ev-2018-cn-retaliates")
        .unwrap();
    assert_eq!(retaliation.responds_to.unwrap().id, "ev-2018-us-25-on-34bn");

    let both = timeline(&snap, Some(BOTH), None);
    assert!(both.iter().all(|e| e.event.actor_side == BOTH));
    assert!(ids(&both).contains(&"ev-phase-one-deal"));
    let ind = ids(&timeline(&snap, Some(INDEPENDENT), None));
    assert_eq!(ind, ["ev-2025-04-market-selloff", "ev-2025-06-caixin-may"]);

    let tariffs = timeline(&snap, None, Some("tariffs"));
    assert!(tariffs
        .iter()
        .all(|e| e.event.topics.contains(&"tariffs".to_string())));
    let t = ids(&tariffs);
    assert!(t.contains(&"ev-2025-04-09-us-145") && t.contains(&"ev-2025-05-geneva-truce"));
    assert!(!t.contains(&"ev-phase-one-deal"));
    let cn_fentanyl = timeline(&snap, Some("cn"), Some("fentanyl"));
    assert_eq!(ids(&cn_fentanyl), ["ev-first-term-fentanyl-agreement"]);
}

#[test]
fn the_eve_of_geneva_stops_before_the_talks() {
    let store = embedded();
    let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
    let entries = timeline(&eve, None, Some("tariffs"));
    let t = ids(&entries);
    assert!(t.contains(&"ev-2025-04-cn-125"));
    assert!(!t.contains(&"ev-2025-05-geneva-truce"));
    assert!(!t.contains(&"ev-2025-05-trump-accuses-china"));
    // The rare-earth grip is not known yet, so nothing links to it.
    let all = timeline(&eve, None, None);
    assert!(all
        .iter()
        .all(|e| e.event.id != "ev-2025-05-rare-earth-grip"));
}

#[test]
fn groups_by_year() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let entries = timeline(&snap, None, Some("tariffs"));
    let y = years(&entries);
    let keys: Vec<i32> = y.iter().map(|(y, _)| *y).collect();
    assert_eq!(keys, [2018, 2019, 2025]);
    assert_eq!(
        y[0].1.len(),
        5,
        "three 2018 moves, the G20 meeting, and the breakdown of the talks (dated 2018-12/2019-05: \"by May of the following year\")"
    );
    assert_eq!(y.iter().map(|(_, v)| v.len()).sum::<usize>(), entries.len());
}
