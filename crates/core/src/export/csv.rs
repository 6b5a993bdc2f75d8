//! The dataset as CSV tables (RFC 4180: CRLF line ends, a header row, fields quoted when they
//! hold a comma, a quote or a line break, quotes doubled): figures, events, quotes, positions
//! (every stance), commitments, who raised what (as of the latest briefing) and the numbers
//! that disagree, one row per item, for spreadsheets and scripts.
//!
//! Dates are written three ways: as the dataset gives them (`date`, e.g. `early 2025-04`),
//! and the first and last day they may mean (`date_first`, `date_last`, ISO), so a column
//! sorts and filters without inventing a day. Lists (topics, sources) are joined with `; `.
//! A text cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is
//! prefixed with `'` so that a spreadsheet never runs dataset text as a formula (numbers are
//! left alone).

use crate::analysis::Snapshot;
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

const COMMITMENTS: [&str; 17] = [
    "id",
    "actor",
    "actor_name",
    "side",
    "kind",
    "text",
    "quote",
    "words",
    "said",
    "deadline",
    "deadline_first",
    "deadline_last",
    "deadline_words",
    "status",
    "status_date",
    "status_history",
    "sources",
];

/// Every commitment: who, kind, our words, the verbatim words (the quote's, else the first
/// citation's excerpt), when said, the deadline with its first and last day, the latest status
/// with its date, every status as `date status`, and its sources.
pub fn commitments(store: &Store) -> Table {
    let rows = store
        .dataset
        .commitments
        .iter()
        .map(|c| {
            let actor = store.actor(&c.actor);
            let quote = c.quote.as_deref().and_then(|q| store.quote(q));
            let words = match quote {
                Some(q) => q.text.as_str(),
                None => c.cites.first().map_or("", |x| x.excerpt.as_str()),
            };
            let (deadline, first, last) = match &c.deadline {
                Some(d) => {
                    let [a, b, c] = dates(d);
                    (a, b, c)
                }
                None => Default::default(),
            };
            let latest = c.status.iter().max_by(|a, b| a.date.cmp(&b.date));
            let mut sources: Vec<Citation> = c.cites.clone();
            sources.extend(c.status.iter().flat_map(|s| s.cites.iter().cloned()));
            vec![
                text_cell(&c.id),
                text_cell(&c.actor),
                text_cell(actor.map_or("", |a| a.name.as_str())),
                text_cell(actor.map_or("", |a| a.side.as_str())),
                c.kind.slug().into(),
                text_cell(&c.text),
                opt(&c.quote),
                text_cell(words),
                c.said.to_spec_string(),
                deadline,
                first,
                last,
                opt(&c.deadline_words),
                latest.map_or("unknown", |s| s.status.slug()).into(),
                latest.map(|s| s.date.to_spec_string()).unwrap_or_default(),
                list(
                    c.status
                        .iter()
                        .map(|s| format!("{} {}", s.date.to_spec_string(), s.status.slug())),
                ),
                source_ids(&sources),
            ]
        })
        .collect();
    named(4, &COMMITMENTS, rows)
}

const RAISED: [&str; 7] = [
    "topic",
    "topic_title",
    "party",
    "raised",
    "own_voices",
    "independent_voices",
    "as_of",
];

/// Who raised what as of the latest briefing: one row per known topic and party, with how the
/// party figures (`own`, `reported`, `neither`), the actor ids of its own voices and of the
/// independent voices on the topic.
pub fn raised(store: &Store) -> Table {
    let mut rows = Vec::new();
    if let Some(snap) = Snapshot::of_briefing(store, None) {
        let as_of = snap
            .briefing
            .map(|b| b.as_of.to_spec_string())
            .unwrap_or_default();
        let names = |voices: &[crate::analysis::raised::Voice<'_>]| {
            let mut ids: Vec<&str> = Vec::new();
            for v in voices {
                if let Some(a) = v.actor {
                    if !ids.contains(&a.id.as_str()) {
                        ids.push(&a.id);
                    }
                }
            }
            list(ids)
        };
        for r in crate::analysis::raised::raised_matrix(&snap) {
            for (p, (raised, voices)) in store.dataset.parties.iter().zip(&r.parties) {
                rows.push(vec![
                    text_cell(&r.topic.id),
                    text_cell(&r.topic.title),
                    text_cell(&p.id),
                    raised.slug().into(),
                    names(voices),
                    names(&r.independent),
                    as_of.clone(),
                ]);
            }
        }
    }
    named(5, &RAISED, rows)
}

const NUMBERS: [&str; 12] = [
    "group",
    "quantity",
    "reconciled",
    "figure",
    "value_text",
    "date",
    "given_by",
    "basis",
    "note",
    "editor_note",
    "figure_sources",
    "sources",
];

/// Every figure of every group of numbers that disagree: the group, whether the sources
/// reconcile it, the figure with its date, who gives it and what it measures, our note.
pub fn numbers(store: &Store) -> Table {
    let mut rows = Vec::new();
    for g in &store.dataset.number_groups {
        for e in &g.figures {
            let f = store.figure(&e.figure);
            rows.push(vec![
                text_cell(&g.id),
                text_cell(&g.quantity),
                if g.reconciled { "yes" } else { "no" }.into(),
                text_cell(&e.figure),
                text_cell(&f.map(|f| f.formatted()).unwrap_or_default()),
                f.map(|f| f.date.to_spec_string()).unwrap_or_default(),
                opt(&e.given_by),
                text_cell(&e.basis),
                text_cell(&g.note),
                opt(&g.editor_note),
                f.map(|f| source_ids(&f.cites)).unwrap_or_default(),
                source_ids(&g.cites),
            ]);
        }
    }
    named(6, &NUMBERS, rows)
}

/// File name and title of each table, in the order the Dataset page lists them.
const NAMES: [(&str, &str); 7] = [
    ("figures.csv", "Figures"),
    ("events.csv", "Events"),
    ("quotes.csv", "Quotes"),
    ("positions.csv", "Positions"),
    ("commitments.csv", "Commitments and predictions"),
    ("who-raised-what.csv", "Who raised what (latest briefing)"),
    ("numbers.csv", "Numbers that disagree"),
];

/// The builder of each table, in the order of [`NAMES`].
const BUILDERS: [fn(&Store) -> Table; 7] = [
    figures,
    events,
    quotes,
    positions,
    commitments,
    raised,
    numbers,
];

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
    let raised =
        Snapshot::of_briefing(store, None).map_or(0, |s| s.topics().len() * d.parties.len());
    let numbers = d.number_groups.iter().map(|g| g.figures.len()).sum();
    let rows = [
        d.figures.len(),
        d.events.len(),
        d.quotes.len(),
        stances,
        d.commitments.len(),
        raised,
        numbers,
    ];
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
