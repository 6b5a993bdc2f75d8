//! Editorial checks on the embedded dataset (see "Editorial rules" in `docs/authoring.md`):
//!
//! 1. every quote sits inside one of its own citations' excerpts;
//! 2. a stance's quotes are by speakers on that stance's side;
//! 3. a dispute claim made by an actor cites only that actor's quotes;
//! 4. no own-words field shares a run of 12 or more words with a source article, outside
//!    quotation marks;
//! 5. actors placed on a party's side speak for it (former officials and companies are
//!    `independent`).
//!
//! The articles live outside the crate, in `../shared/seeds/`. When that folder is missing the
//! checks against them (test 4) are skipped with a notice, except on CI (env var `CI` set),
//! where they fail.

use super::prelude::{embedded_dataset as dataset, normalise, source_texts};
use counterpoint_core::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// The longest run of words an own-words field may share with a source.
const MAX_SHARED_RUN: usize = 11;

fn report(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} {what}:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// 1. Quotes inside their excerpts

#[test]
fn every_quote_sits_inside_one_of_its_citation_excerpts() {
    let d = dataset();
    let mut failures = Vec::new();
    for (i, q) in d.quotes.iter().enumerate() {
        let needle = normalise(&q.text);
        if !q
            .cites
            .iter()
            .any(|c| normalise(&c.excerpt).contains(&needle))
        {
            let excerpts: Vec<String> = q
                .cites
                .iter()
                .map(|c| format!("[{}] \"{}\"", c.source, c.excerpt))
                .collect();
            failures.push(format!(
                "quotes[{i}] \"{}\": text \"{}\" is in none of its excerpts: {}",
                q.id,
                q.text,
                excerpts.join(", ")
            ));
        }
    }
    report(
        "quote(s) not inside any of their citation excerpts (widen an excerpt to a verbatim passage that contains the quote)",
        &failures,
    );
}

// ---------------------------------------------------------------------------------------------
// 2. and 3. Who speaks for whom

fn actor<'a>(d: &'a Dataset, id: &str) -> Option<&'a Actor> {
    d.actors.iter().find(|a| a.id == id)
}

fn quote<'a>(d: &'a Dataset, id: &str) -> Option<&'a Quote> {
    d.quotes.iter().find(|q| q.id == id)
}

/// Stance quotes whose speaker is not on the stance's side.
fn stance_side_failures(d: &Dataset) -> Vec<String> {
    let mut failures = Vec::new();
    for (ti, t) in d.topics.iter().enumerate() {
        for (pi, p) in t.points.iter().enumerate() {
            for (si, s) in p.stances.iter().enumerate() {
                for qid in &s.quotes {
                    let Some(q) = quote(d, qid) else { continue };
                    let side = actor(d, &q.speaker).map(|a| a.side.as_str()).unwrap_or("?");
                    if side != s.party {
                        failures.push(format!(
                            "topics[{ti}] \"{}\" points[{pi}] \"{}\" stances[{si}] (party \"{}\"): quote \"{qid}\" is by \"{}\", whose side is \"{side}\": \"{}\"",
                            t.id, p.id, s.party, q.speaker, q.text
                        ));
                    }
                }
            }
        }
    }
    failures
}

/// Dispute-claim quotes whose speaker is not the claim's actor.
fn claim_actor_failures(d: &Dataset) -> Vec<String> {
    let mut failures = Vec::new();
    for (di, x) in d.disputes.iter().enumerate() {
        for (ci, c) in x.claims.iter().enumerate() {
            let Some(who) = &c.actor else { continue };
            for qid in &c.quotes {
                let Some(q) = quote(d, qid) else { continue };
                if &q.speaker != who {
                    failures.push(format!(
                        "disputes[{di}] \"{}\" claims[{ci}] (actor \"{who}\"): quote \"{qid}\" is by \"{}\": \"{}\"",
                        x.id, q.speaker, q.text
                    ));
                }
            }
        }
    }
    failures
}

#[test]
fn stance_quotes_are_by_speakers_on_the_stance_side() {
    report(
        "stance quote(s) by a speaker of another side",
        &stance_side_failures(&dataset()),
    );
}

#[test]
fn the_stance_side_check_sees_an_analyst_quoted_in_a_party_stance() {
    let mut d = dataset();
    let analyst = d
        .quotes
        .iter()
        .find(|q| actor(&d, &q.speaker).is_some_and(|a| a.side == INDEPENDENT))
        .map(|q| q.id.clone())
        .expect("an analyst's quote");
    d.topics[0].points[0].stances[0]
        .quotes
        .push(analyst.clone());
    let failures = stance_side_failures(&d);
    assert!(
        failures.iter().any(|f| f.contains(&analyst)),
        "the check missed quote \"{analyst}\" planted in a party's stance: {failures:?}"
    );
}

#[test]
fn dispute_claims_by_an_actor_cite_only_that_actors_quotes() {
    report(
        "dispute claim quote(s) by someone other than the claim's actor",
        &claim_actor_failures(&dataset()),
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Own words: no run of 12 or more words shared with a source

/// Removes text between quotation marks: “…”, "…" (straight quotes pair up in order).
fn strip_quoted(s: &str) -> String {
    let mut out = String::new();
    let mut curly = 0usize;
    let mut straight = false;
    for c in s.chars() {
        match c {
            '\u{201C}' => curly += 1,
            '\u{201D}' => curly = curly.saturating_sub(1),
            '"' => straight = !straight,
            c if curly == 0 && !straight => out.push(c),
            _ => {}
        }
    }
    out
}

/// Lowercased word tokens: letters, digits and inner apostrophes; everything else separates.
fn words(s: &str) -> Vec<String> {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            c if c.is_alphanumeric() || c == '\'' => c,
            _ => ' ',
        })
        .collect::<String>()
        .split_whitespace()
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every own-words field of the dataset, each with a path naming the item. The fields checked:
/// briefing claims (`what_happened`, `where_things_stand`, `what_to_watch`); topic `title`,
/// `question`, `summary`, `earlier_summaries`, `status[].label`, point `aspect`, stance `text`,
/// `overlap`, `clash`, `analysis[].text`; actor `role` and `description`; quote `venue` and
/// `notes`; event `title` and `summary`; figure `label`, `scope` and `note`; dispute
/// `question`, `claims[].text` and `assessment`; glossary `definition`; source `notes[].text` and `date_note`.
fn own_words(d: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut push = |path: String, text: &str| out.push((path, text.to_string()));
    for (bi, b) in d.briefings.iter().enumerate() {
        for (name, claims) in [
            ("what_happened", &b.what_happened),
            ("where_things_stand", &b.where_things_stand),
            ("what_to_watch", &b.what_to_watch),
        ] {
            for (i, c) in claims.iter().enumerate() {
                push(format!("briefings[{bi}] \"{}\" {name}[{i}]", b.id), &c.text);
            }
        }
    }
    for (ti, t) in d.topics.iter().enumerate() {
        let at = format!("topics[{ti}] \"{}\"", t.id);
        push(format!("{at} title"), &t.title);
        push(format!("{at} question"), &t.question);
        push(format!("{at} summary"), &t.summary);
        for (i, c) in t.earlier_summaries.iter().enumerate() {
            push(format!("{at} earlier_summaries[{i}]"), &c.text);
        }
        for (i, s) in t.status.iter().enumerate() {
            push(format!("{at} status[{i}].label"), &s.label);
        }
        for (pi, p) in t.points.iter().enumerate() {
            push(format!("{at} points[{pi}] \"{}\" aspect", p.id), &p.aspect);
            for (si, s) in p.stances.iter().enumerate() {
                push(
                    format!("{at} points[{pi}] \"{}\" stances[{si}] ({})", p.id, s.party),
                    &s.text,
                );
            }
        }
        for (i, c) in t.overlap.iter().enumerate() {
            push(format!("{at} overlap[{i}]"), &c.text);
        }
        for (i, c) in t.clash.iter().enumerate() {
            push(format!("{at} clash[{i}]"), &c.text);
        }
        for (i, a) in t.analysis.iter().enumerate() {
            push(format!("{at} analysis[{i}] ({})", a.actor), &a.text);
        }
    }
    for (i, a) in d.actors.iter().enumerate() {
        push(format!("actors[{i}] \"{}\" role", a.id), &a.role);
        push(
            format!("actors[{i}] \"{}\" description", a.id),
            &a.description,
        );
    }
    for (i, q) in d.quotes.iter().enumerate() {
        push(format!("quotes[{i}] \"{}\" venue", q.id), &q.venue);
        for (ni, n) in q.notes.iter().enumerate() {
            push(format!("quotes[{i}] \"{}\" notes[{ni}]", q.id), n);
        }
    }
    for (i, e) in d.events.iter().enumerate() {
        push(format!("events[{i}] \"{}\" title", e.id), &e.title);
        push(format!("events[{i}] \"{}\" summary", e.id), &e.summary);
    }
    for (i, f) in d.figures.iter().enumerate() {
        push(format!("figures[{i}] \"{}\" label", f.id), &f.label);
        if let Some(s) = &f.scope {
            push(format!("figures[{i}] \"{}\" scope", f.id), s);
        }
        if let Some(n) = &f.note {
            push(format!("figures[{i}] \"{}\" note", f.id), n);
        }
    }
    for (i, x) in d.disputes.iter().enumerate() {
        push(format!("disputes[{i}] \"{}\" question", x.id), &x.question);
        push(
            format!("disputes[{i}] \"{}\" assessment", x.id),
            &x.assessment,
        );
        for (ci, c) in x.claims.iter().enumerate() {
            push(format!("disputes[{i}] \"{}\" claims[{ci}]", x.id), &c.text);
        }
    }
    for (i, g) in d.glossary.iter().enumerate() {
        push(
            format!("glossary[{i}] \"{}\" definition", g.id),
            &g.definition,
        );
    }
    for (i, s) in d.sources.iter().enumerate() {
        push(format!("sources[{i}] \"{}\" date_note", s.id), &s.date_note);
        for (ni, n) in s.notes.iter().enumerate() {
            push(format!("sources[{i}] \"{}\" notes[{ni}]", s.id), &n.text);
        }
    }
    out
}

#[test]
fn own_words_share_no_run_of_twelve_words_with_a_source() {
    let Some(texts) = source_texts() else { return };
    let d = dataset();
    let n = MAX_SHARED_RUN + 1;
    // Every 12-word run of every source, with the source it comes from.
    let mut runs: BTreeMap<Vec<String>, &str> = BTreeMap::new();
    for (id, text) in &texts {
        let w = words(text);
        for run in w.windows(n) {
            runs.entry(run.to_vec()).or_insert(id);
        }
    }
    let fields = own_words(&d);
    assert!(
        fields.len() > 300,
        "expected hundreds of own-words fields, found {}",
        fields.len()
    );
    let mut failures = Vec::new();
    for (path, text) in &fields {
        let w = words(&strip_quoted(text));
        let mut seen = BTreeSet::new();
        for run in w.windows(n) {
            if let Some(src) = runs.get(run) {
                if seen.insert(*src) {
                    failures.push(format!(
                        "{path}: shares \"{}…\" with source \"{src}\" (quote it or reword it): \"{text}\"",
                        run.join(" ")
                    ));
                }
            }
        }
    }
    report(
        "own-words field(s) copying 12 or more consecutive words from a source",
        &failures,
    );
}

#[test]
fn the_word_run_check_sees_copying_and_ignores_quotes() {
    let seed = words("the talks will mark the first face-to-face meeting between senior officials from the two countries");
    let copy = words(&strip_quoted(
        "Analysts: the talks will mark the first face-to-face meeting between senior officials from the two.",
    ));
    assert!(copy.windows(12).any(|r| seed.windows(12).any(|s| s == r)));
    let quoted = words(&strip_quoted(
        "Analysts: “the talks will mark the first face-to-face meeting between senior officials from the two”.",
    ));
    assert!(!quoted.windows(12).any(|r| seed.windows(12).any(|s| s == r)));
}

// ---------------------------------------------------------------------------------------------
// 5. Sides

/// Actors that speak for neither party although they are American or Chinese: a former
/// president and a company.
const MUST_BE_INDEPENDENT: &[&str] = &["joe-biden", "huawei"];

#[test]
fn former_officials_and_companies_are_independent() {
    let d = dataset();
    let mut failures = Vec::new();
    for id in MUST_BE_INDEPENDENT {
        match actor(&d, id) {
            None => failures.push(format!("actor \"{id}\" is missing")),
            Some(a) if a.side != INDEPENDENT => failures.push(format!(
                "actor \"{id}\" ({}): side is \"{}\", expected \"independent\"",
                a.role, a.side
            )),
            _ => {}
        }
    }
    // The rule, stated mechanically: an actor whose role says "former" or "company" does not
    // speak for a party.
    for (i, a) in d.actors.iter().enumerate() {
        let role = a.role.to_lowercase();
        let flagged = ["former", "company", "companies", "corporation", "firm"]
            .iter()
            .any(|w| words(&role).iter().any(|r| r == w));
        if flagged && a.side != INDEPENDENT {
            failures.push(format!(
                "actors[{i}] \"{}\": role \"{}\" is a former official or a company, but side is \"{}\"",
                a.id, a.role, a.side
            ));
        }
    }
    report(
        "actor(s) on a party's side who do not speak for it",
        &failures,
    );
}

#[test]
fn members_of_an_organisation_share_its_side() {
    let d = dataset();
    let mut failures = Vec::new();
    for (i, a) in d.actors.iter().enumerate() {
        let Some(org) = a.organisation.as_deref().and_then(|o| actor(&d, o)) else {
            continue;
        };
        if org.side != a.side {
            failures.push(format!(
                "actors[{i}] \"{}\" (side \"{}\") belongs to \"{}\" (side \"{}\")",
                a.id, a.side, org.id, org.side
            ));
        }
    }
    report(
        "actor(s) on another side than their organisation",
        &failures,
    );
}

#[test]
fn party_sides_name_parties() {
    let d = dataset();
    let parties: Vec<&str> = d.parties.iter().map(|p| p.id.as_str()).collect();
    let bad: Vec<String> = d
        .actors
        .iter()
        .filter(|a| a.side != INDEPENDENT && !parties.contains(&a.side.as_str()))
        .map(|a| format!("actor \"{}\": side \"{}\"", a.id, a.side))
        .collect();
    report("actor(s) with an unknown side", &bad);
}
