//! [`editorial_problems`]: the editorial rules a machine can check without the source texts.

use super::search::shown;
use super::{normalize, problem};
use crate::analysis::snapshot::Snapshot;
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// The editorial rules that need no source texts, for any dataset that passed validation
/// (unknown ids are skipped: the validator reports them). Each problem has its JSON path:
///
/// 1. every quote's text sits inside one of its own citations' excerpts, after [`normalize`]
///    (at `quotes[i].text`);
/// 2. a stance's quotes are by speakers on that stance's side (at
///    `topics[i].points[j].stances[k].quotes[m]`);
/// 3. a dispute claim made by an actor cites only that actor's quotes (at
///    `disputes[i].claims[j].quotes[m]`);
/// 4. no topic is agreed while one of its points is in clash: in the snapshot of every
///    briefing and in the snapshot of everything, a topic whose status then is `agreed` has no
///    point shown then whose relation (`Snapshot::relation`) is `clash` (at the status entry
///    that applies, `topics[i].status[j].status`; once per topic);
/// 5. the attribution rules of [`super::RULES`] (voices on citations, verbs, silence, status
///    following from the points, numbers, causal links): see `texts/attribution.rs`.
pub fn editorial_problems(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    quotes_inside_excerpts(d, &mut out);
    speakers_on_their_side(d, &mut out);
    agreed_topics_without_clash(d, &mut out);
    out.extend(super::attribution_problems(d));
    out
}

/// Rule 1.
fn quotes_inside_excerpts(d: &Dataset, out: &mut Vec<Problem>) {
    for (i, q) in d.quotes.iter().enumerate() {
        let needle = normalize(&q.text);
        if needle.is_empty() || q.cites.is_empty() {
            continue; // the validator reports it
        }
        if !q
            .cites
            .iter()
            .any(|c| normalize(&c.excerpt).contains(&needle))
        {
            let excerpts: Vec<String> = q
                .cites
                .iter()
                .map(|c| format!("[{}] {}", c.source, shown(&c.excerpt, 120)))
                .collect();
            out.push(problem(
                format!("quotes[{i}].text"),
                format!(
                    "the quote is in none of its citations' excerpts ({}): widen an excerpt to a verbatim passage that contains the quote",
                    excerpts.join(", ")
                ),
            ));
        }
    }
}

/// Rules 2 and 3.
fn speakers_on_their_side(d: &Dataset, out: &mut Vec<Problem>) {
    let actors: BTreeMap<&str, &Actor> = d.actors.iter().map(|a| (a.id.as_str(), a)).collect();
    let quotes: BTreeMap<&str, &Quote> = d.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    for (ti, t) in d.topics.iter().enumerate() {
        for (pi, p) in t.points.iter().enumerate() {
            for (si, s) in p.stances.iter().enumerate() {
                for (m, qid) in s.quotes.iter().enumerate() {
                    let Some(q) = quotes.get(qid.as_str()) else {
                        continue;
                    };
                    let Some(a) = actors.get(q.speaker.as_str()) else {
                        continue;
                    };
                    if a.side != s.party {
                        out.push(problem(
                            format!("topics[{ti}].points[{pi}].stances[{si}].quotes[{m}]"),
                            format!(
                                "quote \"{qid}\" is by \"{}\", whose side is \"{}\", not this stance's party \"{}\": a stance quotes only its own side (an analyst's quote belongs in the topic's analysis)",
                                q.speaker, a.side, s.party
                            ),
                        ));
                    }
                }
            }
        }
    }
    for (di, x) in d.disputes.iter().enumerate() {
        for (ci, c) in x.claims.iter().enumerate() {
            let Some(who) = &c.actor else { continue };
            for (m, qid) in c.quotes.iter().enumerate() {
                let Some(q) = quotes.get(qid.as_str()) else {
                    continue;
                };
                if &q.speaker != who {
                    out.push(problem(
                        format!("disputes[{di}].claims[{ci}].quotes[{m}]"),
                        format!(
                            "quote \"{qid}\" is by \"{}\", not by this claim's actor \"{who}\": a claim made by an actor cites only that actor's quotes",
                            q.speaker
                        ),
                    ));
                }
            }
        }
    }
}

/// Rule 4.
fn agreed_topics_without_clash(d: &Dataset, out: &mut Vec<Problem>) {
    let agreed_ever = d
        .topics
        .iter()
        .any(|t| t.status.iter().any(|s| s.status == Status::Agreed));
    if !agreed_ever {
        return;
    }
    let store = Store::new(d.clone());
    let mut snaps: Vec<Snapshot<'_>> = store
        .dataset
        .briefings
        .iter()
        .filter_map(|b| Snapshot::of_briefing(&store, Some(&b.id)))
        .collect();
    snaps.push(Snapshot::everything(&store));
    let mut reported = BTreeSet::new();
    for snap in &snaps {
        for (ti, t) in store.dataset.topics.iter().enumerate() {
            if reported.contains(&ti) {
                continue;
            }
            let Some(status) = snap.status(t) else {
                continue;
            };
            if status.status != Status::Agreed {
                continue;
            }
            let Some(pt) = snap
                .points(t)
                .into_iter()
                .find(|p| snap.relation(p) == Relation::Clash)
            else {
                continue;
            };
            let j = t
                .status
                .iter()
                .position(|s| std::ptr::eq(s, status))
                .unwrap_or(0);
            let when = snap
                .briefing
                .map_or("in the latest state".to_string(), |b| {
                    format!("as of briefing \"{}\"", b.id)
                });
            reported.insert(ti);
            out.push(problem(
                format!("topics[{ti}].status[{j}].status"),
                format!(
                    "topic \"{}\" is agreed {when}, but its point \"{}\" is in clash then: mark the topic partly agreed or contested, or date the point's relation",
                    t.id, pt.id
                ),
            ));
        }
    }
}
