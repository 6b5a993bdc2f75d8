//! Checks of the glossary: ids, required content, known sources, and aliases that name one
//! term only (a page marks each alias as one term).

use super::Problem;
use crate::model::types::*;
use std::collections::{BTreeMap, BTreeSet};

/// Every problem of `d.glossary`, in list order.
pub fn check(d: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    let sources: BTreeSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    // Ids are unique across the dataset, so a glossary id never clashes with another item's.
    let mut others: BTreeSet<&str> = BTreeSet::new();
    others.extend(d.briefings.iter().map(|x| x.id.as_str()));
    others.extend(sources.iter().copied());
    others.extend(d.actors.iter().map(|x| x.id.as_str()));
    for t in &d.topics {
        others.insert(&t.id);
        others.extend(t.points.iter().map(|p| p.id.as_str()));
    }
    others.extend(d.quotes.iter().map(|x| x.id.as_str()));
    others.extend(d.events.iter().map(|x| x.id.as_str()));
    others.extend(d.figures.iter().map(|x| x.id.as_str()));
    others.extend(d.disputes.iter().map(|x| x.id.as_str()));
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    // Every name (term or alias), lower-cased, with the term that first used it.
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    for (i, g) in d.glossary.iter().enumerate() {
        let at = format!("glossary[{i}]");
        let mut problem = |path: String, message: String| out.push(Problem::at(path, message));
        if g.id.trim().is_empty() {
            problem(format!("{at}.id"), "the id is empty".into());
        } else if !g
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problem(
                format!("{at}.id"),
                format!("id \"{}\" may use only a–z, 0–9 and '-'", g.id),
            );
        }
        if let Some(first) = ids.get(g.id.as_str()) {
            problem(
                format!("{at}.id"),
                format!(
                    "duplicate id \"{}\": already used at glossary[{first}]",
                    g.id
                ),
            );
        } else if others.contains(g.id.as_str()) {
            problem(
                format!("{at}.id"),
                format!(
                    "duplicate id \"{}\": another item of the dataset has it",
                    g.id
                ),
            );
        }
        ids.entry(&g.id).or_insert(i);
        if g.term.trim().is_empty() {
            problem(format!("{at}.term"), "the term is empty".into());
        }
        let given_names = std::iter::once((format!("{at}.term"), &g.term)).chain(
            g.aliases
                .iter()
                .enumerate()
                .map(|(k, a)| (format!("{at}.aliases[{k}]"), a)),
        );
        for (path, name) in given_names {
            let key = name.trim().to_lowercase();
            if key.is_empty() {
                if path.ends_with(']') {
                    problem(path, "the alias is empty".into());
                }
                continue;
            }
            match names.get(&key) {
                Some(&first) if first == i => {
                    problem(path, format!("\"{name}\" is given twice for this term"))
                }
                Some(&first) => problem(
                    path,
                    format!(
                        "\"{name}\" already names glossary[{first}] \"{}\": a name marks one term",
                        d.glossary[first].id
                    ),
                ),
                None => {
                    names.insert(key, i);
                }
            }
        }
        let note = g.editor_note.as_deref();
        if note.is_some_and(|n| n.trim().is_empty()) {
            problem(
                format!("{at}.editor_note"),
                "the editor's note is empty: write it, or leave the field out".into(),
            );
        }
        let has_definition = !g.definition.trim().is_empty();
        if !has_definition && note.is_none_or(|n| n.trim().is_empty()) {
            problem(
                format!("{at}.definition"),
                "the term has neither a definition nor an editor's note".into(),
            );
        }
        if has_definition && g.cites.is_empty() {
            problem(
                format!("{at}.cites"),
                "the definition cites no source: cite the passages it rests on, or move it to the editor's note".into(),
            );
        }
        for (k, c) in g.cites.iter().enumerate() {
            if !sources.contains(c.source.as_str()) {
                problem(
                    format!("{at}.cites[{k}].source"),
                    format!("unknown source \"{}\"", c.source),
                );
            }
            if c.excerpt.trim().is_empty() {
                problem(
                    format!("{at}.cites[{k}].excerpt"),
                    "the cited excerpt is empty".into(),
                );
            }
        }
        if g.appears_in.is_empty() {
            problem(
                format!("{at}.appears_in"),
                "lists no source: name the sources in which the term appears".into(),
            );
        }
        let mut seen = BTreeSet::new();
        for (k, s) in g.appears_in.iter().enumerate() {
            if !sources.contains(s.as_str()) {
                problem(
                    format!("{at}.appears_in[{k}]"),
                    format!("unknown source \"{s}\""),
                );
            } else if !seen.insert(s.as_str()) {
                problem(
                    format!("{at}.appears_in[{k}]"),
                    format!("source \"{s}\" is listed twice"),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::validate::parse_dataset;
    use serde_json::{json, Value};

    fn base() -> Value {
        serde_json::from_str(crate::model::EMBEDDED_JSON).unwrap()
    }

    fn problems(v: &Value) -> Vec<(String, String)> {
        match parse_dataset(&v.to_string()) {
            Ok(_) => Vec::new(),
            Err(ps) => ps.into_iter().map(|p| (p.path, p.message)).collect(),
        }
    }

    fn term(id: &str, term: &str, aliases: &[&str]) -> Value {
        json!({
            "id": id, "term": term, "aliases": aliases,
            "definition": "Our words.",
            "cites": [{"source": "kyodo-2025-05-07", "excerpt": "reciprocal tariffs"}],
            "appears_in": ["kyodo-2025-05-07"]
        })
    }

    #[test]
    fn a_file_without_a_glossary_is_valid() {
        let mut v = base();
        v.as_object_mut().unwrap().remove("glossary");
        let d = parse_dataset(&v.to_string()).expect("loads without a glossary");
        assert!(d.glossary.is_empty());
    }

    #[test]
    fn the_embedded_glossary_is_valid() {
        let ps = problems(&base());
        assert!(ps.is_empty(), "{ps:#?}");
        assert!(crate::model::embedded().dataset.glossary.len() >= 12);
    }

    #[test]
    fn ids_are_unique_and_aliases_name_one_term() {
        let mut v = base();
        v["glossary"] = json!([
            term("g-one", "Thing", &["things", "THING"]),
            term("g-one", "Other", &["Things"]),
            term("tariffs", "Third", &[" "]),
        ]);
        let ps = problems(&v);
        let has = |path: &str, words: &str| ps.iter().any(|(p, m)| p == path && m.contains(words));
        assert!(has("glossary[0].aliases[1]", "given twice"), "{ps:#?}");
        assert!(has("glossary[1].id", "duplicate id \"g-one\""), "{ps:#?}");
        assert!(
            has("glossary[1].aliases[0]", "already names glossary[0]"),
            "{ps:#?}"
        );
        assert!(has("glossary[2].id", "another item"), "{ps:#?}");
        assert!(
            has("glossary[2].aliases[0]", "the alias is empty"),
            "{ps:#?}"
        );
    }

    #[test]
    fn content_and_sources_are_required() {
        let mut v = base();
        let mut a = term("g-a", "A", &[]);
        a["definition"] = json!("");
        a["cites"] = json!([]);
        a["appears_in"] = json!([]);
        let mut b = term("g-b", "B", &[]);
        b["cites"] = json!([]);
        b["appears_in"] = json!(["nowhere", "kyodo-2025-05-07", "kyodo-2025-05-07"]);
        b["editor_note"] = json!(" ");
        let mut c = term("g-c", "C", &[]);
        c["cites"][0]["source"] = json!("nowhere");
        v["glossary"] = json!([a, b, c]);
        let ps = problems(&v);
        let has = |path: &str, words: &str| ps.iter().any(|(p, m)| p == path && m.contains(words));
        assert!(has("glossary[0].definition", "neither"), "{ps:#?}");
        assert!(has("glossary[0].appears_in", "lists no source"), "{ps:#?}");
        assert!(has("glossary[1].cites", "cites no source"), "{ps:#?}");
        assert!(
            has("glossary[1].appears_in[0]", "unknown source"),
            "{ps:#?}"
        );
        assert!(has("glossary[1].appears_in[2]", "listed twice"), "{ps:#?}");
        assert!(has("glossary[1].editor_note", "empty"), "{ps:#?}");
        assert!(
            has("glossary[2].cites[0].source", "unknown source"),
            "{ps:#?}"
        );
        // An editor's note alone is enough: outside knowledge, marked as such.
        let mut d = term("g-d", "D", &[]);
        d["definition"] = json!("");
        d["cites"] = json!([]);
        d["editor_note"] = json!("From outside the sources.");
        v["glossary"] = json!([d]);
        assert!(problems(&v).is_empty(), "{:#?}", problems(&v));
    }
}
