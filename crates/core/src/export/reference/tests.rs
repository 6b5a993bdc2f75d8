use super::*;

fn d(s: &str) -> DateSpec {
    DateSpec::must(s)
}

#[test]
fn bylines_split_on_the_last_word_keeping_particles_suffixes_and_commas() {
    let n = Name::parse("Takuya Karube");
    assert_eq!((n.family.as_str(), n.given.as_str()), ("Karube", "Takuya"));
    assert_eq!(n.inverted(), "Karube, Takuya");
    assert_eq!(n.initials(), "Karube, T.");
    let n = Name::parse("Tom Howell Jr.");
    assert_eq!(
        (n.family.as_str(), n.given.as_str(), n.suffix.as_str()),
        ("Howell", "Tom", "Jr.")
    );
    assert_eq!(n.inverted(), "Howell, Tom, Jr.");
    assert_eq!(n.direct(), "Tom Howell Jr.");
    assert_eq!(n.initials(), "Howell, T., Jr.");
    assert_eq!(
        Name::parse("Tom Howell, Jr.").inverted(),
        "Howell, Tom, Jr."
    );
    assert_eq!(Name::parse("Ursula von der Leyen").family, "von der Leyen");
    assert_eq!(Name::parse("Karube, Takuya").direct(), "Takuya Karube");
    assert_eq!(Name::parse("Jean-Luc Martin").initials(), "Martin, J.-L.");
    let one = Name::parse("Xinhua");
    assert!(one.literal);
    assert_eq!(one.inverted(), "Xinhua");
}

#[test]
fn dates_keep_the_datasets_precision_in_every_grammar() {
    let cases = [
        // spec, edtf, iso, chicago, apa, ris DA
        (
            "2025-05-07",
            "2025-05-07",
            Some("2025-05-07"),
            "May 7, 2025",
            "2025, May 7",
            "2025/05/07/",
        ),
        (
            "c. 2025-06-04",
            "2025-06-04~",
            Some("2025-06"),
            "ca. June 4, 2025",
            "ca. 2025, June 4",
            "2025/06/04/c. 4 June 2025",
        ),
        (
            "early 2025-04",
            "2025-04",
            Some("2025-04"),
            "early April 2025",
            "2025, early April",
            "2025/04//early April 2025",
        ),
        (
            "2025-05",
            "2025-05",
            Some("2025-05"),
            "May 2025",
            "2025, May",
            "2025/05//May 2025",
        ),
        (
            "2025-Q1",
            "2025-01/2025-03",
            Some("2025"),
            "January–March 2025",
            "2025, January–March",
            "2025///Q1 2025",
        ),
        ("2025", "2025", Some("2025"), "2025", "2025", "2025///2025"),
        (
            "2020/2021",
            "2020/2021",
            None,
            "2020–2021",
            "2020–2021",
            "2020///2020–2021",
        ),
    ];
    for (spec, e, iso, chicago, apa, da) in cases {
        let date = d(spec);
        assert_eq!(edtf(&date), e, "{spec}");
        assert_eq!(iso_date(&date).as_deref(), iso, "{spec}");
        assert_eq!(chicago_date(&date), chicago, "{spec}");
        assert_eq!(apa_date(&date), apa, "{spec}");
        assert_eq!(ris_date(&date).1, da, "{spec}");
    }
    assert_eq!(
        csl_date(&d("2025-05-07")),
        serde_json::json!({"date-parts": [[2025, 5, 7]]})
    );
    assert_eq!(
        csl_date(&d("c. 2025-06-04")),
        serde_json::json!({"date-parts": [[2025, 6, 4]], "circa": true})
    );
    assert_eq!(
        csl_date(&d("mid 2025-05")),
        serde_json::json!({"date-parts": [[2025, 5]]})
    );
    assert_eq!(
        csl_date(&d("2025-Q2")),
        serde_json::json!({"date-parts": [[2025, 4], [2025, 6]]})
    );
    assert_eq!(
        csl_date(&d("2024")),
        serde_json::json!({"date-parts": [[2024]]})
    );
}

#[test]
fn a_source_reference_says_what_the_dataset_says_and_no_more() {
    let store = embedded();
    for s in &store.dataset.sources {
        let r = Reference::source(&store, s);
        assert_eq!(r.key, s.id);
        assert_eq!(r.title, s.title);
        assert_eq!(r.authors.len(), s.authors.len(), "no invented author");
        assert_eq!(r.date, Some(s.published));
        assert_eq!(r.url, s.url);
        assert_eq!(r.container, store.outlet_name(s));
        let expected = match (&s.outlet, &s.url) {
            (Some(_), _) => RefKind::NewsArticle,
            (None, Some(_)) => RefKind::OnlineText,
            (None, None) => RefKind::Document,
        };
        assert_eq!(r.kind, expected);
    }
    let keys: Vec<String> = source_references(&store)
        .into_iter()
        .map(|r| r.key)
        .collect();
    let mut unique = keys.clone();
    unique.dedup();
    assert_eq!(keys.len(), store.dataset.sources.len());
    assert_eq!(keys, unique);
}

#[test]
fn a_page_reference_is_by_the_site_dated_to_its_briefing_with_a_stable_key() {
    let store = embedded();
    let latest = Snapshot::of_briefing(&store, None).unwrap();
    let b = latest.briefing.unwrap();
    let r = Reference::page(&latest, None, Some("https://example.org/cp/".into()));
    assert_eq!(r.key, format!("counterpoint-{}-briefing", store.dataset.id));
    assert_eq!(r.authors, vec![Name::body(SITE_NAME)]);
    assert_eq!(r.date, Some(b.as_of));
    assert_eq!(r.title, format!("{}: {}", store.dataset.title, b.title));
    let first = &store.dataset.briefings[0];
    let early = Snapshot::of_briefing(&store, Some(&first.id)).unwrap();
    let t = &store.dataset.topics[0];
    let r = Reference::page(&early, Some(t), None);
    assert_eq!(
        r.key,
        format!(
            "counterpoint-{}-{}-as-of-{}",
            store.dataset.id, t.id, first.id
        )
    );
    assert_eq!(r.url, None);
    assert_eq!(r.date, Some(first.as_of));
    // Only web addresses.
    assert_eq!(
        Reference::page(&latest, None, Some("javascript:x".into())).url,
        None
    );
}

#[test]
fn keys_are_made_of_safe_characters() {
    assert_eq!(citation_key("reuters-2025-05-12"), "reuters-2025-05-12");
    assert_eq!(citation_key("a b{c}"), "a-b-c");
    assert_eq!(citation_key("{}"), "ref");
}
