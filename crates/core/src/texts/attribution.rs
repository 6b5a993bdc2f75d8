//! The attribution rules (issue #22): whose voice each citation carries, and what our own
//! words may say with it. For any dataset that passed validation; each rule is a function of
//! [`RULES`], run by [`super::editorial_problems`] (so by `counterpoint check`), and counted
//! one by one by [`rule_counts`].

use super::items::{items, Item, ItemKind};
use super::own_words::{strip_quoted, words};
use super::{normalize, problem};
use crate::analysis::snapshot::Snapshot;
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// A rule: its name (as `rule_counts` prints it) and the function that finds its problems.
pub type Rule = (&'static str, fn(&Dataset, &mut Vec<Problem>));

/// The attribution rules, in the order they run.
pub const RULES: &[Rule] = &[
    ("voice-missing", voice_missing),
    ("stance-voice", stance_voice),
    ("claim-voice", claim_voice),
    ("status-relation-voice", status_relation_voice),
    ("verb-class", verb_class_rule),
    ("silence", silence),
    ("status-follows-relations", status_follows_relations),
    ("numbers", numbers_rule),
    ("causation", causation_rule),
];

/// Every rule of [`RULES`] with the number of problems it finds in `d`.
pub fn rule_counts(d: &Dataset) -> Vec<(&'static str, usize)> {
    RULES
        .iter()
        .map(|(name, rule)| {
            let mut v = Vec::new();
            rule(d, &mut v);
            (*name, v.len())
        })
        .collect()
}

/// The rules of [`RULES`] that are errors: both built-in datasets pass them. The others are
/// reported as warnings ([`attribution_warnings`]) until the data is fixed for them.
pub const ERROR_RULES: &[&str] = &["voice-missing"];

/// Every problem of the rules of [`RULES`] that are errors ([`ERROR_RULES`]).
pub fn attribution_problems(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, rule) in RULES {
        if ERROR_RULES.contains(name) {
            rule(d, &mut out);
        }
    }
    out
}

/// Every problem of the other rules of [`RULES`], each message prefixed with its rule's name.
pub fn attribution_warnings(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, rule) in RULES {
        if !ERROR_RULES.contains(name) {
            let mut v = Vec::new();
            rule(d, &mut v);
            out.extend(v.into_iter().map(|mut p| {
                p.message = format!("[{name}] {}", p.message);
                p
            }));
        }
    }
    out
}

/// Who a voice is: the party it speaks for (`None` for the outlet and independents), and, for
/// `both`, both parties.
struct Voices<'a> {
    actors: BTreeMap<&'a str, &'a Actor>,
    quotes: BTreeMap<&'a str, &'a Quote>,
}

impl<'a> Voices<'a> {
    fn of(d: &'a Dataset) -> Voices<'a> {
        Voices {
            actors: d.actors.iter().map(|a| (a.id.as_str(), a)).collect(),
            quotes: d.quotes.iter().map(|q| (q.id.as_str(), q)).collect(),
        }
    }

    /// Does `voice` speak for `party`: an actor on its side, the party itself, or both?
    fn speaks_for(&self, voice: &str, party: &str) -> bool {
        voice == party || voice == BOTH || self.actors.get(voice).is_some_and(|a| a.side == party)
    }
}

/// The voices an item's evidence carries: citation voices with their verb class, and the
/// speakers of its quotes (class say). Unannotated citations are left out.
fn evidence_voices<'d>(
    v: &Voices<'d>,
    cites: &'d [Citation],
    quote_ids: &'d [String],
) -> Vec<(&'d str, Option<VerbClass>)> {
    let mut out: Vec<(&str, Option<VerbClass>)> = cites
        .iter()
        .filter_map(|c| {
            c.voice
                .as_deref()
                .map(|voice| (voice, c.verb.as_deref().and_then(verb_class)))
        })
        .collect();
    for id in quote_ids {
        if let Some(q) = v.quotes.get(id.as_str()) {
            out.push((q.speaker.as_str(), Some(VerbClass::Say)));
        }
    }
    out
}

/// The kinds whose citations must carry a voice.
const VOICED: [ItemKind; 4] = [
    ItemKind::Stance,
    ItemKind::Status,
    ItemKind::Relation,
    ItemKind::DisputeClaim,
];

/// Once a dataset carries voices (any citation has one), every citation of a stance, status,
/// dated relation or dispute claim says whose voice it carries (at `….cites[j]`).
fn voice_missing(d: &Dataset, out: &mut Vec<Problem>) {
    // A dataset written before voices (no citation carries one) is not held to it.
    if !super::citations(d).iter().any(|(_, c)| c.voice.is_some()) {
        return;
    }
    for (path, kind, item) in items(d) {
        if !VOICED.contains(&kind) {
            continue;
        }
        for (j, c) in item.cites().iter().enumerate() {
            if c.voice.is_none() {
                out.push(problem(
                    format!("{path}.cites[{j}]"),
                    "the citation says whose voice its excerpt carries in no \"voice\": give the actor, the party, \"both\" or \"outlet\"",
                ));
            }
        }
    }
}

/// A party's non-silent stance cites at least one excerpt in that party's voice (an actor on
/// its side, the party itself, or both parties), or quotes one of its people: never only an
/// analyst or the outlet. Checked once every citation of the stance carries a voice.
fn stance_voice(d: &Dataset, out: &mut Vec<Problem>) {
    let v = Voices::of(d);
    for (ti, t) in d.topics.iter().enumerate() {
        for (pi, p) in t.points.iter().enumerate() {
            for (si, s) in p.stances.iter().enumerate() {
                if s.silent || s.cites.iter().any(|c| c.voice.is_none()) {
                    continue;
                }
                let ev = evidence_voices(&v, &s.cites, &s.quotes);
                if ev.is_empty() || ev.iter().any(|(who, _)| v.speaks_for(who, &s.party)) {
                    continue;
                }
                let heard: BTreeSet<&str> = ev.iter().map(|(who, _)| *who).collect();
                out.push(problem(
                    format!("topics[{ti}].points[{pi}].stances[{si}].cites"),
                    format!(
                        "the stance of \"{}\" cites no excerpt in that party's voice (only {}): cite what its officials or bodies said or did, or mark the stance silent and give the others' reading to the topic's analysis or summary",
                        s.party,
                        heard.into_iter().map(|h| format!("\"{h}\"")).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
        }
    }
}

/// A dispute claim made by an actor cites that actor's voice (an excerpt or a quote of theirs);
/// one made by a party without an actor cites that party's voice.
fn claim_voice(d: &Dataset, out: &mut Vec<Problem>) {
    let v = Voices::of(d);
    let parties: BTreeSet<&str> = d.parties.iter().map(|p| p.id.as_str()).collect();
    for (di, x) in d.disputes.iter().enumerate() {
        for (ci, c) in x.claims.iter().enumerate() {
            if c.cites.iter().any(|c| c.voice.is_none()) {
                continue;
            }
            let ev = evidence_voices(&v, &c.cites, &c.quotes);
            let (ok, whose) = match &c.actor {
                Some(a) => (ev.iter().any(|(who, _)| who == a), a.as_str()),
                None if parties.contains(c.side.as_str()) => (
                    ev.iter().any(|(who, _)| v.speaks_for(who, &c.side)),
                    c.side.as_str(),
                ),
                None => continue,
            };
            if !ok {
                out.push(problem(
                    format!("disputes[{di}].claims[{ci}].cites"),
                    format!(
                        "the claim is \"{whose}\"'s, but none of its excerpts or quotes is in that voice: cite \"{whose}\"'s own words"
                    ),
                ));
            }
        }
    }
}

/// A status label that names a party (or one of its people) with an attribution verb cites an
/// excerpt in that party's voice; a dated relation (a statement about both parties'
/// positions) cites, for each party, an excerpt in its voice.
fn status_relation_voice(d: &Dataset, out: &mut Vec<Problem>) {
    let v = Voices::of(d);
    let names = voice_names(d);
    for (ti, t) in d.topics.iter().enumerate() {
        for (si, s) in t.status.iter().enumerate() {
            if s.cites.iter().any(|c| c.voice.is_none()) {
                continue;
            }
            let ev = evidence_voices(&v, &s.cites, &[]);
            for (name, voice, verb) in attributions(&names, &s.label) {
                let Some(party) = party_of(d, &v, voice) else {
                    continue;
                };
                if !ev.iter().any(|(who, _)| v.speaks_for(who, party)) {
                    out.push(problem(
                        format!("topics[{ti}].status[{si}].label"),
                        format!(
                            "the label says \"{name} {verb}\", but no cited excerpt is in the voice of \"{party}\": cite what its side said"
                        ),
                    ));
                }
            }
        }
        for (pi, p) in t.points.iter().enumerate() {
            for (ri, r) in p.relations.iter().enumerate() {
                if r.cites.iter().any(|c| c.voice.is_none()) {
                    continue;
                }
                let ev = evidence_voices(&v, &r.cites, &[]);
                for party in &d.parties {
                    if !ev.iter().any(|(who, _)| v.speaks_for(who, &party.id)) {
                        out.push(problem(
                            format!("topics[{ti}].points[{pi}].relations[{ri}].cites"),
                            format!(
                                "the relation \"{}\" speaks for both parties, but none of its excerpts is in the voice of \"{}\": cite that party's side too",
                                r.relation.label(),
                                party.id
                            ),
                        ));
                    }
                }
            }
        }
    }
}

/// The party a named voice speaks for, if any.
fn party_of<'d>(d: &'d Dataset, v: &Voices<'d>, voice: &str) -> Option<&'d str> {
    if let Some(p) = d.parties.iter().find(|p| p.id == voice) {
        return Some(&p.id);
    }
    v.actors
        .get(voice)
        .and_then(|a| d.parties.iter().find(|p| p.id == a.side))
        .map(|p| p.id.as_str())
}

/// The names our own words may use for a voice, as word lists: each actor's name (and a
/// person's last name), each party's name, short name and aliases. Longest first.
fn voice_names(d: &Dataset) -> Vec<(Vec<String>, String)> {
    let mut out: Vec<(Vec<String>, String)> = Vec::new();
    let mut add = |name: &str, id: &str| {
        let w: Vec<String> = name.split_whitespace().map(clean).collect();
        if !w.is_empty() && !out.iter().any(|(n, i)| *n == w && i == id) {
            out.push((w, id.to_string()));
        }
    };
    for a in &d.actors {
        add(&a.name, &a.id);
        if a.kind == ActorKind::Person {
            if let Some(last) = a.name.split_whitespace().last() {
                add(last, &a.id);
            }
        }
    }
    for p in &d.parties {
        add(&p.name, &p.id);
        add(&p.short_name, &p.id);
        for alias in &p.aliases {
            add(alias, &p.id);
        }
    }
    out.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    out
}

/// A word without surrounding punctuation, possessive kept apart.
fn clean(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string()
}

/// Words that may stand between a name and its verb: "Trump has repeatedly claimed".
const BETWEEN: [&str; 12] = [
    "has",
    "have",
    "had",
    "also",
    "repeatedly",
    "then",
    "still",
    "later",
    "publicly",
    "again",
    "long",
    "now",
];

/// Words before a name that make it part of a noun phrase ("the US view").
const DETERMINERS: [&str; 10] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "no",
];

/// Every "NAME [has, also, …] VERB" in `text` (outside quotation marks): the name as written,
/// the voice it names, and the verb. Only the first attribution of each clause (between `.`,
/// `;`, `:` and `,`) counts: in "MOFCOM says the US has asked", "the US has asked" is what
/// MOFCOM says, not an attribution of ours. A possessive ("Trump's claims") names no speaker.
fn attributions<'n>(
    names: &'n [(Vec<String>, String)],
    text: &str,
) -> Vec<(String, &'n str, String)> {
    let mut out = Vec::new();
    for clause in strip_quoted(text).split(['.', ';', ':', ',']) {
        let raw: Vec<&str> = clause.split_whitespace().collect();
        let w: Vec<String> = raw.iter().map(|r| clean(r)).collect();
        let mut i = 0;
        while i < w.len() {
            let Some((name, id)) = names
                .iter()
                .find(|(n, _)| w.len() >= i + n.len() && w[i..i + n.len()] == n[..])
            else {
                i += 1;
                continue;
            };
            let last = raw[i + name.len() - 1];
            // "the US view", "no US view": a noun phrase; "Trump's claims": a possessive.
            if (i > 0 && DETERMINERS.contains(&w[i - 1].to_lowercase().as_str()))
                || last.ends_with("\u{2019}s")
                || last.ends_with("'s")
            {
                i += name.len();
                continue;
            }
            let mut j = i + name.len();
            while j < w.len() && BETWEEN.contains(&w[j].to_lowercase().as_str()) {
                j += 1;
            }
            if let Some(verb) = w.get(j) {
                if verb.chars().next().is_some_and(char::is_lowercase) && verb_class(verb).is_some()
                {
                    out.push((name.join(" "), id.as_str(), verb.clone()));
                    break;
                }
            }
            i += name.len();
        }
    }
    out
}

/// An own-words sentence that names a voice with an attribution verb ("Trump claimed") uses
/// the class of the verb of a cited excerpt in that voice (say, claim, feel/believe,
/// expect/forecast; a quote of the voice counts as say), and one voice stays one voice: the
/// item cites an excerpt in that voice. Checked where every citation of the item carries a
/// voice; items without citations of their own (a topic's summary, a dispute's assessment)
/// are read against the citations of the items inside them.
fn verb_class_rule(d: &Dataset, out: &mut Vec<Problem>) {
    let v = Voices::of(d);
    let names = voice_names(d);
    let all = items(d);
    for (path, kind, item) in &all {
        if matches!(
            kind,
            ItemKind::Source | ItemKind::Actor | ItemKind::Quote | ItemKind::GlossaryTerm
        ) {
            continue;
        }
        // The evidence: the item's own, or, for a container, that of the items inside it.
        let inside: Vec<&dyn Item> = if item.cites().is_empty() && item.quote_ids().is_empty() {
            let prefix = format!("{path}.");
            all.iter()
                .filter(|(p, _, _)| p.starts_with(&prefix))
                .map(|(_, _, i)| *i)
                .collect()
        } else {
            vec![*item]
        };
        let cites: Vec<&Citation> = inside.iter().flat_map(|i| i.cites()).collect();
        if cites.is_empty() || cites.iter().any(|c| c.voice.is_none()) {
            continue;
        }
        let mut ev: Vec<(&str, Option<VerbClass>)> = Vec::new();
        for i in &inside {
            ev.extend(evidence_voices(&v, i.cites(), i.quote_ids()));
        }
        for (field, text) in item.own_words() {
            for (name, voice, verb) in attributions(&names, text) {
                let class = verb_class(&verb).expect("attributions returns table verbs");
                // The verb the source uses, and any attribution verb inside the excerpt itself
                // ("the United States does not want to decouple": the US "wants").
                let inner: BTreeSet<VerbClass> = cites
                    .iter()
                    .filter(|c| {
                        c.voice
                            .as_deref()
                            .is_some_and(|who| voice_matches(&v, d, who, voice))
                    })
                    .flat_map(|c| words(&c.excerpt))
                    .filter_map(|w| verb_class(&w))
                    .collect();
                if inner.contains(&class) {
                    continue;
                }
                let theirs: Vec<Option<VerbClass>> = ev
                    .iter()
                    .filter(|(who, _)| voice_matches(&v, d, who, voice))
                    .map(|(_, c)| *c)
                    .collect();
                let at = format!("{path}.{field}");
                if theirs.is_empty() {
                    out.push(problem(
                        at,
                        format!(
                            "says \"{name} {verb}\", but no cited excerpt or quote is in the voice of \"{voice}\": one voice stays one voice; cite their words, or name whose words the excerpt carries"
                        ),
                    ));
                } else if !theirs.contains(&Some(class)) {
                    let found: BTreeSet<&str> = theirs
                        .iter()
                        .map(|c| c.map_or("no verb (an act or a reading)", VerbClass::name))
                        .collect();
                    out.push(problem(
                        at,
                        format!(
                            "says \"{name} {verb}\" ({}), but the cited excerpts in the voice of \"{voice}\" report it as {}: keep the source's attribution verb",
                            class.name(),
                            found.into_iter().collect::<Vec<_>>().join(", ")
                        ),
                    ));
                }
            }
        }
    }
}

/// Is `who` (a citation's voice) the voice our words name: the same actor, a member of the
/// named body, or, for a named party, anyone who speaks for it?
fn voice_matches(v: &Voices<'_>, d: &Dataset, who: &str, named: &str) -> bool {
    if d.parties.iter().any(|p| p.id == named) {
        return v.speaks_for(who, named);
    }
    who == named
        || v.actors
            .get(who)
            .is_some_and(|a| a.organisation.as_deref() == Some(named))
}

/// Wordings that say the sources carry nothing from a party.
const SILENT_WORDINGS: [&str; 6] = [
    "sources carry no",
    "sources carry nothing",
    "sources give no",
    "sources say nothing",
    "still no ",
    "says nothing",
];

/// Silence is silence: a stance whose text says the sources carry nothing from its party is
/// marked `"silent": true`, and a silent stance says so (at `….stances[k].silent`).
fn silence(d: &Dataset, out: &mut Vec<Problem>) {
    for (ti, t) in d.topics.iter().enumerate() {
        for (pi, p) in t.points.iter().enumerate() {
            for (si, s) in p.stances.iter().enumerate() {
                let lower = s.text.to_lowercase();
                let says_silent = SILENT_WORDINGS.iter().any(|w| lower.contains(w));
                let at = format!("topics[{ti}].points[{pi}].stances[{si}].silent");
                if says_silent && !s.silent {
                    out.push(problem(
                        at,
                        "the stance says the sources carry nothing from its party, but is not marked \"silent\": true",
                    ));
                } else if s.silent && !says_silent {
                    out.push(problem(
                        at,
                        format!(
                            "the stance is silent, but its text does not say what is missing (e.g. \"The sources carry no … statement on …\"; recognised: {})",
                            SILENT_WORDINGS.join(", ")
                        ),
                    ));
                }
            }
        }
    }
}

/// In the snapshot of every briefing and of everything, each topic's status follows from its
/// points (`Snapshot::status_problem`): contested needs a clash, partly agreed an overlap,
/// agreed no clash, one side silent a point where a side is silent. Once per topic.
fn status_follows_relations(d: &Dataset, out: &mut Vec<Problem>) {
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
            if status.status == Status::Agreed {
                continue; // editorial rule 4 reports it, with its own message
            }
            let Some(message) = snap.status_problem(t) else {
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
                format!("topic \"{}\" {when}: {message}", t.id),
            ));
        }
    }
}

/// Numbers (runs of digits, "1,000" and "295.4" whole) in a text, outside quotation marks when
/// `own` is set; with number words (one … twelve) as digits.
fn numbers(text: &str) -> BTreeSet<String> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let mut out = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut s = String::new();
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || ((chars[i] == '.' || chars[i] == ',')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                if chars[i] != ',' {
                    s.push(chars[i]);
                }
                i += 1;
            }
            out.insert(s);
        } else {
            i += 1;
        }
    }
    for w in words(text) {
        if let Some(n) = WORDS.iter().position(|x| *x == w) {
            out.insert((n + 1).to_string());
        }
    }
    out
}

/// The texts an item's own words may take numbers and links from: its excerpts and quotes, or,
/// for an item without citations of its own, those of the items inside it; for a source, its
/// title, link, note excerpts and every excerpt citing it.
fn evidence_texts<'d>(
    d: &'d Dataset,
    all: &[(String, ItemKind, &'d dyn Item)],
    path: &str,
    kind: ItemKind,
    item: &'d dyn Item,
) -> Vec<String> {
    let v = Voices::of(d);
    let mut out = Vec::new();
    let inside: Vec<&dyn Item> = if item.cites().is_empty() && item.quote_ids().is_empty() {
        let prefix = format!("{path}.");
        all.iter()
            .filter(|(p, _, _)| p.starts_with(&prefix))
            .map(|(_, _, i)| *i)
            .collect()
    } else {
        vec![item]
    };
    for i in inside {
        out.extend(i.cites().iter().map(|c| normalize(&c.excerpt)));
        for q in i.quote_ids() {
            if let Some(q) = v.quotes.get(q.as_str()) {
                out.push(normalize(&q.text));
            }
        }
    }
    if kind == ItemKind::Quote {
        if let Some(id) = item.id() {
            if let Some(q) = v.quotes.get(id) {
                out.push(normalize(&q.text));
            }
        }
    }
    if kind == ItemKind::Source {
        if let Some(s) = d.sources.iter().find(|s| Some(s.id.as_str()) == item.id()) {
            out.push(s.title.clone());
            out.extend(s.url.clone());
            out.extend(s.notes.iter().map(|n| normalize(&n.excerpt)));
            for (_, _, other) in all {
                out.extend(
                    other
                        .cites()
                        .iter()
                        .filter(|c| c.source == s.id)
                        .map(|c| normalize(&c.excerpt)),
                );
            }
        }
    }
    out
}

/// No added precision: a number in our own words (outside quotation marks) appears in a cited
/// excerpt or quote of the same item (for a topic's summary or a dispute's assessment, of the
/// items inside it); otherwise it belongs in an editor's note, which is not own words.
fn numbers_rule(d: &Dataset, out: &mut Vec<Problem>) {
    let all = items(d);
    for (path, kind, item) in &all {
        let fields = item.own_words();
        if fields
            .iter()
            .all(|(_, t)| !t.chars().any(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let evidence: BTreeSet<String> = evidence_texts(d, &all, path, *kind, *item)
            .iter()
            .flat_map(|t| numbers(t))
            .collect();
        for (field, text) in fields {
            let own: BTreeSet<String> = numbers(&strip_quoted(text))
                .into_iter()
                .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
                .filter(|n| text.contains(n.as_str()) || n.contains('.'))
                .collect();
            let missing: Vec<&String> = own.iter().filter(|n| !evidence.contains(*n)).collect();
            if !missing.is_empty() {
                out.push(problem(
                    format!("{path}.{field}"),
                    format!(
                        "the number{} {} appear{} in no cited excerpt or quote of this item: cite the passage that gives {}, or move {} into an editor's note",
                        if missing.len() == 1 { "" } else { "s" },
                        missing.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", "),
                        if missing.len() == 1 { "s" } else { "" },
                        if missing.len() == 1 { "it" } else { "them" },
                        if missing.len() == 1 { "it" } else { "them" },
                    ),
                ));
            }
        }
    }
}

/// Own words that state a causal link ("because", "in response", "in retaliation", …).
pub const CAUSAL_WORDS: [&str; 12] = [
    "because",
    "after which",
    "in response",
    "in retaliation",
    "retaliat",
    "in answer",
    "answered",
    "prompted",
    "prompting",
    "triggered",
    "triggering",
    "as a result",
];

/// Wordings of a source that state a causal link: the excerpt that carries one backs a
/// `responds_to` or a causal word of ours.
pub const LINK_WORDS: [&str; 13] = [
    "because",
    "in response",
    "in retaliation",
    "retaliat",
    "prompting",
    "prompted",
    "triggering",
    "triggered",
    "as a result",
    "due to",
    "led to",
    "struck back",
    "responded",
];

fn has_any(text: &str, table: &[&str]) -> Option<String> {
    let lower = text.to_lowercase();
    table
        .iter()
        .find(|w| lower.contains(*w))
        .map(|w| w.to_string())
}

/// No causes where the source gives only a sequence: an event's `responds_to`, and a causal
/// word of ours ([`CAUSAL_WORDS`], outside quotation marks), need a cited excerpt of the item
/// that states the link ([`LINK_WORDS`]).
fn causation_rule(d: &Dataset, out: &mut Vec<Problem>) {
    let all = items(d);
    for (i, e) in d.events.iter().enumerate() {
        if let Some(r) = &e.responds_to {
            if !e
                .cites
                .iter()
                .any(|c| has_any(&c.excerpt, &LINK_WORDS).is_some())
            {
                out.push(problem(
                    format!("events[{i}].responds_to"),
                    format!(
                        "the event answers \"{r}\", but none of its excerpts states the link (\"in response\", \"in retaliation\", \"prompting\", …): a sequence is not a response; cite the passage that says so, or drop responds_to"
                    ),
                ));
            }
        }
    }
    for (path, kind, item) in &all {
        for (field, text) in item.own_words() {
            let Some(word) = has_any(&strip_quoted(text), &CAUSAL_WORDS) else {
                continue;
            };
            let ev = evidence_texts(d, &all, path, *kind, *item);
            if !ev.iter().any(|t| has_any(t, &LINK_WORDS).is_some()) {
                out.push(problem(
                    format!("{path}.{field}"),
                    format!(
                        "says \"{word}…\", a causal link, but no cited excerpt of this item states one (\"in response\", \"in retaliation\", \"prompting\", …): where the source gives only a sequence, say only the sequence"
                    ),
                ));
            }
        }
    }
}
