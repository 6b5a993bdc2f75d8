//! Structured data (schema.org JSON-LD) for the site's pages: `Report` for a briefing,
//! `Article` for a topic (its quotes as `Quotation`s with `spokenByCharacter`), `Dataset` for
//! the data downloads, `WebPage` for the others; each source cited as a `NewsArticle` or
//! `CreativeWork`.
//!
//! Addresses (`url`, `@id`, download `contentUrl`) are written only when the site's address is
//! known: schema.org wants them absolute. Dates are ISO 8601 at no more precision than the
//! dataset's (see [`iso_date`]).

use super::reference::{iso_date, SITE_NAME};
use crate::analysis::Snapshot;
use crate::model::*;
use serde_json::{json, Map, Value};

#[cfg(test)]
mod tests;

/// The JSON-LD text for a `<script type="application/ld+json">` block: `<`, `>` and `&` are
/// written as `\u003c`… so that no dataset text can close the script element.
pub fn script_text(v: &Value) -> String {
    serde_json::to_string(v)
        .expect("JSON values serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Where a page is: its address (absolute, when the site's is known) and the site's.
#[derive(Clone, Debug, Default)]
pub struct Place {
    /// The page's absolute address.
    pub url: Option<String>,
    /// The site's root address.
    pub site: Option<String>,
}

fn website(place: &Place) -> Value {
    let mut v = json!({ "@type": "WebSite", "name": SITE_NAME });
    if let Some(s) = &place.site {
        v["url"] = s.clone().into();
    }
    v
}

fn set_date(v: &mut Value, key: &str, d: &DateSpec) {
    if let Some(iso) = iso_date(d) {
        v[key] = iso.into();
    }
}

/// A page's common properties.
fn page(ty: &str, name: &str, description: &str, date: Option<&DateSpec>, place: &Place) -> Value {
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": ty,
        "name": name,
        "inLanguage": "en",
        "isPartOf": website(place),
    });
    if !description.is_empty() {
        v["description"] = description.into();
    }
    if let Some(u) = &place.url {
        v["url"] = u.clone().into();
        v["@id"] = u.clone().into();
    }
    if let Some(d) = date {
        set_date(&mut v, "datePublished", d);
    }
    v
}

/// A source as schema.org: `NewsArticle` with its publisher when the outlet is named, else a
/// `CreativeWork` described by our words; authors only as the dataset gives them.
pub fn source(store: &Store, s: &Source) -> Value {
    let mut v = json!({
        "@type": if s.outlet.is_some() { "NewsArticle" } else { "CreativeWork" },
        "name": s.title,
        "inLanguage": s.language,
    });
    if !s.title_is_descriptive {
        v["headline"] = s.title.clone().into();
    }
    match &s.outlet {
        Some(o) => v["publisher"] = json!({ "@type": "Organization", "name": o }),
        None => v["description"] = store.outlet_name(s).into(),
    }
    if !s.authors.is_empty() {
        v["author"] = s
            .authors
            .iter()
            .map(|a| json!({ "@type": "Person", "name": a }))
            .collect();
    }
    set_date(&mut v, "datePublished", &s.published);
    if let Some(u) = s.url.as_ref().filter(|u| is_web_url(u)) {
        v["url"] = u.clone().into();
    }
    v
}

/// The distinct sources of `cites` known in `snap`, as schema.org.
fn citations<'c>(snap: &Snapshot<'_>, cites: impl IntoIterator<Item = &'c Citation>) -> Vec<Value> {
    let mut ids: Vec<&str> = Vec::new();
    for c in cites {
        if snap.source_known(&c.source) && !ids.contains(&c.source.as_str()) {
            ids.push(&c.source);
        }
    }
    ids.iter()
        .filter_map(|id| snap.store.source(id))
        .map(|s| source(snap.store, s))
        .collect()
}

/// A quote as a `Quotation`: its words, who spoke (`spokenByCharacter`: a `Person` or an
/// `Organization`, with their role), when, and the sources that print it.
pub fn quotation(snap: &Snapshot<'_>, q: &Quote) -> Value {
    let store = snap.store;
    let mut v = json!({ "@type": "Quotation", "text": q.text.trim() });
    if let Some(a) = store.actor(&q.speaker) {
        let mut who = json!({
            "@type": if a.kind == ActorKind::Person { "Person" } else { "Organization" },
            "name": a.name,
        });
        if !a.role.is_empty() {
            who[if a.kind == ActorKind::Person {
                "jobTitle"
            } else {
                "description"
            }] = a.role.clone().into();
        }
        v["spokenByCharacter"] = who;
    }
    set_date(&mut v, "dateCreated", &q.said);
    if !q.venue.is_empty() {
        v["description"] = format!("Venue: {}", q.venue).into();
    }
    let cites = citations(snap, &q.cites);
    if !cites.is_empty() {
        v["citation"] = cites.into();
    }
    v
}

/// The briefing of `snap` as a `Report`: its bottom line as the description, the sources its
/// claims cite.
pub fn briefing(snap: &Snapshot<'_>, place: &Place) -> Value {
    let d = &snap.store.dataset;
    let Some(b) = snap.briefing else {
        return page("WebPage", &d.title, &d.subtitle, None, place);
    };
    let description: Vec<&str> = b.what_happened.iter().map(|c| c.text.trim()).collect();
    let mut v = page(
        "Report",
        &format!("{}: {}", d.title, b.title),
        &description.join(" "),
        Some(&b.as_of),
        place,
    );
    v["headline"] = b.title.clone().into();
    v["author"] = json!({ "@type": "Organization", "name": SITE_NAME });
    let cites = b
        .what_happened
        .iter()
        .chain(&b.where_things_stand)
        .chain(&b.what_to_watch)
        .flat_map(|c| &c.cites);
    v["citation"] = citations(snap, cites).into();
    v
}

/// A topic as an `Article` in `snap`: its question and summary, its quotes as `hasPart`
/// `Quotation`s.
pub fn topic(snap: &Snapshot<'_>, t: &Topic, place: &Place) -> Value {
    let d = &snap.store.dataset;
    let summary = snap.summary(t).unwrap_or(&t.summary);
    let mut v = page(
        "Article",
        &format!("{}: {}", d.title, t.title),
        &format!("{} {}", t.question, summary),
        snap.briefing.map(|b| &b.as_of),
        place,
    );
    v["headline"] = t.title.clone().into();
    v["author"] = json!({ "@type": "Organization", "name": SITE_NAME });
    let quotes: Vec<Value> = snap
        .quotes_on(&t.id)
        .into_iter()
        .map(|q| quotation(snap, q))
        .collect();
    if !quotes.is_empty() {
        v["hasPart"] = quotes.into();
    }
    v
}

/// One download of the dataset: file path under the site's root and its media type.
pub struct Download<'a> {
    /// Path under the site's root, e.g. `data/figures.csv`.
    pub path: &'a str,
    /// What it holds.
    pub name: &'a str,
    /// Media type, e.g. `text/csv`.
    pub media_type: &'a str,
}

/// The dataset as a `Dataset` with each download a `DataDownload`; its time coverage from the
/// earliest to the latest date of any event, figure or quote.
pub fn dataset(store: &Store, downloads: &[Download<'_>], place: &Place) -> Value {
    let d = &store.dataset;
    let mut v = page(
        "Dataset",
        &d.title,
        if d.subtitle.is_empty() {
            &d.title
        } else {
            &d.subtitle
        },
        None,
        place,
    );
    v["identifier"] = d.id.clone().into();
    v["creator"] = json!({ "@type": "Organization", "name": SITE_NAME });
    let dates = d
        .events
        .iter()
        .map(|e| e.date)
        .chain(d.figures.iter().map(|f| f.date))
        .chain(d.quotes.iter().map(|q| q.said));
    let (mut lo, mut hi): (Option<DateSpec>, Option<DateSpec>) = (None, None);
    for date in dates {
        if lo.is_none_or(|l| date.first() < l.first()) {
            lo = Some(date);
        }
        if hi.is_none_or(|h| date.last() > h.last()) {
            hi = Some(date);
        }
    }
    if let (Some(lo), Some(hi)) = (lo, hi) {
        // Each end at its own precision (a year stays a year).
        let end = |d: &DateSpec| iso_date(d).unwrap_or_else(|| d.first().year.to_string());
        v["temporalCoverage"] = format!("{}/{}", end(&lo), end(&hi)).into();
    }
    let mut dist = Vec::new();
    for dl in downloads {
        let mut item = Map::new();
        item.insert("@type".into(), "DataDownload".into());
        item.insert("name".into(), dl.name.into());
        item.insert("encodingFormat".into(), dl.media_type.into());
        if let Some(site) = &place.site {
            item.insert(
                "contentUrl".into(),
                format!("{}/{}", site.trim_end_matches('/'), dl.path).into(),
            );
        }
        dist.push(Value::Object(item));
    }
    v["distribution"] = dist.into();
    v
}

/// A page of another kind: `WebPage` (or `CollectionPage`) with its name and description,
/// dated to the briefing it shows.
pub fn web_page(
    ty: &str,
    name: &str,
    description: &str,
    date: Option<&DateSpec>,
    place: &Place,
) -> Value {
    page(ty, name, description, date, place)
}

/// A source's own page: a `WebPage` about the article.
pub fn source_page(store: &Store, s: &Source, description: &str, place: &Place) -> Value {
    let mut v = page("WebPage", &s.title, description, None, place);
    v["about"] = source(store, s);
    v
}

/// Quotes on a page that lists them (who's who): a `WebPage` whose parts are `Quotation`s.
pub fn with_quotes(mut v: Value, snap: &Snapshot<'_>, quotes: &[&Quote]) -> Value {
    if !quotes.is_empty() {
        v["hasPart"] = quotes.iter().map(|q| quotation(snap, q)).collect();
    }
    v
}
