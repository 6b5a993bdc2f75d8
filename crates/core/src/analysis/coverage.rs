//! Which source covers which topic, and whose voices each source carries: to spot topics that
//! rest on a single article and outlets that quote only one side.

use super::cited_places::for_each_citation;
use super::snapshot::Snapshot;
use crate::model::*;
use std::collections::{HashMap, HashSet};

/// Quotes a source carries from one side.
#[derive(Clone, Debug, PartialEq)]
pub struct Voices<'a> {
    /// A party id or `independent`.
    pub side: &'a str,
    /// Known quotes citing the source whose speaker is on this side.
    pub quotes: usize,
    /// Those speakers, in order of first quote in the dataset.
    pub speakers: Vec<&'a Actor>,
}

/// Sources × topics citation counts as of a snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage<'a> {
    /// Sources published by the snapshot day, in dataset order.
    pub sources: Vec<&'a Source>,
    /// Topics known by the snapshot, in dataset order.
    pub topics: Vec<&'a Topic>,
    /// `counts[t]`: for each source that cites on `topics[t]`, its position in `sources` and
    /// its citations made in places belonging to the topic, in source order. Sparse: most
    /// sources of a large dataset cite on few of its topics, and a sources × topics table
    /// grows with the square of the dataset.
    pub counts: Vec<Vec<(usize, usize)>>,
    /// Citations of each source over all known topics.
    totals: Vec<usize>,
    /// `voices[s]`: per side (the parties in order, then `independent`), the quotes
    /// `sources[s]` carries.
    pub voices: Vec<Vec<Voices<'a>>>,
    /// Position of each source in `sources`, by id.
    source_at: HashMap<&'a str, usize>,
    /// Position of each topic in `topics`, by id.
    topic_at: HashMap<&'a str, usize>,
}

/// Counts, for each known source and known topic, the citations of the source made in places
/// that belong to the topic (see [`super::cited_places::Place::topic`]), and the voices each
/// source quotes.
pub fn coverage<'a>(snap: &Snapshot<'a>) -> Coverage<'a> {
    let d = &snap.store.dataset;
    let sources = snap.sources();
    let topics = snap.topics();
    let mut cells: HashMap<(usize, usize), usize> = HashMap::new();
    // Positions by id: a linear search per citation is quadratic on large datasets.
    let source_at: HashMap<&'a str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let topic_at: HashMap<&'a str, usize> = topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for_each_citation(d, |p| {
        let Some(topic) = p.topic else { return };
        let s = source_at.get(p.citation.source.as_str()).copied();
        let t = topic_at.get(topic).copied();
        if let (Some(s), Some(t)) = (s, t) {
            *cells.entry((t, s)).or_default() += 1;
        }
    });
    let mut counts: Vec<Vec<(usize, usize)>> = vec![Vec::new(); topics.len()];
    let mut totals = vec![0; sources.len()];
    for ((t, s), n) in cells {
        counts[t].push((s, n));
        totals[s] += n;
    }
    for row in &mut counts {
        row.sort_unstable();
    }
    let sides: Vec<&'a str> = d
        .parties
        .iter()
        .map(|p| p.id.as_str())
        .chain([INDEPENDENT])
        .collect();
    // One pass over the quotes: scanning them all for each source is quadratic.
    let mut voices: Vec<Vec<Voices<'a>>> = sources
        .iter()
        .map(|_| {
            sides
                .iter()
                .map(|&side| Voices {
                    side,
                    quotes: 0,
                    speakers: Vec::new(),
                })
                .collect()
        })
        .collect();
    let mut heard: HashSet<(usize, &str)> = HashSet::new();
    let mut cited: Vec<usize> = Vec::new();
    for q in snap.all_quotes() {
        let Some(a) = snap.store.actor(&q.speaker) else {
            continue;
        };
        let Some(side) = sides.iter().position(|&x| x == a.side) else {
            continue;
        };
        // Each source the quote cites, once, in the order first cited.
        cited.clear();
        for c in &q.cites {
            if let Some(&s) = source_at.get(c.source.as_str()) {
                if !cited.contains(&s) {
                    cited.push(s);
                }
            }
        }
        for &s in &cited {
            let slot = &mut voices[s][side];
            slot.quotes += 1;
            if heard.insert((s, a.id.as_str())) {
                slot.speakers.push(a);
            }
        }
    }
    Coverage {
        sources,
        topics,
        counts,
        totals,
        voices,
        source_at,
        topic_at,
    }
}

impl<'a> Coverage<'a> {
    fn source_index(&self, id: &str) -> Option<usize> {
        self.source_at.get(id).copied()
    }

    fn topic_index(&self, id: &str) -> Option<usize> {
        self.topic_at.get(id).copied()
    }

    /// Citations of one source on one topic (0 when either is unknown).
    pub fn count(&self, source: &str, topic: &str) -> usize {
        match (self.source_index(source), self.topic_index(topic)) {
            (Some(s), Some(t)) => self.counts[t]
                .binary_search_by_key(&s, |&(i, _)| i)
                .map_or(0, |i| self.counts[t][i].1),
            _ => 0,
        }
    }

    /// Sources that cite at least once on a topic, in dataset order.
    pub fn sources_on(&self, topic: &str) -> Vec<&'a Source> {
        let Some(t) = self.topic_index(topic) else {
            return Vec::new();
        };
        self.counts[t]
            .iter()
            .map(|&(s, _)| self.sources[s])
            .collect()
    }

    /// Every known topic with the sources covering it.
    pub fn by_topic(&self) -> Vec<(&'a Topic, Vec<&'a Source>)> {
        self.topics
            .iter()
            .map(|t| (*t, self.sources_on(&t.id)))
            .collect()
    }

    /// Topics covered by exactly one source, with that source.
    pub fn blindspots(&self) -> Vec<(&'a Topic, &'a Source)> {
        self.by_topic()
            .into_iter()
            .filter_map(|(t, s)| (s.len() == 1).then(|| (t, s[0])))
            .collect()
    }

    /// The voices a source quotes, per side (empty when the source is unknown).
    pub fn voices(&self, source: &str) -> &[Voices<'a>] {
        self.source_index(source)
            .map_or(&[], |s| self.voices[s].as_slice())
    }

    /// Total citations of a source over all known topics.
    pub fn source_total(&self, source: &str) -> usize {
        self.source_index(source).map_or(0, |s| self.totals[s])
    }
}

#[cfg(test)]
mod tests;
