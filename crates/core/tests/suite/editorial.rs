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
//! Rules 1–4 run in the core, for any dataset (`texts::editorial_problems`, and for rule 4
//! `texts::check_against_texts` with the texts): these tests run them on the embedded dataset
//! and plant a violation of each. Rule 5 is particular to this dataset.
//!
//! The articles live outside the crate, in `../shared/seeds/`. When that folder is missing the
//! checks against them (test 4) are skipped with a notice, except on CI (env var `CI` set),
//! where they fail.

use super::prelude::{embedded_dataset as dataset, embedded_raw_texts};
use counterpoint_core::model::*;
use counterpoint_core::texts::{
    check_against_texts, editorial_problems, own_words_fields, SHARED_RUN_WORDS,
};
use std::collections::BTreeMap;

fn report(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} {what}:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

/// The editorial problems (rules 1–3) whose path `keep` accepts, one line each.
fn editorial_failures(d: &Dataset, keep: impl Fn(&str) -> bool) -> Vec<String> {
    editorial_problems(d)
        .into_iter()
        .filter(|p| keep(&p.path))
        .map(|p| p.to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. Quotes inside their excerpts

#[test]
fn every_quote_sits_inside_one_of_its_citation_excerpts() {
    report(
        "quote(s) not inside any of their citation excerpts (widen an excerpt to a verbatim passage that contains the quote)",
        &editorial_failures(&dataset(), |p| p.starts_with("quotes[")),
    );
}

#[test]
fn the_excerpt_check_sees_a_quote_outside_its_excerpts() {
    let mut d = dataset();
    let q = &mut d.quotes[0];
    q.text = format!("{} (and more)", q.text);
    let failures = editorial_failures(&d, |p| p == "quotes[0].text");
    assert_eq!(
        failures.len(),
        1,
        "the check missed the planted quote: {failures:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 2. and 3. Who speaks for whom

fn actor<'a>(d: &'a Dataset, id: &str) -> Option<&'a Actor> {
    d.actors.iter().find(|a| a.id == id)
}

/// Stance quotes whose speaker is not on the stance's side.
fn stance_side_failures(d: &Dataset) -> Vec<String> {
    editorial_failures(d, |p| p.starts_with("topics[") && p.contains(".quotes["))
}

/// Dispute-claim quotes whose speaker is not the claim's actor.
fn claim_actor_failures(d: &Dataset) -> Vec<String> {
    editorial_failures(d, |p| p.starts_with("disputes["))
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

#[test]
fn the_claim_actor_check_sees_another_speakers_quote() {
    let mut d = dataset();
    let (di, ci) = d
        .disputes
        .iter()
        .enumerate()
        .find_map(|(i, x)| {
            x.claims
                .iter()
                .position(|c| c.actor.is_some())
                .map(|j| (i, j))
        })
        .expect("a claim made by an actor");
    let who = d.disputes[di].claims[ci].actor.clone().unwrap();
    let other = d
        .quotes
        .iter()
        .find(|q| q.speaker != who)
        .unwrap()
        .id
        .clone();
    d.disputes[di].claims[ci].quotes.push(other.clone());
    let failures = claim_actor_failures(&d);
    assert!(
        failures.iter().any(|f| f.contains(&other)),
        "the check missed quote \"{other}\" planted in a claim by \"{who}\": {failures:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Own words: no run of 12 or more words shared with a source

/// The own-words problems of `check_against_texts` (paths of own-words fields), one line each.
fn own_words_failures(d: &Dataset, texts: &BTreeMap<String, String>) -> Vec<String> {
    let fields: Vec<String> = own_words_fields(d).into_iter().map(|(p, _)| p).collect();
    check_against_texts(d, texts)
        .errors
        .into_iter()
        .filter(|p| fields.contains(&p.path))
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn own_words_share_no_run_of_twelve_words_with_a_source() {
    assert_eq!(SHARED_RUN_WORDS, 12);
    let d = dataset();
    let fields = own_words_fields(&d);
    assert!(
        fields.len() > 300,
        "expected hundreds of own-words fields, found {}",
        fields.len()
    );
    let Some(texts) = embedded_raw_texts() else {
        return;
    };
    report(
        "own-words field(s) copying 12 or more consecutive words from a source",
        &own_words_failures(&d, &texts),
    );
}

#[test]
fn the_word_run_check_sees_copying_and_ignores_quotes() {
    let mut d = dataset();
    let seed = "the talks will mark the first face-to-face meeting between senior officials from the two countries";
    let texts = BTreeMap::from([(d.sources[0].id.clone(), format!("Reuters: {seed}."))]);
    assert!(own_words_failures(&d, &texts).is_empty());
    d.topics[0].summary =
        "Analysts: the talks will mark the first face-to-face meeting between senior officials from the two.".into();
    let failures = own_words_failures(&d, &texts);
    assert!(
        failures.iter().any(|f| f.starts_with("topics[0].summary")),
        "the check missed the copied run: {failures:?}"
    );
    d.topics[0].summary =
        "Analysts: “the talks will mark the first face-to-face meeting between senior officials from the two”.".into();
    assert!(own_words_failures(&d, &texts).is_empty());
}

// ---------------------------------------------------------------------------------------------
// 5. Sides

/// Lowercased words of `s` (letters and digits; everything else separates).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

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
