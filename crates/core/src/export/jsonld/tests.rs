use super::*;
use crate::model::date::Precision;

fn place() -> Place {
    Place {
        url: Some("https://example.org/cp/topics/x/".into()),
        site: Some("https://example.org/cp/".into()),
    }
}

#[test]
fn the_script_text_cannot_close_its_element() {
    let v = json!({ "name": "</script><script>alert(1)</script> & <!--" });
    let text = script_text(&v);
    assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
    let back: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back, v);
}

#[test]
fn a_briefing_is_a_report_and_a_topic_an_article_with_its_quotations() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let r = briefing(&snap, &place());
    assert_eq!(r["@type"], "Report");
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(
        r["datePublished"],
        snap.briefing.unwrap().as_of.first().iso()
    );
    assert!(!r["citation"].as_array().unwrap().is_empty());
    let t = store
        .dataset
        .topics
        .iter()
        .find(|t| !snap.quotes_on(&t.id).is_empty())
        .unwrap();
    let a = topic(&snap, t, &place());
    assert_eq!(a["@type"], "Article");
    assert_eq!(a["url"], "https://example.org/cp/topics/x/");
    let parts = a["hasPart"].as_array().unwrap();
    assert_eq!(parts.len(), snap.quotes_on(&t.id).len());
    for p in parts {
        assert_eq!(p["@type"], "Quotation");
        assert!(p["spokenByCharacter"]["name"].is_string(), "{p}");
        assert!(p["text"].is_string());
    }
}

#[test]
fn sources_carry_only_what_the_dataset_has() {
    let store = embedded();
    for s in &store.dataset.sources {
        let v = source(&store, s);
        assert_eq!(
            v.get("author").map_or(0, |a| a.as_array().unwrap().len()),
            s.authors.len()
        );
        assert_eq!(v.get("url").and_then(Value::as_str), s.url.as_deref());
        let iso = iso_date(&s.published).unwrap();
        assert_eq!(v["datePublished"], iso);
        if s.published.start.precision == Precision::ApproxDay {
            assert_eq!(iso.len(), 7, "an approximate day gives its month: {iso}");
        }
    }
}

#[test]
fn the_dataset_lists_its_downloads_with_absolute_addresses_only_when_known() {
    let store = embedded();
    let downloads = [Download {
        path: "data/figures.csv",
        name: "Figures",
        media_type: "text/csv",
    }];
    let v = dataset(&store, &downloads, &place());
    assert_eq!(v["@type"], "Dataset");
    assert_eq!(
        v["distribution"][0]["contentUrl"],
        "https://example.org/cp/data/figures.csv"
    );
    assert!(v["temporalCoverage"].as_str().unwrap().contains('/'));
    let v = dataset(&store, &downloads, &Place::default());
    assert!(v["distribution"][0].get("contentUrl").is_none());
    assert!(v.get("url").is_none());
}
