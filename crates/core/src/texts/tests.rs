//! Each rule with a planted violation, on small datasets: the minimal fixture with texts made
//! from its own excerpts (so that everything passes until a test breaks one thing).

use super::*;
use crate::model::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");
const EXAMPLE: &str = include_str!("../../../../data/examples/us-japan-2019.json");

fn minimal() -> Dataset {
    parse_dataset(MINIMAL).expect("the minimal fixture is valid")
}

/// A text for every source of `d` that contains each of its excerpts (citations and notes)
/// exactly once, between filler sentences.
fn texts_of(d: &Dataset) -> BTreeMap<String, String> {
    let mut by_source: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, c) in citations(d) {
        by_source
            .entry(c.source.clone())
            .or_default()
            .push(c.excerpt.clone());
    }
    for s in &d.sources {
        for n in &s.notes {
            if !n.excerpt.is_empty() {
                by_source
                    .entry(s.id.clone())
                    .or_default()
                    .push(n.excerpt.clone());
            }
        }
    }
    by_source
        .into_iter()
        .map(|(id, mut excerpts)| {
            // Longest first, each only when not already inside the text: one place each.
            excerpts.sort_by_key(|e| std::cmp::Reverse(e.len()));
            let mut text = String::new();
            for (i, e) in excerpts.iter().enumerate() {
                if !normalize(&text).contains(&normalize(e)) {
                    text.push_str(&format!("Filler {i} here.\n{e}\n"));
                }
            }
            (id, text)
        })
        .collect()
}

fn paths(ps: &[Problem]) -> Vec<&str> {
    ps.iter().map(|p| p.path.as_str()).collect()
}

#[track_caller]
fn has<'p>(ps: &'p [Problem], path: &str, needle: &str) -> &'p Problem {
    ps.iter()
        .find(|p| p.path == path && p.message.contains(needle))
        .unwrap_or_else(|| panic!("no problem at {path} with \"{needle}\": {ps:#?}"))
}

/// The path and index of the first citation of source `id` that is not a quote's.
fn first_cite(d: &Dataset, id: &str) -> String {
    citations(d)
        .into_iter()
        .find(|(p, c)| c.source == id && !p.starts_with("quotes"))
        .map(|(p, _)| p)
        .unwrap()
}

fn cite_mut<'a>(d: &'a mut Dataset, path: &str) -> &'a mut Citation {
    // Only the places the tests use.
    let v: Vec<usize> = path
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    if path.starts_with("briefings") && path.contains("what_happened") {
        &mut d.briefings[v[0]].what_happened[v[1]].cites[v[2]]
    } else if path.starts_with("actors") {
        &mut d.actors[v[0]].cites[v[1]]
    } else if path.starts_with("quotes") {
        &mut d.quotes[v[0]].cites[v[1]]
    } else {
        panic!("cite_mut: {path}")
    }
}

// ---- the declared normalization, hashes ------------------------------------------------------

#[test]
fn normalize_folds_quotes_dashes_whitespace_and_composes() {
    assert_eq!(
        normalize("  “Fight” to the\u{a0}end —\n‘now’ – US−China  "),
        "\"Fight\" to the end - 'now' - US-China"
    );
    assert_eq!(normalize("e\u{301}"), "é");
    assert_eq!(
        normalize("«non» ‹oui› „ja“ ′ ″"),
        "\"non\" 'oui' \"ja\" ' \""
    );
    assert_eq!(
        normalize("a\u{2010}b\u{2011}c\u{2012}d\u{2015}e"),
        "a-b-c-d-e"
    );
    assert_eq!(normalize(""), "");
}

#[test]
fn sha256_is_lowercase_hex() {
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

// ---- every citation is walked ---------------------------------------------------------------

/// The path of every element of every `cites` array in the JSON.
fn cites_in_json(v: &Value, path: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                if k == "cites" {
                    for (i, c) in child.as_array().unwrap().iter().enumerate() {
                        assert!(c.get("excerpt").is_some(), "{p}[{i}]");
                        out.insert(format!("{p}[{i}]"));
                    }
                } else {
                    cites_in_json(child, &p, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                cites_in_json(child, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_walker_finds_every_citation_of_the_serialized_dataset() {
    for (name, json) in [
        ("embedded", EMBEDDED_JSON),
        ("example", EXAMPLE),
        ("minimal", MINIMAL),
    ] {
        let d = parse_dataset(json).unwrap();
        let mut in_json = BTreeSet::new();
        cites_in_json(&serde_json::to_value(&d).unwrap(), "", &mut in_json);
        let walked: Vec<String> = citations(&d).into_iter().map(|(p, _)| p).collect();
        let walked_set: BTreeSet<String> = walked.iter().cloned().collect();
        assert_eq!(walked.len(), walked_set.len(), "{name}: a path twice");
        let missed: Vec<_> = in_json.difference(&walked_set).collect();
        let extra: Vec<_> = walked_set.difference(&in_json).collect();
        assert!(
            missed.is_empty() && extra.is_empty(),
            "{name}: the walker missed {missed:?} and invented {extra:?}"
        );
        assert!(walked.len() > 10, "{name}: {}", walked.len());
    }
    // Every place that can cite appears in the embedded dataset, so none can be missed unseen.
    let d = parse_dataset(EMBEDDED_JSON).unwrap();
    let kinds: BTreeSet<String> = citations(&d)
        .into_iter()
        .map(|(p, _)| {
            p.split('.')
                .map(|s| s.split('[').next().unwrap().to_string())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    for kind in [
        "briefings.what_happened.cites",
        "briefings.where_things_stand.cites",
        "briefings.what_to_watch.cites",
        "actors.cites",
        "topics.earlier_summaries.cites",
        "topics.status.cites",
        "topics.points.relations.cites",
        "topics.points.stances.cites",
        "topics.overlap.cites",
        "topics.clash.cites",
        "topics.analysis.cites",
        "quotes.cites",
        "events.cites",
        "figures.cites",
        "disputes.claims.cites",
        "glossary.cites",
    ] {
        assert!(kinds.contains(kind), "no citation at {kind}: {kinds:?}");
    }
}

// ---- against the texts ------------------------------------------------------------------------

#[test]
fn the_minimal_dataset_passes_against_texts_made_of_its_excerpts() {
    let d = minimal();
    let check = check_against_texts(&d, &texts_of(&d));
    assert!(check.errors.is_empty(), "{:#?}", check.errors);
    assert!(check.warnings.is_empty(), "{:#?}", check.warnings);
    assert!(editorial_problems(&d).is_empty());
}

#[test]
fn a_wrong_word_in_an_excerpt_is_an_error_with_the_closest_passage() {
    let mut d = minimal();
    let texts = texts_of(&d);
    let at = first_cite(&d, "wh-joint-statement-2018");
    let c = cite_mut(&mut d, &at);
    let right = c.excerpt.clone();
    c.excerpt = right.replacen("Summit", "Summat", 1);
    assert_ne!(c.excerpt, right, "the planted word");
    let check = check_against_texts(&d, &texts);
    let p = has(
        &check.errors,
        &format!("{at}.excerpt"),
        "excerpt not found in source \"wh-joint-statement-2018\"; closest passage (1 edit): ",
    );
    assert!(p.message.contains(&normalize(&right)), "{}", p.message);
    // Fuzzy search explains, never passes: this is the only problem and it is an error.
    assert_eq!(check.errors.len(), 1, "{:#?}", check.errors);
}

#[test]
fn a_quote_no_longer_inside_its_excerpt_is_an_editorial_error() {
    let mut d = minimal();
    let q = &mut d.quotes[0];
    q.cites[0].excerpt = "we, President Donald J. Trump and Prime Minister Shinzo Abe".into();
    let ps = editorial_problems(&d);
    has(&ps, "quotes[0].text", "in none of its citations' excerpts");
}

#[test]
fn the_same_wrong_word_in_a_quote_and_its_excerpt_is_caught_by_the_texts() {
    let mut d = minimal();
    let texts = texts_of(&d);
    let q = &mut d.quotes[0];
    let word = q
        .text
        .split_whitespace()
        .find(|w| w.len() > 4 && w.chars().all(char::is_alphabetic))
        .unwrap()
        .to_string();
    let wrong = format!("{word}x");
    q.text = q.text.replacen(&word, &wrong, 1);
    for c in &mut q.cites {
        c.excerpt = c.excerpt.replacen(&word, &wrong, 1);
    }
    // The quote is still inside its excerpt: the rules without texts cannot see it.
    assert!(editorial_problems(&d).is_empty());
    let check = check_against_texts(&d, &texts);
    has(&check.errors, "quotes[0].text", "quote not found in source");
    has(
        &check.errors,
        "quotes[0].cites[0].excerpt",
        "closest passage (1 edit)",
    );
}

#[test]
fn one_partys_quote_on_the_other_partys_stance_is_an_error() {
    let mut d = parse_dataset(EMBEDDED_JSON).unwrap();
    let (qid, side) = d
        .quotes
        .iter()
        .find_map(|q| {
            let a = d.actors.iter().find(|a| a.id == q.speaker)?;
            (a.side != INDEPENDENT).then(|| (q.id.clone(), a.side.clone()))
        })
        .expect("a party's quote");
    let (pi, si) = d.topics[0].points[0]
        .stances
        .iter()
        .position(|s| s.party != side)
        .map(|si| (0, si))
        .unwrap();
    d.topics[0].points[pi].stances[si].quotes.push(qid.clone());
    let m = d.topics[0].points[pi].stances[si].quotes.len() - 1;
    let ps = editorial_problems(&d);
    let p = has(
        &ps,
        &format!("topics[0].points[{pi}].stances[{si}].quotes[{m}]"),
        &format!("quote \"{qid}\" is by"),
    );
    assert!(p.message.contains(&format!("whose side is \"{side}\"")));
}

#[test]
fn a_dispute_claim_citing_another_actors_quote_is_an_error() {
    let mut d = parse_dataset(EMBEDDED_JSON).unwrap();
    assert!(editorial_problems(&d).is_empty());
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
        .expect("a dispute claim made by an actor");
    let who = d.disputes[di].claims[ci].actor.clone().unwrap();
    let other = d
        .quotes
        .iter()
        .find(|q| q.speaker != who)
        .unwrap()
        .id
        .clone();
    d.disputes[di].claims[ci].quotes.push(other.clone());
    let m = d.disputes[di].claims[ci].quotes.len() - 1;
    has(
        &editorial_problems(&d),
        &format!("disputes[{di}].claims[{ci}].quotes[{m}]"),
        &format!("quote \"{other}\" is by"),
    );
}

#[test]
fn a_stance_copying_twenty_words_of_a_source_is_an_error() {
    let mut d = minimal();
    let mut texts = texts_of(&d);
    let copied = "the two leaders agreed that both countries would refrain from taking measures against the spirit of this joint statement while talks go on";
    texts
        .get_mut("wh-joint-statement-2018")
        .unwrap()
        .push_str(&format!("Also, {copied}.\n"));
    assert!(check_against_texts(&d, &texts).errors.is_empty());
    d.topics[0].points[0].stances[0].text = format!("Trump says {copied}.");
    let check = check_against_texts(&d, &texts);
    has(
        &check.errors,
        "topics[0].points[0].stances[0].text",
        "copies 12 or more consecutive words of source \"wh-joint-statement-2018\"",
    );
    // Quoted, the same words are fine.
    d.topics[0].points[0].stances[0].text = format!("Trump says “{copied}”.");
    assert!(check_against_texts(&d, &texts).errors.is_empty());
}

#[test]
fn a_changed_text_is_an_error() {
    let mut d = minimal();
    let mut texts = texts_of(&d);
    let id = "wh-joint-statement-2018";
    let i = d.sources.iter().position(|s| s.id == id).unwrap();
    d.sources[i].text = Some(SourceText {
        file: "texts/wh.txt".into(),
        sha256: sha256_hex(texts[id].as_bytes()),
    });
    assert!(check_against_texts(&d, &texts).errors.is_empty());
    texts
        .get_mut(id)
        .unwrap()
        .push_str("A paragraph added later.\n");
    let check = check_against_texts(&d, &texts);
    has(
        &check.errors,
        &format!("sources[{i}].text.sha256"),
        "has changed since the dataset was written",
    );
    assert_eq!(check.errors.len(), 1, "{:#?}", check.errors);
}

#[test]
fn an_excerpt_found_twice_needs_a_prefix_or_suffix_that_selects_one() {
    let mut d = minimal();
    let mut texts = texts_of(&d);
    let id = "wh-joint-statement-2018";
    let at = first_cite(&d, id);
    let excerpt = cite_mut(&mut d, &at).excerpt.clone();
    texts
        .get_mut(id)
        .unwrap()
        .push_str(&format!("Repeated later: {excerpt} — and more.\n"));
    let check = check_against_texts(&d, &texts);
    has(
        &check.errors,
        &format!("{at}.excerpt"),
        "the excerpt occurs 2 times in source \"wh-joint-statement-2018\": add a \"prefix\"",
    );

    // A prefix that fixes it (verbatim, curly dash and all, compared normalized).
    cite_mut(&mut d, &at).prefix = Some("Repeated later:".into());
    let check = check_against_texts(&d, &texts);
    assert!(check.errors.is_empty(), "{:#?}", check.errors);
    // So does a suffix.
    let c = cite_mut(&mut d, &at);
    c.prefix = None;
    c.suffix = Some("- and more".into());
    assert!(check_against_texts(&d, &texts).errors.is_empty());

    // A prefix that is not the text before any place is an error at the prefix.
    let c = cite_mut(&mut d, &at);
    c.suffix = None;
    c.prefix = Some("Said nowhere:".into());
    let check = check_against_texts(&d, &texts);
    has(
        &check.errors,
        &format!("{at}.prefix"),
        "is not the text right before any of the excerpt's 2 place(s)",
    );
}

#[test]
fn a_source_without_text_is_a_warning_with_the_count_left_unchecked() {
    let d = minimal();
    let mut texts = texts_of(&d);
    let id = "jmh-oizumi-2018";
    texts.remove(id);
    let i = d.sources.iter().position(|s| s.id == id).unwrap();
    let cites = citations(&d).iter().filter(|(_, c)| c.source == id).count();
    let quotes = d
        .quotes
        .iter()
        .flat_map(|q| &q.cites)
        .filter(|c| c.source == id)
        .count();
    let notes = d.sources[i]
        .notes
        .iter()
        .filter(|n| !n.excerpt.is_empty())
        .count();
    let n = cites + quotes + notes;
    assert!(n > 1);
    let check = check_against_texts(&d, &texts);
    assert!(check.errors.is_empty(), "{:#?}", check.errors);
    assert_eq!(paths(&check.warnings), [format!("sources[{i}]")]);
    has(
        &check.warnings,
        &format!("sources[{i}]"),
        &format!("source \"{id}\" has no text: {n} excerpts and quotes left unchecked"),
    );
}

#[test]
fn a_note_excerpt_not_in_its_source_is_an_error() {
    let mut d = minimal();
    let texts = texts_of(&d);
    d.sources[0].notes[0].excerpt = "outcomes related to market access as ra".into();
    has(
        &check_against_texts(&d, &texts).errors,
        "sources[0].notes[0].excerpt",
        "note's excerpt not found in source \"wh-joint-statement-2018\"; closest passage (1 edit)",
    );
}

#[test]
fn a_link_that_would_open_at_another_place_is_an_error() {
    let mut d = minimal();
    let mut texts = texts_of(&d);
    let id = "wh-joint-statement-2018";
    assert!(d.sources.iter().any(|s| s.id == id && s.url.is_some()));
    let at = first_cite(&d, id);
    let excerpt = cite_mut(&mut d, &at).excerpt.clone();
    // The same words in capitals earlier: exact search finds one place, a browser two.
    let text = texts.get_mut(id).unwrap();
    *text = format!("Header: {}\n{text}", excerpt.to_uppercase());
    has(
        &check_against_texts(&d, &texts).errors,
        &format!("{at}.excerpt"),
        "would match 2 places, as browsers ignore case",
    );
    // Without a URL there is no link to check.
    for s in &mut d.sources {
        s.url = None;
    }
    assert!(check_against_texts(&d, &texts).errors.is_empty());
}

#[test]
fn a_topic_agreed_while_a_point_clashes_is_an_error() {
    let mut d = parse_dataset(EMBEDDED_JSON).unwrap();
    assert!(
        editorial_problems(&d).is_empty(),
        "{:#?}",
        editorial_problems(&d)
    );
    let store = Store::new(d.clone());
    let snap = crate::analysis::Snapshot::everything(&store);
    let ti = d
        .topics
        .iter()
        .position(|t| {
            snap.points(t)
                .iter()
                .any(|p| snap.relation(p) == Relation::Clash)
        })
        .expect("a topic with a point in clash");
    for s in &mut d.topics[ti].status {
        s.status = Status::Agreed;
    }
    let ps = editorial_problems(&d);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert!(ps[0].path.starts_with(&format!("topics[{ti}].status[")));
    assert!(ps[0].message.contains("is agreed"), "{}", ps[0].message);
}

#[test]
fn problems_are_placed_in_the_file() {
    let mut ps = vec![problem("quotes[0].text", "x"), problem("", "whole file")];
    locate_all(MINIMAL, &mut ps);
    let (line, _) = ps[0].line_col.expect("placed");
    assert!(MINIMAL.lines().nth(line - 1).unwrap().contains("\"text\""));
    assert_eq!(ps[1].line_col, None);
}

// ---- links ------------------------------------------------------------------------------------

#[test]
fn text_fragments_are_percent_encoded_per_the_spec() {
    assert_eq!(
        text_fragment("fight to the end", None, None),
        "#:~:text=fight%20to%20the%20end"
    );
    // `-`, `&` and `,` are syntax: always encoded; so is everything not unreserved.
    assert_eq!(
        text_fragment("US-China, tariffs & talks", None, None),
        "#:~:text=US%2DChina%2C%20tariffs%20%26%20talks"
    );
    assert_eq!(
        text_fragment("“won’t” 50%", None, None),
        "#:~:text=%E2%80%9Cwon%E2%80%99t%E2%80%9D%2050%25"
    );
    assert_eq!(text_fragment("a_b.c~d", None, None), "#:~:text=a_b.c~d");
    assert_eq!(
        text_fragment("the talks", Some("Lovely said "), Some(", she added")),
        "#:~:text=Lovely%20said-,the%20talks,-%2C%20she%20added"
    );
    // Whitespace collapses; a long excerpt uses start,end.
    assert_eq!(
        text_fragment(
            "one two three four five six\n seven eight nine ten eleven",
            None,
            None
        ),
        "#:~:text=one%20two%20three%20four,eight%20nine%20ten%20eleven"
    );
    let c = Citation {
        source: "s".into(),
        excerpt: "a b".into(),
        prefix: Some("x".into()),
        suffix: None,
        voice: None,
        verb: None,
    };
    assert_eq!(
        passage_link("https://example.com/p#top", &c),
        "https://example.com/p#:~:text=x-,a%20b"
    );
}
