//! Dates as the sources give them: a day, a month, part of a month, a quarter, a year, an
//! approximate day, or a span between two of these. The precision is kept so that
//! "early April 2025" is never shown as "1 April 2025".

mod calendar;

#[cfg(test)]
mod tests;

pub use calendar::{days_in_month, is_leap, quarter_months};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// A calendar day, ordered chronologically. No time zone: the sources give local dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// The year, e.g. 2025.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, from 1.
    pub day: u8,
}

impl Day {
    /// Builds a day, or `None` when it does not exist (30 February, month 13...).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Day> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        // `str::parse` alone would also accept a sign ("2018-+9-26").
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        Day::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "9 May 2025".
    pub fn long(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[self.month as usize - 1],
            self.year
        )
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// English month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How precisely a source pins a moment down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    /// `2025-05-09`
    Day,
    /// `c. 2025-06-04`: the source implies a day but does not state it.
    ApproxDay,
    /// `early 2025-04`, `mid 2025-05`, `late 2025-05`
    PartOfMonth(MonthPart),
    /// `2025-05`
    Month,
    /// `2025-Q1`
    Quarter,
    /// `2025`
    Year,
}

/// Which third of a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthPart {
    /// Days 1–10.
    Early,
    /// Days 11–20.
    Mid,
    /// Day 21 to the end of the month.
    Late,
}

/// One moment at the precision the source gives it, covering the days `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DatePoint {
    /// How precisely the point is known.
    pub precision: Precision,
    /// First day it may refer to.
    pub first: Day,
    /// Last day it may refer to.
    pub last: Day,
}

/// A date as written in the dataset: one [`DatePoint`] or a span `A/B` between two.
///
/// Grammar (the dataset's string form):
/// `2025-05-09` · `c. 2025-06-04` · `early 2025-04` · `mid 2025-05` · `late 2025-05` ·
/// `2025-05` · `2025-Q1` · `2025` · and `A/B` for a span, e.g. `2020/2021`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateSpec {
    /// The date, or the start of a span.
    pub start: DatePoint,
    /// `Some` for a span.
    pub end: Option<DatePoint>,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl DatePoint {
    /// Parses one point of the grammar documented on [`DateSpec`].
    pub fn parse(s: &str) -> Result<DatePoint, DateError> {
        let s = s.trim();
        let bad = || {
            DateError(format!(
                "\"{s}\" is not a date: use 2025-05-09, c. 2025-05-09, early|mid|late 2025-05, 2025-05, 2025-Q1 or 2025"
            ))
        };
        if let Some(rest) = s.strip_prefix("c. ") {
            let d = Day::parse(rest.trim()).ok_or_else(bad)?;
            return Ok(DatePoint {
                precision: Precision::ApproxDay,
                first: d,
                last: d,
            });
        }
        for (word, part) in [
            ("early ", MonthPart::Early),
            ("mid ", MonthPart::Mid),
            ("late ", MonthPart::Late),
        ] {
            if let Some(rest) = s.strip_prefix(word) {
                let (y, m) = parse_year_month(rest.trim()).ok_or_else(bad)?;
                let (a, b) = match part {
                    MonthPart::Early => (1, 10),
                    MonthPart::Mid => (11, 20),
                    MonthPart::Late => (21, days_in_month(y, m)),
                };
                return Ok(DatePoint {
                    precision: Precision::PartOfMonth(part),
                    first: Day::new(y, m, a).ok_or_else(bad)?,
                    last: Day::new(y, m, b).ok_or_else(bad)?,
                });
            }
        }
        if let Some(d) = Day::parse(s) {
            return Ok(DatePoint {
                precision: Precision::Day,
                first: d,
                last: d,
            });
        }
        if let Some((y, q)) = s.split_once("-Q") {
            let y: i32 = parse_year(y).ok_or_else(bad)?;
            let q: u8 = q
                .parse()
                .ok()
                .filter(|q| (1..=4).contains(q))
                .ok_or_else(bad)?;
            let (m0, m1) = quarter_months(q);
            return Ok(DatePoint {
                precision: Precision::Quarter,
                first: Day::new(y, m0, 1).ok_or_else(bad)?,
                last: Day::new(y, m1, days_in_month(y, m1)).ok_or_else(bad)?,
            });
        }
        if let Some((y, m)) = parse_year_month(s) {
            return Ok(DatePoint {
                precision: Precision::Month,
                first: Day::new(y, m, 1).ok_or_else(bad)?,
                last: Day::new(y, m, days_in_month(y, m)).ok_or_else(bad)?,
            });
        }
        if let Some(y) = parse_year(s) {
            return Ok(DatePoint {
                precision: Precision::Year,
                first: Day::new(y, 1, 1).ok_or_else(bad)?,
                last: Day::new(y, 12, 31).ok_or_else(bad)?,
            });
        }
        Err(bad())
    }

    /// The dataset's string form of this point.
    pub fn to_spec_string(&self) -> String {
        let ym = || format!("{:04}-{:02}", self.first.year, self.first.month);
        match self.precision {
            Precision::Day => self.first.iso(),
            Precision::ApproxDay => format!("c. {}", self.first.iso()),
            Precision::PartOfMonth(MonthPart::Early) => format!("early {}", ym()),
            Precision::PartOfMonth(MonthPart::Mid) => format!("mid {}", ym()),
            Precision::PartOfMonth(MonthPart::Late) => format!("late {}", ym()),
            Precision::Month => ym(),
            Precision::Quarter => {
                format!("{}-Q{}", self.first.year, (self.first.month - 1) / 3 + 1)
            }
            Precision::Year => format!("{}", self.first.year),
        }
    }

    /// Human form that keeps the precision: "9 May 2025", "c. 4 June 2025",
    /// "early April 2025", "May 2025", "Q1 2025", "2024".
    pub fn human(&self) -> String {
        let month = MONTHS[self.first.month as usize - 1];
        match self.precision {
            Precision::Day => self.first.long(),
            Precision::ApproxDay => format!("c. {}", self.first.long()),
            Precision::PartOfMonth(p) => {
                let w = match p {
                    MonthPart::Early => "early",
                    MonthPart::Mid => "mid",
                    MonthPart::Late => "late",
                };
                format!("{w} {month} {}", self.first.year)
            }
            Precision::Month => format!("{month} {}", self.first.year),
            Precision::Quarter => {
                format!("Q{} {}", (self.first.month - 1) / 3 + 1, self.first.year)
            }
            Precision::Year => format!("{}", self.first.year),
        }
    }

    /// Short human form for dense lists: "9 May", "early Apr", "May" (year omitted).
    pub fn short_without_year(&self) -> String {
        let month = &MONTHS[self.first.month as usize - 1][..3];
        match self.precision {
            Precision::Day => format!("{} {month}", self.first.day),
            Precision::ApproxDay => format!("c. {} {month}", self.first.day),
            Precision::PartOfMonth(MonthPart::Early) => format!("early {month}"),
            Precision::PartOfMonth(MonthPart::Mid) => format!("mid {month}"),
            Precision::PartOfMonth(MonthPart::Late) => format!("late {month}"),
            Precision::Month => month.to_string(),
            Precision::Quarter => format!("Q{}", (self.first.month - 1) / 3 + 1),
            Precision::Year => format!("{}", self.first.year),
        }
    }
}

fn parse_year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

fn parse_year_month(s: &str) -> Option<(i32, u8)> {
    let (y, m) = s.split_once('-')?;
    let m: u8 = (m.len() == 2).then(|| m.parse().ok())??;
    Some((parse_year(y)?, m)).filter(|(_, m)| (1..=12).contains(m))
}

impl DateSpec {
    /// Parses the grammar documented on the type.
    pub fn parse(s: &str) -> Result<DateSpec, DateError> {
        match s.split_once('/') {
            Some((a, b)) => {
                let (start, end) = (DatePoint::parse(a)?, DatePoint::parse(b)?);
                if end.last < start.first {
                    return Err(DateError(format!(
                        "\"{s}\": the span ends before it starts"
                    )));
                }
                Ok(DateSpec {
                    start,
                    end: Some(end),
                })
            }
            None => Ok(DateSpec {
                start: DatePoint::parse(s)?,
                end: None,
            }),
        }
    }

    /// Parses a date that is known to be valid (for tests and built-in values).
    ///
    /// # Panics
    /// When `s` does not parse.
    pub fn must(s: &str) -> DateSpec {
        DateSpec::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// First day the date may refer to.
    pub fn first(&self) -> Day {
        self.start.first
    }

    /// Last day the date may refer to.
    pub fn last(&self) -> Day {
        self.end.unwrap_or(self.start).last
    }

    /// Human form keeping the precision ("early April 2025", "2020–2021").
    pub fn human(&self) -> String {
        match self.end {
            None => self.start.human(),
            Some(end) => format!("{}–{}", self.start.human(), end.human()),
        }
    }

    /// The dataset's string form.
    pub fn to_spec_string(&self) -> String {
        match self.end {
            None => self.start.to_spec_string(),
            Some(end) => format!("{}/{}", self.start.to_spec_string(), end.to_spec_string()),
        }
    }

    /// Is this a single day (exact or approximate)?
    pub fn is_day(&self) -> bool {
        self.end.is_none() && matches!(self.start.precision, Precision::Day | Precision::ApproxDay)
    }
}

impl PartialOrd for DateSpec {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Chronological: by first possible day, then the more precise (shorter) first.
impl Ord for DateSpec {
    fn cmp(&self, other: &Self) -> Ordering {
        self.first()
            .cmp(&other.first())
            .then(self.last().cmp(&other.last()))
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

impl Serialize for DateSpec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_spec_string())
    }
}

impl<'de> Deserialize<'de> for DateSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateSpec::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// In the JSON Schema a date is a string in the grammar above: the `pattern` checks its
/// shape; only the loader can tell that 30 February does not exist.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for DateSpec {
    fn schema_name() -> String {
        "DateSpec".into()
    }

    fn json_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        use schemars::schema::{InstanceType, Metadata, SchemaObject, StringValidation};
        const POINT: &str = "(?:c\\. [0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\
            |(?:early|mid|late) [0-9]{4}-(?:0[1-9]|1[0-2])\
            |[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\
            |[0-9]{4}-Q[1-4]\
            |[0-9]{4}-(?:0[1-9]|1[0-2])\
            |[0-9]{4})";
        let pattern = format!("^{POINT}(?:/{POINT})?$");
        let examples = [
            "2025-05-09",
            "c. 2025-06-04",
            "early 2025-04",
            "mid 2025-05",
            "late 2025-05",
            "2025-05",
            "2025-Q1",
            "2025",
            "2020/2021",
            "2025-04-09/2025-05-14",
        ];
        SchemaObject {
            instance_type: Some(InstanceType::String.into()),
            metadata: Some(Box::new(Metadata {
                description: Some(
                    "A date at the precision the source gives it: a day (2025-05-09), an \
                     approximate day (c. 2025-06-04), part of a month (early|mid|late 2025-04), \
                     a month (2025-05), a quarter (2025-Q1), a year (2025), or a span A/B \
                     between two of these that does not end before it starts (2020/2021). \
                     The day must exist: 2025-02-30 is rejected by the loader."
                        .into(),
                ),
                examples: examples.iter().map(|e| (*e).into()).collect(),
                ..Default::default()
            })),
            string: Some(Box::new(StringValidation {
                pattern: Some(pattern),
                ..Default::default()
            })),
            extensions: [(
                super::class::EDITORIAL_KEYWORD.to_string(),
                serde_json::json!("date"),
            )]
            .into_iter()
            .collect(),
            ..Default::default()
        }
        .into()
    }
}
