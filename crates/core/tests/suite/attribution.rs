//! The attribution rules (issue #22), each proved by a violation planted in the example dataset
//! (fully annotated with voices): voices, verbs of every class, silence, numbers, causation.

use counterpoint_core::model::*;
use counterpoint_core::texts::{attribution_problems, rule_counts, ERROR_RULES, RULES};

use super::prelude::EXAMPLE_JSON;

fn example() -> Dataset {
    parse_dataset(EXAMPLE_JSON).unwrap()
}

fn count(d: &Dataset, rule: &str) -> usize {
    rule_counts(d)
        .into_iter()
        .find(|(r, _)| *r == rule)
        .unwrap()
        .1
}

/// Plants with `f` and checks that `rule` finds one more problem than before, reported as an
/// error tagged with the rule's name.
fn planted(rule: &str, f: impl FnOnce(&mut Dataset)) {
    let mut d = example();
    let before = count(&d, rule);
    f(&mut d);
    assert!(
        count(&d, rule) > before,
        "{rule}: the planted violation is not caught"
    );
    let tag = format!("[{rule}] ");
    assert!(
        attribution_problems(&d)
            .iter()
            .any(|p| p.message.starts_with(&tag)),
        "{rule}: the planted violation is not an error"
    );
}

#[test]
fn every_rule_is_an_error_and_both_datasets_pass_every_rule() {
    for (name, _) in RULES {
        assert!(ERROR_RULES.contains(name), "{name} is not an error");
    }
    for (path, d) in [
        ("us-china", parse_dataset(EMBEDDED_JSON).unwrap()),
        ("us-japan", example()),
    ] {
        for (rule, n) in rule_counts(&d) {
            assert_eq!(n, 0, "{path}: {rule} finds {n} problems");
        }
    }
}

/// The first non-silent stance of `party` with citations.
fn stance<'a>(d: &'a mut Dataset, party: &str) -> &'a mut Stance {
    d.topics
        .iter_mut()
        .flat_map(|t| t.points.iter_mut())
        .flat_map(|p| p.stances.iter_mut())
        .find(|s| s.party == party && !s.silent && !s.cites.is_empty())
        .unwrap()
}

#[test]
fn every_required_citation_of_the_example_carries_a_voice() {
    assert!(attribution_problems(&example()).is_empty());
    planted("voice-missing", |d| {
        stance(d, "usa").cites[0].voice = None;
    });
}

#[test]
fn a_stance_resting_only_on_the_outlet_or_an_analyst_is_caught() {
    planted("stance-voice", |d| {
        let s = stance(d, "usa");
        s.quotes.clear();
        for c in &mut s.cites {
            c.voice = Some(OUTLET.into());
        }
    });
    planted("stance-voice", |d| {
        let s = stance(d, "jpn");
        s.quotes.clear();
        for c in &mut s.cites {
            c.voice = Some("kazunuki-oizumi".into());
        }
    });
}

#[test]
fn a_dispute_claim_by_an_actor_cites_that_actor() {
    planted("claim-voice", |d| {
        let c = &mut d.disputes[0].claims[0];
        c.actor = Some("donald-trump".into());
        c.quotes.clear();
        for x in &mut c.cites {
            x.voice = Some(OUTLET.into());
        }
    });
}

#[test]
fn a_relation_cites_both_parties_voices() {
    planted("status-relation-voice", |d| {
        let p = &mut d.topics[0].points[0];
        p.relation = None;
        p.relations = vec![DatedRelation {
            date: p.stances[0].date,
            relation: Relation::Clash,
            cites: vec![p.stances[0]
                .cites
                .first()
                .cloned()
                .unwrap_or_else(|| d_cite("usa"))],
        }];
        p.relations[0].cites[0].voice = Some("usa".into());
    });
}

fn d_cite(voice: &str) -> Citation {
    Citation {
        source: "nikkei-2019-09-26".into(),
        excerpt: "said it represented a big victory for American farmers".into(),
        prefix: None,
        suffix: None,
        voice: Some(voice.into()),
        verb: Some("said".into()),
    }
}

/// A stance citing Trump's excerpt with `verb`, and text saying "Trump `ours` …".
fn verb_plant(verb: &str, ours: &str) {
    planted("verb-class", |d| {
        let s = stance(d, "usa");
        s.quotes.clear();
        s.cites = vec![Citation {
            excerpt: "a threat Trump made in May".into(),
            verb: Some(verb.into()),
            voice: Some("donald-trump".into()),
            ..d_cite("donald-trump")
        }];
        s.text = format!("Trump {ours} it is a big victory for farmers.");
    });
}

#[test]
fn each_verb_class_is_kept() {
    verb_plant("claimed", "says"); // claim → say
    verb_plant("said", "claims"); // say → claim
    verb_plant("felt", "says"); // feel → say
    verb_plant("said", "believes"); // say → feel
    verb_plant("predicted", "says"); // expect → say
    verb_plant("said", "expects"); // say → expect
    assert_eq!(verb_class("felt"), Some(VerbClass::Feel));
}

#[test]
fn one_voice_stays_one_voice() {
    planted("verb-class", |d| {
        let s = stance(d, "usa");
        s.quotes.clear();
        s.cites = vec![d_cite("donald-trump")];
        s.text = "Lighthizer says it is a big victory for farmers.".into();
    });
}

#[test]
fn silence_is_marked_silent() {
    planted("silence", |d| {
        let s = stance(d, "jpn");
        s.text = "The sources carry no Japanese statement on this.".into();
        s.quotes.clear();
        for c in &mut s.cites {
            c.voice = Some("outlet".into());
        }
    });
}

#[test]
fn a_stance_on_its_own_partys_words_may_say_what_else_is_missing() {
    let mut d = example();
    let before = count(&d, "silence");
    let s = stance(&mut d, "jpn");
    s.quotes.clear();
    for c in &mut s.cites {
        c.voice = Some("jpn".into());
    }
    s.text = format!(
        "{} The sources carry no Japanese statement on the rest.",
        s.text
    );
    assert_eq!(count(&d, "silence"), before);
}

#[test]
fn a_number_not_in_the_excerpts_is_caught() {
    planted("numbers", |d| {
        let s = stance(d, "usa");
        s.text = format!("{} It came to 987 items.", s.text);
    });
}

#[test]
fn numbers_exemptions_are_exact() {
    let base = count(&example(), "numbers");
    let with = |f: &dyn Fn(&mut Dataset)| {
        let mut d = example();
        f(&mut d);
        count(&d, "numbers")
    };
    // A date within the stance's own date is ours to write; one outside it is not.
    assert_eq!(
        with(&|d| {
            let s = stance(d, "usa");
            s.text = format!("{} On {}.", s.text, s.date.first().long());
        }),
        base
    );
    assert_eq!(
        with(&|d| {
            let s = stance(d, "usa");
            s.text = format!("{} On 3 March 1999.", s.text);
        }),
        base + 1
    );
    assert_eq!(
        with(&|d| {
            let s = stance(d, "usa");
            s.text = format!("{} In 1999.", s.text);
        }),
        base + 1
    );
    // A source's date_note is the editor's working; an editor's note is not own words.
    assert_eq!(
        with(&|d| d.sources[0].date_note = "Its \"Tuesday\" is 3 March 1999.".into()),
        base
    );
    assert_eq!(
        with(&|d| stance(d, "usa").editor_note = Some("It came to 987 items.".into())),
        base
    );
    // Digits in a name and number words in our words are not numbers.
    assert_eq!(
        with(&|d| {
            let s = stance(d, "usa");
            s.text = format!("{} One outlet says so at the G20.", s.text);
        }),
        base
    );
    // But a weekday in a cited excerpt dates only the day it names.
    assert_eq!(
        with(&|d| {
            let s = stance(d, "usa");
            s.text = format!("{} On 2 February 1999.", s.text);
            s.cites[0].excerpt = format!("{} on Tuesday", s.cites[0].excerpt);
        }),
        base + 1
    );
}

#[test]
fn a_causal_link_needs_an_excerpt_that_states_it() {
    planted("causation", |d| {
        let s = stance(d, "usa");
        s.text = format!("{} It did so in retaliation.", s.text);
    });
    planted("causation", |d| {
        let id = d.events[0].id.clone();
        d.events[1].responds_to = Some(id);
    });
}

#[test]
fn the_same_passage_carries_the_same_voice_everywhere() {
    // Readers see the voice with each passage (tooltips, printed notes, the Source page): one
    // passage cited in two places says the same whose-voice in both.
    for d in [parse_dataset(EMBEDDED_JSON).unwrap(), example()] {
        let mut seen = std::collections::BTreeMap::new();
        for (path, c) in counterpoint_core::texts::citations(&d) {
            let key = (c.source.clone(), c.excerpt.clone());
            let voice = (c.voice.clone(), c.verb.clone());
            if let Some((first, v)) = seen.insert(key, (path.clone(), voice.clone())) {
                assert_eq!(v, voice, "{path} and {first} cite \"{}\"", c.excerpt);
            }
        }
    }
}
