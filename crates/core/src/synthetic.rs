//! A large dataset made from the embedded one, for benchmarks and load tests: the search
//! benchmark (`examples/bench_search.rs`), the `synthetic_dataset` example that writes one to a
//! file, and the tests that time search on a hundred copies. Not used by the app.

use crate::model::*;
use std::collections::BTreeSet;

/// The embedded dataset cloned `times` times for load tests: copy 0 keeps its ids, copy `n`
/// has every id suffixed `-x{n}` and every reference rewritten to match, so the result still
/// validates. Parties and briefings are not copied (a briefing compares exactly two parties);
/// measures are left as they are.
pub fn synthetic_store(times: usize) -> Store {
    let base = embedded();
    let d = &base.dataset;
    let sources: BTreeSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    let actors: BTreeSet<&str> = d.actors.iter().map(|a| a.id.as_str()).collect();
    let mut out = Dataset {
        sources: Vec::new(),
        actors: Vec::new(),
        topics: Vec::new(),
        quotes: Vec::new(),
        events: Vec::new(),
        figures: Vec::new(),
        disputes: Vec::new(),
        commitments: Vec::new(),
        number_groups: Vec::new(),
        ..d.clone()
    };
    for n in 0..times {
        let id = |s: &str| {
            if n == 0 {
                s.to_string()
            } else {
                format!("{s}-x{n}")
            }
        };
        let ids = |v: &[String]| v.iter().map(|s| id(s)).collect::<Vec<_>>();
        let cites = |v: &[Citation]| {
            v.iter()
                .map(|c| Citation {
                    source: id(&c.source),
                    // An actor's voice follows the actor to its copy; a party's, both
                    // parties' and the outlet's stay as they are.
                    voice: c.voice.as_ref().map(|v| {
                        if actors.contains(v.as_str()) {
                            id(v)
                        } else {
                            v.clone()
                        }
                    }),
                    ..c.clone()
                })
                .collect::<Vec<_>>()
        };
        let claims = |v: &[DatedClaim]| {
            v.iter()
                .map(|c| DatedClaim {
                    cites: cites(&c.cites),
                    ..c.clone()
                })
                .collect::<Vec<_>>()
        };
        out.sources.extend(d.sources.iter().map(|s| Source {
            id: id(&s.id),
            ..s.clone()
        }));
        out.actors.extend(d.actors.iter().map(|a| Actor {
            id: id(&a.id),
            organisation: a.organisation.as_ref().map(|o| {
                if actors.contains(o.as_str()) {
                    id(o)
                } else {
                    o.clone()
                }
            }),
            cites: cites(&a.cites),
            ..a.clone()
        }));
        out.topics.extend(d.topics.iter().map(|t| {
            Topic {
                id: id(&t.id),
                earlier_summaries: claims(&t.earlier_summaries),
                status: t
                    .status
                    .iter()
                    .map(|s| StatusChange {
                        cites: cites(&s.cites),
                        ..s.clone()
                    })
                    .collect(),
                points: t
                    .points
                    .iter()
                    .map(|p| Point {
                        id: id(&p.id),
                        relations: p
                            .relations
                            .iter()
                            .map(|r| DatedRelation {
                                cites: cites(&r.cites),
                                ..r.clone()
                            })
                            .collect(),
                        stances: p
                            .stances
                            .iter()
                            .map(|s| Stance {
                                quotes: ids(&s.quotes),
                                cites: cites(&s.cites),
                                ..s.clone()
                            })
                            .collect(),
                        ..p.clone()
                    })
                    .collect(),
                overlap: claims(&t.overlap),
                clash: claims(&t.clash),
                analysis: t
                    .analysis
                    .iter()
                    .map(|a| Analysis {
                        actor: id(&a.actor),
                        quotes: ids(&a.quotes),
                        cites: cites(&a.cites),
                        ..a.clone()
                    })
                    .collect(),
                ..t.clone()
            }
        }));
        out.quotes.extend(d.quotes.iter().map(|q| Quote {
            id: id(&q.id),
            speaker: id(&q.speaker),
            topics: ids(&q.topics),
            cites: cites(&q.cites),
            statement: q.statement.as_deref().map(id),
            ..q.clone()
        }));
        out.events.extend(d.events.iter().map(|e| Event {
            id: id(&e.id),
            responds_to: e.responds_to.as_deref().map(id),
            topics: ids(&e.topics),
            cites: cites(&e.cites),
            ..e.clone()
        }));
        out.figures.extend(d.figures.iter().map(|f| Figure {
            id: id(&f.id),
            topics: ids(&f.topics),
            cites: cites(&f.cites),
            ..f.clone()
        }));
        out.disputes.extend(d.disputes.iter().map(|x| {
            Dispute {
                id: id(&x.id),
                topics: ids(&x.topics),
                claims: x
                    .claims
                    .iter()
                    .map(|c| DisputeClaim {
                        side: if sources.contains(c.side.as_str()) {
                            id(&c.side)
                        } else {
                            c.side.clone()
                        },
                        actor: c.actor.as_deref().map(id),
                        quotes: ids(&c.quotes),
                        cites: cites(&c.cites),
                        ..c.clone()
                    })
                    .collect(),
                ..x.clone()
            }
        }));
        let statuses = |v: &[CommitmentStatusChange]| {
            v.iter()
                .map(|s| CommitmentStatusChange {
                    cites: cites(&s.cites),
                    ..s.clone()
                })
                .collect::<Vec<_>>()
        };
        out.commitments
            .extend(d.commitments.iter().map(|c| Commitment {
                id: id(&c.id),
                actor: id(&c.actor),
                quote: c.quote.as_deref().map(id),
                status: statuses(&c.status),
                topics: ids(&c.topics),
                cites: cites(&c.cites),
                ..c.clone()
            }));
        out.number_groups.extend(d.number_groups.iter().map(|g| {
            NumberGroup {
                id: id(&g.id),
                figures: g
                    .figures
                    .iter()
                    .map(|f| GroupFigure {
                        figure: id(&f.figure),
                        given_by: f.given_by.as_deref().map(id),
                        ..f.clone()
                    })
                    .collect(),
                topics: ids(&g.topics),
                cites: cites(&g.cites),
                ..g.clone()
            }
        }));
    }
    Store::new(out)
}

/// The embedded dataset with its quotes, events, figures and disputes copied `times` times
/// under new ids (copy `n` suffixed `-c{n}`), all still about the same people, topics and
/// sources: a different shape from [`synthetic_store`], with many quotes per speaker, many
/// citations per source and many events per topic. Copy 0 is the embedded dataset itself.
pub fn copied_items_store(times: usize) -> Store {
    let base = embedded();
    let d = &base.dataset;
    let mut out = d.clone();
    for n in 1..times {
        let id = |s: &str| format!("{s}-c{n}");
        let ids = |v: &[String]| v.iter().map(|s| id(s)).collect::<Vec<_>>();
        out.quotes.extend(d.quotes.iter().map(|q| Quote {
            id: id(&q.id),
            statement: q.statement.as_deref().map(id),
            ..q.clone()
        }));
        out.events.extend(d.events.iter().map(|e| Event {
            id: id(&e.id),
            responds_to: e.responds_to.as_deref().map(id),
            ..e.clone()
        }));
        out.figures.extend(d.figures.iter().map(|f| Figure {
            id: id(&f.id),
            ..f.clone()
        }));
        out.disputes.extend(d.disputes.iter().map(|x| {
            Dispute {
                id: id(&x.id),
                claims: x
                    .claims
                    .iter()
                    .map(|c| DisputeClaim {
                        quotes: ids(&c.quotes),
                        ..c.clone()
                    })
                    .collect(),
                ..x.clone()
            }
        }));
    }
    Store::new(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_dataset_passes_every_editorial_rule_of_the_built_in_one() {
        // The benchmarks build and open these: a copy must stay as clean as what it copies
        // (each actor's voice follows the actor to its copy).
        let store = synthetic_store(3);
        let problems = crate::texts::editorial_problems(&store.dataset);
        assert!(
            problems.is_empty(),
            "{:#?}",
            &problems[..problems.len().min(5)]
        );
    }
}
