//! What is searchable, folded once per store, and how to tell whether a snapshot knows it.

use super::fold::fold_into;
use super::{Entry, Kind};
use crate::analysis::snapshot::Snapshot;
use crate::model::*;

/// How to tell whether an entry is known in a snapshot: indexes into the store's dataset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Gate {
    Quote(usize),
    Topic(usize),
    /// A topic summary: `None` the main one (latest briefing), `Some(k)` an earlier one.
    Summary(usize, Option<usize>),
    Stance(usize, usize, usize),
    Event(usize),
    Figure(usize),
    Actor(usize),
    Source(usize),
    DisputeClaim(usize, usize),
    Term(usize),
    Commitment(usize),
    Numbers(usize),
}

/// Builds entries, folding their fields into one searchable string.
struct Builder {
    entries: Vec<Entry>,
}

impl Builder {
    /// Adds an entry. `extra` are searchable fields that are shown neither as title nor text.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        kind: Kind,
        targets: Vec<String>,
        title: String,
        text: String,
        date: Option<DateSpec>,
        extra: &[&str],
        gate: Gate,
    ) {
        let mut folded = String::with_capacity(title.len() + text.len() + 16);
        fold_into(&title, &mut folded);
        let title_len = folded.len();
        for field in std::iter::once(text.as_str()).chain(extra.iter().copied()) {
            if !field.trim().is_empty() {
                folded.push('\n');
                fold_into(field, &mut folded);
            }
        }
        self.entries.push(Entry {
            kind,
            targets,
            title,
            text,
            date,
            folded,
            title_len,
            gate,
        });
    }
}

/// Every searchable entry of the store, folded, in index order.
pub(super) fn collect(store: &Store) -> Vec<Entry> {
    let d = &store.dataset;
    let mut b = Builder {
        entries: Vec::new(),
    };
    let actor_name = |id: &str| store.actor(id).map_or(id.to_string(), |a| a.name.clone());
    for (ti, t) in d.topics.iter().enumerate() {
        b.add(
            Kind::Topic,
            vec![t.id.clone()],
            t.title.clone(),
            t.question.clone(),
            None,
            &[],
            Gate::Topic(ti),
        );
        b.add(
            Kind::Topic,
            vec![t.id.clone()],
            t.title.clone(),
            t.summary.clone(),
            None,
            &[],
            Gate::Summary(ti, None),
        );
        for (k, s) in t.earlier_summaries.iter().enumerate() {
            b.add(
                Kind::Topic,
                vec![t.id.clone()],
                t.title.clone(),
                s.text.clone(),
                Some(s.date),
                &[],
                Gate::Summary(ti, Some(k)),
            );
        }
        for (pi, p) in t.points.iter().enumerate() {
            for (si, s) in p.stances.iter().enumerate() {
                let party = store.side_name(&s.party);
                b.add(
                    Kind::Stance,
                    vec![t.id.clone(), p.id.clone(), s.party.clone()],
                    format!("{}: {} — {party}", t.title, p.aspect),
                    s.text.clone(),
                    Some(s.date),
                    &[],
                    Gate::Stance(ti, pi, si),
                );
            }
        }
    }
    for (i, q) in d.quotes.iter().enumerate() {
        let speaker = store.actor(&q.speaker);
        let name = speaker.map_or(q.speaker.as_str(), |a| a.name.as_str());
        let zh = speaker.and_then(|a| a.name_zh.as_deref()).unwrap_or("");
        let mut targets = vec![q.id.clone()];
        targets.extend(q.topics.first().cloned());
        b.add(
            Kind::Quote,
            targets,
            format!("{name} · {}", q.venue),
            q.text.clone(),
            Some(q.said),
            &[zh],
            Gate::Quote(i),
        );
    }
    for (i, e) in d.events.iter().enumerate() {
        b.add(
            Kind::Event,
            vec![e.id.clone()],
            e.title.clone(),
            e.summary.clone(),
            Some(e.date),
            &[],
            Gate::Event(i),
        );
    }
    for (i, f) in d.figures.iter().enumerate() {
        let mut text = f.formatted();
        if let Some(scope) = &f.scope {
            text.push_str(" — ");
            text.push_str(scope);
        }
        text.push_str(" · ");
        text.push_str(&f.date.human());
        b.add(
            Kind::Figure,
            vec![f.id.clone()],
            f.label.clone(),
            text,
            Some(f.date),
            &[],
            Gate::Figure(i),
        );
    }
    for (i, a) in d.actors.iter().enumerate() {
        let org = a.organisation.as_deref().map(actor_name);
        let text = [
            a.name_zh.as_deref(),
            Some(a.role.as_str()),
            org.as_deref(),
            Some(a.description.as_str()),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        b.add(
            Kind::Actor,
            vec![a.id.clone()],
            a.name.clone(),
            text,
            None,
            &[],
            Gate::Actor(i),
        );
    }
    for (i, s) in d.sources.iter().enumerate() {
        let mut text = store.outlet_name(s);
        if !s.authors.is_empty() {
            text.push_str(" · ");
            text.push_str(&s.authors.join(", "));
        }
        b.add(
            Kind::Source,
            vec![s.id.clone()],
            s.title.clone(),
            text,
            Some(s.published),
            &[],
            Gate::Source(i),
        );
    }
    for (i, x) in d.disputes.iter().enumerate() {
        for (j, c) in x.claims.iter().enumerate() {
            b.add(
                Kind::Dispute,
                vec![x.id.clone()],
                x.question.clone(),
                c.text.clone(),
                Some(c.date),
                &[],
                Gate::DisputeClaim(i, j),
            );
        }
    }
    for (i, g) in d.glossary.iter().enumerate() {
        // The definition, else the editor's note (marked as such): the snippet must never pass
        // outside knowledge off as the sources'.
        let text = match (&g.definition, &g.editor_note) {
            (def, _) if !def.trim().is_empty() => def.clone(),
            (_, Some(note)) => format!("Editor’s note — not from the sources: {note}"),
            _ => String::new(),
        };
        let names: Vec<&str> = g.aliases.iter().map(String::as_str).collect();
        b.add(
            Kind::Term,
            vec![g.id.clone()],
            g.term.clone(),
            text,
            None,
            &names,
            Gate::Term(i),
        );
    }
    for (i, c) in d.commitments.iter().enumerate() {
        let who = actor_name(&c.actor);
        let words = match c.quote.as_deref().and_then(|q| store.quote(q)) {
            Some(q) => q.text.as_str(),
            None => c.cites.first().map_or("", |x| x.excerpt.as_str()),
        };
        let deadline = c.deadline_words.as_deref().unwrap_or("");
        b.add(
            Kind::Commitment,
            vec![c.id.clone()],
            format!("{who} · {}", c.kind.label()),
            c.text.clone(),
            Some(c.said),
            &[words, deadline],
            Gate::Commitment(i),
        );
    }
    for (i, g) in d.number_groups.iter().enumerate() {
        let bases: Vec<&str> = g.figures.iter().map(|f| f.basis.as_str()).collect();
        b.add(
            Kind::Numbers,
            vec![g.id.clone()],
            g.quantity.clone(),
            g.note.clone(),
            None,
            &bases,
            Gate::Numbers(i),
        );
    }
    b.entries
}

/// Is an entry known in the snapshot? The snapshot must be of the store the index was
/// built from.
pub(super) fn known(snap: &Snapshot<'_>, gate: Gate) -> bool {
    let d = &snap.store.dataset;
    match gate {
        Gate::Quote(i) => d.quotes.get(i).is_some_and(|q| snap.quote_known(q)),
        Gate::Topic(i) => d.topics.get(i).is_some_and(|t| snap.topic_known(t)),
        Gate::Summary(i, k) => d.topics.get(i).is_some_and(|t| {
            snap.topic_known(t)
                && match k {
                    None => snap.is_latest(),
                    Some(k) => {
                        !snap.is_latest()
                            && t.earlier_summaries.get(k).is_some_and(|c| {
                                snap.summary(t).is_some_and(|s| std::ptr::eq(s, &*c.text))
                            })
                    }
                }
        }),
        Gate::Stance(t, p, s) => d.topics.get(t).is_some_and(|t| {
            snap.topic_known(t)
                && t.points
                    .get(p)
                    .and_then(|p| p.stances.get(s))
                    .is_some_and(|s| snap.stance_known(s))
        }),
        Gate::Event(i) => d.events.get(i).is_some_and(|e| snap.event_known(e)),
        Gate::Figure(i) => d.figures.get(i).is_some_and(|f| snap.figure_known(f)),
        Gate::Actor(i) => d.actors.get(i).is_some_and(|a| snap.cites_known(&a.cites)),
        Gate::Source(i) => d.sources.get(i).is_some_and(|s| snap.source_known(&s.id)),
        Gate::DisputeClaim(i, j) => d.disputes.get(i).is_some_and(|x| {
            x.claims.get(j).is_some_and(|c| {
                snap.dispute_claims(x)
                    .into_iter()
                    .any(|k| std::ptr::eq(k, c))
            })
        }),
        Gate::Term(i) => d.glossary.get(i).is_some_and(|g| snap.term_known(g)),
        Gate::Commitment(i) => d
            .commitments
            .get(i)
            .is_some_and(|c| snap.commitment_known(c)),
        // Shown as the numbers page shows it: two known figures and a known note.
        Gate::Numbers(i) => d.number_groups.get(i).is_some_and(|g| {
            snap.cites_known(&g.cites)
                && g.figures
                    .iter()
                    .filter(|f| {
                        snap.store
                            .figure(&f.figure)
                            .is_some_and(|f| snap.figure_known(f))
                    })
                    .count()
                    >= 2
        }),
    }
}
