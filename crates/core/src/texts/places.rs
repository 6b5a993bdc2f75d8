//! Every citation of a dataset with its JSON path: the one walker the text checks use, so that
//! no place that cites a source is left unchecked (a test compares it with every `cites` array
//! of the serialized dataset).

use crate::model::*;

/// Every citation in the dataset, each with its JSON path (e.g.
/// `topics[2].points[0].stances[1].cites[0]`), in file order within each list: briefing
/// claims; actors; topics' earlier summaries, statuses, points' dated relations and stances,
/// overlap, clash and analysis; quotes; events; figures; dispute claims; glossary terms; commitments and their statuses; number groups.
pub fn citations<'a>(d: &'a Dataset) -> Vec<(String, &'a Citation)> {
    let mut out = Vec::new();
    let mut add = |path: String, cites: &'a [Citation]| {
        for (i, c) in cites.iter().enumerate() {
            out.push((format!("{path}.cites[{i}]"), c));
        }
    };
    for (i, b) in d.briefings.iter().enumerate() {
        for (name, claims) in [
            ("what_happened", &b.what_happened),
            ("where_things_stand", &b.where_things_stand),
            ("what_to_watch", &b.what_to_watch),
        ] {
            for (j, c) in claims.iter().enumerate() {
                add(format!("briefings[{i}].{name}[{j}]"), &c.cites);
            }
        }
    }
    for (i, a) in d.actors.iter().enumerate() {
        add(format!("actors[{i}]"), &a.cites);
    }
    for (i, t) in d.topics.iter().enumerate() {
        let tp = format!("topics[{i}]");
        for (j, c) in t.earlier_summaries.iter().enumerate() {
            add(format!("{tp}.earlier_summaries[{j}]"), &c.cites);
        }
        for (j, s) in t.status.iter().enumerate() {
            add(format!("{tp}.status[{j}]"), &s.cites);
        }
        for (j, p) in t.points.iter().enumerate() {
            for (k, r) in p.relations.iter().enumerate() {
                add(format!("{tp}.points[{j}].relations[{k}]"), &r.cites);
            }
            for (k, s) in p.stances.iter().enumerate() {
                add(format!("{tp}.points[{j}].stances[{k}]"), &s.cites);
            }
        }
        for (name, claims) in [("overlap", &t.overlap), ("clash", &t.clash)] {
            for (j, c) in claims.iter().enumerate() {
                add(format!("{tp}.{name}[{j}]"), &c.cites);
            }
        }
        for (j, a) in t.analysis.iter().enumerate() {
            add(format!("{tp}.analysis[{j}]"), &a.cites);
        }
    }
    for (i, q) in d.quotes.iter().enumerate() {
        add(format!("quotes[{i}]"), &q.cites);
    }
    for (i, e) in d.events.iter().enumerate() {
        add(format!("events[{i}]"), &e.cites);
    }
    for (i, f) in d.figures.iter().enumerate() {
        add(format!("figures[{i}]"), &f.cites);
    }
    for (i, x) in d.disputes.iter().enumerate() {
        for (j, c) in x.claims.iter().enumerate() {
            add(format!("disputes[{i}].claims[{j}]"), &c.cites);
        }
    }
    for (i, g) in d.glossary.iter().enumerate() {
        add(format!("glossary[{i}]"), &g.cites);
    }
    for (i, c) in d.commitments.iter().enumerate() {
        add(format!("commitments[{i}]"), &c.cites);
        for (j, s) in c.status.iter().enumerate() {
            add(format!("commitments[{i}].status[{j}]"), &s.cites);
        }
    }
    for (i, g) in d.number_groups.iter().enumerate() {
        add(format!("number_groups[{i}]"), &g.cites);
    }
    out
}
