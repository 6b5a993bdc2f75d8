//! The item registry: one trait, [`Item`], that every kind of item implements (its id, date,
//! citations, quotes and own-words fields), and one walker, [`items`], that lists every item of a
//! dataset with its JSON path. The citation walker ([`super::citations`]), the list of own-words
//! fields ([`super::own_words_fields`]) and the attribution rules all read it, so that a new
//! kind of item, or a new field, is added in one place.

use crate::model::*;

/// What kind of item a [`Place`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKind {
    /// A sentence of a briefing (`what_happened`, `where_things_stand`, `what_to_watch`).
    BriefingClaim,
    /// A source: its own-words notes.
    Source,
    /// A person or body.
    Actor,
    /// A topic: title, question, summary.
    Topic,
    /// An earlier summary of a topic.
    EarlierSummary,
    /// A topic's status from a date.
    Status,
    /// A point: its aspect.
    Point,
    /// A point's dated relation.
    Relation,
    /// A party's stance on a point.
    Stance,
    /// Where the parties' positions meet.
    Overlap,
    /// Where they clash.
    Clash,
    /// An analyst's reading.
    Analysis,
    /// A quote.
    Quote,
    /// An event.
    Event,
    /// A figure.
    Figure,
    /// A dispute: question and assessment.
    Dispute,
    /// One account in a dispute.
    DisputeClaim,
    /// A glossary term.
    GlossaryTerm,
    /// A promise, undertaking, prediction, threat, intention or demand (the ledger).
    Commitment,
    /// A commitment's status from a date.
    CommitmentStatus,
    /// Figures for one quantity that disagree.
    NumberGroup,
}

/// What every item of a dataset answers: its id, date, citations, quotes and own-words fields
/// (each with its field name relative to the item, e.g. `text`, `notes[1]`).
pub trait Item {
    /// The item's id, for kinds that have one.
    fn id(&self) -> Option<&str> {
        None
    }
    /// The item's date, for kinds that have one.
    fn date(&self) -> Option<&DateSpec> {
        None
    }
    /// The citations the item rests on (not those of the items inside it).
    fn cites(&self) -> &[Citation] {
        &[]
    }
    /// Ids of the quotes that back it.
    fn quote_ids(&self) -> &[String] {
        &[]
    }
    /// Its own-words fields: field name (relative to the item) and text.
    fn own_words(&self) -> Vec<(String, &str)> {
        Vec::new()
    }
    /// Its editor's note, when it has one.
    fn editor_note(&self) -> Option<&str> {
        None
    }
}

macro_rules! words {
    ($($name:literal => $e:expr),* $(,)?) => {
        vec![$(($name.to_string(), $e)),*]
    };
}

impl Item for Claim {
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["text" => self.text.as_str()]
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for DatedClaim {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["text" => self.text.as_str()]
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for Source {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.published)
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        let mut v = words!["date_note" => self.date_note.as_str()];
        for (i, n) in self.notes.iter().enumerate() {
            v.push((format!("notes[{i}].text"), n.text.as_str()));
        }
        v
    }
}

impl Item for Actor {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["role" => self.role.as_str(), "description" => self.description.as_str()]
    }
}

impl Item for Topic {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words![
            "title" => self.title.as_str(),
            "question" => self.question.as_str(),
            "summary" => self.summary.as_str(),
        ]
    }
}

impl Item for StatusChange {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["label" => self.label.as_str()]
    }
}

impl Item for Point {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["aspect" => self.aspect.as_str()]
    }
}

impl Item for DatedRelation {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
}

impl Item for Stance {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn quote_ids(&self) -> &[String] {
        &self.quotes
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["text" => self.text.as_str()]
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for Analysis {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn quote_ids(&self) -> &[String] {
        &self.quotes
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["text" => self.text.as_str()]
    }
}

impl Item for Quote {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.said)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        let mut v = words!["venue" => self.venue.as_str()];
        for (i, n) in self.notes.iter().enumerate() {
            v.push((format!("notes[{i}]"), n.as_str()));
        }
        v
    }
}

impl Item for Event {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["title" => self.title.as_str(), "summary" => self.summary.as_str()]
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for Figure {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        let mut v = words!["label" => self.label.as_str()];
        if let Some(s) = &self.scope {
            v.push(("scope".into(), s.as_str()));
        }
        if let Some(n) = &self.note {
            v.push(("note".into(), n.as_str()));
        }
        v
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for Dispute {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["question" => self.question.as_str(), "assessment" => self.assessment.as_str()]
    }
}

impl Item for DisputeClaim {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn quote_ids(&self) -> &[String] {
        &self.quotes
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["text" => self.text.as_str()]
    }
}

impl Item for GlossaryTerm {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["definition" => self.definition.as_str()]
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for Commitment {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.said)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["text" => self.text.as_str()]
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

impl Item for CommitmentStatusChange {
    fn date(&self) -> Option<&DateSpec> {
        Some(&self.date)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        words!["label" => self.label.as_str()]
    }
}

impl Item for NumberGroup {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn cites(&self) -> &[Citation] {
        &self.cites
    }
    fn own_words(&self) -> Vec<(String, &str)> {
        let mut out = words!["quantity" => self.quantity.as_str(), "note" => self.note.as_str()];
        for (j, f) in self.figures.iter().enumerate() {
            out.push((format!("figures[{j}].basis"), f.basis.as_str()));
        }
        out
    }
    fn editor_note(&self) -> Option<&str> {
        self.editor_note.as_deref()
    }
}

/// Every item of the dataset with its JSON path, in file order: briefing claims; sources;
/// actors; topics, each followed by its earlier summaries, statuses, points (each followed by
/// its dated relations and stances), overlap, clash and analysis; quotes; events; figures;
/// disputes, each followed by its claims; glossary terms; commitments, each followed by its
/// statuses; number groups.
pub fn items(d: &Dataset) -> Vec<(String, ItemKind, &dyn Item)> {
    use ItemKind as K;
    let mut out: Vec<(String, ItemKind, &dyn Item)> = Vec::new();
    for (i, b) in d.briefings.iter().enumerate() {
        for (name, claims) in [
            ("what_happened", &b.what_happened),
            ("where_things_stand", &b.where_things_stand),
            ("what_to_watch", &b.what_to_watch),
        ] {
            for (j, c) in claims.iter().enumerate() {
                out.push((format!("briefings[{i}].{name}[{j}]"), K::BriefingClaim, c));
            }
        }
    }
    for (i, s) in d.sources.iter().enumerate() {
        out.push((format!("sources[{i}]"), K::Source, s));
    }
    for (i, a) in d.actors.iter().enumerate() {
        out.push((format!("actors[{i}]"), K::Actor, a));
    }
    for (i, t) in d.topics.iter().enumerate() {
        let tp = format!("topics[{i}]");
        out.push((tp.clone(), K::Topic, t));
        for (j, c) in t.earlier_summaries.iter().enumerate() {
            out.push((format!("{tp}.earlier_summaries[{j}]"), K::EarlierSummary, c));
        }
        for (j, s) in t.status.iter().enumerate() {
            out.push((format!("{tp}.status[{j}]"), K::Status, s));
        }
        for (j, p) in t.points.iter().enumerate() {
            let pp = format!("{tp}.points[{j}]");
            out.push((pp.clone(), K::Point, p));
            for (k, r) in p.relations.iter().enumerate() {
                out.push((format!("{pp}.relations[{k}]"), K::Relation, r));
            }
            for (k, s) in p.stances.iter().enumerate() {
                out.push((format!("{pp}.stances[{k}]"), K::Stance, s));
            }
        }
        for (j, c) in t.overlap.iter().enumerate() {
            out.push((format!("{tp}.overlap[{j}]"), K::Overlap, c));
        }
        for (j, c) in t.clash.iter().enumerate() {
            out.push((format!("{tp}.clash[{j}]"), K::Clash, c));
        }
        for (j, a) in t.analysis.iter().enumerate() {
            out.push((format!("{tp}.analysis[{j}]"), K::Analysis, a));
        }
    }
    for (i, q) in d.quotes.iter().enumerate() {
        out.push((format!("quotes[{i}]"), K::Quote, q));
    }
    for (i, e) in d.events.iter().enumerate() {
        out.push((format!("events[{i}]"), K::Event, e));
    }
    for (i, x) in d.figures.iter().enumerate() {
        out.push((format!("figures[{i}]"), K::Figure, x));
    }
    for (i, x) in d.disputes.iter().enumerate() {
        let dp = format!("disputes[{i}]");
        out.push((dp.clone(), K::Dispute, x));
        for (j, c) in x.claims.iter().enumerate() {
            out.push((format!("{dp}.claims[{j}]"), K::DisputeClaim, c));
        }
    }
    for (i, g) in d.glossary.iter().enumerate() {
        out.push((format!("glossary[{i}]"), K::GlossaryTerm, g));
    }
    for (i, c) in d.commitments.iter().enumerate() {
        let cp = format!("commitments[{i}]");
        out.push((cp.clone(), K::Commitment, c));
        for (j, s) in c.status.iter().enumerate() {
            out.push((format!("{cp}.status[{j}]"), K::CommitmentStatus, s));
        }
    }
    for (i, g) in d.number_groups.iter().enumerate() {
        out.push((format!("number_groups[{i}]"), K::NumberGroup, g));
    }
    out
}
