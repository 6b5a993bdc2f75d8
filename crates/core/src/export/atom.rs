//! The Atom feed (RFC 4287) of a dataset's briefings: one entry per briefing, newest first,
//! with its date, bottom line and what changed since the previous briefing, linking to the
//! briefing and to its "what changed" page.
//!
//! With the site's address (`--site-url`), ids and links are absolute: an entry's id is the
//! address of its briefing's as-of page (permanent: it is where the page lives once a newer
//! briefing comes). Without it, ids are `urn:uuid:` names made from the dataset and briefing
//! ids (stable across builds), links are relative to the feed (which sits at the site's root),
//! and the feed has no `rel="self"` link.
//!
//! Atom dates are full timestamps: a briefing's date is written as midnight UTC of its first
//! day (`2025-06-05T00:00:00Z`); the entry's text gives the date as the dataset does.

use crate::analysis::changes::compare;
use crate::analysis::Snapshot;
use crate::model::*;

#[cfg(test)]
mod tests;

/// Escapes text for XML element content and attribute values; drops characters XML 1.0
/// cannot carry.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML inside an Atom `type="html"` element (then escaped again as XML).
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A name-based UUID (RFC 9562 version 8) for `name`: two FNV-1a hashes, stable and
/// dependency-free; only uniqueness within the site matters.
pub fn urn_uuid(name: &str) -> String {
    let hash = |seed: u64| {
        let mut h = seed;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    };
    let (a, b) = (hash(0xcbf2_9ce4_8422_2325), hash(0x8422_2325_cbf2_9ce4));
    let a = (a & !0xf000) | 0x8000; // version 8
    let b = (b & !(0b11 << 62)) | (0b10 << 62); // variant 10
    format!(
        "urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// An RFC 3339 timestamp for a day: midnight UTC.
fn timestamp(d: Day) -> String {
    format!("{}T00:00:00Z", d.iso())
}

/// A page's address: absolute under `site`, else relative to the site's root (where the
/// feed is).
fn href(site: Option<&str>, path: &str) -> String {
    let path = path.trim_start_matches('/');
    match site {
        Some(site) => format!("{}/{path}", site.trim_end_matches('/')),
        None if path.is_empty() => "./".into(),
        None => path.to_string(),
    }
}

/// Path of a briefing's page: the latest at the root, earlier ones under `as-of/`.
fn briefing_path(store: &Store, b: &Briefing) -> String {
    let latest = store.dataset.briefings.last().map(|l| l.id.as_str());
    if Some(b.id.as_str()) == latest {
        String::new()
    } else {
        format!("as-of/{}/", b.id)
    }
}

/// The feed of `store`'s briefings. `site`: the site's public address (e.g.
/// `https://example.org/counterpoint/`), when known.
pub fn feed(store: &Store, site: Option<&str>) -> String {
    let d = &store.dataset;
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
    let feed_id = match site {
        Some(_) => href(site, "feed.xml"),
        None => urn_uuid(&format!("counterpoint/{}/feed", d.id)),
    };
    x.push_str(&format!("  <id>{}</id>\n", escape(&feed_id)));
    x.push_str(&format!(
        "  <title>{}</title>\n",
        escape(&format!("Counterpoint: {}", d.title))
    ));
    if !d.subtitle.is_empty() {
        x.push_str(&format!("  <subtitle>{}</subtitle>\n", escape(&d.subtitle)));
    }
    let updated = d
        .briefings
        .iter()
        .map(|b| b.as_of.first())
        .max()
        .map(timestamp)
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    x.push_str(&format!("  <updated>{updated}</updated>\n"));
    x.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&href(site, ""))
    ));
    if site.is_some() {
        x.push_str(&format!(
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            escape(&href(site, "feed.xml"))
        ));
    }
    x.push_str("  <author><name>Counterpoint</name></author>\n");
    x.push_str("  <generator>Counterpoint prerenderer</generator>\n");
    for (i, b) in d.briefings.iter().enumerate().rev() {
        let previous = i.checked_sub(1).map(|p| &d.briefings[p]);
        x.push_str(&entry(store, b, previous, site));
    }
    x.push_str("</feed>\n");
    x
}

fn entry(store: &Store, b: &Briefing, previous: Option<&Briefing>, site: Option<&str>) -> String {
    let d = &store.dataset;
    let page = href(site, &briefing_path(store, b));
    let id = match site {
        Some(_) => href(site, &format!("as-of/{}/", b.id)),
        None => urn_uuid(&format!("counterpoint/{}/briefing/{}", d.id, b.id)),
    };
    let mut x = String::from("  <entry>\n");
    x.push_str(&format!("    <id>{}</id>\n", escape(&id)));
    x.push_str(&format!("    <title>{}</title>\n", escape(&b.title)));
    let when = timestamp(b.as_of.first());
    x.push_str(&format!("    <published>{when}</published>\n"));
    x.push_str(&format!("    <updated>{when}</updated>\n"));
    x.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&page)
    ));
    let changes = previous.map(|p| href(site, &format!("changes/{}/{}/", p.id, b.id)));
    if let Some(c) = &changes {
        x.push_str(&format!(
            "    <link rel=\"related\" type=\"text/html\" title=\"What changed\" href=\"{}\"/>\n",
            escape(c)
        ));
    }
    let mut summary = format!("Briefing as of {}.", b.as_of.human());
    if let Some(first) = b.what_happened.first() {
        summary.push(' ');
        summary.push_str(first.text.trim());
    }
    x.push_str(&format!(
        "    <summary type=\"text\">{}</summary>\n",
        escape(&summary)
    ));
    // The content as HTML, escaped once for HTML (dataset text) and once for XML.
    let mut h = format!(
        "<p>Briefing on {} as of {}.</p>",
        html_text(&d.title),
        html_text(&b.as_of.human())
    );
    for (title, claims) in [
        ("What happened", &b.what_happened),
        ("Where things stand", &b.where_things_stand),
        ("What to watch", &b.what_to_watch),
    ] {
        if claims.is_empty() {
            continue;
        }
        h.push_str(&format!("<h3>{title}</h3><ul>"));
        for c in claims {
            h.push_str(&format!("<li>{}</li>", html_text(c.text.trim())));
        }
        h.push_str("</ul>");
    }
    h.push_str("<h3>What changed</h3>");
    match (previous, &changes) {
        (Some(p), Some(link)) => {
            let from = Snapshot::of_briefing(store, Some(&p.id));
            let to = Snapshot::of_briefing(store, Some(&b.id));
            if let (Some(from), Some(to)) = (from, to) {
                h.push_str(&format!(
                    "<p>{}</p>",
                    html_text(&compare(from, to).summary())
                ));
            }
            h.push_str(&format!(
                "<p><a href=\"{}\">Everything that changed since “{}”</a></p>",
                html_text(link),
                html_text(&p.title)
            ));
        }
        _ => h.push_str("<p>The first briefing of this dataset.</p>"),
    }
    h.push_str(&format!(
        "<p><a href=\"{}\">Read the briefing</a></p>",
        html_text(&page)
    ));
    x.push_str(&format!(
        "    <content type=\"html\">{}</content>\n",
        escape(&h)
    ));
    x.push_str("  </entry>\n");
    x
}
