//! Key figures grouped by measure, and the changes they imply, computed from the data with
//! the working shown.

use super::snapshot::Snapshot;
use crate::model::*;

/// Known figures grouped by measure, measures in the order they first appear in the dataset,
/// each group sorted by date (figures of the same date keep dataset order).
pub fn figure_groups<'a>(snap: &Snapshot<'a>) -> Vec<(&'a str, Vec<&'a Figure>)> {
    let mut groups: Vec<(&'a str, Vec<&'a Figure>)> = Vec::new();
    // Each measure's group by name: searching the groups for every figure is quadratic.
    let mut at: std::collections::HashMap<&'a str, usize> = Default::default();
    for f in snap.figures() {
        let i = *at.entry(f.measure.as_str()).or_insert_with(|| {
            groups.push((&f.measure, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(f);
    }
    for (_, v) in &mut groups {
        v.sort_by_key(|f| f.date);
    }
    groups
}

/// A change computed from two known values of one measure: its first and its last.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived<'a> {
    /// The measure changed.
    pub measure: &'a str,
    /// The unit of both values.
    pub unit: Unit,
    /// The earliest value.
    pub from: &'a Figure,
    /// The latest value.
    pub to: &'a Figure,
    /// `to − from`, in the unit (percentage points for percentages).
    pub absolute: f64,
    /// `(to − from) / from × 100`; `None` when `from` is zero.
    pub relative: Option<f64>,
    /// The working, e.g. "(582.4 − 659.8) / 659.8 = −11.7%".
    pub how: String,
    /// Ids of the figures used, oldest first.
    pub figures: Vec<&'a str>,
    /// Either value covers only part of what is measured (it has a scope): read with care.
    pub scoped: bool,
}

impl Derived<'_> {
    /// One line for readers: "−$77.4 billion (−11.7%), 2018 to 2024".
    pub fn describe(&self) -> String {
        let abs = match self.unit {
            Unit::Percent => format!("{} points", signed(self.absolute)),
            _ => {
                let s = Figure {
                    value: self.absolute.abs(),
                    ..self.to.clone()
                }
                .formatted();
                let sign = if self.absolute < 0.0 { "−" } else { "+" };
                format!("{sign}{s}")
            }
        };
        let rel = self
            .relative
            .map(|r| format!(" ({}%)", signed(round1(r))))
            .unwrap_or_default();
        format!(
            "{abs}{rel}, {} to {}",
            self.from.date.human(),
            self.to.date.human()
        )
    }
}

/// Rounds to one decimal.
fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// [`format_number`] with a "+" on positive values.
fn signed(v: f64) -> String {
    let s = format_number(v);
    if v > 0.0 {
        format!("+{s}")
    } else {
        s
    }
}

/// For every measure with at least two known values in the same unit at different dates: the
/// change from the earliest to the latest value, absolute and relative, with the working.
/// Measures in [`figure_groups`] order; a measure with values in two units gives one change
/// per unit.
pub fn derived<'a>(snap: &Snapshot<'a>) -> Vec<Derived<'a>> {
    let mut out = Vec::new();
    for (measure, figures) in figure_groups(snap) {
        // Figures in "other" units compare only when written alike (the same unit format).
        let mut units: Vec<(Unit, Option<&str>)> = Vec::new();
        for f in &figures {
            let u = (f.unit, f.unit_format.as_deref());
            if !units.contains(&u) {
                units.push(u);
            }
        }
        for (unit, unit_format) in units {
            let mut same: Vec<&Figure> = figures
                .iter()
                .copied()
                .filter(|f| f.unit == unit && f.unit_format.as_deref() == unit_format)
                .collect();
            // A rate on part of trade is not comparable with a headline rate: where the
            // measure has values without a scope, compare only those.
            if same.iter().any(|f| f.scope.is_none()) {
                same.retain(|f| f.scope.is_none());
            }
            let (Some(&from), Some(&to)) = (same.first(), same.last()) else {
                continue;
            };
            if same.len() < 2 || from.date >= to.date {
                continue;
            }
            let absolute = to.value - from.value;
            let relative = (from.value != 0.0).then(|| absolute / from.value * 100.0);
            let (a, b) = (format_number(to.value), format_number(from.value));
            let how = match relative {
                Some(r) => format!("({a} − {b}) / {b} = {}%", format_number(round1(r))),
                None => format!("{a} − {b} = {}", format_number(absolute)),
            };
            out.push(Derived {
                measure,
                unit,
                from,
                to,
                absolute,
                relative,
                how,
                figures: vec![from.id.as_str(), to.id.as_str()],
                scoped: from.scope.is_some() || to.scope.is_some(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
