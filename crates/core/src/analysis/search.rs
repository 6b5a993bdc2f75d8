//! Instant search over everything a briefing shows: quotes, topics and positions, events,
//! figures, people and bodies, sources and disputes.
//!
//! [`SearchIndex::new`] folds every searchable text once per store (see [`super::text::fold`])
//! and indexes its words; [`SearchIndex::search`] then finds the matching entries through the
//! word index, ranks them, and checks "as of" knowledge for the best ones only, so results
//! never show what a snapshot could not know.

use super::snapshot::Snapshot;
use super::text::{fold_into, highlight_ranges, query_terms};
use crate::model::*;
use std::collections::{BTreeSet, HashMap};

/// What a search entry points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Quote,
    /// A topic: its title and question, or its summary.
    Topic,
    /// One party's position on one point of a topic.
    Stance,
    Event,
    Figure,
    Actor,
    Source,
    Dispute,
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
        }
    }

    /// Ranking weight, higher first: topic > actor > quote > stance > event > figure >
    /// dispute > source.
    fn weight(self) -> u8 {
        match self {
            Kind::Topic => 7,
            Kind::Actor => 6,
            Kind::Quote => 5,
            Kind::Stance => 4,
            Kind::Event => 3,
            Kind::Figure => 2,
            Kind::Dispute => 1,
            Kind::Source => 0,
        }
    }
}

/// How to tell whether an entry is known in a snapshot: indexes into the store's dataset.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gate {
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
}

/// One searchable item.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    /// What the entry links to, by kind: quote → `[quote, first topic]`; topic → `[topic]`;
    /// stance → `[topic, point, party]`; event, figure, actor, source, dispute → `[id]`.
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

/// A set of entry positions.
#[derive(Clone, Debug, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn full(n: usize) -> Bits {
        let mut b = Bits(vec![u64::MAX; n.div_ceil(64)]);
        if !n.is_multiple_of(64) {
            if let Some(last) = b.0.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        b
    }
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn and(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }
    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(k, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    k * 64 + bit
                })
            })
        })
    }
}

/// The entries matching one term: anywhere, at a word start, within the title.
struct TermSets {
    any: Bits,
    word_start: Bits,
    title: Bits,
}

/// Character classes for splitting words: letters and digits, Chinese characters, others.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Separator,
    Word,
    Cjk,
}

fn class(c: char) -> Class {
    if is_cjk(c) && c.is_alphanumeric() {
        Class::Cjk
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Separator
    }
}

/// Calls `f(start, run)` for every maximal run of letters and digits, and every maximal run of
/// Chinese characters, in `s`.
fn word_runs(s: &str, mut f: impl FnMut(usize, &str)) {
    let mut start = 0;
    let mut cur = Class::Separator;
    for (i, c) in s.char_indices() {
        let k = class(c);
        if k != cur {
            if cur != Class::Separator {
                f(start, &s[start..i]);
            }
            start = i;
            cur = k;
        }
    }
    if cur != Class::Separator {
        f(start, &s[start..]);
    }
}

/// The ranking of a match packed into one number, greater first: exact phrase, every term at
/// a word start, every term in the title, kind weight, date rank; then lower entry index.
fn rank_key(phrase: bool, starts: bool, title: bool, kind: Kind, date_rank: u32, i: usize) -> u64 {
    let flags = (u64::from(phrase) << 2) | (u64::from(starts) << 1) | u64::from(title);
    let date = u64::from(date_rank.min((1 << 26) - 1));
    let rank = (flags << 29) | (u64::from(kind.weight()) << 26) | date;
    (rank << 32) | u64::from(u32::MAX - i as u32)
}

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit<'i> {
    /// Position of the entry in [`SearchIndex::entries`].
    pub entry: usize,
    pub kind: Kind,
    /// See [`Entry::targets`].
    pub targets: &'i [String],
    pub title: &'i str,
    pub date: Option<DateSpec>,
    /// About 160 characters of the entry's text around the first match, with "…" where cut.
    pub snippet: String,
    /// Byte ranges of `title` to mark.
    pub title_ranges: Vec<(usize, usize)>,
    /// Byte ranges of `snippet` to mark.
    pub snippet_ranges: Vec<(usize, usize)>,
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

/// Does `term` occur in `hay` at the start of a word (or is it Chinese, which has no spaces)?
fn at_word_start(hay: &str, term: &str) -> bool {
    if term.chars().next().is_some_and(is_cjk) {
        return hay.contains(term);
    }
    hay.match_indices(term).any(|(p, _)| {
        hay[..p]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() || is_cjk(c))
    })
}

/// CJK ideographs and punctuation: no word boundaries in running text.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}' | '\u{20000}'..='\u{2ffff}')
}

/// Length of the snippet cut from a long text, in characters.
const SNIPPET_CHARS: usize = 160;
/// Characters of context kept before the first match.
const SNIPPET_LEAD: usize = 50;

/// Cuts about [`SNIPPET_CHARS`] characters of `text` around its first match, on word
/// boundaries where possible, with "…" where cut; returns it with its highlight ranges.
fn snippet(text: &str, terms: &[String]) -> (String, Vec<(usize, usize)>) {
    let ranges = highlight_ranges(text, terms);
    if text.chars().count() <= SNIPPET_CHARS {
        return (text.to_string(), ranges);
    }
    let (anchor, anchor_end) = ranges.first().copied().unwrap_or((0, 0));
    // Back up SNIPPET_LEAD characters, then forward to a word start when one is near.
    let mut start = text[..anchor]
        .char_indices()
        .rev()
        .nth(SNIPPET_LEAD - 1)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(sp) = text[start..anchor].find(' ') {
            if text[start..start + sp].chars().count() < 15 {
                start += sp + 1;
            }
        }
    }
    let mut end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        if let Some(sp) = text[start..end].rfind(' ') {
            if start + sp >= anchor_end && text[start + sp..end].chars().count() < 20 {
                end = start + sp;
            }
        }
    }
    let lead = if start > 0 { "…" } else { "" };
    let mut out = String::with_capacity(end - start + 8);
    out.push_str(lead);
    out.push_str(text[start..end].trim_end());
    let body_end = lead.len() + text[start..end].trim_end().len();
    if end < text.len() {
        out.push('…');
    }
    let shift = |x: usize| x - start + lead.len();
    let ranges = ranges
        .into_iter()
        .filter(|&(a, b)| b > start && a < end)
        .map(|(a, b)| (shift(a.max(start)), shift(b.min(end)).min(body_end)))
        .filter(|(a, b)| a < b)
        .collect();
    (out, ranges)
}

impl SearchIndex {
    /// Folds every searchable text of the store once. Build it once per store.
    pub fn new(store: &Store) -> SearchIndex {
        let d = &store.data;
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
            let mut text = f.unit.format(f.value);
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
        SearchIndex::with_entries(b.entries)
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

    /// Is an entry known in the snapshot? The snapshot must be of the store the index was
    /// built from.
    fn known(snap: &Snapshot<'_>, gate: Gate) -> bool {
        let d = &snap.store.data;
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
        }
    }

    /// Finds entries known in `snap` that contain every term of `query` (folded, anywhere in
    /// a word), best first, at most `limit`, one hit per item (kind and targets).
    ///
    /// Ranking: the exact phrase > every term at a word start > every term in the title >
    /// kind (topic > actor > quote > stance > event > figure > dispute > source) > newer
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
            if !Self::known(snap, e.gate) || !seen.insert((e.kind, &e.targets)) {
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

/// The embedded dataset cloned `times` times for load tests: copy 0 keeps its ids, copy `n`
/// has every id suffixed `-x{n}` and every reference rewritten to match, so the result still
/// validates. Parties and briefings are not copied (a briefing compares exactly two parties);
/// measures are left as they are.
#[doc(hidden)]
pub fn synthetic_store(times: usize) -> Store {
    let base = embedded();
    let d = &base.data;
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
                    excerpt: c.excerpt.clone(),
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
    }
    Store::new(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn latest(store: &Store) -> Snapshot<'_> {
        Snapshot::of_briefing(store, None).unwrap()
    }

    fn first_targets(index: &SearchIndex, snap: &Snapshot<'_>, q: &str) -> (Kind, Vec<String>) {
        let hits = index.search(snap, q, 10);
        let h = hits.first().unwrap_or_else(|| panic!("no hit for {q:?}"));
        (h.kind, h.targets.to_vec())
    }

    #[test]
    fn fentanyl_ranks_the_fentanyl_topic_first() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        assert_eq!(
            first_targets(&index, &snap, "fentanyl"),
            (Kind::Topic, vec!["fentanyl".to_string()])
        );
        let hits = index.search(&snap, "fentanyl", 50);
        // One hit per item: the topic's title and summary entries collapse into one.
        assert_eq!(
            hits.iter()
                .filter(|h| h.kind == Kind::Topic && h.targets == ["fentanyl"])
                .count(),
            1
        );
        // The first-term agreement event and Trump's quote are found too.
        assert!(hits
            .iter()
            .any(|h| h.targets.first().map(String::as_str)
                == Some("ev-first-term-fentanyl-agreement")));
        assert!(hits
            .iter()
            .any(|h| h.kind == Kind::Quote && h.targets[0] == "q-trump-stop-fentanyl"));
        let h = &hits[0];
        assert_eq!(h.title, "Fentanyl");
        assert_eq!(h.title_ranges, [(0, 8)]);
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        for q in ["BESSENT", "bessént", "Scott  Bessent"] {
            assert_eq!(
                first_targets(&index, &snap, q),
                (Kind::Actor, vec!["scott-bessent".to_string()]),
                "{q}"
            );
        }
        let hits = index.search(&snap, "BESSÉNT", 100);
        assert!(hits.len() > 10, "Bessent is quoted often");
        let h = &hits[0];
        assert_eq!(
            &h.title[h.title_ranges[0].0..h.title_ranges[0].1],
            "Bessent"
        );
    }

    #[test]
    fn chinese_characters_find_he_lifeng() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        let hits = index.search(&snap, "何立峰", 10);
        assert_eq!(hits[0].kind, Kind::Actor);
        assert_eq!(hits[0].targets, ["he-lifeng"]);
        assert_eq!(hits[0].title, "He Lifeng");
        let (a, b) = hits[0].snippet_ranges[0];
        assert_eq!(&hits[0].snippet[a..b], "何立峰");
        // MOFCOM's Chinese name finds the ministry.
        let hits = index.search(&snap, "商务部", 10);
        assert!(hits.iter().any(|h| h.targets == ["mofcom"]));
    }

    #[test]
    fn every_term_must_match() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        let hits = index.search(&snap, "rare earth leverage", 20);
        assert!(!hits.is_empty());
        assert_eq!(hits[0].kind, Kind::Topic);
        assert_eq!(hits[0].targets, ["rare-earths"]);
        for h in &hits {
            let e = &index.entries()[h.entry];
            for t in ["rare", "earth", "leverage"] {
                assert!(e.folded.contains(t), "{:?} lacks {t}", e.title);
            }
        }
        assert!(index.search(&snap, "rare earth zebra", 20).is_empty());
        // Terms may be any part of a word.
        assert!(!index.search(&snap, "escalat", 5).is_empty());
    }

    #[test]
    fn the_word_index_agrees_with_scanning_every_text() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        for term in [
            "fentanyl", "escalat", "us-china", "582.4", "何立", "立峰", "e", "'s", "trump's",
            "rare", "s", "45%", "zzz",
        ] {
            let sets = index.term_sets(term);
            for (i, e) in index.entries().iter().enumerate() {
                let any = e.folded.contains(term);
                assert_eq!(sets.any.get(i), any, "{term:?} in {:?}", e.folded);
                assert_eq!(
                    sets.word_start.get(i),
                    any && at_word_start(&e.folded, term),
                    "{term:?} at a word start in {:?}",
                    e.folded
                );
                assert_eq!(
                    sets.title.get(i),
                    e.folded[..e.title_len].contains(term),
                    "{term:?} in title {:?}",
                    e.title
                );
            }
        }
    }

    #[test]
    fn hits_come_in_rank_order() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        for q in [
            "trade deal",
            "china tariff",
            "geneva",
            "bessent china",
            "rare earths",
        ] {
            let terms = query_terms(q);
            let phrase = terms.join(" ");
            let ranks: Vec<_> = index
                .search(&snap, q, 200)
                .iter()
                .map(|h| {
                    let e = &index.entries()[h.entry];
                    (
                        e.folded.contains(&phrase),
                        terms.iter().all(|t| at_word_start(&e.folded, t)),
                        terms
                            .iter()
                            .all(|t| e.folded[..e.title_len].contains(t.as_str())),
                        e.kind.weight(),
                        e.date,
                        std::cmp::Reverse(h.entry),
                    )
                })
                .collect();
            assert!(ranks.len() > 3, "{q}");
            for w in ranks.windows(2) {
                assert!(w[0] > w[1], "{q}: {:?} before {:?}", w[0], w[1]);
            }
        }
        // The exact phrase beats the words apart: "trade deal" first finds the phrase.
        let hits = index.search(&snap, "trade deal", 5);
        assert!(index.entries()[hits[0].entry].folded.contains("trade deal"));
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        assert!(index.search(&snap, "", 10).is_empty());
        assert!(index.search(&snap, "   ", 10).is_empty());
        assert!(index.search(&snap, "fentanyl", 0).is_empty());
    }

    #[test]
    fn the_eve_of_geneva_knows_nothing_of_student_visas() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
        for q in ["student visas", "visa", "student"] {
            for h in index.search(&eve, q, 100) {
                assert!(
                    !h.targets.iter().any(|t| t.contains("student")),
                    "{q:?} found {:?} at the eve of Geneva",
                    h.targets
                );
                assert!(
                    !h.snippet.to_lowercase().contains("visa"),
                    "{:?}",
                    h.snippet
                );
            }
        }
        // After the truce the topic is there.
        let after = latest(&store);
        assert_eq!(
            first_targets(&index, &after, "student visas"),
            (Kind::Topic, vec!["student-visas".to_string()])
        );
        // And the eve-of-Geneva fentanyl hit shows the summary of the day, not the later one.
        let hits = index.search(&eve, "crack down harder", 5);
        assert_eq!(hits[0].targets, ["fentanyl"]);
        assert!(index.search(&after, "crack down harder", 5).is_empty());
    }

    #[test]
    fn snippets_are_cut_around_the_match() {
        let store = embedded();
        let index = SearchIndex::new(&store);
        let snap = latest(&store);
        for q in ["lapse", "opioid", "precursors", "Geneva"] {
            for h in index.search(&snap, q, 30) {
                assert!(
                    h.snippet.chars().count() <= SNIPPET_CHARS + 2,
                    "{}",
                    h.snippet
                );
                for &(a, b) in &h.snippet_ranges {
                    assert!(a < b && b <= h.snippet.len());
                    assert_eq!(
                        crate::analysis::text::fold(&h.snippet[a..b]),
                        crate::analysis::text::fold(q)
                    );
                }
            }
        }
        // "opioid" sits late in the long fentanyl summary: the snippet starts with "…".
        let hits = index.search(&snap, "opioid", 5);
        let h = hits.iter().find(|h| h.targets == ["fentanyl"]).unwrap();
        assert!(h.snippet.contains("opioid"), "{}", h.snippet);
        assert!(!h.snippet_ranges.is_empty());
    }

    #[test]
    fn snippets_cut_long_texts_on_character_boundaries() {
        let text = "é".repeat(100) + " bessent " + &"ü".repeat(300);
        let (s, r) = snippet(&text, &["bessent".to_string()]);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(r.len(), 1);
        assert_eq!(&s[r[0].0..r[0].1], "bessent");
        // No match: the start of the text.
        let (s, r) = snippet(&text, &["zzz".to_string()]);
        assert!(s.starts_with('é') && s.ends_with('…') && r.is_empty());
        // Short texts are kept whole.
        let (s, r) = snippet("Scott Bessént", &["bessent".to_string()]);
        assert_eq!((s.as_str(), r), ("Scott Bessént", vec![(6, 14)]));
    }

    #[test]
    fn the_synthetic_store_validates() {
        let store = synthetic_store(3);
        assert_eq!(validate(&store.data), Vec::<Problem>::new());
        let base = embedded();
        assert_eq!(store.data.quotes.len(), 3 * base.data.quotes.len());
        assert!(store.quote("q-trump-stop-fentanyl-x2").is_some());
        assert_eq!(
            store
                .event("ev-2018-cn-retaliates-x1")
                .unwrap()
                .responds_to
                .as_deref(),
            Some("ev-2018-us-25-on-34bn-x1")
        );
        // Each copy is found, ranked by the same rules.
        let index = SearchIndex::new(&store);
        let hits = index.search(&latest(&store), "fentanyl", 100);
        assert_eq!(
            hits.iter().filter(|h| h.kind == Kind::Topic).count(),
            3,
            "one fentanyl topic per copy"
        );
    }

    #[test]
    fn search_timings_on_a_hundred_copies() {
        let store = synthetic_store(100);
        let t = Instant::now();
        let index = SearchIndex::new(&store);
        println!(
            "index of {} entries built in {:.1} ms",
            index.entries().len(),
            t.elapsed().as_secs_f64() * 1e3
        );
        let snap = latest(&store);
        let small = embedded();
        let small_index = SearchIndex::new(&small);
        let small_snap = latest(&small);
        for q in [
            "fentanyl",
            "rare earth leverage",
            "bessent",
            "china",
            "何立峰",
            "zzz",
        ] {
            let median = |index: &SearchIndex, snap: &Snapshot<'_>| {
                let mut times: Vec<f64> = (0..15)
                    .map(|_| {
                        let t = Instant::now();
                        std::hint::black_box(index.search(snap, q, 20));
                        t.elapsed().as_secs_f64() * 1e3
                    })
                    .collect();
                times.sort_by(f64::total_cmp);
                times[times.len() / 2]
            };
            println!(
                "search {q:?}: median {:.3} ms on 1×, {:.3} ms on 100×",
                median(&small_index, &small_snap),
                median(&index, &snap)
            );
        }
    }
}
