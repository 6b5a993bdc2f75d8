//! [`check_against_texts`]: the dataset against the full texts of its sources.

use super::fragment::{first_match, terms, Terms};
use super::own_words::copied_runs;
use super::places::citations;
use super::search::{closest, occurrences, selected, shown};
use super::{normalize, problem, sha256_hex, TextCheck};
use crate::model::*;
use std::collections::BTreeMap;

/// Longest passage quoted in a message, in characters.
const SHOWN: usize = 160;

/// Checks the dataset against the texts of its sources. `texts` maps a source id to the raw
/// text of its file, as read; sources missing from it are not checked (one warning each), and
/// ids that are not sources are ignored.
///
/// Errors:
/// - a source whose `text.sha256` differs from the hash of the text given (at
///   `sources[i].text.sha256`);
/// - a citation excerpt (anywhere in the dataset, see [`super::citations`]) not found in its
///   source's text after [`normalize`] on both sides, with the closest passage and how many
///   edits away it is (at `….cites[j].excerpt`);
/// - an excerpt found more than once without a `prefix` or `suffix`, or one whose `prefix` /
///   `suffix` selects none or several of its places;
/// - when the source also has a `url`: a citation whose link ([`super::passage_link`]) would
///   open at another place, browsers matching without regard to case;
/// - a source-note excerpt not found in its own source (at `sources[i].notes[k].excerpt`);
/// - a quote whose text is not found in every source it cites (at `quotes[i].text`);
/// - an own-words field ([`super::own_words_fields`]) that shares a run of
///   [`super::SHARED_RUN_WORDS`] words with any of the texts, outside quotation marks.
///
/// Warnings: a source without a text, at `sources[i]`, with the number of excerpts and quotes
/// left unchecked.
pub fn check_against_texts(d: &Dataset, texts: &BTreeMap<String, String>) -> TextCheck {
    let mut out = TextCheck::default();
    // The normalized text of each source that has one.
    let mut norm: BTreeMap<&str, String> = BTreeMap::new();
    for (i, s) in d.sources.iter().enumerate() {
        let Some(raw) = texts.get(&s.id) else {
            continue;
        };
        if let Some(t) = &s.text {
            let actual = sha256_hex(raw.as_bytes());
            if !actual.eq_ignore_ascii_case(t.sha256.trim()) {
                out.errors.push(problem(
                    format!("sources[{i}].text.sha256"),
                    format!(
                        "the text of source \"{}\" has changed since the dataset was written: its SHA-256 is {}…, the dataset expects {}…; check the excerpts against the new text, then update the hash",
                        s.id,
                        &actual[..12],
                        t.sha256.get(..12).unwrap_or(&t.sha256)
                    ),
                ));
            }
        }
        norm.insert(&s.id, normalize(raw));
    }
    let known: BTreeMap<&str, &Source> = d.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut unchecked: BTreeMap<&str, usize> = BTreeMap::new();
    let mut lower: BTreeMap<&str, String> = BTreeMap::new();

    for (path, c) in citations(d) {
        let Some(source) = known.get(c.source.as_str()) else {
            continue; // an unknown source: the validator reports it
        };
        let Some(text) = norm.get(c.source.as_str()) else {
            *unchecked.entry(&source.id).or_default() += 1;
            continue;
        };
        let exact = normalize(&c.excerpt);
        if exact.is_empty() {
            continue; // the validator reports it
        }
        let places = occurrences(text, &exact);
        if places.is_empty() {
            out.errors.push(problem(
                format!("{path}.excerpt"),
                not_found("excerpt", &source.id, text, &exact),
            ));
            continue;
        }
        let prefix = c.prefix.as_deref().map(normalize);
        let suffix = c.suffix.as_deref().map(normalize);
        let n = places.len();
        let select = |p: Option<&str>, s: Option<&str>| {
            places
                .iter()
                .copied()
                .filter(|&at| selected(text, at, exact.len(), p, s))
                .collect::<Vec<_>>()
        };
        if prefix.is_none() && suffix.is_none() {
            if n > 1 {
                out.errors.push(problem(
                    format!("{path}.excerpt"),
                    format!(
                        "the excerpt occurs {n} times in source \"{}\": add a \"prefix\" (the source's words right before it) or a \"suffix\" (right after it) so that it selects one",
                        source.id
                    ),
                ));
                continue;
            }
        } else {
            let mut wrong = false;
            for (field, ctx, where_) in [
                ("prefix", &prefix, "right before"),
                ("suffix", &suffix, "right after"),
            ] {
                let Some(ctx) = ctx else { continue };
                let (p, s) = if field == "prefix" {
                    (Some(ctx.as_str()), None)
                } else {
                    (None, Some(ctx.as_str()))
                };
                if select(p, s).is_empty() {
                    wrong = true;
                    out.errors.push(problem(
                        format!("{path}.{field}"),
                        format!(
                            "the {field} {} is not the text {where_} any of the excerpt's {n} place(s) in source \"{}\"",
                            shown(ctx, SHOWN),
                            source.id
                        ),
                    ));
                }
            }
            if wrong {
                continue;
            }
            let chosen = select(prefix.as_deref(), suffix.as_deref());
            if chosen.len() != 1 {
                let field = if prefix.is_some() { "prefix" } else { "suffix" };
                out.errors.push(problem(
                    format!("{path}.{field}"),
                    if chosen.is_empty() {
                        format!("the prefix and the suffix fit different places of the excerpt in source \"{}\": give the words around one place", source.id)
                    } else {
                        format!("with its prefix and suffix the excerpt still occurs {} times in source \"{}\": lengthen the {field}", chosen.len(), source.id)
                    },
                ));
                continue;
            }
        }
        // The link: only when the source has one, and its text.
        if source.url.is_some() {
            let lower_text = lower
                .entry(source.id.as_str())
                .or_insert_with(|| text.to_lowercase());
            if let Some(message) =
                link_problem(lower_text, &exact, prefix.as_deref(), suffix.as_deref(), c)
            {
                out.errors.push(problem(
                    format!("{path}.excerpt"),
                    format!("{message} in source \"{}\"", source.id),
                ));
            }
        }
    }

    for (i, s) in d.sources.iter().enumerate() {
        for (k, n) in s.notes.iter().enumerate() {
            let exact = normalize(&n.excerpt);
            if exact.is_empty() {
                continue;
            }
            match norm.get(s.id.as_str()) {
                None => *unchecked.entry(&s.id).or_default() += 1,
                Some(text) if !text.contains(&exact) => out.errors.push(problem(
                    format!("sources[{i}].notes[{k}].excerpt"),
                    not_found("note's excerpt", &s.id, text, &exact),
                )),
                Some(_) => {}
            }
        }
    }

    for (i, q) in d.quotes.iter().enumerate() {
        let words = normalize(&q.text);
        if words.is_empty() {
            continue;
        }
        for c in &q.cites {
            let Some(source) = known.get(c.source.as_str()) else {
                continue;
            };
            match norm.get(c.source.as_str()) {
                None => *unchecked.entry(&source.id).or_default() += 1,
                Some(text) if !text.contains(&words) => out.errors.push(problem(
                    format!("quotes[{i}].text"),
                    not_found("quote", &source.id, text, &words),
                )),
                Some(_) => {}
            }
        }
    }

    out.errors.extend(copied_runs(d, &norm));

    for (i, s) in d.sources.iter().enumerate() {
        if norm.contains_key(s.id.as_str()) {
            continue;
        }
        let n = unchecked.get(s.id.as_str()).copied().unwrap_or(0);
        let what = match &s.text {
            Some(t) => format!(
                "the text of source \"{}\" (file \"{}\") was not given",
                s.id, t.file
            ),
            None => format!("source \"{}\" has no text", s.id),
        };
        out.warnings.push(problem(
            format!("sources[{i}]"),
            format!(
                "{what}: {n} excerpt{} and quote{} left unchecked",
                if n == 1 { "" } else { "s" },
                if n == 1 { "" } else { "s" }
            ),
        ));
    }
    out
}

/// "WHAT not found in source "ID"; closest passage (N edits): "…"".
fn not_found(what: &str, source: &str, text: &str, needle: &str) -> String {
    match closest(text, needle) {
        Some((k, passage)) if k as usize * 2 > needle.len() => format!(
            "{what} not found in source \"{source}\", nor anything close to it (the nearest passage, {k} edits away: {})",
            shown(&passage, SHOWN)
        ),
        Some((k, passage)) => format!(
            "{what} not found in source \"{source}\"; closest passage ({k} edit{}): {}",
            if k == 1 { "" } else { "s" },
            shown(&passage, SHOWN)
        ),
        None => format!("{what} not found in source \"{source}\", nor any passage close to it"),
    }
}

/// Would the citation's link open somewhere else than at its excerpt? Browsers match a text
/// fragment ignoring case, and take the first match.
fn link_problem(
    lower: &str,
    exact: &str,
    prefix: Option<&str>,
    suffix: Option<&str>,
    c: &Citation,
) -> Option<String> {
    let l = |s: &str| normalize(s).to_lowercase();
    let exact_l = exact.to_lowercase();
    let prefix_l = prefix.map(str::to_lowercase);
    let suffix_l = suffix.map(str::to_lowercase);
    let own: Vec<usize> = occurrences(lower, &exact_l)
        .into_iter()
        .filter(|&at| {
            selected(
                lower,
                at,
                exact_l.len(),
                prefix_l.as_deref(),
                suffix_l.as_deref(),
            )
        })
        .collect();
    if own.len() != 1 {
        return Some(format!(
            "the link to this passage would match {} places, as browsers ignore case: add or lengthen a \"prefix\" or \"suffix\"",
            own.len()
        ));
    }
    let t = terms(&c.excerpt, c.prefix.as_deref(), c.suffix.as_deref());
    let t = Terms {
        prefix: t.prefix.as_deref().map(l),
        start: l(&t.start),
        end: t.end.as_deref().map(l),
        suffix: t.suffix.as_deref().map(l),
    };
    (first_match(lower, &t) != Some(own[0])).then(|| {
        "the link to this passage (its text fragment) would open at an earlier place with the same first or last words: add a \"prefix\"".to_string()
    })
}
