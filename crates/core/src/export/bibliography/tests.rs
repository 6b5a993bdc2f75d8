use super::*;
use crate::analysis::Snapshot;
use crate::export::reference::{chicago_date, ris_date};
use crate::model::*;

fn source(id: &str) -> Reference {
    let store = embedded();
    let s = store.source(id).expect("source in the dataset");
    Reference::source(&store, s)
}

#[test]
fn chicago_and_apa_of_a_named_outlets_article() {
    let r = source("kyodo-2025-05-07");
    assert_eq!(
        chicago(&r),
        "Karube, Takuya. “US eyes de-escalation as trade talks with China set for weekend.” Kyodo, May 7, 2025. Via bilaterals.org."
    );
    assert_eq!(
        apa(&r),
        "Karube, T. (2025, May 7). US eyes de-escalation as trade talks with China set for weekend. Kyodo. Via bilaterals.org."
    );
}

#[test]
fn an_approximate_date_and_a_descriptive_title_stay_what_they_are() {
    let r = source("washington-times-2025-06-04");
    let c = chicago(&r);
    assert!(c.starts_with("Howell, Tom, Jr. [China"), "{c}");
    assert!(c.contains("The Washington Times, ca. June 4, 2025."), "{c}");
    assert!(!c.contains('“'), "a descriptive title is not quoted: {c}");
    let a = apa(&r);
    assert!(
        a.starts_with("Howell, T., Jr. (ca. 2025, June 4). [China"),
        "{a}"
    );
    let b = bibtex(&r);
    assert!(b.contains("date         = {2025-06-04~},"), "{b}");
    let (_, da) = ris_date(&r.date.unwrap());
    assert!(ris(&r).contains(&format!("DA  - {da}\r\n")));
    assert_eq!(csl_json(&r)["issued"]["circa"], true);
}

#[test]
fn without_author_the_title_leads() {
    let r = source("explainer-2025-05-09");
    assert!(r.authors.is_empty());
    assert!(chicago(&r).starts_with("[What to know"), "{}", chicago(&r));
    assert!(apa(&r).starts_with("[What to know"), "{}", apa(&r));
    assert!(
        apa(&r).contains("]. (2025, May 9). US news explainer"),
        "{}",
        apa(&r)
    );
    assert!(!bibtex(&r).contains("author"));
    assert!(!ris(&r).contains("AU  -"));
    assert!(csl_json(&r).get("author").is_none());
    assert!(bibtex(&r).starts_with("@misc{explainer-2025-05-09,\n"));
    assert!(ris(&r).starts_with("TY  - GEN\r\n"));
    assert_eq!(csl_json(&r)["type"], "document");
}

#[test]
fn entry_types_follow_the_kind_of_source() {
    let r = source("kyodo-2025-05-07");
    assert!(bibtex(&r).starts_with("@article{kyodo-2025-05-07,\n"));
    assert!(bibtex(&r).contains("journaltitle = {Kyodo},"));
    assert!(bibtex(&r).contains("entrysubtype = {newspaper},"));
    assert!(ris(&r).starts_with("TY  - NEWS\r\nID  - kyodo-2025-05-07\r\n"));
    assert_eq!(csl_json(&r)["type"], "article-newspaper");
    let mut online = r.clone();
    online.kind = RefKind::OnlineText;
    online.url = Some("https://example.com/a_b%20c{d}".into());
    let b = bibtex(&online);
    assert!(b.starts_with("@online{"), "{b}");
    assert!(
        b.contains("url          = {https://example.com/a_b%20c%7Bd%7D},"),
        "{b}"
    );
}

#[test]
fn bibtex_escapes_every_special_character_and_braces_balance() {
    assert_eq!(
        bibtex_escape("50% of {a} & b_c #1 $2 ^ ~ \\"),
        "50\\% of \\{a\\} \\& b\\_c \\#1 \\$2 \\^{} \\~{} \\textbackslash{}"
    );
    assert_eq!(bibtex_escape("two\nlines  here"), "two lines here");
    let mut r = source("kyodo-2025-05-07");
    r.title = "Unbalanced } { }} title".into();
    let entry = bibtex(&r);
    let mut depth = 0i32;
    let mut prev = ' ';
    for c in entry.chars() {
        if prev != '\\' {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
        }
        assert!(depth >= 0, "{entry}");
        prev = c;
    }
    assert_eq!(depth, 0, "{entry}");
}

#[test]
fn the_bibliography_files_carry_every_source() {
    let store = embedded();
    let bib = sources_bib(&store);
    let ris_file = sources_ris(&store);
    let csl: serde_json::Value = serde_json::from_str(&sources_csl_json(&store)).unwrap();
    assert_eq!(bib.matches("\n@").count(), store.dataset.sources.len());
    assert_eq!(
        ris_file.matches("ER  - \r\n").count(),
        store.dataset.sources.len()
    );
    assert_eq!(csl.as_array().unwrap().len(), store.dataset.sources.len());
    for s in &store.dataset.sources {
        assert!(bib.contains(&format!("{{{},\n", s.id)), "{}", s.id);
        assert!(
            ris_file.contains(&format!("ID  - {}\r\n", s.id)),
            "{}",
            s.id
        );
        assert!(
            ris_file.contains(&format!("TI  - {}\r\n", s.title)),
            "{}",
            s.id
        );
    }
    // RIS: every line is a tag, two spaces, a hyphen and a space.
    for line in ris_file.split("\r\n").filter(|l| !l.is_empty()) {
        let (tag, rest) = line.split_at(2);
        assert!(
            tag.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "{line}"
        );
        assert!(rest.starts_with("  - "), "{line}");
    }
}

#[test]
fn a_page_of_the_site_is_cited_as_the_sites_own_briefing() {
    let store = embedded();
    let snap = Snapshot::of_briefing(&store, None).unwrap();
    let b = snap.briefing.unwrap();
    let r = Reference::page(&snap, None, Some("https://example.org/cp/".into()));
    let c = chicago(&r);
    assert_eq!(
        c,
        format!(
            "Counterpoint. “{}: {}.” Briefing, {}. https://example.org/cp/.",
            store.dataset.title,
            b.title,
            chicago_date(&b.as_of)
        )
    );
    let a = apa(&r);
    assert!(a.starts_with("Counterpoint. ("), "{a}");
    assert!(a.ends_with("[Briefing]. https://example.org/cp/"), "{a}");
    let bib = bibtex(&r);
    assert!(bib.starts_with("@online{counterpoint-"), "{bib}");
    assert!(bib.contains("author       = {{Counterpoint}},"), "{bib}");
    assert_eq!(csl_json(&r)["author"][0]["literal"], "Counterpoint");
    let without = Reference::page(&snap, None, None);
    assert!(!chicago(&without).contains("http"));
    assert!(!bibtex(&without).contains("url"));
    for f in Format::ALL {
        assert!(!f.write(&r).is_empty(), "{}", f.label());
    }
}
