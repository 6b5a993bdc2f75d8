//! The attribution rules (issue #22): whose voice each citation carries, and what our own
//! words may say with it. For any dataset that passed validation; each rule is a function of
//! [`RULES`], run by [`super::editorial_problems`] (so by `counterpoint check`), and counted
//! one by one by [`rule_counts`].

use super::items::{items, Item, ItemKind};
use super::own_words::{strip_quoted, words};
use super::{normalize, problem};
use crate::analysis::snapshot::Snapshot;
use crate::model::date::days_in_month;
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// The rules of [`RULES`] that are errors: all of them. Both built-in datasets pass every
/// one, so `counterpoint check` fails on any violation.
pub const ERROR_RULES: &[&str] = &[
    "voice-missing",
    "stance-voice",
    "claim-voice",
    "status-relation-voice",
    "verb-class",
    "silence",
    "status-follows-relations",
    "numbers",
    "causation",
];

/// Tags each problem's message with its rule's name: "[numbers] …".
fn tagged(name: &str, v: Vec<Problem>) -> impl Iterator<Item = Problem> + '_ {
    v.into_iter().map(move |mut p| {
        p.message = format!("[{name}] {}", p.message);
        p
    })
}

/// Every problem of the rules of [`RULES`] that are errors ([`ERROR_RULES`]), each message
/// prefixed with its rule's name.
pub fn attribution_problems(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, rule) in RULES {
        if ERROR_RULES.contains(name) {
            let mut v = Vec::new();
            rule(d, &mut v);
            out.extend(tagged(name, v));
        }
    }
    out
}

/// Every problem of the rules of [`RULES`] that are not errors (none at present), each message
/// prefixed with its rule's name: `counterpoint check` prints them as warnings.
pub fn attribution_warnings(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, rule) in RULES {
        if !ERROR_RULES.contains(name) {
            let mut v = Vec::new();
            rule(d, &mut v);
            out.extend(tagged(name, v));
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
        // Our words name a person by name: entries that share it are one voice to a reader
        // (the name table maps the name to the first of them).
        || matches!(
            (v.actors.get(who), v.actors.get(named)),
            (Some(a), Some(b)) if a.name == b.name
        )
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

/// Silence is silence: a stance whose text says the sources carry nothing from its party, and
/// that cites nothing in that party's voice, is marked `"silent": true`; a silent stance says
/// so (at `….stances[k].silent`). A stance that rests on its party's own words may say that
/// the sources carry nothing on another part of the point ("Urges the US to correct its chip
/// controls. The sources carry no Chinese statement on rare earths").
fn silence(d: &Dataset, out: &mut Vec<Problem>) {
    let v = Voices::of(d);
    for (ti, t) in d.topics.iter().enumerate() {
        for (pi, p) in t.points.iter().enumerate() {
            for (si, s) in p.stances.iter().enumerate() {
                let lower = s.text.to_lowercase();
                // A stance resting on its own party's words is not silent: its "the sources
                // carry no …" is about another part of the point.
                let own_voice = evidence_voices(&v, &s.cites, &s.quotes)
                    .iter()
                    .any(|(who, _)| v.speaks_for(who, &s.party));
                let says_silent =
                    (s.silent || !own_voice) && SILENT_WORDINGS.iter().any(|w| lower.contains(w));
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

/// Numbers in a text: those written with digits ([`digit_numbers`]) and the number words one
/// … twelve, as digits. What a source's excerpt may give a number as.
fn numbers(text: &str) -> BTreeSet<String> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let mut out = digit_numbers(text);
    for w in words(text) {
        if let Some(n) = WORDS.iter().position(|x| *x == w) {
            out.insert((n + 1).to_string());
        }
    }
    out
}

/// The numbers written with digits in `text`, "1,000" and "295.4" whole (as "1000", "295.4").
pub fn digit_numbers(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // Digits that follow a letter are part of a name ("G20"), not a number.
        if chars[i].is_ascii_digit() && i > 0 && chars[i - 1].is_alphabetic() {
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
        } else if chars[i].is_ascii_digit() {
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
    out
}

/// What [`evidence_texts`] reads, built once per dataset: scanning the dataset again for
/// every item made the rules quadratic (97 s for a 40× dataset).
struct Evidence<'d> {
    v: Voices<'d>,
    /// Every excerpt citing each source, normalized.
    cited: HashMap<&'d str, Vec<String>>,
    /// Sources by id.
    sources: HashMap<&'d str, &'d Source>,
    /// Each source's quotes (those citing it), with their normalized text.
    quotes_by_source: HashMap<&'d str, Vec<(String, &'d Quote)>>,
}

impl<'d> Evidence<'d> {
    fn of(d: &'d Dataset, all: &[(String, ItemKind, &'d dyn Item)]) -> Evidence<'d> {
        let mut cited: HashMap<&'d str, Vec<String>> = HashMap::new();
        for (_, _, item) in all {
            for c in item.cites() {
                cited
                    .entry(c.source.as_str())
                    .or_default()
                    .push(normalize(&c.excerpt));
            }
        }
        let mut quotes_by_source: HashMap<&'d str, Vec<(String, &'d Quote)>> = HashMap::new();
        for q in &d.quotes {
            let text = normalize(&q.text);
            let mut sources: Vec<&str> = q.cites.iter().map(|c| c.source.as_str()).collect();
            sources.sort_unstable();
            sources.dedup();
            for s in sources {
                quotes_by_source
                    .entry(s)
                    .or_default()
                    .push((text.clone(), q));
            }
        }
        Evidence {
            v: Voices::of(d),
            cited,
            sources: d.sources.iter().map(|s| (s.id.as_str(), s)).collect(),
            quotes_by_source,
        }
    }
}

/// The texts an item's own words may take numbers and links from: its excerpts and quotes, or,
/// for an item without citations of its own, those of the items inside it; for a source, its
/// title, link, note excerpts and every excerpt citing it. `at` is the item's place in `all`
/// ([`items`] lists the items inside an item right after it).
fn evidence_texts<'d>(
    d: &'d Dataset,
    ev: &Evidence<'d>,
    all: &[(String, ItemKind, &'d dyn Item)],
    at: usize,
) -> Vec<String> {
    let (path, kind, item) = (&all[at].0, all[at].1, all[at].2);
    let v = &ev.v;
    let mut out = Vec::new();
    let inside: Vec<&dyn Item> = if item.cites().is_empty() && item.quote_ids().is_empty() {
        let prefix = format!("{path}.");
        all[at + 1..]
            .iter()
            .take_while(|(p, _, _)| p.starts_with(&prefix))
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
            out.extend(ev.cited.get(s.id.as_str()).into_iter().flatten().cloned());
        }
    }
    out
}

/// Fields that are the editor's working, not a statement of what the sources say: a source's
/// `date_note` says how we dated it ("its \"Tuesday\" is 6 May 2025"), so the days it names are
/// ours by definition. Exempt from [`numbers_rule`] like an `editor_note`.
pub const WORKING_FIELDS: [&str; 1] = ["date_note"];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date written in our words: the digit strings it uses, and the day(s), month and year it
/// names ("6–7 May" → days 6 and 7 of May; "April 2025"; "2018").
#[derive(Debug, PartialEq)]
pub struct WrittenDate {
    /// The numbers as written ("6", "7", "2025").
    pub numbers: Vec<String>,
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, 1–12, when written.
    pub month: Option<u8>,
    /// The days of the month, when written.
    pub days: Vec<u8>,
}

/// Every date written in `text`: a month name with the day numbers right before it (joined
/// by `,`, `–`, `-` or "and": "6, 7, 8 and 10 May") and a year right after it ("May 2019");
/// and every other four-digit year from 1900 to 2100 standing alone ("in 2018").
pub fn written_dates(text: &str) -> Vec<WrittenDate> {
    // Tokens: runs of letters or digits, each with the characters after it up to the next one.
    let chars: Vec<char> = text.chars().collect();
    let mut toks: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let mut t = String::new();
            while i < chars.len() && chars[i].is_alphanumeric() {
                t.push(chars[i]);
                i += 1;
            }
            let mut gap = String::new();
            while i < chars.len() && !chars[i].is_alphanumeric() {
                gap.push(chars[i]);
                i += 1;
            }
            toks.push((t, gap));
        } else {
            i += 1;
        }
    }
    let day = |t: &str| {
        t.len() <= 2
            && t.bytes().all(|b| b.is_ascii_digit())
            && (1..=31).contains(&t.parse::<u8>().unwrap_or(0))
    };
    let year = |t: &str| {
        t.len() == 4
            && t.bytes().all(|b| b.is_ascii_digit())
            && (1900..=2100).contains(&t.parse::<i32>().unwrap_or(0))
    };
    let joins = |gap: &str| {
        gap.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '–' | '-'))
    };
    let mut used = vec![false; toks.len()];
    let mut out = Vec::new();
    for (m, (t, gap)) in toks.iter().enumerate() {
        let Some(month) = MONTHS.iter().position(|x| *x == t.to_lowercase()) else {
            continue;
        };
        let mut w = WrittenDate {
            numbers: vec![],
            year: None,
            month: Some(month as u8 + 1),
            days: vec![],
        };
        let mut k = m;
        while k > 0 {
            let (p, pgap) = &toks[k - 1];
            if day(p) && joins(pgap) {
                w.days.push(p.parse().unwrap());
                w.numbers.push(p.clone());
            } else if p == "and" && !w.days.is_empty() && pgap.trim().is_empty() {
            } else {
                break;
            }
            used[k - 1] = true;
            k -= 1;
        }
        if let Some((y, _)) = toks.get(m + 1) {
            if year(y) && gap.trim().is_empty() {
                w.year = y.parse().ok();
                w.numbers.push(y.clone());
                used[m + 1] = true;
            }
        }
        out.push(w);
    }
    for (k, (t, _)) in toks.iter().enumerate() {
        if !used[k] && year(t) {
            out.push(WrittenDate {
                numbers: vec![t.clone()],
                year: t.parse().ok(),
                month: None,
                days: vec![],
            });
        }
    }
    out
}

impl WrittenDate {
    /// Does every day this date may mean fall within one of `spans` (first and last day)?
    pub fn within(&self, spans: &[(Day, Day)]) -> bool {
        let fits = |first: Day, last: Day| {
            let years = match self.year {
                Some(y) => y..=y,
                None => first.year..=last.year,
            };
            years
                .into_iter()
                .any(|y| match (self.month, self.days.is_empty()) {
                    (Some(m), false) => self
                        .days
                        .iter()
                        .all(|&dd| Day::new(y, m, dd).is_some_and(|x| first <= x && x <= last)),
                    (Some(m), true) => {
                        let a = Day::new(y, m, 1).expect("a month has a first day");
                        let b = Day::new(y, m, days_in_month(y, m)).expect("and a last one");
                        a <= last && first <= b
                    }
                    (None, _) => first.year <= y && y <= last.year,
                })
        };
        spans.iter().any(|(a, b)| fits(*a, *b))
    }
}

/// The dates an item carries: its own date, the publication date of every source it cites,
/// the date each of its quotes was said; for an item without citations of its own, those of
/// the items inside it. `at` is the item's place in `all`.
fn carried_dates<'d>(
    ev: &Evidence<'d>,
    all: &[(String, ItemKind, &'d dyn Item)],
    at: usize,
) -> Vec<(Day, Day)> {
    let (path, item) = (&all[at].0, all[at].2);
    let v = &ev.v;
    let inside: Vec<&dyn Item> = if item.cites().is_empty() && item.quote_ids().is_empty() {
        let prefix = format!("{path}.");
        let mut x: Vec<&dyn Item> = all[at + 1..]
            .iter()
            .take_while(|(p, _, _)| p.starts_with(&prefix))
            .map(|(_, _, i)| *i)
            .collect();
        x.push(item);
        x
    } else {
        vec![item]
    };
    let mut out = Vec::new();
    for i in inside {
        out.extend(i.date().map(|x| (x.first(), x.last())));
        for c in i.cites() {
            if let Some(s) = ev.sources.get(c.source.as_str()) {
                out.push((s.published.first(), s.published.last()));
                // A cited passage that is (part of) a quote of that source carries the day it
                // was said.
                let ex = normalize(&c.excerpt);
                for (qt, q) in ev
                    .quotes_by_source
                    .get(c.source.as_str())
                    .into_iter()
                    .flatten()
                {
                    if qt.contains(&ex) || ex.contains(qt.as_str()) {
                        out.push((q.said.first(), q.said.last()));
                    }
                }
                for w in words(&c.excerpt) {
                    if let Some(day) = weekday_before(&w, s.published.last()) {
                        out.push((day, day));
                    }
                }
            }
        }
        for q in i.quote_ids() {
            if let Some(q) = v.quotes.get(q.as_str()) {
                out.push((q.said.first(), q.said.last()));
            }
        }
    }
    out
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Days since 1970-01-01 (proleptic Gregorian).
fn day_number(x: Day) -> i64 {
    let (y, m, d) = (i64::from(x.year), i64::from(x.month), i64::from(x.day));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The weekday of a day, 0 for Monday.
pub fn weekday(x: Day) -> usize {
    // 1970-01-01 was a Thursday (3).
    (day_number(x) + 3).rem_euclid(7) as usize
}

/// The last day named `word` ("Tuesday") on or before `by`: a source's "Tuesday" read against
/// its publication date, as the `date_note`s do ("Its \"Tuesday\" is 6 May 2025").
pub fn weekday_before(word: &str, by: Day) -> Option<Day> {
    let target = WEEKDAYS.iter().position(|w| *w == word.to_lowercase())?;
    let back = (weekday(by) + 7 - target) % 7;
    let mut x = by;
    for _ in 0..back {
        x = if x.day > 1 {
            Day::new(x.year, x.month, x.day - 1)?
        } else if x.month > 1 {
            Day::new(x.year, x.month - 1, days_in_month(x.year, x.month - 1))?
        } else {
            Day::new(x.year - 1, 12, 31)?
        };
    }
    Some(x)
}

/// No added precision: a number in our own words (digits, outside quotation marks) appears in a
/// cited excerpt or quote of the same item (for a topic's summary or a dispute's assessment, of
/// the items inside it), as digits or as a number word up to twelve. Exemptions, each exact:
/// - a date we write ("8 May", "6–7 May 2025", "April 2025", "2018") whose every day falls
///   within a date the item carries ([`carried_dates`]: its own date, the publication date of
///   a source it cites, the day a quote it cites (or whose words a cited excerpt gives) was
///   said, or the day a weekday named in a
///   cited excerpt falls on, read back from the source's publication date — the explainer of
///   Friday 9 May says "on Thursday": 8 May, [`weekday_before`]): see [`written_dates`];
/// - the editor's working fields ([`WORKING_FIELDS`]) and `editor_note`s, which are not own
///   words of the sources' content; a figure we compute goes there, with its working.
///
/// Number words in our words ("one outlet", "the two sides") are not read as numbers, nor are
/// digits that are part of a name ("G20").
fn numbers_rule(d: &Dataset, out: &mut Vec<Problem>) {
    let all = items(d);
    let ev = Evidence::of(d, &all);
    for (at, (path, _, item)) in all.iter().enumerate() {
        let fields = item.own_words();
        if fields
            .iter()
            .all(|(_, t)| !t.chars().any(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let evidence: BTreeSet<String> = evidence_texts(d, &ev, &all, at)
            .iter()
            .flat_map(|t| numbers(t))
            .collect();
        let spans = carried_dates(&ev, &all, at);
        for (field, text) in fields {
            if WORKING_FIELDS.contains(&field.as_str()) {
                continue;
            }
            let stripped = strip_quoted(text);
            let dated: BTreeSet<String> = written_dates(&stripped)
                .into_iter()
                .filter(|w| w.within(&spans))
                .flat_map(|w| w.numbers)
                .collect();
            let own: BTreeSet<String> = digit_numbers(&stripped);
            let missing: Vec<&String> = own
                .iter()
                .filter(|n| !evidence.contains(*n) && !dated.contains(*n))
                .collect();
            if !missing.is_empty() {
                out.push(problem(
                    format!("{path}.{field}"),
                    format!(
                        "the number{} {} appear{} in no cited excerpt or quote of this item, nor as a date within the item's own dates: cite the passage that gives {}, or move {} into an editor's note",
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
pub const LINK_WORDS: [&str; 14] = [
    "because",
    "given that",
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
    let evidence = Evidence::of(d, &all);
    for (at, (path, _, item)) in all.iter().enumerate() {
        for (field, text) in item.own_words() {
            let Some(word) = has_any(&strip_quoted(text), &CAUSAL_WORDS) else {
                continue;
            };
            let ev = evidence_texts(d, &evidence, &all, at);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn weekdays_are_read_back_from_the_publication_date() {
        assert_eq!(weekday(day("2025-05-09")), 4); // a Friday
        assert_eq!(
            weekday_before("Thursday", day("2025-05-09")),
            Some(day("2025-05-08"))
        );
        assert_eq!(
            weekday_before("Friday", day("2025-05-09")),
            Some(day("2025-05-09"))
        );
        assert_eq!(
            weekday_before("Tuesday", day("2025-05-07")),
            Some(day("2025-05-06"))
        );
        assert_eq!(
            weekday_before("Wednesday", day("2025-06-04")),
            Some(day("2025-06-04"))
        );
        assert_eq!(
            weekday_before("Sunday", day("2025-03-01")),
            Some(day("2025-02-23"))
        );
        assert_eq!(weekday_before("today", day("2025-03-01")), None);
    }

    #[test]
    fn written_dates_are_found_with_their_numbers() {
        let w = written_dates("on 6, 7, 8 and 10 May 2025, then in April 2025 and in 2018; G20");
        assert_eq!(w.len(), 3);
        assert_eq!(w[0].days, vec![10, 8, 7, 6]);
        assert_eq!((w[0].month, w[0].year), (Some(5), Some(2025)));
        assert_eq!(w[1].numbers, vec!["2025".to_string()]);
        assert_eq!((w[2].year, w[2].month), (Some(2018), None));
        let spans = [(day("2025-05-06"), day("2025-05-10"))];
        assert!(w[0].within(&spans));
        assert!(!w[0].within(&[(day("2025-05-07"), day("2025-05-10"))]));
        assert!(!w[1].within(&spans));
        assert!(written_dates("on 8 May")[0].within(&[(day("2025-05-08"), day("2025-05-08"))]));
        assert!(!w[2].within(&spans));
    }

    #[test]
    fn digits_inside_a_name_are_not_numbers() {
        assert_eq!(
            digit_numbers("the G20 met; 1,000 and 295.4"),
            ["1000", "295.4"].iter().map(|s| s.to_string()).collect()
        );
    }
}
