//! "My briefing": the reader's own selection of topics, quotes, events and figures, in their
//! order, with their notes. Plain Rust, no UI, no browser: the document, its operations, and
//! parsing that says precisely why a stored or imported text cannot be read.
//!
//! The document is versioned and keyed by dataset id, so a reader who switches datasets keeps
//! a briefing for each:
//!
//! ```json
//! {"format":"counterpoint-my-briefing","version":1,
//!  "datasets":{"us-china-2025":{"items":[{"kind":"topic","id":"tariffs","note":"","pinned_at":"2025-06-10T09:00:00.000Z"}],"notes":""}}}
//! ```
//!
//! Nothing the reader wrote is dropped: an unreadable text is kept as it is (see [`load`]),
//! pinned items whose ids the dataset no longer has are kept and reported (see [`is_missing`]),
//! and a merge joins differing notes rather than choosing one.

use crate::model::Store;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` field of every My-briefing document.
pub const FORMAT: &str = "counterpoint-my-briefing";
/// The version this build writes and reads.
pub const VERSION: u64 = 1;
/// localStorage key of the document.
pub const STORAGE_KEY: &str = "counterpoint-my-briefing";
/// localStorage keys of backups start with this, followed by a timestamp: a copy of what was
/// stored is kept there before the reader starts over or replaces their briefing by an import.
pub const BACKUP_KEY_PREFIX: &str = "counterpoint-my-briefing-backup-";

/// What kind of dataset item is pinned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A topic, with its positions.
    Topic,
    /// A quote.
    Quote,
    /// An event.
    Event,
    /// A figure.
    Figure,
}

impl ItemKind {
    /// For readers: "Topic", "Quote", "Event", "Figure".
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Topic => "Topic",
            ItemKind::Quote => "Quote",
            ItemKind::Event => "Event",
            ItemKind::Figure => "Figure",
        }
    }
    /// For ids and CSS classes: "topic", "quote", "event", "figure".
    pub fn slug(self) -> &'static str {
        match self {
            ItemKind::Topic => "topic",
            ItemKind::Quote => "quote",
            ItemKind::Event => "event",
            ItemKind::Figure => "figure",
        }
    }
}

/// One pinned item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinnedItem {
    /// What kind of item the id names.
    pub kind: ItemKind,
    /// Id of the topic, quote, event or figure in the dataset.
    pub id: String,
    /// The reader's note on the item.
    #[serde(default)]
    pub note: String,
    /// When it was pinned (ISO 8601, as the browser gives it); informative only.
    #[serde(default)]
    pub pinned_at: String,
}

/// The reader's briefing on one dataset.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetBriefing {
    /// In the reader's order.
    #[serde(default)]
    pub items: Vec<PinnedItem>,
    /// The reader's notes on the whole briefing.
    #[serde(default)]
    pub notes: String,
}

impl DatasetBriefing {
    /// Nothing pinned and nothing written.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.notes.is_empty()
    }
    /// Position of an item.
    pub fn position(&self, kind: ItemKind, id: &str) -> Option<usize> {
        self.items.iter().position(|x| x.kind == kind && x.id == id)
    }
}

/// The whole stored document: one briefing per dataset id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MyBriefings {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] once parsed.
    pub version: u64,
    /// By dataset id.
    #[serde(default)]
    pub datasets: BTreeMap<String, DatasetBriefing>,
}

impl Default for MyBriefings {
    fn default() -> Self {
        MyBriefings {
            format: FORMAT.into(),
            version: VERSION,
            datasets: BTreeMap::new(),
        }
    }
}

/// Why a text is not a readable My-briefing document. The text itself is never discarded by
/// this module; callers keep it (see [`Loaded::Unreadable`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON, or JSON of the right format and version with the wrong shape.
    Corrupt(String),
    /// Written by a newer version of Counterpoint than this one.
    Newer {
        /// The document's version.
        version: u64,
    },
    /// JSON, but not a My-briefing document (e.g. a dataset file chosen by mistake).
    WrongFormat(String),
}

impl ParseError {
    /// One sentence for readers, saying what is wrong.
    pub fn message(&self) -> String {
        match self {
            ParseError::Corrupt(why) => format!("The data is damaged: {why}."),
            ParseError::Newer { version } => format!(
                "It was saved by a newer version of Counterpoint (format version {version}); this version reads version {VERSION}."
            ),
            ParseError::WrongFormat(why) => format!("It is not a My-briefing file: {why}."),
        }
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// Parses a My-briefing document, checking in order: JSON syntax, the `format` field, the
/// `version` (a newer one is reported as such, not as damage), the shape, then the items.
pub fn parse(raw: &str) -> Result<MyBriefings, ParseError> {
    if raw.trim().is_empty() {
        return Err(ParseError::Corrupt("the text is empty".into()));
    }
    let value: serde_json::Value = serde_json::from_str(raw)
        .map_err(|e| ParseError::Corrupt(format!("it is not valid JSON ({e})")))?;
    let Some(object) = value.as_object() else {
        return Err(ParseError::WrongFormat(format!(
            "it is a JSON {}, not an object",
            json_kind(&value)
        )));
    };
    match object.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(serde_json::Value::String(f)) => {
            return Err(ParseError::WrongFormat(format!(
                "its format is \"{f}\", not \"{FORMAT}\""
            )))
        }
        Some(other) => {
            return Err(ParseError::WrongFormat(format!(
                "its \"format\" is a {}, not \"{FORMAT}\"",
                json_kind(other)
            )))
        }
        None if object.contains_key("schema_version") => {
            return Err(ParseError::WrongFormat(
                "it looks like a dataset file, not a saved briefing".into(),
            ))
        }
        None => {
            return Err(ParseError::WrongFormat(format!(
                "it has no \"format\" field (expected \"{FORMAT}\")"
            )))
        }
    }
    let version = match object.get("version") {
        Some(v) => v.as_u64().ok_or_else(|| {
            ParseError::Corrupt(format!(
                "\"version\" must be a whole number, found {}",
                short(&v.to_string())
            ))
        })?,
        None => return Err(ParseError::Corrupt("it has no \"version\" field".into())),
    };
    if version > VERSION {
        return Err(ParseError::Newer { version });
    }
    if version < VERSION {
        return Err(ParseError::Corrupt(format!(
            "there is no format version {version}"
        )));
    }
    // Parsed from the text (not the value) so that errors carry a line and column.
    let doc: MyBriefings = crate::model::objects_only::from_str(raw)
        .map_err(|e| ParseError::Corrupt(e.to_string()))?;
    for (dataset, b) in &doc.datasets {
        if dataset.is_empty() {
            return Err(ParseError::Corrupt("a dataset id is empty".into()));
        }
        for (i, item) in b.items.iter().enumerate() {
            if item.id.trim().is_empty() {
                return Err(ParseError::Corrupt(format!(
                    "item {} of dataset \"{dataset}\" has an empty id",
                    i + 1
                )));
            }
            if b.items[..i]
                .iter()
                .any(|x| x.kind == item.kind && x.id == item.id)
            {
                return Err(ParseError::Corrupt(format!(
                    "item {} of dataset \"{dataset}\" repeats {} \"{}\"",
                    i + 1,
                    item.kind.slug(),
                    item.id
                )));
            }
        }
    }
    Ok(doc)
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

/// At most 40 characters of a text, for messages.
fn short(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(40).collect::<String>())
    }
}

/// What storage held.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// A readable document (an empty one when nothing was stored).
    Ready(MyBriefings),
    /// Something that cannot be read, kept verbatim so that it can be downloaded and nothing
    /// is overwritten until the reader chooses to start over.
    Unreadable {
        /// The stored text, untouched.
        raw: String,
        /// Why it cannot be read.
        error: ParseError,
    },
}

/// Reads what storage holds under [`STORAGE_KEY`] (`None`: nothing stored yet).
pub fn load(raw: Option<&str>) -> Loaded {
    match raw {
        None => Loaded::Ready(MyBriefings::default()),
        Some(raw) => match parse(raw) {
            Ok(doc) => Loaded::Ready(doc),
            Err(error) => Loaded::Unreadable {
                raw: raw.to_string(),
                error,
            },
        },
    }
}

impl MyBriefings {
    /// Compact JSON, for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a My-briefing document always serialises")
    }

    /// Indented JSON, for an exported file.
    pub fn to_pretty_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a My-briefing document always serialises")
    }

    /// The briefing on a dataset, if the reader has one.
    pub fn dataset(&self, dataset: &str) -> Option<&DatasetBriefing> {
        self.datasets.get(dataset)
    }

    /// Pinned items of a dataset, in the reader's order.
    pub fn items(&self, dataset: &str) -> &[PinnedItem] {
        self.dataset(dataset).map_or(&[], |b| &b.items)
    }

    /// The reader's notes on the whole briefing of a dataset.
    pub fn notes(&self, dataset: &str) -> &str {
        self.dataset(dataset).map_or("", |b| &b.notes)
    }

    /// Number of items pinned on a dataset.
    pub fn count(&self, dataset: &str) -> usize {
        self.items(dataset).len()
    }

    /// Items pinned on all datasets.
    pub fn total(&self) -> usize {
        self.datasets.values().map(|b| b.items.len()).sum()
    }

    /// Position of an item in its dataset's briefing.
    pub fn position(&self, dataset: &str, kind: ItemKind, id: &str) -> Option<usize> {
        self.dataset(dataset)?.position(kind, id)
    }

    /// Whether this item is pinned on this dataset.
    pub fn is_pinned(&self, dataset: &str, kind: ItemKind, id: &str) -> bool {
        self.position(dataset, kind, id).is_some()
    }

    /// The item, if pinned.
    pub fn item(&self, dataset: &str, kind: ItemKind, id: &str) -> Option<&PinnedItem> {
        let i = self.position(dataset, kind, id)?;
        self.items(dataset).get(i)
    }

    fn entry(&mut self, dataset: &str) -> &mut DatasetBriefing {
        self.datasets.entry(dataset.to_string()).or_default()
    }

    /// Drops a dataset's entry once nothing is pinned or written in it.
    fn tidy(&mut self, dataset: &str) {
        if self.datasets.get(dataset).is_some_and(|b| b.is_empty()) {
            self.datasets.remove(dataset);
        }
    }

    /// Pins an item at the end. `false` when it was already pinned (nothing changes).
    pub fn pin(&mut self, dataset: &str, kind: ItemKind, id: &str, now: &str) -> bool {
        if self.is_pinned(dataset, kind, id) {
            return false;
        }
        self.entry(dataset).items.push(PinnedItem {
            kind,
            id: id.to_string(),
            note: String::new(),
            pinned_at: now.to_string(),
        });
        true
    }

    /// Removes an item; returns where it was and what it held (its note), so that the removal
    /// can be undone with [`MyBriefings::insert`].
    pub fn unpin(
        &mut self,
        dataset: &str,
        kind: ItemKind,
        id: &str,
    ) -> Option<(usize, PinnedItem)> {
        let i = self.position(dataset, kind, id)?;
        let item = self.entry(dataset).items.remove(i);
        self.tidy(dataset);
        Some((i, item))
    }

    /// Pins the item if it is not pinned, else unpins it. Returns whether it is now pinned.
    pub fn toggle(&mut self, dataset: &str, kind: ItemKind, id: &str, now: &str) -> bool {
        if self.unpin(dataset, kind, id).is_some() {
            false
        } else {
            self.pin(dataset, kind, id, now)
        }
    }

    /// Puts an item back at `index` (clamped to the end), e.g. to undo a removal. `false` when
    /// an item of the same kind and id is already pinned.
    pub fn insert(&mut self, dataset: &str, index: usize, item: PinnedItem) -> bool {
        if self.is_pinned(dataset, item.kind, &item.id) {
            return false;
        }
        let items = &mut self.entry(dataset).items;
        let index = index.min(items.len());
        items.insert(index, item);
        true
    }

    /// Moves the item at `from` to `to` (clamped to the last position). `false` when `from` is
    /// out of range or nothing moves.
    pub fn move_item(&mut self, dataset: &str, from: usize, to: usize) -> bool {
        let Some(b) = self.datasets.get_mut(dataset) else {
            return false;
        };
        if from >= b.items.len() {
            return false;
        }
        let to = to.min(b.items.len() - 1);
        if from == to {
            return false;
        }
        let item = b.items.remove(from);
        b.items.insert(to, item);
        true
    }

    /// Moves the item at `index` one place up. `false` at the top.
    pub fn move_up(&mut self, dataset: &str, index: usize) -> bool {
        index > 0 && self.move_item(dataset, index, index - 1)
    }

    /// Moves the item at `index` one place down. `false` at the bottom.
    pub fn move_down(&mut self, dataset: &str, index: usize) -> bool {
        self.move_item(dataset, index, index + 1)
    }

    /// Sets the reader's note on a pinned item. `false` when the item is not pinned.
    pub fn set_note(&mut self, dataset: &str, kind: ItemKind, id: &str, note: &str) -> bool {
        let Some(i) = self.position(dataset, kind, id) else {
            return false;
        };
        self.entry(dataset).items[i].note = note.to_string();
        true
    }

    /// Sets the reader's notes on the whole briefing of a dataset.
    pub fn set_notes(&mut self, dataset: &str, notes: &str) {
        self.entry(dataset).notes = notes.to_string();
        self.tidy(dataset);
    }

    /// What importing `incoming` would do, for the reader to confirm.
    pub fn plan_import(&self, incoming: &MyBriefings) -> ImportPlan {
        let datasets = incoming
            .datasets
            .iter()
            .map(|(id, b)| {
                let new_items = b
                    .items
                    .iter()
                    .filter(|x| !self.is_pinned(id, x.kind, &x.id))
                    .count();
                // Notes that a merge would join to one of the reader's (an empty one is simply
                // filled in).
                let differs = |mine: &str, theirs: &str| {
                    !mine.is_empty() && !theirs.is_empty() && !mine.contains(theirs)
                };
                let differing_notes = b
                    .items
                    .iter()
                    .filter_map(|x| Some((x, self.item(id, x.kind, &x.id)?)))
                    .filter(|(x, mine)| differs(&mine.note, &x.note))
                    .count()
                    + usize::from(differs(self.notes(id), &b.notes));
                DatasetPlan {
                    dataset: id.clone(),
                    incoming_items: b.items.len(),
                    new_items,
                    already_pinned: b.items.len() - new_items,
                    differing_notes,
                    current_items: self.count(id),
                }
            })
            .collect();
        ImportPlan {
            datasets,
            current_total: self.total(),
        }
    }

    /// Adds `incoming` to this document: items not yet pinned are appended in the file's
    /// order; for items pinned in both, and for the briefing notes, a note that differs is
    /// appended to the reader's own note (neither is dropped).
    pub fn merge(&mut self, incoming: &MyBriefings) {
        for (id, b) in &incoming.datasets {
            for x in &b.items {
                match self.position(id, x.kind, &x.id) {
                    None => {
                        self.entry(id).items.push(x.clone());
                    }
                    Some(i) => {
                        let mine = &mut self.entry(id).items[i].note;
                        *mine = join_notes(mine, &x.note);
                    }
                }
            }
            let notes = join_notes(self.notes(id), &b.notes);
            self.set_notes(id, &notes);
        }
    }
}

/// Both notes, without repeating one that the other already contains.
fn join_notes(mine: &str, theirs: &str) -> String {
    if theirs.is_empty() || mine.contains(theirs) {
        mine.to_string()
    } else if mine.is_empty() || theirs.contains(mine) {
        theirs.to_string()
    } else {
        format!("{mine}\n\n{theirs}")
    }
}

/// How to bring an imported document in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Add what is new; keep everything of the reader's.
    Merge,
    /// The file replaces the reader's whole document (callers keep a backup first).
    Replace,
}

/// What an import would do, per dataset in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan {
    /// What the file holds for each dataset.
    pub datasets: Vec<DatasetPlan>,
    /// Items the reader has pinned now, on all datasets.
    pub current_total: usize,
}

/// What an import would do to one dataset's briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetPlan {
    /// The dataset id.
    pub dataset: String,
    /// Items in the file.
    pub incoming_items: usize,
    /// Items in the file not pinned now (a merge appends them).
    pub new_items: usize,
    /// Items in the file that are pinned now.
    pub already_pinned: usize,
    /// Notes in the file that differ from the reader's (a merge appends them).
    pub differing_notes: usize,
    /// Items the reader has pinned on this dataset now.
    pub current_items: usize,
}

impl ImportPlan {
    /// Items in the file, on all datasets.
    pub fn incoming_total(&self) -> usize {
        self.datasets.iter().map(|d| d.incoming_items).sum()
    }

    /// Sentences for readers saying what each mode would do, with `dataset` the one on screen.
    pub fn describe(&self, dataset: &str) -> Vec<String> {
        let mut out = Vec::new();
        let n = |k: usize, what: &str| format!("{k} {what}{}", if k == 1 { "" } else { "s" });
        match self.datasets.iter().find(|d| d.dataset == dataset) {
            Some(d) => out.push(format!(
                "For this dataset the file has {}: {} new, {} already in your briefing{}.",
                n(d.incoming_items, "item"),
                d.new_items,
                d.already_pinned,
                if d.differing_notes > 0 {
                    format!(
                        ", {} that differ{} from yours",
                        n(d.differing_notes, "note"),
                        if d.differing_notes == 1 { "s" } else { "" }
                    )
                } else {
                    String::new()
                }
            )),
            None => out.push("The file has nothing for this dataset.".into()),
        }
        let others: Vec<&DatasetPlan> = self
            .datasets
            .iter()
            .filter(|d| d.dataset != dataset)
            .collect();
        if !others.is_empty() {
            out.push(format!(
                "It also has {} for {}: {}.",
                n(others.iter().map(|d| d.incoming_items).sum(), "item"),
                n(others.len(), "other dataset"),
                others
                    .iter()
                    .map(|d| d.dataset.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out
    }
}

/// Applies an import to a document and returns the result.
pub fn import(current: &MyBriefings, incoming: &MyBriefings, mode: ImportMode) -> MyBriefings {
    match mode {
        ImportMode::Replace => incoming.clone(),
        ImportMode::Merge => {
            let mut doc = current.clone();
            doc.merge(incoming);
            doc
        }
    }
}

/// Is the item's id absent from the dataset (renamed or removed since it was pinned)? Such
/// items are kept and shown as missing, never dropped.
pub fn is_missing(store: &Store, item: &PinnedItem) -> bool {
    match item.kind {
        ItemKind::Topic => store.topic(&item.id).is_none(),
        ItemKind::Quote => store.quote(&item.id).is_none(),
        ItemKind::Event => store.event(&item.id).is_none(),
        ItemKind::Figure => store.figure(&item.id).is_none(),
    }
}

/// A short name of a pinned item for labels and messages: the topic's title, the quote's
/// speaker and opening words, the event's title, the figure's label; the id when missing.
pub fn item_title(store: &Store, item: &PinnedItem) -> String {
    let found = match item.kind {
        ItemKind::Topic => store.topic(&item.id).map(|t| t.title.clone()),
        ItemKind::Quote => store.quote(&item.id).map(|q| {
            let who = store
                .actor(&q.speaker)
                .map(|a| a.name.clone())
                .unwrap_or_default();
            let words: Vec<&str> = q.text.split_whitespace().collect();
            let opening = if words.len() > 8 {
                format!("{}…", words[..8].join(" "))
            } else {
                words.join(" ")
            };
            format!("{who}: “{opening}”")
        }),
        ItemKind::Event => store.event(&item.id).map(|e| e.title.clone()),
        ItemKind::Figure => store.figure(&item.id).map(|f| f.label.clone()),
    };
    found.unwrap_or_else(|| format!("{} “{}”", item.kind.label(), item.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::embedded;

    const DS: &str = "us-china-2025";
    const NOW: &str = "2025-06-10T09:00:00.000Z";

    fn doc_with(items: &[(ItemKind, &str)]) -> MyBriefings {
        let mut d = MyBriefings::default();
        for (k, id) in items {
            assert!(d.pin(DS, *k, id, NOW));
        }
        d
    }

    fn ids(d: &MyBriefings) -> Vec<&str> {
        d.items(DS).iter().map(|x| x.id.as_str()).collect()
    }

    #[test]
    fn the_document_round_trips_through_its_stored_form() {
        let mut d = doc_with(&[(ItemKind::Topic, "tariffs"), (ItemKind::Quote, "q1")]);
        d.set_note(
            DS,
            ItemKind::Quote,
            "q1",
            "Check “this” \\ line\nand the next",
        );
        d.set_notes(DS, "Overall");
        let json = d.to_json();
        assert!(json.starts_with(r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{"us-china-2025":{"items":[{"kind":"topic","id":"tariffs""#), "{json}");
        assert_eq!(parse(&json), Ok(d.clone()));
        assert_eq!(parse(&d.to_pretty_json()), Ok(d));
    }

    #[test]
    fn pin_unpin_and_toggle() {
        let mut d = MyBriefings::default();
        assert!(d.pin(DS, ItemKind::Topic, "tariffs", NOW));
        assert!(!d.pin(DS, ItemKind::Topic, "tariffs", NOW), "pinned twice");
        // The same id of another kind is another item.
        assert!(d.pin(DS, ItemKind::Event, "tariffs", NOW));
        assert_eq!(d.count(DS), 2);
        assert!(d.is_pinned(DS, ItemKind::Topic, "tariffs"));
        assert!(!d.is_pinned("other-dataset", ItemKind::Topic, "tariffs"));
        assert_eq!(d.items(DS)[0].pinned_at, NOW);
        assert!(!d.toggle(DS, ItemKind::Topic, "tariffs", NOW));
        assert!(!d.is_pinned(DS, ItemKind::Topic, "tariffs"));
        assert!(d.toggle(DS, ItemKind::Topic, "tariffs", NOW));
        assert_eq!(ids(&d), ["tariffs", "tariffs"]);
        assert_eq!(d.items(DS)[1].kind, ItemKind::Topic);
        // Unpinning everything leaves no empty dataset entry behind.
        d.unpin(DS, ItemKind::Topic, "tariffs").unwrap();
        d.unpin(DS, ItemKind::Event, "tariffs").unwrap();
        assert!(d.datasets.is_empty());
        assert_eq!(d.unpin(DS, ItemKind::Event, "tariffs"), None);
    }

    #[test]
    fn briefings_of_different_datasets_are_kept_apart() {
        let mut d = doc_with(&[(ItemKind::Topic, "tariffs")]);
        d.pin("eu-2026", ItemKind::Figure, "f1", NOW);
        d.set_notes("eu-2026", "EU notes");
        assert_eq!(d.count(DS), 1);
        assert_eq!(d.count("eu-2026"), 1);
        assert_eq!(d.total(), 2);
        assert_eq!(d.notes(DS), "");
        assert_eq!(d.notes("eu-2026"), "EU notes");
        d.unpin(DS, ItemKind::Topic, "tariffs");
        assert_eq!(d.count("eu-2026"), 1);
    }

    #[test]
    fn unpin_returns_the_note_and_insert_undoes_it() {
        let mut d = doc_with(&[
            (ItemKind::Topic, "a"),
            (ItemKind::Topic, "b"),
            (ItemKind::Topic, "c"),
        ]);
        d.set_note(DS, ItemKind::Topic, "b", "my words");
        let (i, item) = d.unpin(DS, ItemKind::Topic, "b").unwrap();
        assert_eq!((i, item.note.as_str()), (1, "my words"));
        assert_eq!(ids(&d), ["a", "c"]);
        assert!(d.insert(DS, i, item.clone()));
        assert_eq!(ids(&d), ["a", "b", "c"]);
        assert_eq!(d.items(DS)[1].note, "my words");
        assert!(!d.insert(DS, 0, item), "already there");
        let late = PinnedItem {
            kind: ItemKind::Quote,
            id: "q".into(),
            note: String::new(),
            pinned_at: NOW.into(),
        };
        assert!(d.insert(DS, 99, late));
        assert_eq!(ids(&d), ["a", "b", "c", "q"]);
    }

    #[test]
    fn items_move_up_down_and_to_an_index() {
        let mut d = doc_with(&[
            (ItemKind::Topic, "a"),
            (ItemKind::Quote, "b"),
            (ItemKind::Event, "c"),
            (ItemKind::Figure, "d"),
        ]);
        assert!(d.move_up(DS, 2));
        assert_eq!(ids(&d), ["a", "c", "b", "d"]);
        assert!(!d.move_up(DS, 0), "the first item cannot go up");
        assert!(!d.move_down(DS, 3), "the last item cannot go down");
        assert!(d.move_down(DS, 0));
        assert_eq!(ids(&d), ["c", "a", "b", "d"]);
        assert!(d.move_item(DS, 3, 0));
        assert_eq!(ids(&d), ["d", "c", "a", "b"]);
        assert!(d.move_item(DS, 0, 99), "clamped to the end");
        assert_eq!(ids(&d), ["c", "a", "b", "d"]);
        assert!(!d.move_item(DS, 4, 0));
        assert!(!d.move_item("nothing-here", 0, 1));
        assert_eq!(d.items(DS)[3].kind, ItemKind::Figure, "kinds move with ids");
    }

    #[test]
    fn notes_are_set_on_pinned_items_only() {
        let mut d = doc_with(&[(ItemKind::Topic, "a")]);
        assert!(d.set_note(DS, ItemKind::Topic, "a", "note"));
        assert!(!d.set_note(DS, ItemKind::Topic, "zzz", "note"));
        assert_eq!(d.item(DS, ItemKind::Topic, "a").unwrap().note, "note");
        // Briefing notes alone keep a dataset's entry.
        let mut e = MyBriefings::default();
        e.set_notes(DS, "thoughts");
        assert_eq!(e.notes(DS), "thoughts");
        e.set_notes(DS, "");
        assert!(e.datasets.is_empty());
    }

    #[test]
    fn parse_says_why_a_text_cannot_be_read() {
        let corrupt = |raw: &str| match parse(raw) {
            Err(ParseError::Corrupt(why)) => why,
            other => panic!("{raw}: expected Corrupt, got {other:?}"),
        };
        let wrong = |raw: &str| match parse(raw) {
            Err(ParseError::WrongFormat(why)) => why,
            other => panic!("{raw}: expected WrongFormat, got {other:?}"),
        };
        assert_eq!(corrupt("  "), "the text is empty");
        let syntax = corrupt(r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{"#);
        assert!(
            syntax.starts_with("it is not valid JSON") && syntax.contains("line 1"),
            "{syntax}"
        );
        assert_eq!(wrong("[1,2]"), "it is a JSON array, not an object");
        assert_eq!(
            wrong(r#"{"format":"other-app"}"#),
            "its format is \"other-app\", not \"counterpoint-my-briefing\""
        );
        assert_eq!(
            wrong(r#"{"version":1}"#),
            "it has no \"format\" field (expected \"counterpoint-my-briefing\")"
        );
        assert_eq!(
            wrong(r#"{"schema_version":1,"id":"x"}"#),
            "it looks like a dataset file, not a saved briefing"
        );
        assert_eq!(
            parse(
                r#"{"format":"counterpoint-my-briefing","version":99,"datasets":{"x":{"items":"whatever, v99 may differ"}}}"#
            ),
            Err(ParseError::Newer { version: 99 })
        );
        assert_eq!(
            corrupt(r#"{"format":"counterpoint-my-briefing"}"#),
            "it has no \"version\" field"
        );
        assert!(
            corrupt(r#"{"format":"counterpoint-my-briefing","version":"1"}"#)
                .contains("whole number")
        );
        assert_eq!(
            corrupt(r#"{"format":"counterpoint-my-briefing","version":0}"#),
            "there is no format version 0"
        );
        let kind = corrupt(
            r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{"d":{"items":[{"kind":"person","id":"x"}]}}}"#,
        );
        assert!(
            kind.contains("unknown variant `person`") && kind.contains("line 1 column"),
            "{kind}"
        );
        let extra = corrupt(
            r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{},"colour":"red"}"#,
        );
        assert!(extra.contains("unknown field `colour`"), "{extra}");
        assert_eq!(
            corrupt(
                r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{"d":{"items":[{"kind":"topic","id":" "}]}}}"#
            ),
            "item 1 of dataset \"d\" has an empty id"
        );
        assert_eq!(
            corrupt(
                r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{"d":{"items":[{"kind":"topic","id":"a"},{"kind":"quote","id":"a"},{"kind":"topic","id":"a"}]}}}"#
            ),
            "item 3 of dataset \"d\" repeats topic \"a\""
        );
        // Minimal valid documents: fields with defaults may be left out.
        let min = parse(r#"{"format":"counterpoint-my-briefing","version":1,"datasets":{"d":{"items":[{"kind":"figure","id":"f"}]}}}"#).unwrap();
        assert_eq!(min.items("d")[0].note, "");
        assert_eq!(
            parse(r#"{"format":"counterpoint-my-briefing","version":1}"#).unwrap(),
            MyBriefings::default()
        );
    }

    #[test]
    fn messages_say_what_is_wrong_in_a_sentence() {
        assert_eq!(
            ParseError::Newer { version: 99 }.message(),
            "It was saved by a newer version of Counterpoint (format version 99); this version reads version 1."
        );
        assert_eq!(
            ParseError::Corrupt("x".into()).message(),
            "The data is damaged: x."
        );
        assert_eq!(
            ParseError::WrongFormat("y".into()).to_string(),
            "It is not a My-briefing file: y."
        );
    }

    #[test]
    fn load_keeps_an_unreadable_text_verbatim() {
        assert_eq!(load(None), Loaded::Ready(MyBriefings::default()));
        let good = doc_with(&[(ItemKind::Topic, "tariffs")]);
        assert_eq!(load(Some(&good.to_json())), Loaded::Ready(good));
        let raw = "{\"format\":\"counterpoint-my-briefing\",\"version\":1,\"datasets\":{\"d\":{\"items\":[{\"kind\":\"topic\",\"id\":\"a\",\"note\":\"my precious note\"";
        match load(Some(raw)) {
            Loaded::Unreadable { raw: kept, error } => {
                assert_eq!(kept, raw);
                assert!(matches!(error, ParseError::Corrupt(_)));
            }
            other => panic!("{other:?}"),
        }
        let newer = r#"{"format":"counterpoint-my-briefing","version":2,"datasets":{}}"#;
        assert_eq!(
            load(Some(newer)),
            Loaded::Unreadable {
                raw: newer.into(),
                error: ParseError::Newer { version: 2 }
            }
        );
    }

    #[test]
    fn merge_adds_new_items_and_keeps_both_notes() {
        let mut mine = doc_with(&[(ItemKind::Topic, "a"), (ItemKind::Quote, "b")]);
        mine.set_note(DS, ItemKind::Topic, "a", "mine");
        mine.set_note(DS, ItemKind::Quote, "b", "same");
        mine.set_notes(DS, "my overview");
        let mut theirs = doc_with(&[
            (ItemKind::Event, "c"),
            (ItemKind::Topic, "a"),
            (ItemKind::Quote, "b"),
        ]);
        theirs.set_note(DS, ItemKind::Topic, "a", "theirs");
        theirs.set_note(DS, ItemKind::Quote, "b", "same");
        theirs.set_note(DS, ItemKind::Event, "c", "on c");
        theirs.set_notes(DS, "their overview");
        theirs.pin("other", ItemKind::Figure, "f", NOW);

        let plan = mine.plan_import(&theirs);
        let here = plan.datasets.iter().find(|d| d.dataset == DS).unwrap();
        assert_eq!(
            (
                here.incoming_items,
                here.new_items,
                here.already_pinned,
                here.differing_notes,
                here.current_items
            ),
            (3, 1, 2, 2, 2)
        );
        assert_eq!(plan.current_total, 2);
        assert_eq!(plan.incoming_total(), 4);
        assert_eq!(
            plan.describe(DS),
            [
                "For this dataset the file has 3 items: 1 new, 2 already in your briefing, 2 notes that differ from yours.",
                "It also has 1 item for 1 other dataset: other."
            ]
        );
        assert_eq!(
            plan.describe("nothing"),
            [
                "The file has nothing for this dataset.",
                "It also has 4 items for 2 other datasets: other, us-china-2025."
            ]
        );

        let merged = import(&mine, &theirs, ImportMode::Merge);
        assert_eq!(ids(&merged), ["a", "b", "c"]);
        assert_eq!(
            merged.item(DS, ItemKind::Topic, "a").unwrap().note,
            "mine\n\ntheirs"
        );
        assert_eq!(merged.item(DS, ItemKind::Quote, "b").unwrap().note, "same");
        assert_eq!(merged.item(DS, ItemKind::Event, "c").unwrap().note, "on c");
        assert_eq!(merged.notes(DS), "my overview\n\ntheir overview");
        assert_eq!(merged.count("other"), 1);
        // Into an empty briefing nothing differs: notes are simply filled in.
        let fresh = MyBriefings::default().plan_import(&theirs);
        assert_eq!(
            fresh
                .datasets
                .iter()
                .map(|d| d.differing_notes)
                .sum::<usize>(),
            0
        );
        let mut one = mine.clone();
        one.set_notes(DS, "");
        let p = one.plan_import(&theirs);
        assert!(
            p.describe(DS)[0].ends_with("1 note that differs from yours."),
            "{:?}",
            p.describe(DS)
        );
        // Merging the same file again changes nothing.
        assert_eq!(import(&merged, &theirs, ImportMode::Merge), merged);
        // Replace takes the file as it is.
        assert_eq!(import(&mine, &theirs, ImportMode::Replace), theirs);
    }

    #[test]
    fn items_gone_from_the_dataset_are_reported_not_dropped() {
        let store = embedded();
        let mut d = doc_with(&[
            (ItemKind::Topic, "tariffs"),
            (ItemKind::Topic, "no-such-topic"),
        ]);
        d.pin(DS, ItemKind::Quote, &store.dataset.quotes[0].id, NOW);
        d.pin(DS, ItemKind::Event, &store.dataset.events[0].id, NOW);
        d.pin(DS, ItemKind::Figure, &store.dataset.figures[0].id, NOW);
        d.pin(DS, ItemKind::Figure, "tariffs", NOW);
        let missing: Vec<bool> = d.items(DS).iter().map(|x| is_missing(&store, x)).collect();
        assert_eq!(missing, [false, true, false, false, false, true]);
        let round = parse(&d.to_json()).unwrap();
        assert_eq!(round.count(DS), 6, "missing items survive storage");
        assert_eq!(item_title(&store, &d.items(DS)[1]), "Topic “no-such-topic”");
        assert_eq!(
            item_title(&store, &d.items(DS)[0]),
            store.topic("tariffs").unwrap().title
        );
        let q = item_title(&store, &d.items(DS)[2]);
        assert!(q.contains("“full and comprehensive”"), "{q}");
    }
}
