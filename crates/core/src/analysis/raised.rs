//! Who raised what: for each topic, whose voices speak in its items, derived from the data and
//! never entered by hand.
//!
//! The one question asked of the data is [`voices_on`]: "who speaks in the items of a topic".
//! A voice is read from a quote's speaker (and the actor's `side`), an analysis's analyst, a
//! commitment's actor, and, for a stance no quote backs, from the voices its citations carry
//! ([`voice_of_citation`], the one place that reads a citation's `voice`).

use super::cited_places::for_each_citation;
use super::snapshot::Snapshot;
use crate::model::*;
use std::collections::HashMap;

/// Whose voice an item carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoiceOf<'a> {
    /// A person or body of a party (the party id).
    Party(&'a str),
    /// An analyst, third country or other outlet quoted (side `independent`).
    Independent,
    /// The reporting outlet itself (the source id): its own account, no one quoted.
    Outlet(&'a str),
}

/// The item a voice speaks in, to link to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum VoiceItem<'a> {
    /// A quote.
    Quote(&'a Quote),
    /// A party's stance on a point (the point's id).
    Stance(&'a Point, &'a Stance),
    /// An analyst's reading.
    Analysis(&'a Analysis),
    /// A commitment.
    Commitment(&'a Commitment),
}

/// One voice in one item of a topic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Voice<'a> {
    /// Whose voice.
    pub of: VoiceOf<'a>,
    /// Who speaks, when an actor does.
    pub actor: Option<&'a Actor>,
    /// Where.
    pub item: VoiceItem<'a>,
}

/// The voices a citation carries (`Citation::voice`): an actor's (by its side), a party's, both
/// parties' (a joint act: each party's voice), or the outlet's own reading (also when the
/// citation names none), with the actor when one speaks.
pub fn voice_of_citation<'a>(
    store: &'a Store,
    c: &'a Citation,
) -> Vec<(VoiceOf<'a>, Option<&'a Actor>)> {
    match c.voice.as_deref() {
        None | Some(OUTLET) => vec![(VoiceOf::Outlet(&c.source), None)],
        Some(BOTH) => store
            .dataset
            .parties
            .iter()
            .map(|p| (VoiceOf::Party(p.id.as_str()), None))
            .collect(),
        Some(id) => match store.party(id) {
            Some(p) => vec![(VoiceOf::Party(p.id.as_str()), None)],
            None => vec![actor_voice(store, id)],
        },
    }
}

fn actor_voice<'a>(store: &'a Store, actor: &str) -> (VoiceOf<'a>, Option<&'a Actor>) {
    match store.actor(actor) {
        Some(a) if store.party(&a.side).is_some() => (VoiceOf::Party(&a.side), Some(a)),
        Some(a) => (VoiceOf::Independent, Some(a)),
        None => (VoiceOf::Independent, None),
    }
}

/// Every voice in the known items of a topic, as of the snapshot: its quotes, its stances
/// (through their quotes, or their citations when no quote backs them), its analyses, and the
/// commitments on it (`commitments`: the known commitments on this topic). Linear in the
/// topic's items.
pub fn voices_on<'a>(
    snap: &Snapshot<'a>,
    topic: &'a Topic,
    commitments: &[&'a Commitment],
) -> Vec<Voice<'a>> {
    let store = snap.store;
    let mut out = Vec::new();
    for q in snap.quotes_on(&topic.id) {
        let (of, actor) = actor_voice(store, &q.speaker);
        out.push(Voice {
            of,
            actor,
            item: VoiceItem::Quote(q),
        });
    }
    for p in &topic.points {
        for s in &p.stances {
            if s.silent || !snap.stance_known(s) {
                continue;
            }
            let quotes = snap.quotes(&s.quotes);
            if quotes.is_empty() {
                for c in snap.known_cites(&s.cites) {
                    for (of, actor) in voice_of_citation(store, c) {
                        out.push(Voice {
                            of,
                            actor,
                            item: VoiceItem::Stance(p, s),
                        });
                    }
                }
            } else {
                for q in quotes {
                    let (of, actor) = actor_voice(store, &q.speaker);
                    out.push(Voice {
                        of,
                        actor,
                        item: VoiceItem::Stance(p, s),
                    });
                }
            }
        }
    }
    for a in topic.analysis.iter().filter(|a| snap.analysis_known(a)) {
        let (of, actor) = actor_voice(store, &a.actor);
        out.push(Voice {
            of,
            actor,
            item: VoiceItem::Analysis(a),
        });
    }
    for c in commitments {
        let (of, actor) = actor_voice(store, &c.actor);
        out.push(Voice {
            of,
            actor,
            item: VoiceItem::Commitment(c),
        });
    }
    out
}

/// How a party figures in a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Raised {
    /// The party's own people or bodies speak on it (quotes, commitments).
    OwnVoice,
    /// The party's position is known only from outlets' reporting, or analysts', not its own
    /// words.
    Reported,
    /// Nothing from the party.
    Neither,
}

impl Raised {
    /// Label for readers.
    pub fn label(self) -> &'static str {
        match self {
            Raised::OwnVoice => "Own voices",
            Raised::Reported => "Only as reported",
            Raised::Neither => "Not raised",
        }
    }
    /// CSS class suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Raised::OwnVoice => "own",
            Raised::Reported => "reported",
            Raised::Neither => "neither",
        }
    }
}

/// How a topic was raised overall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaisedBy {
    /// Each party's own voices.
    BothParties,
    /// One party's own voices only (its id).
    OneParty(usize),
    /// No party's own voice: only analysts or outlets.
    OnlyOthers,
    /// No voice at all.
    Nobody,
}

/// One topic's row: a cell per party (in the dataset's order) and the others' voices.
#[derive(Clone, Debug, PartialEq)]
pub struct RaisedRow<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Per party: how it figures, and its voices in the topic's items.
    pub parties: Vec<(Raised, Vec<Voice<'a>>)>,
    /// Analysts and other independent voices.
    pub independent: Vec<Voice<'a>>,
    /// The outlets' own reporting (stances resting on no quote).
    pub outlets: Vec<Voice<'a>>,
    /// Overall.
    pub by: RaisedBy,
}

/// Classifies one topic's voices (see [`voices_on`]) into a row.
pub fn raised_row<'a>(
    parties: &[Party],
    topic: &'a Topic,
    voices: Vec<Voice<'a>>,
) -> RaisedRow<'a> {
    let mut per: Vec<Vec<Voice<'a>>> = vec![Vec::new(); parties.len()];
    let mut reported = vec![false; parties.len()];
    let mut independent = Vec::new();
    let mut outlets = Vec::new();
    for v in voices {
        match v.of {
            VoiceOf::Party(side) => {
                if let Some(i) = parties.iter().position(|p| p.id == side) {
                    per[i].push(v);
                }
            }
            VoiceOf::Independent => independent.push(v),
            VoiceOf::Outlet(_) => {
                if let VoiceItem::Stance(_, s) = v.item {
                    if let Some(i) = parties.iter().position(|p| p.id == s.party) {
                        reported[i] = true;
                    }
                }
                outlets.push(v);
            }
        }
    }
    let cells: Vec<(Raised, Vec<Voice<'a>>)> = per
        .into_iter()
        .zip(reported)
        .map(|(v, rep)| {
            let r = if !v.is_empty() {
                Raised::OwnVoice
            } else if rep {
                Raised::Reported
            } else {
                Raised::Neither
            };
            (r, v)
        })
        .collect();
    let own: Vec<usize> = cells
        .iter()
        .enumerate()
        .filter(|(_, (r, _))| *r == Raised::OwnVoice)
        .map(|(i, _)| i)
        .collect();
    let by = match own.as_slice() {
        [_, _, ..] => RaisedBy::BothParties,
        [i] => RaisedBy::OneParty(*i),
        [] if !independent.is_empty() || !outlets.is_empty() => RaisedBy::OnlyOthers,
        [] => RaisedBy::Nobody,
    };
    RaisedRow {
        topic,
        parties: cells,
        independent,
        outlets,
        by,
    }
}

/// Whose voices one source's reporting carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceVoices<'a> {
    /// The source.
    pub source: &'a Source,
    /// Known quotes it prints, per party (in the dataset's order).
    pub parties: Vec<usize>,
    /// Known quotes it prints from independent voices.
    pub independent: usize,
    /// Its cited passages outside quotes: the outlet's own reporting (paraphrase included,
    /// until citations carry their voice).
    pub outlet: usize,
}

/// For each source published by the snapshot day: whose voices its reporting carries. One
/// pass over the quotes and one over the citations.
pub fn source_voices<'a>(snap: &Snapshot<'a>) -> Vec<SourceVoices<'a>> {
    let store = snap.store;
    let d = &store.dataset;
    let sources = snap.sources();
    let at: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut out: Vec<SourceVoices<'a>> = sources
        .iter()
        .map(|s| SourceVoices {
            source: s,
            parties: vec![0; d.parties.len()],
            independent: 0,
            outlet: 0,
        })
        .collect();
    let mut seen: Vec<usize> = Vec::new();
    for q in snap.all_quotes() {
        let party = store
            .actor(&q.speaker)
            .and_then(|a| d.parties.iter().position(|p| p.id == a.side));
        seen.clear();
        for c in &q.cites {
            if let Some(&s) = at.get(c.source.as_str()) {
                if !seen.contains(&s) {
                    seen.push(s);
                    match party {
                        Some(p) => out[s].parties[p] += 1,
                        None => out[s].independent += 1,
                    }
                }
            }
        }
    }
    for_each_citation(d, |p| {
        if p.kind == super::cited_places::PlaceKind::Quote {
            return;
        }
        if let Some(&s) = at.get(p.citation.source.as_str()) {
            out[s].outlet += 1;
        }
    });
    out
}

/// The whole matrix as of a snapshot: one row per known topic, in dataset order. Linear: the
/// known commitments are grouped by topic once.
pub fn raised_matrix<'a>(snap: &Snapshot<'a>) -> Vec<RaisedRow<'a>> {
    let mut by_topic: HashMap<&'a str, Vec<&'a Commitment>> = HashMap::new();
    for c in snap.commitments() {
        for t in &c.topics {
            by_topic.entry(t.as_str()).or_default().push(c);
        }
    }
    snap.topics()
        .into_iter()
        .map(|t| {
            let cs = by_topic.get(t.id.as_str()).map_or(&[][..], Vec::as_slice);
            raised_row(&snap.store.dataset.parties, t, voices_on(snap, t, cs))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_is_derived_from_speakers_and_sides() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let rows = raised_matrix(&snap);
        assert_eq!(rows.len(), snap.topics().len());
        for r in &rows {
            for (i, (raised, voices)) in r.parties.iter().enumerate() {
                let party = &store.dataset.parties[i].id;
                assert_eq!(*raised == Raised::OwnVoice, !voices.is_empty());
                for v in voices {
                    assert_eq!(v.of, VoiceOf::Party(party));
                    // A party's act or statement reported without a speaker has no actor.
                    if let Some(a) = v.actor {
                        assert_eq!(&a.side, party);
                    }
                }
            }
            for v in &r.independent {
                assert!(store.party(&v.actor.unwrap().side).is_none());
            }
        }
        // Fentanyl: Trump speaks on it; Beijing's side is not quoted.
        let fentanyl = rows.iter().find(|r| r.topic.id == "fentanyl").unwrap();
        assert_eq!(fentanyl.parties[0].0, Raised::OwnVoice);
        assert_ne!(fentanyl.parties[1].0, Raised::OwnVoice);
        assert_eq!(fentanyl.by, RaisedBy::OneParty(0));
        // Tariffs: both sides speak.
        let tariffs = rows.iter().find(|r| r.topic.id == "tariffs").unwrap();
        assert_eq!(tariffs.by, RaisedBy::BothParties);
    }

    #[test]
    fn a_topic_only_outlets_speak_on_is_only_others() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = &store.dataset.topics[0];
        let p = &t.points[0];
        let s = p.stances.iter().find(|s| !s.silent).unwrap();
        let v = vec![Voice {
            of: VoiceOf::Outlet("kyodo-2025-05-07"),
            actor: None,
            item: VoiceItem::Stance(p, s),
        }];
        let row = raised_row(&store.dataset.parties, t, v);
        assert_eq!(row.by, RaisedBy::OnlyOthers);
        let i = store
            .dataset
            .parties
            .iter()
            .position(|x| x.id == s.party)
            .unwrap();
        assert_eq!(row.parties[i].0, Raised::Reported);
        assert_eq!(
            raised_row(&store.dataset.parties, t, vec![]).by,
            RaisedBy::Nobody
        );
        let _ = snap;
    }

    #[test]
    fn each_source_counts_its_quotes_by_side_and_its_own_reporting() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let rows = source_voices(&snap);
        assert_eq!(rows.len(), snap.sources().len());
        let quotes: usize = rows
            .iter()
            .map(|r| r.parties.iter().sum::<usize>() + r.independent)
            .sum();
        // Each quote counts once per source it cites.
        let expect: usize = snap
            .all_quotes()
            .iter()
            .map(|q| {
                let mut s: Vec<&str> = q.cites.iter().map(|c| c.source.as_str()).collect();
                s.sort();
                s.dedup();
                s.len()
            })
            .sum();
        assert_eq!(quotes, expect);
        assert!(rows.iter().all(|r| r.outlet > 0));
    }
}
