//! Instant search over everything a briefing shows: quotes, topics and positions, events,
//! figures, people and bodies, sources, disputes and glossary terms.
//!
//! [`SearchIndex::new`] folds every searchable text once per store (see [`fold::fold`])
//! and indexes its words; [`SearchIndex::search`] then finds the matching entries through the
//! word index, ranks them, and checks "as of" knowledge for the best ones only, so results
//! never show what a snapshot could not know.
//!
//! By concern: [`fold`] (case, accents, highlight ranges), `entries` (what is searchable and
//! when a snapshot knows it), `tokens` (word runs), `bitset` (sets of entries), `snippet`
//! (the text cut around a match); ranking and the word index here.

mod bitset;
mod entries;
pub mod fold;
mod snippet;
mod tokens;

#[cfg(test)]
mod tests;

use super::snapshot::Snapshot;
use crate::model::*;
use bitset::Bits;
use entries::Gate;
use fold::{highlight_ranges, query_terms};
use snippet::snippet;
use std::collections::{BTreeSet, HashMap};
use tokens::{at_word_start, class, word_runs, Class};

/// What a search entry points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A quote.
    Quote,
    /// A topic: its title and question, or its summary.
    Topic,
    /// One party's position on one point of a topic.
    Stance,
    /// An event.
    Event,
    /// A figure.
    Figure,
    /// A person or body.
    Actor,
    /// A source.
    Source,
    /// One account of a contested claim.
    Dispute,
    /// A glossary term: its names and definition.
    Term,
    /// A commitment, prediction or threat of the ledger.
    Commitment,
    /// A group of numbers that disagree.
    Numbers,
}

impl Kind {
    /// Label for result lists.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Quote => "Quote",
            Kind::Topic => "Topic",
            Kind::Stance => "Position",
            Kind::Event => "Event",
            Kind::Figure => "Figure",
            Kind::Actor => "Person or body",
            Kind::Source => "Source",
            Kind::Dispute => "Contested claim",
            Kind::Term => "Glossary term",
            Kind::Commitment => "Commitment",
            Kind::Numbers => "Numbers that disagree",
        }
    }

    /// Ranking weight, higher first: topic > term > actor > quote > stance > event > figure >
    /// dispute > source. At most 15 (four bits of the rank key).
    fn weight(self) -> u8 {
        match self {
            Kind::Topic => 8,
            Kind::Term => 7,
            Kind::Actor => 6,
            Kind::Quote => 5,
            Kind::Stance => 4,
            Kind::Event => 3,
            Kind::Figure => 2,
            Kind::Dispute => 1,
            Kind::Commitment => 3,
            Kind::Numbers => 1,
            Kind::Source => 0,
        }
    }
}

/// One searchable item.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// What the entry points at.
    pub kind: Kind,
    /// What the entry links to, by kind: quote → `[quote, first topic]`; topic → `[topic]`;
    /// stance → `[topic, point, party]`; event, figure, actor, source, dispute, term,
    /// commitment, number group → `[id]`.
    pub targets: Vec<String>,
    /// Title to show.
    pub title: String,
    /// Text to show; the snippet is cut from it.
    pub text: String,
    /// When the item is dated, for ranking newer first.
    pub date: Option<DateSpec>,
    /// Folded title, then the folded text and any other searchable fields, separated by `\n`.
    pub folded: String,
    /// Length of the folded title at the start of `folded`.
    title_len: usize,
    gate: Gate,
}

/// Everything searchable in a store, folded once, with a word index over the folded texts.
///
/// A term made only of letters and digits lies within one word of the text, so the entries
/// holding it are those of the words that contain it: the vocabulary is scanned instead of
/// every text. Other terms ("us-china", "582.4") are checked against the texts of the entries
/// that hold each of their word parts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Distinct words of all folded texts (see [`word_runs`]), each followed by `\n`, so
    /// that one scan finds every word holding a term.
    vocabulary: String,
    /// Byte offset of each word in `vocabulary`.
    word_offsets: Vec<u32>,
    /// For each word, the entries holding it, ascending; [`IN_TITLE`] set when it is (also)
    /// in the entry's title.
    postings: Vec<Vec<u32>>,
    /// For each entry, the rank of its date among all dates (0: undated), for fast ordering.
    date_ranks: Vec<u32>,
}

/// Flag on a posting: the word occurs in the entry's title.
const IN_TITLE: u32 = 1 << 31;

/// The entries matching one term: anywhere, at a word start, within the title.
struct TermSets {
    any: Bits,
    word_start: Bits,
    title: Bits,
}

/// The ranking of a match packed into one number, greater first: exact phrase, every term at
/// a word start, every term in the title, kind weight, date rank; then lower entry index.
fn rank_key(phrase: bool, starts: bool, title: bool, kind: Kind, date_rank: u32, i: usize) -> u64 {
    let flags = (u64::from(phrase) << 2) | (u64::from(starts) << 1) | u64::from(title);
    let date = u64::from(date_rank.min((1 << 25) - 1));
    let rank = (flags << 29) | (u64::from(kind.weight()) << 25) | date;
    (rank << 32) | u64::from(u32::MAX - i as u32)
}

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit<'i> {
    /// Position of the entry in [`SearchIndex::entries`].
    pub entry: usize,
    /// What the hit points at.
    pub kind: Kind,
    /// See [`Entry::targets`].
    pub targets: &'i [String],
    /// Title to show.
    pub title: &'i str,
    /// When the item is dated.
    pub date: Option<DateSpec>,
    /// About 160 characters of the entry's text around the first match, with "…" where cut.
    pub snippet: String,
    /// Byte ranges of `title` to mark.
    pub title_ranges: Vec<(usize, usize)>,
    /// Byte ranges of `snippet` to mark.
    pub snippet_ranges: Vec<(usize, usize)>,
}

impl SearchIndex {
    /// Folds every searchable text of the store once. Build it once per store.
    pub fn new(store: &Store) -> SearchIndex {
        SearchIndex::with_entries(entries::collect(store))
    }

    /// Builds the word index and date ranks over finished entries.
    fn with_entries(entries: Vec<Entry>) -> SearchIndex {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut words: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut seen: Vec<(u32, bool)> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            seen.clear();
            word_runs(&e.folded, |start, w| {
                let id = match ids.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = words.len() as u32;
                        ids.insert(w.to_string(), id);
                        words.push(w.to_string());
                        postings.push(Vec::new());
                        id
                    }
                };
                seen.push((id, start < e.title_len));
            });
            // One posting per word, flagged when any occurrence is in the title.
            seen.sort_unstable_by_key(|&(id, t)| (id, !t));
            seen.dedup_by_key(|x| x.0);
            for &(id, in_title) in &seen {
                let flag = if in_title { IN_TITLE } else { 0 };
                postings[id as usize].push(i as u32 | flag);
            }
        }
        let mut dates: Vec<DateSpec> = entries.iter().filter_map(|e| e.date).collect();
        dates.sort_unstable();
        dates.dedup();
        let date_ranks = entries
            .iter()
            .map(|e| {
                e.date
                    .map_or(0, |d| dates.binary_search(&d).map_or(0, |k| k as u32 + 1))
            })
            .collect();
        let mut vocabulary = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
        let mut word_offsets = Vec::with_capacity(words.len());
        for w in &words {
            word_offsets.push(vocabulary.len() as u32);
            vocabulary.push_str(w);
            vocabulary.push('\n');
        }
        SearchIndex {
            entries,
            vocabulary,
            word_offsets,
            postings,
            date_ranks,
        }
    }

    /// The entries holding `term` anywhere, at a word start, and in the title.
    fn term_sets(&self, term: &str) -> TermSets {
        let n = self.entries.len();
        let mut sets = TermSets {
            any: Bits::new(n),
            word_start: Bits::new(n),
            title: Bits::new(n),
        };
        let mut chars = term.chars().map(class);
        let first = chars.next().unwrap_or(Class::Separator);
        if first != Class::Separator && chars.all(|k| k == first) {
            // Within one word: look the term up in the vocabulary, one pass for all words.
            let mut found: Vec<(usize, bool)> = Vec::new();
            for (p, _) in self.vocabulary.match_indices(term) {
                let w = self.word_offsets.partition_point(|&o| o as usize <= p) - 1;
                let starts = p == self.word_offsets[w] as usize || first == Class::Cjk;
                match found.last_mut() {
                    Some(last) if last.0 == w => last.1 |= starts,
                    _ => found.push((w, starts)),
                }
            }
            for (w, starts) in found {
                for &e in &self.postings[w] {
                    let i = (e & !IN_TITLE) as usize;
                    sets.any.set(i);
                    if starts {
                        sets.word_start.set(i);
                    }
                    if e & IN_TITLE != 0 {
                        sets.title.set(i);
                    }
                }
            }
            return sets;
        }
        // Across words: only entries holding every word part can match; check their texts.
        let mut candidates = Bits::full(n);
        word_runs(term, |_, part| candidates.and(&self.term_sets(part).any));
        for i in candidates.ones() {
            let e = &self.entries[i];
            if e.folded.contains(term) {
                sets.any.set(i);
                if at_word_start(&e.folded, term) {
                    sets.word_start.set(i);
                }
                if e.folded[..e.title_len].contains(term) {
                    sets.title.set(i);
                }
            }
        }
        sets
    }

    /// All entries, in index order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Finds entries known in `snap` that contain every term of `query` (folded, anywhere in
    /// a word), best first, at most `limit`, one hit per item (kind and targets).
    ///
    /// Ranking: the exact phrase > every term at a word start > every term in the title >
    /// kind (topic > term > actor > quote > stance > event > figure > dispute > source) > newer
    /// date; ties keep index order. An empty query finds nothing.
    pub fn search<'i>(&'i self, snap: &Snapshot<'_>, query: &str, limit: usize) -> Vec<Hit<'i>> {
        let terms = query_terms(query);
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut sets = terms.iter().map(|t| self.term_sets(t));
        let Some(mut all) = sets.next() else {
            return Vec::new();
        };
        for t in sets {
            all.any.and(&t.any);
            all.word_start.and(&t.word_start);
            all.title.and(&t.title);
        }
        let phrase = terms.join(" ");
        let mut matches: Vec<u64> = all
            .any
            .ones()
            .map(|i| {
                let e = &self.entries[i];
                rank_key(
                    terms.len() == 1 || e.folded.contains(phrase.as_str()),
                    all.word_start.get(i),
                    all.title.get(i),
                    e.kind,
                    self.date_ranks[i],
                    i,
                )
            })
            .collect();
        matches.sort_unstable_by(|a, b| b.cmp(a));
        let mut seen: BTreeSet<(Kind, &[String])> = BTreeSet::new();
        let mut hits = Vec::new();
        for key in matches {
            let i = (u32::MAX - key as u32) as usize;
            let e = &self.entries[i];
            if !entries::known(snap, e.gate) || !seen.insert((e.kind, &e.targets)) {
                continue;
            }
            let (snippet, snippet_ranges) = snippet(&e.text, &terms);
            hits.push(Hit {
                entry: i,
                kind: e.kind,
                targets: &e.targets,
                title: &e.title,
                date: e.date,
                snippet,
                title_ranges: highlight_ranges(&e.title, &terms),
                snippet_ranges,
            });
            if hits.len() == limit {
                break;
            }
        }
        hits
    }
}
