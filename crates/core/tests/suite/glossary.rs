//! The glossary against the articles: each term's `appears_in` lists exactly the sources in
//! which the term appears (its name or an alias, case-insensitive, on word boundaries; or a
//! variant its definition cites from that source), and nothing else.

use crate::prelude::*;
use counterpoint_core::glossary::TermIndex;

#[test]
fn appears_in_lists_exactly_the_sources_that_use_the_term() {
    let Some(texts) = source_texts() else { return };
    let d = embedded_dataset();
    assert!(
        d.glossary.len() >= 12,
        "the glossary has {} terms",
        d.glossary.len()
    );
    let mut failures = Vec::new();
    for g in &d.glossary {
        // One term alone, so that its names are found wherever they occur.
        let index = TermIndex::new(std::slice::from_ref(g));
        for (id, text) in &texts {
            // Quoted words count here: the article uses the term, whoever says it.
            let uses = !index.first_in(&text.replace('"', " ")).is_empty();
            let cites = g.cites.iter().any(|c| c.source == *id);
            let listed = g.appears_in.iter().any(|s| s == id);
            if uses && !listed {
                failures.push(format!("{}: appears in \"{id}\" but is not listed", g.id));
            }
            if listed && !uses && !cites {
                failures.push(format!(
                    "{}: listed for \"{id}\", which neither uses a name of it nor is cited for a variant",
                    g.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_required_term_is_defined() {
    let d = embedded_dataset();
    let index = TermIndex::new(&d.glossary);
    for name in [
        "reciprocal tariffs",
        "retaliatory tariffs",
        "de-escalation",
        "export controls",
        "rare earths",
        "decoupling",
        "phase one",
        "trade deficit",
        "PMI",
        "overcapacity",
        "Section 232",
        "national security investigation",
        "90-day pause",
    ] {
        assert!(
            !index.first_in(name).is_empty(),
            "no glossary term for \"{name}\""
        );
    }
}
