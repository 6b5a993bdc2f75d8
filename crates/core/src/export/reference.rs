//! One citable item (an article of the dataset, or a page of the site) in a neutral form that
//! every bibliography format is written from (see [`super::bibliography`]), with the dataset's
//! names and dates carried at exactly the precision the dataset gives.
//!
//! Rules: authors are the dataset's bylines, never more (a page of the site is by the site,
//! "Counterpoint"); dates keep their precision (`early 2025-04` never becomes a day) and say
//! when they are approximate; a source without a URL gets none.

use crate::analysis::Snapshot;
use crate::model::date::{DatePoint, MonthPart, Precision, MONTHS};
use crate::model::*;

#[cfg(test)]
mod tests;

/// The site's name: the author and publisher of its own pages.
pub const SITE_NAME: &str = "Counterpoint";

/// What kind of thing is cited (each format has its own word for it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// A page of this site (a briefing or a topic): `@online`, RIS `ELEC`, CSL `webpage`.
    SitePage,
    /// An article whose outlet is named: `@article` (newspaper), RIS `NEWS`,
    /// CSL `article-newspaper`.
    NewsArticle,
    /// An article whose outlet the copy does not name, found online at a URL: `@online`,
    /// RIS `ELEC`, CSL `webpage`.
    OnlineText,
    /// An article whose outlet is not named and that has no URL: `@misc`, RIS `GEN`,
    /// CSL `document`.
    Document,
}

/// A person's name split for formats that want family and given names apart.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Name {
    /// Family name ("Karube", "von der Leyen"), or the whole name when it cannot be split.
    pub family: String,
    /// Given names ("Takuya"); empty for a one-word name or a body.
    pub given: String,
    /// "Jr.", "III"…
    pub suffix: String,
    /// `true` when the name is to be printed as it is (a body, a one-word name).
    pub literal: bool,
}

const SUFFIXES: [&str; 8] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"];

impl Name {
    /// Splits a byline as printed: "Family, Given" when it has a comma; else the last word
    /// (with any lowercase particles before it, "von der") is the family name and a trailing
    /// "Jr."/"III" the suffix. One word stays whole.
    pub fn parse(byline: &str) -> Name {
        let byline = byline.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some((a, b)) = byline.split_once(',') {
            let (a, b) = (a.trim(), b.trim());
            if SUFFIXES.contains(&b) {
                let mut n = Name::parse(a);
                n.suffix = b.to_string();
                return n;
            }
            if !a.is_empty() && !b.is_empty() {
                return Name {
                    family: a.to_string(),
                    given: b.to_string(),
                    ..Name::default()
                };
            }
        }
        let mut words: Vec<&str> = byline.split(' ').filter(|w| !w.is_empty()).collect();
        let mut suffix = String::new();
        if words.len() > 2 && SUFFIXES.contains(words.last().expect("non-empty")) {
            suffix = words.pop().expect("non-empty").to_string();
        }
        if words.len() < 2 {
            return Name {
                family: byline,
                literal: true,
                ..Name::default()
            };
        }
        let mut start = words.len() - 1;
        while start > 1 && words[start - 1].starts_with(|c: char| c.is_lowercase()) {
            start -= 1;
        }
        Name {
            family: words[start..].join(" "),
            given: words[..start].join(" "),
            suffix,
            literal: false,
        }
    }

    /// A body's name (the site), printed as it is.
    pub fn body(name: &str) -> Name {
        Name {
            family: name.to_string(),
            literal: true,
            ..Name::default()
        }
    }

    /// "Karube, Takuya", "Howell, Tom, Jr.", or the literal name.
    pub fn inverted(&self) -> String {
        if self.literal || self.given.is_empty() {
            return self.family.clone();
        }
        let mut s = format!("{}, {}", self.family, self.given);
        if !self.suffix.is_empty() {
            s.push_str(", ");
            s.push_str(&self.suffix);
        }
        s
    }

    /// "Takuya Karube", "Tom Howell Jr.", or the literal name.
    pub fn direct(&self) -> String {
        let mut parts = vec![
            self.given.as_str(),
            self.family.as_str(),
            self.suffix.as_str(),
        ];
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }

    /// APA's form: "Karube, T.", "Howell, T., Jr.", "Martin, J.-L.".
    pub fn initials(&self) -> String {
        if self.literal || self.given.is_empty() {
            return self.family.clone();
        }
        let given: Vec<String> = self
            .given
            .split(' ')
            .map(|w| {
                w.split('-')
                    .filter_map(|part| part.chars().next())
                    .map(|c| format!("{c}."))
                    .collect::<Vec<_>>()
                    .join("-")
            })
            .collect();
        let mut s = format!("{}, {}", self.family, given.join(" "));
        if !self.suffix.is_empty() {
            s.push_str(", ");
            s.push_str(&self.suffix);
        }
        s
    }
}

/// One citable item.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// Stable citation key (BibTeX key, RIS `ID`, CSL `id`): the source id, or
    /// `counterpoint-<dataset>-<page>[-as-of-<briefing>]`.
    pub key: String,
    /// What it is.
    pub kind: RefKind,
    /// The headline, or our description in brackets.
    pub title: String,
    /// `true` when the title is our description (not put in quotation marks).
    pub title_is_descriptive: bool,
    /// Authors, as the dataset gives them (none is none).
    pub authors: Vec<Name>,
    /// The outlet, or our description of an outlet the copy does not name; the site's name
    /// for its own pages.
    pub container: String,
    /// What the page is, for the site's own pages ("Briefing").
    pub genre: Option<String>,
    /// When it was published (a page: the day of the briefing it shows).
    pub date: Option<DateSpec>,
    /// Web address (only `http(s)`), when known.
    pub url: Option<String>,
    /// Where the copy was found, when that is not its URL.
    pub via: Option<String>,
    /// BCP-47 language tag.
    pub language: Option<String>,
    /// A note for readers: a translation, how a date was established.
    pub note: Option<String>,
}

/// A citation key from any text: ASCII letters, digits and `-` (other characters become `-`).
pub fn citation_key(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == ':' {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "ref".into()
    } else {
        out
    }
}

impl Reference {
    /// The reference of a source of the dataset.
    pub fn source(store: &Store, s: &Source) -> Reference {
        let url = s.url.clone().filter(|u| is_web_url(u));
        let kind = match (&s.outlet, &url) {
            (Some(_), _) => RefKind::NewsArticle,
            (None, Some(_)) => RefKind::OnlineText,
            (None, None) => RefKind::Document,
        };
        let mut notes = Vec::new();
        if let Some(t) = &s.translation {
            notes.push(format!("Translation: {}", t.trim()));
        }
        if !s.date_note.trim().is_empty() {
            notes.push(format!("Date: {}", s.date_note.trim()));
        }
        Reference {
            key: citation_key(&s.id),
            kind,
            title: s.title.trim().to_string(),
            title_is_descriptive: s.title_is_descriptive,
            authors: s
                .authors
                .iter()
                .filter(|a| !a.trim().is_empty())
                .map(|a| Name::parse(a))
                .collect(),
            container: store.outlet_name(s),
            genre: None,
            date: Some(s.published),
            url,
            via: s.via.clone().filter(|v| !v.trim().is_empty()),
            language: Some(s.language.clone()).filter(|l| !l.trim().is_empty()),
            note: (!notes.is_empty()).then(|| notes.join(" ")),
        }
    }

    /// The reference of a page of the site about `snap` (`topic`: that topic's page, else the
    /// briefing), at `url` when the site's address is known.
    pub fn page(snap: &Snapshot<'_>, topic: Option<&Topic>, url: Option<String>) -> Reference {
        let d = &snap.store.dataset;
        let briefing = snap.briefing;
        let page_name = topic.map_or("briefing", |t| t.id.as_str());
        let mut key = format!("counterpoint-{}-{}", d.id, page_name);
        if let Some(b) = briefing.filter(|_| !snap.is_latest()) {
            key.push_str(&format!("-as-of-{}", b.id));
        }
        // The date (the briefing's day) tells which snapshot of a topic is cited.
        let (title, genre) = match (topic, briefing) {
            (Some(t), _) => (format!("{}: {}", d.title, t.title), "Topic"),
            (None, Some(b)) => (format!("{}: {}", d.title, b.title), "Briefing"),
            (None, None) => (d.title.clone(), "Briefing"),
        };
        Reference {
            key: citation_key(&key),
            kind: RefKind::SitePage,
            title,
            title_is_descriptive: false,
            authors: vec![Name::body(SITE_NAME)],
            container: SITE_NAME.to_string(),
            genre: Some(genre.to_string()),
            date: briefing.map(|b| b.as_of),
            url: url.filter(|u| is_web_url(u)),
            via: None,
            language: Some("en".into()),
            note: None,
        }
    }
}

/// Every source of the dataset as a reference, in dataset order, keys made unique.
pub fn source_references(store: &Store) -> Vec<Reference> {
    let mut seen = std::collections::BTreeSet::new();
    store
        .dataset
        .sources
        .iter()
        .map(|s| {
            let mut r = Reference::source(store, s);
            let base = r.key.clone();
            let mut n = 2;
            while !seen.insert(r.key.clone()) {
                r.key = format!("{base}-{n}");
                n += 1;
            }
            r
        })
        .collect()
}

// Dates in each format's grammar, never more precise than the dataset.

fn month_name(m: u8) -> &'static str {
    MONTHS[usize::from(m.clamp(1, 12)) - 1]
}

fn ym(p: &DatePoint) -> String {
    format!("{:04}-{:02}", p.first.year, p.first.month)
}

/// ISO 8601-2 (EDTF) as biblatex's `date` reads it: `2025-05-07`, `2025-06-04~` (about),
/// `2025-04` (a month or part of one), `2025-01/2025-03` (a quarter), `2025`, spans `A/B`.
pub fn edtf(d: &DateSpec) -> String {
    fn lo(p: &DatePoint) -> String {
        match p.precision {
            Precision::Day => p.first.iso(),
            Precision::ApproxDay => format!("{}~", p.first.iso()),
            Precision::PartOfMonth(_) | Precision::Month | Precision::Quarter => ym(p),
            Precision::Year => format!("{:04}", p.first.year),
        }
    }
    fn hi(p: &DatePoint) -> String {
        match p.precision {
            Precision::Quarter => format!("{:04}-{:02}", p.last.year, p.last.month),
            _ => lo(p),
        }
    }
    match (d.end, d.start.precision) {
        (Some(end), _) => format!("{}/{}", lo(&d.start), hi(&end)),
        (None, Precision::Quarter) => format!("{}/{}", lo(&d.start), hi(&d.start)),
        (None, _) => lo(&d.start),
    }
}

/// The most precise ISO 8601 date that holds every day `d` may be (`YYYY-MM-DD`, `YYYY-MM`
/// or `YYYY`), for schema.org, Dublin Core and Highwire tags, which know no "about" and no
/// part of a month: an approximate day or part of a month gives its month, a quarter its year.
/// `None` when the date spans years.
pub fn iso_date(d: &DateSpec) -> Option<String> {
    let (first, last) = (d.first(), d.last());
    let exact = d.end.is_none() && d.start.precision == Precision::Day;
    let approx_day = d.end.is_none() && d.start.precision == Precision::ApproxDay;
    if exact {
        Some(first.iso())
    } else if (first.year, first.month) == (last.year, last.month) || approx_day {
        Some(format!("{:04}-{:02}", first.year, first.month))
    } else if first.year == last.year {
        Some(format!("{:04}", first.year))
    } else {
        None
    }
}

/// CSL-JSON's date object: `date-parts` at the dataset's precision (two for a span or a
/// quarter; part of a month gives the month), `circa` for an approximate day.
pub fn csl_date(d: &DateSpec) -> serde_json::Value {
    fn parts(p: &DatePoint, last: bool) -> Vec<i64> {
        let day = if last { p.last } else { p.first };
        match p.precision {
            Precision::Day | Precision::ApproxDay => {
                vec![day.year.into(), day.month.into(), day.day.into()]
            }
            Precision::PartOfMonth(_) | Precision::Month | Precision::Quarter => {
                vec![day.year.into(), day.month.into()]
            }
            Precision::Year => vec![day.year.into()],
        }
    }
    let mut v = match (d.end, d.start.precision) {
        (Some(end), _) => {
            serde_json::json!({"date-parts": [parts(&d.start, false), parts(&end, true)]})
        }
        (None, Precision::Quarter) => {
            serde_json::json!({"date-parts": [parts(&d.start, false), parts(&d.start, true)]})
        }
        (None, _) => serde_json::json!({"date-parts": [parts(&d.start, false)]}),
    };
    let approx = d.start.precision == Precision::ApproxDay
        || d.end.is_some_and(|e| e.precision == Precision::ApproxDay);
    if approx {
        v["circa"] = serde_json::Value::Bool(true);
    }
    v
}

/// RIS `PY` (the year) and `DA` (`YYYY/MM/DD/other`): the fields the dataset knows, and in
/// "other" the date in words whenever it is not one exact day ("c. 4 June 2025").
pub fn ris_date(d: &DateSpec) -> (String, String) {
    let p = &d.start;
    let year = format!("{:04}", p.first.year);
    let (month, day) = match (d.end, p.precision) {
        (None, Precision::Day | Precision::ApproxDay) => (
            format!("{:02}", p.first.month),
            format!("{:02}", p.first.day),
        ),
        (None, Precision::PartOfMonth(_) | Precision::Month) => {
            (format!("{:02}", p.first.month), String::new())
        }
        _ => (String::new(), String::new()),
    };
    let other = if d.end.is_none() && p.precision == Precision::Day {
        String::new()
    } else {
        d.human()
    };
    (year.clone(), format!("{year}/{month}/{day}/{other}"))
}

/// One point in US style for Chicago: "May 7, 2025", "ca. June 4, 2025", "early April
/// 2025", "April 2025", "January–March 2025", "2025".
fn us_point(p: &DatePoint) -> String {
    let m = month_name(p.first.month);
    let y = p.first.year;
    match p.precision {
        Precision::Day => format!("{m} {}, {y}", p.first.day),
        Precision::ApproxDay => format!("ca. {m} {}, {y}", p.first.day),
        Precision::PartOfMonth(part) => format!("{} {m} {y}", part_word(part)),
        Precision::Month => format!("{m} {y}"),
        Precision::Quarter => format!("{m}–{} {y}", month_name(p.last.month)),
        Precision::Year => format!("{y}"),
    }
}

fn part_word(part: MonthPart) -> &'static str {
    match part {
        MonthPart::Early => "early",
        MonthPart::Mid => "mid",
        MonthPart::Late => "late",
    }
}

/// A date for a Chicago reference (see [`us_point`]), spans joined by an en dash.
pub fn chicago_date(d: &DateSpec) -> String {
    match d.end {
        None => us_point(&d.start),
        Some(end) => format!("{}–{}", us_point(&d.start), us_point(&end)),
    }
}

/// The inside of APA's date brackets: "2025, May 7", "ca. 2025, June 4", "2025, early
/// April", "2025, April", "2025, January–March", "2025"; spans joined by an en dash.
pub fn apa_date(d: &DateSpec) -> String {
    fn point(p: &DatePoint) -> String {
        let m = month_name(p.first.month);
        let y = p.first.year;
        match p.precision {
            Precision::Day => format!("{y}, {m} {}", p.first.day),
            Precision::ApproxDay => format!("ca. {y}, {m} {}", p.first.day),
            Precision::PartOfMonth(part) => format!("{y}, {} {m}", part_word(part)),
            Precision::Month => format!("{y}, {m}"),
            Precision::Quarter => format!("{y}, {m}–{}", month_name(p.last.month)),
            Precision::Year => format!("{y}"),
        }
    }
    match d.end {
        None => point(&d.start),
        Some(end) => format!("{}–{}", point(&d.start), point(&end)),
    }
}
