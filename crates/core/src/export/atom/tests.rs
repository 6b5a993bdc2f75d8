use super::*;

#[test]
fn xml_text_is_escaped_and_illegal_characters_dropped() {
    assert_eq!(escape("a<b>&\"c'\u{1}"), "a&lt;b&gt;&amp;&quot;c&apos;");
}

#[test]
fn uuids_are_stable_version_8_and_distinct() {
    let a = urn_uuid("counterpoint/x/briefing/a");
    assert_eq!(a, urn_uuid("counterpoint/x/briefing/a"));
    assert_ne!(a, urn_uuid("counterpoint/x/briefing/b"));
    let hex = a.strip_prefix("urn:uuid:").unwrap();
    let parts: Vec<&str> = hex.split('-').collect();
    assert_eq!(
        parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
        [8, 4, 4, 4, 12]
    );
    assert!(parts[2].starts_with('8'));
    assert!(matches!(
        parts[3].chars().next(),
        Some('8' | '9' | 'a' | 'b')
    ));
}

#[test]
fn one_entry_per_briefing_newest_first_with_absolute_ids_and_links() {
    let store = embedded();
    let site = "https://example.org/counterpoint/";
    let x = feed(&store, Some(site));
    let briefings = &store.dataset.briefings;
    assert_eq!(x.matches("<entry>").count(), briefings.len());
    assert!(x.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/counterpoint/feed.xml\"/>"));
    let last = briefings.last().unwrap();
    let first = &briefings[0];
    let newest = x
        .find(&format!("<id>{site}as-of/{}/</id>", last.id))
        .unwrap();
    let oldest = x
        .find(&format!("<id>{site}as-of/{}/</id>", first.id))
        .unwrap();
    assert!(newest < oldest);
    // The latest briefing's page is the root; the one before it links what changed.
    assert!(x.contains(&format!(
        "rel=\"alternate\" type=\"text/html\" href=\"{site}\"/>"
    )));
    assert!(x.contains(&format!("href=\"{site}changes/{}/{}/\"", first.id, last.id)));
    assert!(x.contains(&format!(
        "<updated>{}T00:00:00Z</updated>",
        last.as_of.first().iso()
    )));
    assert!(!x.contains("urn:uuid"));
    // Every tag that opens closes (a cheap well-formedness check; the e2e test parses it).
    assert_eq!(x.matches("<entry>").count(), x.matches("</entry>").count());
    assert!(!x.contains("&lt;script"));
}

#[test]
fn without_the_site_address_ids_are_uuids_and_links_relative() {
    let store = embedded();
    let x = feed(&store, None);
    assert!(!x.contains("http://example") && !x.contains("https://example"));
    assert!(!x.contains("rel=\"self\""));
    assert_eq!(
        x.matches("<id>urn:uuid:").count(),
        store.dataset.briefings.len() + 1
    );
    let first = &store.dataset.briefings[0];
    assert!(x.contains(&format!("href=\"as-of/{}/\"", first.id)));
}
