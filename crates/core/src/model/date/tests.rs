#[test]
fn days_are_digits_only() {
    assert!(Day::parse("2018-+9-26").is_none());
    assert!(Day::parse("+018-09-26").is_none());
    assert!(Day::parse("2018-09-2 ").is_none());
    assert_eq!(
        Day::parse("2018-09-26").map(|d| d.iso()).as_deref(),
        Some("2018-09-26")
    );
}

use super::*;

#[test]
fn parses_every_precision() {
    assert_eq!(DateSpec::must("2025-05-09").human(), "9 May 2025");
    assert_eq!(DateSpec::must("c. 2025-06-04").human(), "c. 4 June 2025");
    assert_eq!(DateSpec::must("early 2025-04").human(), "early April 2025");
    assert_eq!(DateSpec::must("mid 2025-05").human(), "mid May 2025");
    assert_eq!(
        DateSpec::must("late 2025-02").last(),
        Day::new(2025, 2, 28).unwrap()
    );
    assert_eq!(DateSpec::must("2025-05").human(), "May 2025");
    assert_eq!(DateSpec::must("2025-Q1").human(), "Q1 2025");
    assert_eq!(
        DateSpec::must("2025-Q1").last(),
        Day::new(2025, 3, 31).unwrap()
    );
    assert_eq!(DateSpec::must("2024").human(), "2024");
    assert_eq!(DateSpec::must("2020/2021").human(), "2020–2021");
}

#[test]
fn round_trips_the_string_form() {
    for s in [
        "2025-05-09",
        "c. 2025-06-04",
        "early 2025-04",
        "mid 2025-05",
        "late 2025-05",
        "2025-05",
        "2025-Q3",
        "2018",
        "2020/2021",
        "2025-04-09/2025-05-14",
    ] {
        assert_eq!(DateSpec::must(s).to_spec_string(), s);
    }
}

#[test]
fn rejects_impossible_dates() {
    for s in [
        "2025-02-30",
        "2025-13-01",
        "2025-00",
        "25-05-09",
        "2025-Q5",
        "May 2025",
        "",
        "2025-05-09/2025-05-01",
        "2023-02-29",
    ] {
        assert!(DateSpec::parse(s).is_err(), "{s} should be rejected");
    }
    assert!(DateSpec::parse("2024-02-29").is_ok(), "leap day");
}

#[test]
fn orders_chronologically_with_precise_first() {
    let mut v = [
        DateSpec::must("2025-05"),
        DateSpec::must("2025-05-01"),
        DateSpec::must("2025-04-30"),
        DateSpec::must("early 2025-05"),
    ];
    v.sort();
    let s: Vec<_> = v.iter().map(|d| d.to_spec_string()).collect();
    assert_eq!(s, ["2025-04-30", "2025-05-01", "early 2025-05", "2025-05"]);
}

#[test]
fn short_form_keeps_precision() {
    assert_eq!(
        DatePoint::parse("early 2025-04")
            .unwrap()
            .short_without_year(),
        "early Apr"
    );
    assert_eq!(
        DatePoint::parse("2025-05-12").unwrap().short_without_year(),
        "12 May"
    );
}

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

#[test]
fn day_numbers_round_trip() {
    assert_eq!(day("1970-01-01").number(), 0);
    assert_eq!(day("2025-04-09").days_until(day("2025-05-12")), 33);
    assert_eq!(day("2024-01-01").days_until(day("2025-01-01")), 366);
    assert_eq!(day("2025-01-01").days_until(day("2024-01-01")), -366);
    for s in ["1969-12-31", "2000-02-29", "2018-01-01", "2025-12-31"] {
        assert_eq!(Day::from_number(day(s).number()), day(s));
    }
}

#[test]
fn adding_days_crosses_months_years_and_leap_days() {
    assert_eq!(day("2025-01-31").add_days(1), day("2025-02-01"));
    assert_eq!(day("2024-02-28").add_days(1), day("2024-02-29"));
    assert_eq!(day("2025-02-28").add_days(1), day("2025-03-01"));
    assert_eq!(day("2025-12-31").add_days(1), day("2026-01-01"));
    assert_eq!(day("2025-03-01").add_days(-1), day("2025-02-28"));
    assert_eq!(day("2025-05-12").add_days(60), day("2025-07-11"));
}

#[test]
fn months_and_quarters_have_their_lengths() {
    assert!(is_leap(2024) && is_leap(2000) && !is_leap(1900) && !is_leap(2025));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2025, 2), 28);
    assert_eq!(days_in_month(2025, 4), 30);
    assert_eq!(days_in_month(2025, 12), 31);
    assert_eq!(quarter_months(1), (1, 3));
    assert_eq!(quarter_months(4), (10, 12));
    assert_eq!(DateSpec::must("2025-Q2").last(), day("2025-06-30"));
}
