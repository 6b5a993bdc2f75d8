use super::*;
use crate::model::embedded;

fn terms(t: &[&str]) -> Vec<String> {
    t.iter().map(|s| s.to_string()).collect()
}

fn marked<'t>(text: &'t str, t: &[&str]) -> Vec<&'t str> {
    highlight_ranges(text, &terms(t))
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .collect()
}

#[test]
fn folds_case_accents_quotes_and_whitespace() {
    assert_eq!(fold("BESSÉNT"), "bessent");
    assert_eq!(fold("  Hé \t Lìfēng\n"), "he lifeng");
    assert_eq!(
        fold("Müller Straße ŁÓDŹ Œuvre"),
        "muller strasse lodz oeuvre"
    );
    assert_eq!(
        fold("“Liberation Day” isn’t US–China"),
        "\"liberation day\" isn't us-china"
    );
    assert_eq!(fold("e\u{301}te\u{301}"), "ete");
    assert_eq!(fold("何立峰 He"), "何立峰 he");
    assert_eq!(fold(""), "");
}

#[test]
fn folds_the_names_in_the_dataset() {
    let store = embedded();
    let he = store.actor("he-lifeng").unwrap();
    assert_eq!(fold(&he.name), "he lifeng");
    assert_eq!(fold(he.name_zh.as_deref().unwrap()), "何立峰");
    let s = store.actor("scott-bessent").unwrap();
    assert_eq!(fold(&s.name), fold("SCOTT bessént"));
}

#[test]
fn splits_queries_into_terms() {
    assert_eq!(
        query_terms("  Rare-earth  “LEVERAGE”, "),
        ["rare-earth", "leverage"]
    );
    assert!(query_terms(" … ").is_empty());
}

#[test]
fn highlights_in_original_byte_offsets() {
    let text = "Scott Bessént said “no” to Straße talks";
    assert_eq!(marked(text, &["bessent"]), ["Bessént"]);
    assert_eq!(marked(text, &["\"no\""]), ["“no”"]);
    assert_eq!(marked(text, &["strasse"]), ["Straße"]);
    // A match on half of "ß" marks the whole character.
    assert_eq!(marked(text, &["ss"]), ["ss", "ß"]);
    // Overlapping terms merge; ranges are sorted.
    assert_eq!(
        marked(text, &["talks", "bess", "essént"]),
        ["Bessént", "talks"]
    );
    assert_eq!(marked(text, &["nothing"]), Vec::<&str>::new());
    // Collapsed whitespace maps back to the whole run.
    assert_eq!(marked("rare \n earths", &["rare earth"]), ["rare \n earth"]);
    assert_eq!(marked("He Lifeng (何立峰) met", &["何立峰"]), ["何立峰"]);
    assert_eq!(marked("cafe\u{301} ok", &["cafe"]), ["cafe\u{301}"]);
}

#[test]
fn highlights_a_real_quote() {
    let store = embedded();
    let q = store
        .dataset
        .quotes
        .iter()
        .find(|q| q.speaker == "scott-bessent" && q.text.contains("de-escalat"))
        .expect("a Bessent quote on de-escalation");
    let r = highlight_ranges(&q.text, &terms(&["DE-ESCALAT"]));
    assert!(!r.is_empty());
    for (a, b) in r {
        assert_eq!(q.text[a..b].to_lowercase(), "de-escalat");
    }
}
