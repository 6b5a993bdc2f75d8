//! The indexed lookups give exactly what the straightforward scans they replaced gave: each
//! scan is kept here as the reference, run on both synthetic shapes in every snapshot.

use super::changes::compare;
use super::chart::tariff_series;
use super::coverage::{coverage, Voices};
use super::figures::figure_groups;
use super::snapshot::Snapshot;
use super::timeline::{side_matches, timeline, TimelineEntry};
use crate::model::*;
use crate::synthetic::{copied_items_store, synthetic_store};

fn stores() -> Vec<Store> {
    vec![synthetic_store(3), copied_items_store(4)]
}

/// Every briefing's snapshot, and everything.
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

fn ids<T>(items: &[&T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|x| id(x).to_string()).collect()
}

#[test]
fn the_stores_are_valid_and_have_the_intended_shapes() {
    let base = embedded();
    for store in stores() {
        assert_eq!(validate(&store.dataset), Vec::<Problem>::new());
    }
    let copies = copied_items_store(4);
    assert_eq!(copies.dataset.actors.len(), base.dataset.actors.len());
    assert_eq!(copies.dataset.quotes.len(), 4 * base.dataset.quotes.len());
    assert_eq!(
        copies
            .event("ev-2018-cn-retaliates-c3")
            .unwrap()
            .responds_to,
        Some("ev-2018-us-25-on-34bn-c3".to_string())
    );
}

#[test]
fn store_links_are_the_scans() {
    for store in stores() {
        let d = &store.dataset;
        for a in &d.actors {
            let scan: Vec<&Quote> = d.quotes.iter().filter(|q| q.speaker == a.id).collect();
            assert_eq!(store.quotes_of(&a.id).collect::<Vec<_>>(), scan);
        }
        for t in &d.topics {
            let scan: Vec<&Quote> = d
                .quotes
                .iter()
                .filter(|q| q.topics.contains(&t.id))
                .collect();
            assert_eq!(store.quotes_on(&t.id).collect::<Vec<_>>(), scan);
            let scan: Vec<&Event> = d
                .events
                .iter()
                .filter(|e| e.topics.contains(&t.id))
                .collect();
            assert_eq!(store.events_on(&t.id).collect::<Vec<_>>(), scan);
        }
        for s in &d.sources {
            let scan: Vec<&Quote> = d
                .quotes
                .iter()
                .filter(|q| q.cites.iter().any(|c| c.source == s.id))
                .collect();
            assert_eq!(store.quotes_citing(&s.id).collect::<Vec<_>>(), scan);
        }
        for f in &d.figures {
            let scan: Vec<&Figure> = d
                .figures
                .iter()
                .filter(|x| x.measure == f.measure)
                .collect();
            assert_eq!(store.figures_of(&f.measure).collect::<Vec<_>>(), scan);
        }
        let mut some = 0;
        for q in &d.quotes {
            // As the quote block counted them.
            let scan = q
                .statement
                .as_ref()
                .map(|s| {
                    d.quotes
                        .iter()
                        .filter(|o| o.statement.as_ref() == Some(s) && o.id != q.id)
                        .count()
                })
                .unwrap_or(0);
            assert_eq!(store.renderings(q).count(), scan, "{}", q.id);
            some += scan;
        }
        assert!(some > 0, "some quote has other renderings");
        assert_eq!(store.quotes_of("nobody").count(), 0);
        for (i, s) in d.sources.iter().enumerate() {
            assert_eq!(store.source_number(&s.id), i + 1);
            assert_eq!(store.numbered_source(&s.id), Some((i + 1, s)));
        }
        assert_eq!(store.source_number("nowhere"), 0);
    }
}

#[test]
fn snapshot_lookups_are_the_scans() {
    for store in stores() {
        for snap in snapshots(&store) {
            let d = &store.dataset;
            for a in &d.actors {
                let mut scan: Vec<&Quote> = snap
                    .all_quotes()
                    .into_iter()
                    .filter(|q| q.speaker == a.id)
                    .collect();
                scan.sort_by_key(|q| q.said);
                assert_eq!(snap.quotes_by(&a.id), scan);
            }
            for t in &d.topics {
                let shown: Vec<&String> = t
                    .points
                    .iter()
                    .flat_map(|p| &p.stances)
                    .flat_map(|s| &s.quotes)
                    .chain(t.analysis.iter().flat_map(|a| &a.quotes))
                    .collect();
                let scan: Vec<&Quote> = snap
                    .all_quotes()
                    .into_iter()
                    .filter(|q| q.topics.contains(&t.id) && !shown.contains(&&q.id))
                    .collect();
                assert_eq!(snap.other_quotes_on(t), scan);
                let scan: Vec<&Event> = snap
                    .events()
                    .into_iter()
                    .filter(|e| e.topics.contains(&t.id))
                    .collect();
                assert_eq!(snap.events_on(&t.id), scan);
            }
            for f in &d.figures {
                let scan = d
                    .figures
                    .iter()
                    .filter(|x| x.measure == f.measure && snap.figure_known(x))
                    .max_by(|a, b| a.date.cmp(&b.date));
                assert_eq!(snap.latest(&f.measure).map(|x| &x.id), scan.map(|x| &x.id));
            }
        }
    }
}

/// The timeline as it was built: each row's move and answers found by scanning.
fn timeline_scan<'a>(
    snap: &Snapshot<'a>,
    side: Option<&str>,
    topic: Option<&str>,
) -> Vec<TimelineEntry<'a>> {
    let known = snap.events();
    known
        .iter()
        .filter(|e| side.is_none_or(|s| side_matches(&e.actor_side, s)))
        .filter(|e| topic.is_none_or(|t| e.topics.iter().any(|x| x == t)))
        .map(|&e| TimelineEntry {
            event: e,
            responds_to: e
                .responds_to
                .as_deref()
                .and_then(|r| known.iter().copied().find(|k| k.id == r)),
            responses: known
                .iter()
                .copied()
                .filter(|k| k.responds_to.as_deref() == Some(e.id.as_str()))
                .collect(),
            year: e.date.first().year,
        })
        .collect()
}

#[test]
fn the_timeline_is_the_scan() {
    for store in stores() {
        for snap in snapshots(&store) {
            let all = timeline(&snap, None, None);
            assert_eq!(all, timeline_scan(&snap, None, None));
            assert!(all.iter().any(|e| !e.responses.is_empty()));
            let t = &store.dataset.topics[0].id;
            let side = &store.dataset.parties[0].id;
            assert_eq!(
                timeline(&snap, Some(side), Some(t)),
                timeline_scan(&snap, Some(side), Some(t))
            );
        }
    }
}

/// Whose voices each source carries, as counted source by source over every quote.
fn voices_scan<'a>(snap: &Snapshot<'a>) -> Vec<Vec<Voices<'a>>> {
    let d = &snap.store.dataset;
    let sides: Vec<&'a str> = d
        .parties
        .iter()
        .map(|p| p.id.as_str())
        .chain([INDEPENDENT])
        .collect();
    let quotes = snap.all_quotes();
    snap.sources()
        .iter()
        .map(|s| {
            let mut v: Vec<Voices<'a>> = sides
                .iter()
                .map(|&side| Voices {
                    side,
                    quotes: 0,
                    speakers: Vec::new(),
                })
                .collect();
            for q in quotes
                .iter()
                .filter(|q| q.cites.iter().any(|c| c.source == s.id))
            {
                let Some(a) = snap.store.actor(&q.speaker) else {
                    continue;
                };
                if let Some(slot) = v.iter_mut().find(|x| x.side == a.side) {
                    slot.quotes += 1;
                    if !slot.speakers.iter().any(|x| x.id == a.id) {
                        slot.speakers.push(a);
                    }
                }
            }
            v
        })
        .collect()
}

#[test]
fn coverage_voices_and_lookups_are_the_scans() {
    for store in stores() {
        for snap in snapshots(&store) {
            let c = coverage(&snap);
            assert_eq!(c.voices, voices_scan(&snap));
            // The dense sources × topics table, by a scan of every citation.
            let mut dense = vec![vec![0; c.topics.len()]; c.sources.len()];
            super::cited_places::for_each_citation(&snap.store.dataset, |p| {
                let Some(topic) = p.topic else { return };
                let si = c.sources.iter().position(|s| s.id == p.citation.source);
                let ti = c.topics.iter().position(|t| t.id == topic);
                if let (Some(si), Some(ti)) = (si, ti) {
                    dense[si][ti] += 1;
                }
            });
            for (si, s) in c.sources.iter().enumerate() {
                assert_eq!(c.voices(&s.id), c.voices[si].as_slice());
                assert_eq!(c.source_total(&s.id), dense[si].iter().sum::<usize>());
                for (ti, t) in c.topics.iter().enumerate() {
                    assert_eq!(c.count(&s.id, &t.id), dense[si][ti]);
                }
            }
            // The sparse rows hold exactly the table's non-empty cells, in source order.
            for (ti, row) in c.counts.iter().enumerate() {
                let cells: Vec<(usize, usize)> = (0..c.sources.len())
                    .filter(|&si| dense[si][ti] > 0)
                    .map(|si| (si, dense[si][ti]))
                    .collect();
                assert_eq!(row, &cells);
            }
            assert_eq!(c.count("nothing", "nowhere"), 0);
        }
    }
}

#[test]
fn changes_are_the_scans() {
    for store in stores() {
        let snaps = snapshots(&store);
        let (from, to) = (snaps[0], snaps[snaps.len() - 2]);
        let changes = compare(from, to);
        let later_quotes = to.all_quotes();
        let later_events = to.events();
        let mut any = false;
        for t in &changes.topics {
            let mut scan: Vec<&Quote> = later_quotes
                .iter()
                .copied()
                .filter(|q| q.topics.contains(&t.topic.id) && !from.quote_known(q))
                .collect();
            scan.sort_by_key(|q| q.said);
            assert_eq!(t.new_quotes, scan);
            any |= !scan.is_empty();
            let newer_events = later_events
                .iter()
                .any(|e| e.topics.contains(&t.topic.id) && !from.event_known(e));
            let quiet = !t.appeared
                && t.stances.is_empty()
                && scan.is_empty()
                && !newer_events
                && t.status_before == t.status_after;
            assert_eq!(t.quiet, quiet, "{}", t.topic.id);
        }
        assert!(any);
    }
}

#[test]
fn figure_groups_and_series_are_the_scans() {
    for store in stores() {
        for snap in snapshots(&store) {
            let mut scan: Vec<(&str, Vec<&Figure>)> = Vec::new();
            for f in snap.figures() {
                match scan.iter_mut().find(|(m, _)| *m == f.measure) {
                    Some((_, v)) => v.push(f),
                    None => scan.push((&f.measure, vec![f])),
                }
            }
            for (_, v) in &mut scan {
                v.sort_by_key(|f| f.date);
            }
            assert_eq!(figure_groups(&snap), scan);
            for s in tariff_series(&snap) {
                let mut steps: Vec<&Figure> = snap
                    .figures()
                    .into_iter()
                    .filter(|f| f.measure == s.measure)
                    .collect();
                steps.sort_by_key(|f| f.date);
                let got: Vec<&Figure> = s.steps.iter().map(|st| st.figure).collect();
                assert_eq!(ids(&got, |f| &f.id), ids(&steps, |f| &f.id));
            }
        }
    }
}
