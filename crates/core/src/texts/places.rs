//! Every citation of a dataset with its JSON path: the one walker the text checks use, so that
//! no place that cites a source is left unchecked (a test compares it with every `cites` array
//! of the serialized dataset). It reads the item registry ([`super::items`]).

use super::items::items;
use crate::model::*;

/// Every citation in the dataset, each with its JSON path (e.g.
/// `topics[2].points[0].stances[1].cites[0]`), in the order of [`super::items()`]: briefing
/// claims; actors; topics' earlier summaries, statuses, points' dated relations and stances,
/// overlap, clash and analysis; quotes; events; figures; dispute claims; glossary terms;
/// commitments and their statuses; number groups.
pub fn citations(d: &Dataset) -> Vec<(String, &Citation)> {
    let mut out = Vec::new();
    for (path, _, item) in items(d) {
        for (i, c) in item.cites().iter().enumerate() {
            out.push((format!("{path}.cites[{i}]"), c));
        }
    }
    out
}
