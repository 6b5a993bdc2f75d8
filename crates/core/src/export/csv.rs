//! The dataset as CSV tables (RFC 4180: CRLF line ends, a header row, fields quoted when they
//! hold a comma, a quote or a line break, quotes doubled): figures, events, quotes and
//! positions (every stance), one row per item, for spreadsheets and scripts.
//!
//! Dates are written three ways: as the dataset gives them (`date`, e.g. `early 2025-04`),
//! and the first and last day they may mean (`date_first`, `date_last`, ISO), so a column
//! sorts and filters without inventing a day. Lists (topics, sources) are joined with `; `.
//! A text cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is
//! prefixed with `'` so that a spreadsheet never runs dataset text as a formula (numbers are
//! left alone).

use crate::model::*;

#[cfg(test)]
mod tests;

/// One CSV field, quoted when RFC 4180 needs it.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Dataset text for a cell: neutralised against spreadsheet formulas (see the module).
pub fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A table: header and rows (each as long as the header), RFC 4180.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let line = |cells: Vec<String>| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    out.push_str(&line(header.iter().map(|h| h.to_string()).collect()));
    out.push_str("\r\n");
    for r in rows {
        debug_assert_eq!(r.len(), header.len());
        out.push_str(&line(r.clone()));
        out.push_str("\r\n");
    }
    out
}

fn list(items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    text_cell(
        &items
            .into_iter()
            .map(|s| s.as_ref().to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

fn dates(d: &DateSpec) -> [String; 3] {
    [d.to_spec_string(), d.first().iso(), d.last().iso()]
}

fn opt(s: &Option<String>) -> String {
    text_cell(s.as_deref().unwrap_or(""))
}

fn source_ids(cites: &[Citation]) -> String {
    let mut ids: Vec<&str> = Vec::new();
    for c in cites {
        if !ids.contains(&c.source.as_str()) {
            ids.push(&c.source);
        }
    }
    list(ids)
}

/// One table: what the prerenderer writes under `data/` and the Dataset page offers.
pub struct Table {
    /// File name, e.g. `figures.csv`.
    pub file: &'static str,
    /// What it holds, for readers.
    pub title: &'static str,
    /// The CSV text.
    pub csv: String,
    /// Number of data rows (the header not counted).
    pub rows: usize,
}

const FIGURES: [&str; 14] = [
    "id",
    "measure",
    "label",
    "value",
    "unit",
    "value_text",
    "date",
    "date_first",
    "date_last",
    "scope",
    "topics",
    "note",
    "editor_note",
    "sources",
];

/// Every figure: value and unit, its date, scope, topics, notes and sources.
pub fn figures(store: &Store) -> Table {
    let rows: Vec<Vec<String>> = store
        .dataset
        .figures
        .iter()
        .map(|f| {
            let [date, first, last] = dates(&f.date);
            vec![
                text_cell(&f.id),
                text_cell(&f.measure),
                text_cell(&f.label),
                // Rust's shortest round-trip form: 145, 582.4, -0.3.
                format!("{}", f.value),
                unit_slug(f.unit).into(),
                text_cell(&f.formatted()),
                date,
                first,
                last,
                opt(&f.scope),
                list(&f.topics),
                opt(&f.note),
                opt(&f.editor_note),
                source_ids(&f.cites),
            ]
        })
        .collect();
    named(0, &FIGURES, rows)
}

fn unit_slug(u: Unit) -> &'static str {
    match u {
        Unit::Percent => "percent",
        Unit::UsdBillion => "usd_billion",
        Unit::UsdTrillion => "usd_trillion",
        Unit::Index => "index",
        Unit::Count => "count",
        Unit::Days => "days",
        Unit::Other => "other",
    }
}

const EVENTS: [&str; 11] = [
    "id",
    "date",
    "date_first",
    "date_last",
    "title",
    "summary",
    "actor_side",
    "responds_to",
    "topics",
    "editor_note",
    "sources",
];

/// Every event: date, what happened, who acted, what it answers, topics and sources.
pub fn events(store: &Store) -> Table {
    let rows: Vec<Vec<String>> = store
        .dataset
        .events
        .iter()
        .map(|e| {
            let [date, first, last] = dates(&e.date);
            vec![
                text_cell(&e.id),
                date,
                first,
                last,
                text_cell(&e.title),
                text_cell(&e.summary),
                text_cell(&e.actor_side),
                opt(&e.responds_to),
                list(&e.topics),
                opt(&e.editor_note),
                source_ids(&e.cites),
            ]
        })
        .collect();
    named(1, &EVENTS, rows)
}

const QUOTES: [&str; 18] = [
    "id",
    "speaker_id",
    "speaker",
    "speaker_role",
    "side",
    "date",
    "date_first",
    "date_last",
    "venue",
    "text",
    "fragment",
    "topics",
    "statement",
    "sources",
    "outlets",
    "source_titles",
    "urls",
    "notes",
];

/// Every quote: words, speaker (name, role, side), when and where said, and the sources that
/// print it (ids, outlets, titles and URLs, in the same order).
pub fn quotes(store: &Store) -> Table {
    let rows: Vec<Vec<String>> = store
        .dataset
        .quotes
        .iter()
        .map(|q| {
            let [date, first, last] = dates(&q.said);
            let speaker = store.actor(&q.speaker);
            let mut sources: Vec<&Source> = Vec::new();
            for c in &q.cites {
                if let Some(s) = store.source(&c.source) {
                    if !sources.iter().any(|x| x.id == s.id) {
                        sources.push(s);
                    }
                }
            }
            vec![
                text_cell(&q.id),
                text_cell(&q.speaker),
                text_cell(speaker.map_or("", |a| a.name.as_str())),
                text_cell(speaker.map_or("", |a| a.role.as_str())),
                text_cell(speaker.map_or("", |a| a.side.as_str())),
                date,
                first,
                last,
                text_cell(&q.venue),
                text_cell(q.text.trim()),
                if q.fragment { "true" } else { "false" }.into(),
                list(&q.topics),
                opt(&q.statement),
                list(sources.iter().map(|s| s.id.as_str())),
                list(sources.iter().map(|s| store.outlet_name(s))),
                list(sources.iter().map(|s| s.title.as_str())),
                list(sources.iter().map(|s| s.url.as_deref().unwrap_or(""))),
                list(&q.notes),
            ]
        })
        .collect();
    named(2, &QUOTES, rows)
}

const POSITIONS: [&str; 14] = [
    "topic_id",
    "topic",
    "point_id",
    "aspect",
    "party",
    "date",
    "date_first",
    "date_last",
    "position",
    "silent",
    "quotes",
    "sources",
    "editor_note",
    "superseded",
];

/// Every stance of every party on every point of every topic (positions over time: a stance
/// is `superseded` when the same party has a later one on the point).
pub fn positions(store: &Store) -> Table {
    let mut rows = Vec::new();
    for t in &store.dataset.topics {
        for p in &t.points {
            for s in &p.stances {
                let later = p
                    .stances
                    .iter()
                    .any(|o| o.party == s.party && o.date > s.date);
                let [date, first, last] = dates(&s.date);
                rows.push(vec![
                    text_cell(&t.id),
                    text_cell(&t.title),
                    text_cell(&p.id),
                    text_cell(&p.aspect),
                    text_cell(&s.party),
                    date,
                    first,
                    last,
                    text_cell(&s.text),
                    if s.silent { "true" } else { "false" }.into(),
                    list(&s.quotes),
                    source_ids(&s.cites),
                    opt(&s.editor_note),
                    if later { "true" } else { "false" }.into(),
                ]);
            }
        }
    }
    named(3, &POSITIONS, rows)
}

/// File name and title of each table, in the order the Dataset page lists them.
const NAMES: [(&str, &str); 4] = [
    ("figures.csv", "Figures"),
    ("events.csv", "Events"),
    ("quotes.csv", "Quotes"),
    ("positions.csv", "Positions"),
];

/// The builder of each table, in the order of [`NAMES`].
const BUILDERS: [fn(&Store) -> Table; 4] = [figures, events, quotes, positions];

/// Table `i` of [`NAMES`] from its header and rows.
fn named(i: usize, header: &[&str], rows: Vec<Vec<String>>) -> Table {
    Table {
        file: NAMES[i].0,
        title: NAMES[i].1,
        rows: rows.len(),
        csv: table(header, &rows),
    }
}

/// Every table, in the order the Dataset page lists them.
pub fn all(store: &Store) -> Vec<Table> {
    BUILDERS.iter().map(|build| build(store)).collect()
}

/// A table as the Dataset page lists it, without its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listing {
    /// File name, e.g. `figures.csv`.
    pub file: &'static str,
    /// What it holds, for readers.
    pub title: &'static str,
    /// Number of data rows.
    pub rows: usize,
}

/// Every table's file, title and row count, in the order of [`all`], building no text: the
/// tables of a large dataset run to megabytes, so the page builds one when it is asked for
/// ([`by_file`]), not on every render.
pub fn listing(store: &Store) -> Vec<Listing> {
    let d = &store.dataset;
    let stances = d
        .topics
        .iter()
        .flat_map(|t| &t.points)
        .map(|p| p.stances.len())
        .sum();
    let rows = [d.figures.len(), d.events.len(), d.quotes.len(), stances];
    NAMES
        .iter()
        .zip(rows)
        .map(|(&(file, title), rows)| Listing { file, title, rows })
        .collect()
}

/// The table with this file name, built alone; `None` for a name no table has.
pub fn by_file(store: &Store, file: &str) -> Option<Table> {
    let i = NAMES.iter().position(|&(name, _)| name == file)?;
    Some(BUILDERS[i](store))
}
