//! The dataset schema (version 1): plain serde types, no UI.
//!
//! Every item that states something cites at least one [`Citation`]; every item is dated so
//! that a briefing can be shown "as of" a moment (see `analysis::snapshot`). Ids are short
//! kebab-case strings, unique across the whole dataset.

use super::date::DateSpec;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole briefing dataset: one negotiation between two parties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must equal [`SCHEMA_VERSION`].
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1)))]
    pub schema_version: u32,
    /// Short id of the dataset, e.g. `us-china-2025`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Title shown in the header, e.g. "US–China trade talks, 2025".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub title: String,
    /// One line under the title.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub subtitle: String,
    /// Measures shown as key figures on the briefing, in order: each the `measure` of some
    /// figure. Empty (or absent): the first six measures of the dataset's own figures.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub key_measures: Vec<String>,
    /// The two negotiating parties, in display order (left, right).
    pub parties: Vec<Party>,
    /// Dated briefings ("as of" snapshots), oldest first. The last one is the default.
    pub briefings: Vec<Briefing>,
    /// Every source cited, in the order of their citation numbers.
    pub sources: Vec<Source>,
    /// People and bodies who speak or act.
    pub actors: Vec<Actor>,
    /// The questions the parties negotiate, in display order.
    pub topics: Vec<Topic>,
    /// What people said, verbatim from the sources.
    pub quotes: Vec<Quote>,
    /// What happened, each dated.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Numbers from the sources (rates, trade values), each dated.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// The measures drawn on the figures page's step chart, one line each, in legend order
    /// (e.g. each party's tariff on the other's goods). Without it, no chart is drawn.
    #[serde(default)]
    pub chart_measures: Vec<ChartMeasure>,
    /// Places where parties or outlets tell different stories.
    #[serde(default)]
    pub disputes: Vec<Dispute>,
    /// Terms of the trade talks, defined in our words from the sources (`/glossary/`, and a
    /// popover where a term first appears on a page). Optional: older files have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryTerm>,
    /// Promises, undertakings, predictions, threats, demands and stated intentions of the
    /// parties' people and bodies, each with its deadline and dated statuses (`/commitments/`).
    /// Optional: older files have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    /// Figures for one quantity given by different voices, side by side (`/numbers/`).
    /// Optional: older files have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub number_groups: Vec<NumberGroup>,
}

/// A negotiating party. Actors reference it by `id`; `independent` is reserved for everyone
/// who speaks for neither party (analysts, third countries, media).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// e.g. `us`, `cn`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// e.g. "United States".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub name: String,
    /// e.g. "US".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub short_name: String,
    /// Adjective, e.g. "US", "Chinese".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub adjective: String,
    /// Actor ids of the people who lead the party's delegation, most senior first.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub negotiators: Vec<String>,
    /// Other names our own words use for the party as a voice, e.g. "Beijing" or "Washington"
    /// ("Beijing says …"): with `name`, `short_name` and `adjective`, what the attribution rules
    /// of `counterpoint check` recognise as naming the party.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Label>"))]
    pub aliases: Vec<String>,
}

/// The side an actor or an event belongs to: a party id or `independent`.
pub const INDEPENDENT: &str = "independent";

/// A briefing as it stood on a date: the bottom line up front, in our words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    /// URL segment, e.g. `eve-of-geneva`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// e.g. "Eve of Geneva, May 2025".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub title: String,
    /// The moment the briefing describes: only items known by this day are shown.
    pub as_of: DateSpec,
    /// What happened.
    pub what_happened: Vec<Claim>,
    /// Where things stand.
    pub where_things_stand: Vec<Claim>,
    /// What to watch.
    pub what_to_watch: Vec<Claim>,
}

/// One sentence of our own, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The sentence.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
    /// The sources it rests on: at least one.
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// A pointer to the source that supports a line, with the short passage it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// A [`Source`] id.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub source: String,
    /// A short verbatim passage of the source (a clause, not a paragraph).
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Verbatim"))]
    pub excerpt: String,
    /// Verbatim text of the source right before the excerpt (W3C Web Annotation
    /// `TextQuoteSelector` `prefix`), needed only when the excerpt occurs more than once in the
    /// source's text: with it, the excerpt must select exactly one place. Whole words are best:
    /// the citation's link (a Text Fragment) uses it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Verbatim>")
    )]
    pub prefix: Option<String>,
    /// Verbatim text of the source right after the excerpt (`TextQuoteSelector` `suffix`); see
    /// [`Citation::prefix`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Verbatim>")
    )]
    pub suffix: Option<String>,
    /// Whose words, reading or act the excerpt carries: an actor id (a person or body who said,
    /// thought or did what the excerpt reports), a party id (the party acting as a whole:
    /// "China has raised its retaliatory duties"), `both` (a joint act or statement of the two
    /// parties), or `outlet` (the source's own reporting, reading, analysis or forecast, and
    /// voices it does not name: "analysts say", "is being seen by some analysts"). Optional;
    /// `counterpoint check` requires it on the citations of stances, statuses, relations and
    /// dispute claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::class::Id>"))]
    pub voice: Option<String>,
    /// For reported speech or thought, the attribution verb the source uses, as printed
    /// (`said`, `claimed`, `felt`, `predicted`): one of the verbs of the core's table
    /// (`texts::VERBS`), each in a class (say, claim, feel/believe, expect/forecast). Needs a
    /// `voice`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Verbatim>")
    )]
    pub verb: Option<String>,
}

/// The [`Citation::voice`] of the source's own reporting, reading or analysis.
pub const OUTLET: &str = "outlet";

/// The full text of a source, kept with the author's files (never published): what
/// `counterpoint check` compares every excerpt and quote with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceText {
    /// A plain-text (UTF-8) file, relative to the dataset file, e.g. `texts/kyodo-2025-05-07.txt`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Url"))]
    pub file: String,
    /// SHA-256 of the file's bytes, 64 lowercase hex digits: a text changed since the dataset
    /// was written is an error.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub sha256: String,
}

/// One article the dataset is built from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique id, e.g. `reuters-2025-05-12`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Outlet, or `None` when the copy does not name it.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Label>")
    )]
    pub outlet: Option<String>,
    /// How we describe an outlet we cannot name, e.g. "US news magazine (not named in the copy)".
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub outlet_description: String,
    /// The headline, or a descriptive title in brackets when the copy has none.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Verbatim"))]
    pub title: String,
    /// `true` when `title` is our description rather than the article's headline.
    #[serde(default)]
    pub title_is_descriptive: bool,
    /// Bylines, as printed.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<crate::model::class::Verbatim>")
    )]
    pub authors: Vec<String>,
    /// Publication date, with its precision (`c. 2025-06-04` when inferred from the text).
    pub published: DateSpec,
    /// How the date was established, when it is not printed in the copy.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub date_note: String,
    /// Where the copy was found, e.g. a republishing site.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Label>")
    )]
    pub via: Option<String>,
    /// Link to the article (http or https), when there is one.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Url>")
    )]
    pub url: Option<String>,
    /// BCP-47 tag of the text we hold, e.g. `en`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub language: String,
    /// Set when the text is a translation: from what, and how good.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::OwnWords>")
    )]
    pub translation: Option<String>,
    /// Errors and oddities in the source, recorded rather than silently fixed.
    #[serde(default)]
    pub notes: Vec<SourceNote>,
    /// The source's full text, when the author keeps it: a file beside the dataset, with its
    /// hash. `counterpoint check` then checks every excerpt and quote against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<SourceText>,
}

/// A problem found in a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceNote {
    /// What kind of problem it is.
    pub kind: NoteKind,
    /// The passage concerned, verbatim.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Verbatim"))]
    pub excerpt: String,
    /// What is wrong, in our words.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
}

/// Kinds of source problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A name spelled wrong.
    Misspelling,
    /// A translation that misleads.
    Translation,
    /// A person given the wrong title.
    WrongTitle,
    /// A fact stated wrongly.
    Factual,
    /// Something left out.
    Missing,
    /// Anything else.
    Other,
}

impl NoteKind {
    /// Label for readers, e.g. "Misspelling".
    pub fn label(self) -> &'static str {
        match self {
            NoteKind::Misspelling => "Misspelt name",
            NoteKind::Translation => "Translation artefact",
            NoteKind::WrongTitle => "Wrong title",
            NoteKind::Factual => "Factual slip",
            NoteKind::Missing => "Missing information",
            NoteKind::Other => "Note",
        }
    }
}

/// A person or institution named in the sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Unique id, e.g. `scott-bessent`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Name as written in English.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub name: String,
    /// Name in Chinese characters, for Chinese people and bodies.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Label>")
    )]
    pub name_zh: Option<String>,
    /// A person or an institution.
    pub kind: ActorKind,
    /// A party id or `independent`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub side: String,
    /// Role at the time of the talks, e.g. "Treasury Secretary".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub role: String,
    /// Organisation: an actor id when it is in the dataset, else free text.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Label>")
    )]
    pub organisation: Option<String>,
    /// Role in these talks, in our words.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub description: String,
    /// The sources that say who they are.
    pub cites: Vec<Citation>,
}

/// Whether an actor is a person or an institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A person.
    Person,
    /// A ministry, agency, company or other body.
    Institution,
}

/// One issue in the talks, with each party's position aligned point by point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Unique id, e.g. `rare-earths`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Short title, e.g. "Rare earths".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub title: String,
    /// The question the topic answers, e.g. "What tariff levels will each side accept?".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub question: String,
    /// Two or three sentences of our own, as of the latest briefing.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub summary: String,
    /// Summaries for earlier moments, oldest first: an earlier snapshot shows the latest one
    /// dated on or before its day, so that it never tells what happened later.
    #[serde(default)]
    pub earlier_summaries: Vec<DatedClaim>,
    /// How the topic stood over time, oldest first; the latest known one applies.
    pub status: Vec<StatusChange>,
    /// Aspects of the topic, each with every party's stance.
    pub points: Vec<Point>,
    /// Where the parties' positions meet, in our words.
    #[serde(default)]
    pub overlap: Vec<DatedClaim>,
    /// Where they clash, in our words.
    #[serde(default)]
    pub clash: Vec<DatedClaim>,
    /// What independent analysts say.
    #[serde(default)]
    pub analysis: Vec<Analysis>,
}

/// A dated sentence of our own with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatedClaim {
    /// When it was said or became true.
    pub date: DateSpec,
    /// The sentence.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
    /// The sources it rests on: at least one.
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// Where a topic stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Both parties agree.
    Agreed,
    /// The parties agree on part of it.
    PartlyAgreed,
    /// The parties disagree.
    Contested,
    /// Not yet settled either way.
    Open,
    /// One party has said nothing on it.
    OneSideSilent,
}

impl Status {
    /// Label for readers, e.g. "Partly agreed".
    pub fn label(self) -> &'static str {
        match self {
            Status::Agreed => "Agreed",
            Status::PartlyAgreed => "Partly agreed",
            Status::Contested => "Contested",
            Status::Open => "Open",
            Status::OneSideSilent => "One side silent",
        }
    }
    /// CSS class suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Agreed => "agreed",
            Status::PartlyAgreed => "partly-agreed",
            Status::Contested => "contested",
            Status::Open => "open",
            Status::OneSideSilent => "silent",
        }
    }
    /// Every status, in display order.
    pub const ALL: [Status; 5] = [
        Status::Contested,
        Status::PartlyAgreed,
        Status::Agreed,
        Status::Open,
        Status::OneSideSilent,
    ];
}

/// A topic's status from a date on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// When the topic took this status.
    pub date: DateSpec,
    /// The status from that date.
    pub status: Status,
    /// A short qualifier, e.g. "Escalating: 145% vs 125%" or "90-day truce".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub label: String,
    /// The sources that give it.
    pub cites: Vec<Citation>,
}

/// One aspect of a topic with what each party says about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Unique id, e.g. `tariffs-rates`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// e.g. "Current tariff rate".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub aspect: String,
    /// How the stances relate, one value for the point's whole life (from its first stance
    /// on): the original form, still read. Give either this or [`Point::relations`], not both.
    /// Read it through `Snapshot::relation`, which derives [`Relation::OneSided`] from the
    /// stances whatever this says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// How the stances relate over time, oldest first: each entry holds from its date until
    /// the next one. Never `one_sided` (that is derived from the stances). Read it through
    /// `Snapshot::relation`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<DatedRelation>,
    /// Stances over time. For each party at least one; the latest known one applies.
    pub stances: Vec<Stance>,
}

/// How a point's stances relate from a date on (an entry of [`Point::relations`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatedRelation {
    /// From when the relation holds: when the stance that made it so was taken.
    pub date: DateSpec,
    /// `overlap`, `clash` or `different`; `one_sided` is derived from the stances.
    pub relation: Relation,
    /// The passage(s) that show the relation, e.g. the report of both sides' new positions.
    pub cites: Vec<Citation>,
}

/// How the parties' stances on a point relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Where the parties' stances meet.
    Overlap,
    /// Where they clash.
    Clash,
    /// Only one party has spoken.
    OneSided,
    /// Neither clash nor overlap: different concerns.
    Different,
}

impl Relation {
    /// Label for readers, e.g. "Overlap".
    pub fn label(self) -> &'static str {
        match self {
            Relation::Overlap => "Overlap",
            Relation::Clash => "Clash",
            Relation::OneSided => "One side only",
            Relation::Different => "Different concerns",
        }
    }
}

/// What one party says on one point, from a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stance {
    /// A party id.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub party: String,
    /// When the party held this position (when it was said or done).
    pub date: DateSpec,
    /// The position in our words; for a silent party, what is missing.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
    /// `true` when the sources carry nothing from this party on the point.
    #[serde(default)]
    pub silent: bool,
    /// Quote ids that support the stance.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub quotes: Vec<String>,
    /// The sources that back it: needed unless it is silent or quotes back it.
    #[serde(default)]
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// An independent analyst's reading of a topic, in our words, with their quotes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// Actor id of the analyst.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub actor: String,
    /// When the analysis was given.
    pub date: DateSpec,
    /// The analysis, in the analyst's words or a close summary.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
    /// Ids of quotes that back it.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub quotes: Vec<String>,
    /// The sources that report it.
    pub cites: Vec<Citation>,
}

/// Words someone said, verbatim as one outlet printed them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Unique id, e.g. `q-trump-stop-fentanyl`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Actor id.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub speaker: String,
    /// Verbatim, as printed by the cited source(s).
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Verbatim"))]
    pub text: String,
    /// `true` when the text is part of a sentence in its source rather than whole sentences
    /// (it does not start one, or does not end one), e.g. Trump's "with absolutely no
    /// business". Shown with ellipses so that nobody reads it as all that was said.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fragment: bool,
    /// When it was said, as precisely as known.
    pub said: DateSpec,
    /// Where: "Fox News interview", "post on X", "House appropriations committee".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub venue: String,
    /// Topic ids it speaks to.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub topics: Vec<String>,
    /// The source(s) that print exactly this text. Two outlets printing the same words share
    /// one quote; different wordings of one statement are separate quotes with the same
    /// `statement`.
    pub cites: Vec<Citation>,
    /// Links renderings of one statement by different outlets (translations, paraphrases).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::class::Id>"))]
    pub statement: Option<String>,
    /// Our notes on the quote: errors in it, how renderings differ.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<crate::model::class::OwnWords>")
    )]
    pub notes: Vec<String>,
}

/// Something that happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique id, e.g. `ev-2025-05-geneva-truce`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// When it happened.
    pub date: DateSpec,
    /// Short title.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub title: String,
    /// What happened, in a sentence or two.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub summary: String,
    /// Who acted: a party id, `both`, or `independent`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub actor_side: String,
    /// The event this one answers (a counter-move).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::class::Id>"))]
    pub responds_to: Option<String>,
    /// Ids of the topics it bears on.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub topics: Vec<String>,
    /// The sources that report it.
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// Both parties acting together (an [`Event`]'s `actor_side`).
pub const BOTH: &str = "both";

/// A number from the sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Unique id, e.g. `f-us-tariff-2025-30`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Groups values of the same measure over time, e.g. `us-tariff-on-china`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub measure: String,
    /// What is measured, e.g. "Headline US tariff on Chinese imports".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub label: String,
    /// The number, in `unit`.
    pub value: f64,
    /// What the number counts.
    pub unit: Unit,
    /// With `unit: "other"`: how the value is written, `{}` standing for the number, e.g.
    /// `"{} m³/s"`, `"€{} million"`, `"{} tonnes"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Label>")
    )]
    pub unit_format: Option<String>,
    /// The date or period the value applies to.
    pub date: DateSpec,
    /// What the value covers when not everything, e.g. "on $34 billion of goods".
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::OwnWords>")
    )]
    pub scope: Option<String>,
    /// Ids of the topics it bears on.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub topics: Vec<String>,
    /// A caveat for readers.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::OwnWords>")
    )]
    pub note: Option<String>,
    /// The sources that give it.
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// A measure charted over time: one party's rate on the other party's goods, read from the
/// figures of that measure (see [`Dataset::chart_measures`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChartMeasure {
    /// The [`Figure::measure`] charted, e.g. `us-tariff-on-china`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub measure: String,
    /// The party that imposes it (a party id).
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub by: String,
    /// The party whose goods it applies to (a party id).
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub on: String,
}

/// Units of a [`Figure`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A percentage.
    Percent,
    /// Billions of US dollars.
    UsdBillion,
    /// Trillions of US dollars.
    UsdTrillion,
    /// An index value, e.g. a PMI.
    Index,
    /// A plain count.
    Count,
    /// A number of days.
    Days,
    /// Any other unit, written as the figure's `unit_format` says.
    Other,
}

impl Unit {
    /// Formats a value in this unit: "145%", "$582.4 billion", "49.0".
    pub fn format(self, v: f64) -> String {
        let n = format_number(v);
        match self {
            Unit::Percent => format!("{n}%"),
            Unit::UsdBillion => format!("${n} billion"),
            Unit::UsdTrillion => format!("${n} trillion"),
            Unit::Index => format!("{v:.1}"),
            Unit::Count => n,
            Unit::Days => format!("{n} days"),
            Unit::Other => n,
        }
    }
}

impl Figure {
    /// The value as readers see it, in its unit: "145%", "$582.4 billion", "1,200 m³/s".
    pub fn formatted(&self) -> String {
        match (&self.unit, &self.unit_format) {
            (Unit::Other, Some(template)) => template.replacen("{}", &format_number(self.value), 1),
            _ => self.unit.format(self.value),
        }
    }
}

/// Up to one decimal, trailing ".0" dropped: 145 → "145", 295.4 → "295.4", -0.3 → "−0.3".
pub fn format_number(v: f64) -> String {
    let s = if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    };
    s.replace('-', "−")
}

/// A disagreement: between the parties, between outlets, or a slip in a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    /// Unique id.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// The question in dispute, e.g. "Who asked for the talks?".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub question: String,
    /// Who disagrees: the parties, outlets, or a source with the facts.
    pub kind: DisputeKind,
    /// Ids of the topics it bears on.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub topics: Vec<String>,
    /// The competing accounts.
    pub claims: Vec<DisputeClaim>,
    /// What the evidence allows us to say, in our words.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub assessment: String,
}

/// What kind of disagreement a [`Dispute`] records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeKind {
    /// The parties disagree.
    Parties,
    /// Outlets render the same thing differently.
    Outlets,
    /// A source gets a fact wrong.
    SourceError,
}

/// One account in a [`Dispute`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DisputeClaim {
    /// Who makes the claim: a party id, `independent`, or a source id for outlet disputes.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub side: String,
    /// Actor id of the speaker, when one person or body makes it.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::class::Id>"))]
    pub actor: Option<String>,
    /// When the account was given.
    pub date: DateSpec,
    /// The account.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
    /// Ids of quotes that back it.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub quotes: Vec<String>,
    /// The sources that give it.
    pub cites: Vec<Citation>,
}

/// A term of the talks with our short definition (see [`Dataset::glossary`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// Unique id, e.g. `reciprocal-tariffs`: the term's anchor on the glossary page.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// The term as shown, e.g. "Reciprocal tariffs".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Label"))]
    pub term: String,
    /// Other spellings and forms marked in page text, e.g. "reciprocal tariff" (matched
    /// case-insensitively on word boundaries, like the term). Unique across terms.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Label>"))]
    pub aliases: Vec<String>,
    /// What the sources say the term means, in our words (same attribution, same hedges).
    /// May be empty when only an editor's note can explain the term.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub definition: String,
    /// The sources the definition rests on: needed when there is a definition.
    #[serde(default)]
    pub cites: Vec<Citation>,
    /// Outside knowledge of ours, not from the sources, marked as such wherever it is shown
    /// ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
    /// Ids of the sources in which the term (or one of its aliases) appears.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub appears_in: Vec<String>,
}

/// A promise, undertaking, prediction, threat, demand or stated intention of one actor of a
/// party, as the sources report it (see [`Dataset::commitments`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Unique id, e.g. `c-phase-one-purchases`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// Actor id of who made it: a person or body on a party's side (not `independent`).
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub actor: String,
    /// What kind of statement it is.
    pub kind: CommitmentKind,
    /// What was committed, predicted or threatened, in our words (same attribution, same
    /// hedges as the source).
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub text: String,
    /// The dataset's quote that holds the words, when there is one. Otherwise the first
    /// citation's excerpt is shown as the words, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::class::Id>"))]
    pub quote: Option<String>,
    /// When it was said, as precisely as the source gives it.
    pub said: DateSpec,
    /// By when, at the precision the source gives (`early 2025-07`, `2025`); absent when the
    /// sources give none or never settle it (then the time left is "unknown", never guessed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DateSpec>,
    /// The deadline as the source words it, e.g. "until early July", "by the end of the year",
    /// "soon": shown beside the date, or alone when there is no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::Verbatim>")
    )]
    pub deadline_words: Option<String>,
    /// How it stood over time, oldest first; the latest known one applies. A `met` or `missed`
    /// status needs a citation.
    #[serde(default)]
    pub status: Vec<CommitmentStatusChange>,
    /// Ids of the topics it bears on.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub topics: Vec<String>,
    /// The sources that report it: at least one.
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// What kind of statement a [`Commitment`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommitmentKind {
    /// A promise to the other side or the public.
    Promise,
    /// An undertaking in an agreement (e.g. purchases, tariff cuts).
    Undertaking,
    /// A forecast of what will happen.
    Prediction,
    /// A warning of what the speaker's side will do if the other does not act.
    Threat,
    /// What the speaker asks the other side to do.
    Demand,
    /// What the speaker's side says it will do or plans to do.
    Intention,
}

impl CommitmentKind {
    /// Label for readers, e.g. "Prediction".
    pub fn label(self) -> &'static str {
        match self {
            CommitmentKind::Promise => "Promise",
            CommitmentKind::Undertaking => "Undertaking",
            CommitmentKind::Prediction => "Prediction",
            CommitmentKind::Threat => "Threat",
            CommitmentKind::Demand => "Demand",
            CommitmentKind::Intention => "Stated intention",
        }
    }
    /// The value as written in the file, e.g. `prediction`.
    pub fn slug(self) -> &'static str {
        match self {
            CommitmentKind::Promise => "promise",
            CommitmentKind::Undertaking => "undertaking",
            CommitmentKind::Prediction => "prediction",
            CommitmentKind::Threat => "threat",
            CommitmentKind::Demand => "demand",
            CommitmentKind::Intention => "intention",
        }
    }
}

/// Where a [`Commitment`] stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    /// Not yet due, or due and not yet reported either way.
    Pending,
    /// Kept, or came true, as the sources report.
    Met,
    /// Broken, or did not come true, as the sources report.
    Missed,
    /// The parties disagree on whether it was kept.
    Disputed,
    /// The sources do not say.
    Unknown,
}

impl CommitmentStatus {
    /// Label for readers, e.g. "Pending".
    pub fn label(self) -> &'static str {
        match self {
            CommitmentStatus::Pending => "Pending",
            CommitmentStatus::Met => "Met",
            CommitmentStatus::Missed => "Missed",
            CommitmentStatus::Disputed => "Disputed",
            CommitmentStatus::Unknown => "Unknown",
        }
    }
    /// CSS class suffix and file value, e.g. `pending`.
    pub fn slug(self) -> &'static str {
        match self {
            CommitmentStatus::Pending => "pending",
            CommitmentStatus::Met => "met",
            CommitmentStatus::Missed => "missed",
            CommitmentStatus::Disputed => "disputed",
            CommitmentStatus::Unknown => "unknown",
        }
    }
    /// Every status, in display order.
    pub const ALL: [CommitmentStatus; 5] = [
        CommitmentStatus::Pending,
        CommitmentStatus::Met,
        CommitmentStatus::Missed,
        CommitmentStatus::Disputed,
        CommitmentStatus::Unknown,
    ];
}

/// A commitment's status from a date on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommitmentStatusChange {
    /// When it took this status.
    pub date: DateSpec,
    /// The status from that date.
    pub status: CommitmentStatus,
    /// A short qualifier in our words, e.g. "China fell well short".
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub label: String,
    /// The sources that give it: needed for `met`, `missed` and `disputed`.
    #[serde(default)]
    pub cites: Vec<Citation>,
}

/// Figures for one quantity given by different voices (see [`Dataset::number_groups`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumberGroup {
    /// Unique id, e.g. `n-deficit`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub id: String,
    /// The quantity, e.g. "US trade deficit with China, per year".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub quantity: String,
    /// The figures set side by side: at least two.
    pub figures: Vec<GroupFigure>,
    /// Whether the sources themselves reconcile the figures (say how they relate).
    pub reconciled: bool,
    /// How the figures relate, in our words: only what the sources support.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub note: String,
    /// Ids of the topics it bears on.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::model::class::Id>"))]
    pub topics: Vec<String>,
    /// The sources the note rests on: at least one.
    pub cites: Vec<Citation>,
    /// Outside knowledge or an inference of ours, not from the cited sources, marked as such
    /// wherever it is shown ("Editor’s note — not from the sources: …"). Non-empty when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::model::class::EditorNote>")
    )]
    pub editor_note: Option<String>,
}

/// One figure of a [`NumberGroup`], with what it measures and whose it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupFigure {
    /// A figure id.
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::Id"))]
    pub figure: String,
    /// Actor id of who gives the number, when a person or body does; absent: the outlet's own
    /// reporting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::class::Id>"))]
    pub given_by: Option<String>,
    /// What the number measures (basis, coverage), in our words, e.g. "annual loss as
    /// Trump puts it; what it counts is not stated".
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::class::OwnWords"))]
    pub basis: String,
}

/// Id → index maps, built once after validation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Source id → position in [`Dataset::sources`].
    pub sources: BTreeMap<String, usize>,
    /// Actor id → position in [`Dataset::actors`].
    pub actors: BTreeMap<String, usize>,
    /// Topic id → position in [`Dataset::topics`].
    pub topics: BTreeMap<String, usize>,
    /// Quote id → position in [`Dataset::quotes`].
    pub quotes: BTreeMap<String, usize>,
    /// Event id → position in [`Dataset::events`].
    pub events: BTreeMap<String, usize>,
    /// Figure id → position in [`Dataset::figures`].
    pub figures: BTreeMap<String, usize>,
    /// Commitment id → position in [`Dataset::commitments`].
    pub commitments: BTreeMap<String, usize>,
}
