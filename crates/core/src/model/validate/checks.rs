//! What serde cannot check: ids, references, required content. One function per kind of
//! item, run in the order of the file's lists, so that problems come in a stable order.

use super::{is_web_url, Problem};
use crate::model::types::*;
use std::collections::{BTreeMap, BTreeSet};

/// Checks everything serde cannot: ids, references, required content. Every problem at once,
/// in the order of the file's lists.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let known = Known::of(d);
    let mut v = Validator {
        d,
        known: &known,
        out: Vec::new(),
        ids: BTreeMap::new(),
    };
    v.dataset();
    v.parties();
    v.sources();
    v.briefings();
    v.actors();
    v.topics();
    v.quotes();
    v.events();
    v.figures();
    v.chart_measures();
    v.key_measures();
    v.disputes();
    v.commitments();
    v.number_groups();
    v.relations_and_notes();
    v.out.extend(super::glossary::check(d));
    v.out
}

/// The ids of each kind of item, for checking references: sets, not scans of the lists.
struct Known<'a> {
    parties: BTreeSet<&'a str>,
    /// The parties and "independent": who a person or an account may speak for.
    sides: BTreeSet<&'a str>,
    sources: BTreeSet<&'a str>,
    actors: BTreeSet<&'a str>,
    topics: BTreeSet<&'a str>,
    quotes: BTreeSet<&'a str>,
    events: BTreeSet<&'a str>,
    figures: BTreeSet<&'a str>,
}

impl<'a> Known<'a> {
    fn of(d: &'a Dataset) -> Known<'a> {
        fn ids<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> BTreeSet<&'a str> {
            items.iter().map(id).collect()
        }
        let parties = ids(&d.parties, |p| &p.id);
        let sides = parties.iter().copied().chain([INDEPENDENT]).collect();
        Known {
            sides,
            parties,
            sources: ids(&d.sources, |s| &s.id),
            actors: ids(&d.actors, |a| &a.id),
            topics: ids(&d.topics, |t| &t.id),
            quotes: ids(&d.quotes, |q| &q.id),
            events: ids(&d.events, |e| &e.id),
            figures: ids(&d.figures, |f| &f.id),
        }
    }
}

struct Validator<'a> {
    d: &'a Dataset,
    known: &'a Known<'a>,
    out: Vec<Problem>,
    /// Every id seen so far, with the path of its first use: ids are unique across kinds.
    ids: BTreeMap<&'a str, String>,
}

impl<'a> Validator<'a> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Problem::at(path, message));
    }

    fn id(&mut self, path: String, id: &'a str) {
        if id.trim().is_empty() {
            self.problem(format!("{path}.id"), "the id is empty");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.problem(
                format!("{path}.id"),
                format!("id \"{id}\" may use only a–z, 0–9 and '-'"),
            );
        }
        if let Some(first) = self.ids.get(id) {
            let first = first.clone();
            self.problem(
                format!("{path}.id"),
                format!("duplicate id \"{id}\": already used at {first}"),
            );
        } else {
            self.ids.insert(id, path);
        }
    }

    fn text(&mut self, path: String, s: &str, what: &str) {
        if s.trim().is_empty() {
            self.problem(path, format!("{what} is empty"));
        }
    }

    fn cites(&mut self, path: String, cites: &[Citation], required: bool) {
        if required && cites.is_empty() {
            self.problem(
                path.clone(),
                "cites no source: every statement needs at least one citation",
            );
        }
        for (i, c) in cites.iter().enumerate() {
            if !self.known.sources.contains(c.source.as_str()) {
                self.problem(
                    format!("{path}[{i}].source"),
                    format!("unknown source \"{}\"", c.source),
                );
            }
            if c.excerpt.trim().is_empty() {
                self.problem(format!("{path}[{i}].excerpt"), "the cited excerpt is empty");
            }
            if let Some(v) = &c.voice {
                if !self.known.actors.contains(v.as_str())
                    && !self.known.parties.contains(v.as_str())
                    && v != BOTH
                    && v != OUTLET
                {
                    self.problem(
                        format!("{path}[{i}].voice"),
                        format!("unknown voice \"{v}\": use an actor id, a party id, \"both\" or \"outlet\""),
                    );
                }
            }
            if let Some(verb) = &c.verb {
                if c.voice.is_none() {
                    self.problem(
                        format!("{path}[{i}].verb"),
                        "a verb needs a voice: say whose speech or thought the source reports with it",
                    );
                }
                if crate::model::verbs::verb_class(verb).is_none() {
                    self.problem(
                        format!("{path}[{i}].verb"),
                        format!("unknown attribution verb \"{verb}\": use one of the verbs of the table in crates/core/src/model/verbs.rs (add it there, with its class, if the source uses another)"),
                    );
                }
            }
            for (field, context) in [("prefix", &c.prefix), ("suffix", &c.suffix)] {
                if context.as_deref().is_some_and(|t| t.trim().is_empty()) {
                    self.problem(
                        format!("{path}[{i}].{field}"),
                        format!("the {field} is empty: give the verbatim words of the source right {} the excerpt, or leave the field out", if field == "prefix" { "before" } else { "after" }),
                    );
                }
            }
        }
    }

    fn refs(&mut self, path: String, ids: &[String], set: &BTreeSet<&str>, what: &str) {
        for (i, id) in ids.iter().enumerate() {
            if !set.contains(id.as_str()) {
                self.problem(format!("{path}[{i}]"), format!("unknown {what} \"{id}\""));
            }
        }
    }

    /// Checks the dataset's own fields: version and title.
    fn dataset(&mut self) {
        let d = self.d;
        if d.schema_version != SCHEMA_VERSION {
            self.problem(
                "schema_version",
                format!(
                    "schema version {} is not supported; this build reads {SCHEMA_VERSION}",
                    d.schema_version
                ),
            );
        }
        self.text("title".into(), &d.title, "the dataset title");
    }

    /// Checks parties: exactly two, reserved ids, negotiators on their own side.
    fn parties(&mut self) {
        let d = self.d;
        if d.parties.len() != 2 {
            self.problem(
                "parties",
                format!(
                    "a briefing compares exactly two parties; found {}",
                    d.parties.len()
                ),
            );
        }
        for (i, p) in d.parties.iter().enumerate() {
            self.id(format!("parties[{i}]"), &p.id);
            if p.id == INDEPENDENT || p.id == BOTH {
                self.problem(
                    format!("parties[{i}].id"),
                    format!("\"{}\" is reserved; choose another party id", p.id),
                );
            }
            self.text(format!("parties[{i}].name"), &p.name, "the party name");
        }
        for (i, p) in d.parties.iter().enumerate() {
            for (j, n) in p.negotiators.iter().enumerate() {
                match d.actors.iter().find(|a| &a.id == n) {
                    None => self.problem(
                        format!("parties[{i}].negotiators[{j}]"),
                        format!("unknown actor \"{n}\""),
                    ),
                    Some(a) if a.side != p.id => self.problem(
                        format!("parties[{i}].negotiators[{j}]"),
                        format!("\"{n}\" is on side \"{}\", not \"{}\"", a.side, p.id),
                    ),
                    Some(_) => {}
                }
            }
        }
    }

    /// Checks sources, first: everything else cites them.
    fn sources(&mut self) {
        let d = self.d;
        for (i, s) in d.sources.iter().enumerate() {
            self.id(format!("sources[{i}]"), &s.id);
            self.text(format!("sources[{i}].title"), &s.title, "the source title");
            if s.outlet.as_deref().is_none_or(|o| o.trim().is_empty())
                && s.outlet_description.trim().is_empty()
            {
                self.problem(
                    format!("sources[{i}].outlet"),
                    "give the outlet, or an outlet_description when the copy does not name it",
                );
            }
            if let Some(t) = &s.text {
                if t.file.trim().is_empty() {
                    self.problem(
                        format!("sources[{i}].text.file"),
                        "the text's file is empty: give the path of the source's plain-text file, relative to the dataset",
                    );
                }
                if t.sha256.len() != 64
                    || !t
                        .sha256
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                {
                    self.problem(
                        format!("sources[{i}].text.sha256"),
                        format!(
                            "\"{}\" is not a SHA-256: give the 64 lowercase hex digits of the file's hash (`sha256sum FILE`)",
                            t.sha256
                        ),
                    );
                }
            }
            if let Some(url) = &s.url {
                if !is_web_url(url) {
                    self.problem(
                        format!("sources[{i}].url"),
                        format!("links must start with http:// or https://; \"{url}\" does not"),
                    );
                }
            }
        }
        if d.sources.is_empty() {
            self.problem(
                "sources",
                "the dataset has no sources: every line must lead back to one",
            );
        }
    }

    /// Checks briefings: oldest first, each section with cited sentences.
    fn briefings(&mut self) {
        let d = self.d;
        if d.briefings.is_empty() {
            self.problem("briefings", "at least one dated briefing is needed");
        }
        for (i, b) in d.briefings.iter().enumerate() {
            let p = format!("briefings[{i}]");
            self.id(p.clone(), &b.id);
            self.text(format!("{p}.title"), &b.title, "the briefing title");
            if i > 0 && b.as_of < d.briefings[i - 1].as_of {
                self.problem(
                    format!("{p}.as_of"),
                    "briefings must be listed oldest first",
                );
            }
            for (name, claims) in [
                ("what_happened", &b.what_happened),
                ("where_things_stand", &b.where_things_stand),
                ("what_to_watch", &b.what_to_watch),
            ] {
                if claims.is_empty() {
                    self.problem(format!("{p}.{name}"), "is empty");
                }
                for (j, c) in claims.iter().enumerate() {
                    self.text(format!("{p}.{name}[{j}].text"), &c.text, "the sentence");
                    self.cites(format!("{p}.{name}[{j}].cites"), &c.cites, true);
                }
            }
        }
    }

    /// Checks people and bodies: a known side, cited.
    fn actors(&mut self) {
        let d = self.d;
        let Known { parties, sides, .. } = self.known;
        for (i, a) in d.actors.iter().enumerate() {
            let p = format!("actors[{i}]");
            self.id(p.clone(), &a.id);
            self.text(format!("{p}.name"), &a.name, "the name");
            self.text(format!("{p}.role"), &a.role, "the role");
            if !sides.contains(a.side.as_str()) {
                self.problem(
                    format!("{p}.side"),
                    format!(
                        "unknown side \"{}\": use a party id ({}) or \"independent\"",
                        a.side,
                        join(parties)
                    ),
                );
            }
            self.cites(format!("{p}.cites"), &a.cites, true);
        }
    }

    /// Checks topics: statuses oldest first, a stance per party on every point, known references.
    fn topics(&mut self) {
        let d = self.d;
        let Known {
            parties,
            actors,
            quotes,
            ..
        } = self.known;
        for (i, t) in d.topics.iter().enumerate() {
            let p = format!("topics[{i}]");
            self.id(p.clone(), &t.id);
            self.text(format!("{p}.title"), &t.title, "the topic title");
            self.text(format!("{p}.summary"), &t.summary, "the summary");
            if t.status.is_empty() {
                self.problem(format!("{p}.status"), "needs at least one status");
            }
            for (j, s) in t.status.iter().enumerate() {
                self.cites(format!("{p}.status[{j}].cites"), &s.cites, true);
                if j > 0 && s.date < t.status[j - 1].date {
                    self.problem(
                        format!("{p}.status[{j}].date"),
                        "status changes must be listed oldest first",
                    );
                }
            }
            if t.points.is_empty() {
                self.problem(
                    format!("{p}.points"),
                    "a topic needs at least one point with each party's stance",
                );
            }
            for (j, pt) in t.points.iter().enumerate() {
                let pp = format!("{p}.points[{j}]");
                self.id(pp.clone(), &pt.id);
                self.text(format!("{pp}.aspect"), &pt.aspect, "the aspect");
                for party in &d.parties {
                    if !pt.stances.iter().any(|s| s.party == party.id) {
                        self.problem(format!("{pp}.stances"), format!("missing a stance for {} (\"{}\"): add one, with \"silent\": true if the sources carry nothing from that side", party.name, party.id));
                    }
                }
                for (k, s) in pt.stances.iter().enumerate() {
                    let sp = format!("{pp}.stances[{k}]");
                    if !parties.contains(s.party.as_str()) {
                        self.problem(
                            format!("{sp}.party"),
                            format!("unknown party \"{}\": use {}", s.party, join(parties)),
                        );
                    }
                    self.text(format!("{sp}.text"), &s.text, "the stance");
                    self.refs(format!("{sp}.quotes"), &s.quotes, quotes, "quote");
                    self.cites(
                        format!("{sp}.cites"),
                        &s.cites,
                        !s.silent && s.quotes.is_empty(),
                    );
                }
            }
            for (name, claims) in [
                ("overlap", &t.overlap),
                ("clash", &t.clash),
                ("earlier_summaries", &t.earlier_summaries),
            ] {
                for (j, c) in claims.iter().enumerate() {
                    self.text(format!("{p}.{name}[{j}].text"), &c.text, "the sentence");
                    self.cites(format!("{p}.{name}[{j}].cites"), &c.cites, true);
                }
            }
            for (j, a) in t.analysis.iter().enumerate() {
                let ap = format!("{p}.analysis[{j}]");
                if !actors.contains(a.actor.as_str()) {
                    self.problem(
                        format!("{ap}.actor"),
                        format!("unknown actor \"{}\"", a.actor),
                    );
                }
                self.text(format!("{ap}.text"), &a.text, "the analysis");
                self.refs(format!("{ap}.quotes"), &a.quotes, quotes, "quote");
                self.cites(format!("{ap}.cites"), &a.cites, true);
            }
        }
        if d.topics.is_empty() {
            self.problem("topics", "the dataset has no topics");
        }
    }

    /// Checks quotes: a known speaker, known topics, cited.
    fn quotes(&mut self) {
        let d = self.d;
        let Known { actors, topics, .. } = self.known;
        for (i, q) in d.quotes.iter().enumerate() {
            let p = format!("quotes[{i}]");
            self.id(p.clone(), &q.id);
            self.text(format!("{p}.text"), &q.text, "the quote");
            if !actors.contains(q.speaker.as_str()) {
                self.problem(
                    format!("{p}.speaker"),
                    format!("unknown speaker \"{}\": add them to actors", q.speaker),
                );
            }
            self.text(format!("{p}.venue"), &q.venue, "the venue");
            self.refs(format!("{p}.topics"), &q.topics, topics, "topic");
            self.cites(format!("{p}.cites"), &q.cites, true);
        }
    }

    /// Checks events: a known side, known responses and topics, cited.
    fn events(&mut self) {
        let d = self.d;
        let Known {
            parties,
            sides,
            events,
            topics,
            ..
        } = self.known;
        for (i, e) in d.events.iter().enumerate() {
            let p = format!("events[{i}]");
            self.id(p.clone(), &e.id);
            self.text(format!("{p}.title"), &e.title, "the event title");
            if !sides.contains(e.actor_side.as_str()) && e.actor_side != BOTH {
                self.problem(
                    format!("{p}.actor_side"),
                    format!(
                        "unknown side \"{}\": use {}, \"both\" or \"independent\"",
                        e.actor_side,
                        join(parties)
                    ),
                );
            }
            if let Some(r) = &e.responds_to {
                if !events.contains(r.as_str()) {
                    self.problem(format!("{p}.responds_to"), format!("unknown event \"{r}\""));
                }
            }
            self.refs(format!("{p}.topics"), &e.topics, topics, "topic");
            self.cites(format!("{p}.cites"), &e.cites, true);
        }
    }

    /// Checks figures: a finite value, known topics, cited.
    fn figures(&mut self) {
        let d = self.d;
        let Known { topics, .. } = self.known;
        for (i, f) in d.figures.iter().enumerate() {
            let p = format!("figures[{i}]");
            self.id(p.clone(), &f.id);
            self.text(format!("{p}.label"), &f.label, "the label");
            self.text(format!("{p}.measure"), &f.measure, "the measure");
            if !f.value.is_finite() {
                self.problem(format!("{p}.value"), "the value must be a finite number");
            }
            match (&f.unit, &f.unit_format) {
                (Unit::Other, None) => self.problem(
                    format!("{p}.unit"),
                    "a figure in unit \"other\" needs a \"unit_format\" saying how its value is written, e.g. \"{} m³/s\"",
                ),
                (Unit::Other, Some(t)) if t.matches("{}").count() != 1 => self.problem(
                    format!("{p}.unit_format"),
                    "the unit format must hold \"{}\" exactly once, where the number goes",
                ),
                (Unit::Other, Some(_)) | (_, None) => {}
                (_, Some(_)) => self.problem(
                    format!("{p}.unit_format"),
                    "a unit format is only for unit \"other\": the other units write their own",
                ),
            }
            self.refs(format!("{p}.topics"), &f.topics, topics, "topic");
            self.cites(format!("{p}.cites"), &f.cites, true);
        }
    }

    /// Checks the charted measures: each a measure some figure has, between two parties.
    fn chart_measures(&mut self) {
        let d = self.d;
        let Known { parties, .. } = self.known;
        for (i, c) in d.chart_measures.iter().enumerate() {
            let p = format!("chart_measures[{i}]");
            if !d.figures.iter().any(|f| f.measure == c.measure) {
                self.problem(
                    format!("{p}.measure"),
                    format!("no figure has the measure \"{}\"", c.measure),
                );
            }
            for (field, party) in [("by", &c.by), ("on", &c.on)] {
                if !parties.contains(party.as_str()) {
                    self.problem(
                        format!("{p}.{field}"),
                        format!("unknown party \"{party}\": use {}", join(parties)),
                    );
                }
            }
        }
    }

    /// Checks the key measures: each the measure of some figure.
    fn key_measures(&mut self) {
        let d = self.d;
        let measures: BTreeSet<&str> = d.figures.iter().map(|f| f.measure.as_str()).collect();
        for (i, m) in d.key_measures.iter().enumerate() {
            if !measures.contains(m.as_str()) {
                self.problem(
                    format!("key_measures[{i}]"),
                    format!("unknown measure \"{m}\": use the \"measure\" of a figure"),
                );
            }
        }
    }

    /// Checks disputes: at least two accounts, each from a known side.
    fn disputes(&mut self) {
        let d = self.d;
        let Known {
            sides,
            sources,
            actors,
            quotes,
            topics,
            ..
        } = self.known;
        for (i, x) in d.disputes.iter().enumerate() {
            let p = format!("disputes[{i}]");
            self.id(p.clone(), &x.id);
            self.text(format!("{p}.question"), &x.question, "the question");
            self.refs(format!("{p}.topics"), &x.topics, topics, "topic");
            if x.claims.len() < 2 && x.kind != DisputeKind::SourceError {
                self.problem(
                    format!("{p}.claims"),
                    "a dispute needs at least two accounts",
                );
            }
            for (j, c) in x.claims.iter().enumerate() {
                let cp = format!("{p}.claims[{j}]");
                if !sides.contains(c.side.as_str()) && !sources.contains(c.side.as_str()) {
                    self.problem(
                        format!("{cp}.side"),
                        format!(
                            "unknown side \"{}\": use a party id, \"independent\" or a source id",
                            c.side
                        ),
                    );
                }
                if let Some(a) = &c.actor {
                    if !actors.contains(a.as_str()) {
                        self.problem(format!("{cp}.actor"), format!("unknown actor \"{a}\""));
                    }
                }
                self.text(format!("{cp}.text"), &c.text, "the account");
                self.refs(format!("{cp}.quotes"), &c.quotes, quotes, "quote");
                self.cites(format!("{cp}.cites"), &c.cites, true);
            }
        }
    }
}

/// Commitments and number groups (optional lists).
impl Validator<'_> {
    /// Checks commitments: an actor of a party, its own quote, a deadline not before the words,
    /// statuses oldest first, `met`, `missed` and `disputed` cited.
    fn commitments(&mut self) {
        let d = self.d;
        let Known {
            parties,
            topics,
            quotes,
            ..
        } = self.known;
        if d.commitments.is_empty() {
            return;
        }
        let actors: BTreeMap<&str, &Actor> = d.actors.iter().map(|a| (a.id.as_str(), a)).collect();
        let speakers: BTreeMap<&str, &str> = d
            .quotes
            .iter()
            .map(|q| (q.id.as_str(), q.speaker.as_str()))
            .collect();
        for (i, c) in d.commitments.iter().enumerate() {
            let p = format!("commitments[{i}]");
            self.id(p.clone(), &c.id);
            self.text(format!("{p}.text"), &c.text, "what was committed");
            match actors.get(c.actor.as_str()) {
                None => self.problem(
                    format!("{p}.actor"),
                    format!("unknown actor \"{}\": add them to actors", c.actor),
                ),
                Some(a) if !parties.contains(a.side.as_str()) => self.problem(
                    format!("{p}.actor"),
                    format!(
                        "\"{}\" is on side \"{}\", not a party's: the ledger holds what the parties' people and bodies commit to, predict or threaten; an analyst's or outlet's forecast belongs in a topic's analysis",
                        c.actor, a.side
                    ),
                ),
                Some(_) => {}
            }
            if let Some(q) = &c.quote {
                if !quotes.contains(q.as_str()) {
                    self.problem(format!("{p}.quote"), format!("unknown quote \"{q}\""));
                } else if let Some(&speaker) = speakers.get(q.as_str()) {
                    if speaker != c.actor {
                        self.problem(
                            format!("{p}.quote"),
                            format!(
                                "quote \"{q}\" is by \"{}\", not by this commitment's actor \"{}\": one voice stays one voice",
                                speaker, c.actor
                            ),
                        );
                    }
                }
            }
            if let Some(deadline) = &c.deadline {
                if deadline.last() < c.said.first() {
                    self.problem(
                        format!("{p}.deadline"),
                        format!(
                            "the deadline ({}) is before the words were said ({}): a deadline runs from when it was set",
                            deadline.human(),
                            c.said.human()
                        ),
                    );
                }
            }
            if c.deadline_words
                .as_deref()
                .is_some_and(|w| w.trim().is_empty())
            {
                self.problem(
                    format!("{p}.deadline_words"),
                    "the deadline's wording is empty: give the source's words, or leave the field out",
                );
            }
            for (j, s) in c.status.iter().enumerate() {
                let sp = format!("{p}.status[{j}]");
                if j > 0 && s.date < c.status[j - 1].date {
                    self.problem(
                        format!("{sp}.date"),
                        "status changes must be listed oldest first",
                    );
                }
                let needs = matches!(
                    s.status,
                    CommitmentStatus::Met | CommitmentStatus::Missed | CommitmentStatus::Disputed
                );
                if needs && s.cites.is_empty() {
                    self.problem(
                        format!("{sp}.cites"),
                        format!(
                            "a \"{}\" status cites no source: say which source reports that it was {}",
                            s.status.slug(),
                            match s.status {
                                CommitmentStatus::Met => "kept or came true",
                                CommitmentStatus::Missed => "broken or did not come true",
                                _ => "disputed",
                            }
                        ),
                    );
                }
                self.cites(format!("{sp}.cites"), &s.cites, false);
            }
            self.refs(format!("{p}.topics"), &c.topics, topics, "topic");
            self.cites(format!("{p}.cites"), &c.cites, true);
            self.editor_note(p, &c.editor_note);
        }
    }

    /// Checks number groups: at least two known figures, each once, a known voice, cited.
    fn number_groups(&mut self) {
        let d = self.d;
        let Known {
            actors,
            figures,
            topics,
            ..
        } = self.known;
        for (i, g) in d.number_groups.iter().enumerate() {
            let p = format!("number_groups[{i}]");
            self.id(p.clone(), &g.id);
            self.text(format!("{p}.quantity"), &g.quantity, "the quantity");
            self.text(format!("{p}.note"), &g.note, "the note");
            if g.figures.len() < 2 {
                self.problem(
                    format!("{p}.figures"),
                    format!(
                        "a group of numbers that disagree needs at least two figures; found {}",
                        g.figures.len()
                    ),
                );
            }
            let mut seen = BTreeSet::new();
            for (j, f) in g.figures.iter().enumerate() {
                let fp = format!("{p}.figures[{j}]");
                if !figures.contains(f.figure.as_str()) {
                    self.problem(
                        format!("{fp}.figure"),
                        format!("unknown figure \"{}\"", f.figure),
                    );
                } else if !seen.insert(f.figure.as_str()) {
                    self.problem(
                        format!("{fp}.figure"),
                        format!("figure \"{}\" is already in this group", f.figure),
                    );
                }
                if let Some(a) = &f.given_by {
                    if !actors.contains(a.as_str()) {
                        self.problem(format!("{fp}.given_by"), format!("unknown actor \"{a}\""));
                    }
                }
                self.text(format!("{fp}.basis"), &f.basis, "what the figure measures");
            }
            self.refs(format!("{p}.topics"), &g.topics, topics, "topic");
            self.cites(format!("{p}.cites"), &g.cites, true);
            self.editor_note(p, &g.editor_note);
        }
    }
}

/// Relations and editor's notes.
impl Validator<'_> {
    /// Points' relations (the static `relation` or dated `relations`) and editor's notes.
    fn relations_and_notes(&mut self) {
        let d = self.d;
        for (i, t) in d.topics.iter().enumerate() {
            for (j, pt) in t.points.iter().enumerate() {
                let pp = format!("topics[{i}].points[{j}]");
                match (&pt.relation, pt.relations.is_empty()) {
                    (None, true) => self.problem(
                        format!("{pp}.relations"),
                        "the point has no relation: give \"relations\" (dated, oldest first) or \"relation\" (one value from its first stance on)",
                    ),
                    (Some(_), false) => self.problem(
                        format!("{pp}.relation"),
                        "give either \"relation\" or \"relations\", not both: drop \"relation\" and date its value as the first entry of \"relations\"",
                    ),
                    _ => {}
                }
                for (k, r) in pt.relations.iter().enumerate() {
                    let rp = format!("{pp}.relations[{k}]");
                    if r.relation == Relation::OneSided {
                        self.problem(
                            format!("{rp}.relation"),
                            "\"one_sided\" is derived from the stances (a party silent or not yet heard); dated relations say \"overlap\", \"clash\" or \"different\"",
                        );
                    }
                    if k > 0 && r.date < pt.relations[k - 1].date {
                        self.problem(
                            format!("{rp}.date"),
                            "dated relations must be listed oldest first",
                        );
                    }
                    self.cites(format!("{rp}.cites"), &r.cites, true);
                }
                for (k, st) in pt.stances.iter().enumerate() {
                    self.editor_note(format!("{pp}.stances[{k}]"), &st.editor_note);
                }
            }
            for (name, claims) in [
                ("overlap", &t.overlap),
                ("clash", &t.clash),
                ("earlier_summaries", &t.earlier_summaries),
            ] {
                for (j, c) in claims.iter().enumerate() {
                    self.editor_note(format!("topics[{i}].{name}[{j}]"), &c.editor_note);
                }
            }
        }
        for (i, b) in d.briefings.iter().enumerate() {
            for (name, claims) in [
                ("what_happened", &b.what_happened),
                ("where_things_stand", &b.where_things_stand),
                ("what_to_watch", &b.what_to_watch),
            ] {
                for (j, c) in claims.iter().enumerate() {
                    self.editor_note(format!("briefings[{i}].{name}[{j}]"), &c.editor_note);
                }
            }
        }
        for (i, e) in d.events.iter().enumerate() {
            self.editor_note(format!("events[{i}]"), &e.editor_note);
        }
        for (i, f) in d.figures.iter().enumerate() {
            self.editor_note(format!("figures[{i}]"), &f.editor_note);
        }
    }

    fn editor_note(&mut self, path: String, note: &Option<String>) {
        if note.as_deref().is_some_and(|n| n.trim().is_empty()) {
            self.problem(
                format!("{path}.editor_note"),
                "the editor's note is empty: write it, or leave the field out",
            );
        }
    }
}

fn join(set: &BTreeSet<&str>) -> String {
    set.iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
