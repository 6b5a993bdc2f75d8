//! A [`Reference`] in each format a reader pastes or imports: Chicago and APA strings (plain
//! text), BibTeX (biblatex fields), RIS and CSL-JSON; and the dataset's whole bibliography as
//! `.bib`, `.ris` and CSL-JSON files.

use super::reference::{
    apa_date, chicago_date, csl_date, edtf, ris_date, source_references, Name, RefKind, Reference,
};
use crate::model::Store;

#[cfg(test)]
mod tests;

/// The formats of the Cite control, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Chicago (17th ed.), bibliography entry.
    Chicago,
    /// APA (7th ed.), reference list entry.
    Apa,
    /// BibTeX with biblatex fields.
    Bibtex,
    /// RIS.
    Ris,
    /// CSL-JSON (one item in an array).
    CslJson,
}

impl Format {
    /// Every format, in display order.
    pub const ALL: [Format; 5] = [
        Format::Chicago,
        Format::Apa,
        Format::Bibtex,
        Format::Ris,
        Format::CslJson,
    ];

    /// Its name for readers.
    pub fn label(self) -> &'static str {
        match self {
            Format::Chicago => "Chicago",
            Format::Apa => "APA",
            Format::Bibtex => "BibTeX",
            Format::Ris => "RIS",
            Format::CslJson => "CSL-JSON",
        }
    }

    /// A short id for element ids and file names.
    pub fn slug(self) -> &'static str {
        match self {
            Format::Chicago => "chicago",
            Format::Apa => "apa",
            Format::Bibtex => "bibtex",
            Format::Ris => "ris",
            Format::CslJson => "csl-json",
        }
    }

    /// `true` for the machine formats (shown as code, kept line by line).
    pub fn is_code(self) -> bool {
        matches!(self, Format::Bibtex | Format::Ris | Format::CslJson)
    }

    /// The reference in this format.
    pub fn write(self, r: &Reference) -> String {
        match self {
            Format::Chicago => chicago(r),
            Format::Apa => apa(r),
            Format::Bibtex => bibtex(r),
            Format::Ris => ris(r),
            Format::CslJson => {
                serde_json::to_string_pretty(&[csl_json(r)]).expect("JSON values serialise")
            }
        }
    }
}

/// "A", "A and B", "A, B, and C" (Chicago's serial comma).
fn and_list(names: &[String], and: &str) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} {and} {}", names[0], names[1]),
        n => format!("{}, {and} {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Ends a sentence with `.` unless it already ends with punctuation that closes one.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '?', '!']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// A headline in quotation marks with the sentence's period inside (American style); our
/// own bracketed description as it is.
fn quoted_title(r: &Reference) -> String {
    if r.title_is_descriptive {
        sentence(&r.title)
    } else {
        format!("“{}”", sentence(&r.title))
    }
}

/// Chicago bibliography entry: `Karube, Takuya. “Title.” Kyodo, May 7, 2025. Via
/// bilaterals.org.` The first author inverted, the others not; no author, the title first.
pub fn chicago(r: &Reference) -> String {
    let mut out = Vec::new();
    let authors: Vec<String> = r
        .authors
        .iter()
        .enumerate()
        .map(|(i, n)| if i == 0 { n.inverted() } else { n.direct() })
        .collect();
    if !authors.is_empty() {
        out.push(sentence(&and_list(&authors, "and")));
    }
    out.push(quoted_title(r));
    let mut place = Vec::new();
    if let Some(g) = &r.genre {
        place.push(g.clone());
    }
    if !r.container.is_empty() && r.kind != RefKind::SitePage {
        place.push(r.container.clone());
    }
    if let Some(d) = &r.date {
        place.push(chicago_date(d));
    }
    if !place.is_empty() {
        out.push(sentence(&place.join(", ")));
    }
    match (&r.url, &r.via) {
        (Some(u), _) => out.push(sentence(u)),
        (None, Some(v)) => out.push(sentence(&format!("Via {v}"))),
        _ => {}
    }
    out.join(" ")
}

/// APA reference: `Karube, T. (2025, May 7). Title. Kyodo. URL`; no author, the title takes
/// its place; a site page by the site, its genre in brackets.
pub fn apa(r: &Reference) -> String {
    let date = r
        .date
        .as_ref()
        .map_or("(n.d.).".to_string(), |d| format!("({}).", apa_date(d)));
    let names: Vec<String> = r.authors.iter().map(Name::initials).collect();
    let title = match &r.genre {
        Some(g) => format!("{} [{g}].", r.title.trim_end_matches('.')),
        None => sentence(&r.title),
    };
    let mut out = Vec::new();
    if names.is_empty() {
        out.push(title);
        out.push(date);
    } else {
        let authors = match names.len() {
            1 => names[0].clone(),
            n => format!("{}, & {}", names[..n - 1].join(", "), names[n - 1]),
        };
        out.push(sentence(&authors));
        out.push(date);
        out.push(title);
    }
    // A site's own page names no site beside its author (APA: same name, once).
    if r.kind != RefKind::SitePage && !r.container.is_empty() {
        out.push(sentence(&r.container));
    }
    match (&r.url, &r.via) {
        (Some(u), _) => out.push(u.clone()),
        (None, Some(v)) => out.push(sentence(&format!("Via {v}"))),
        _ => {}
    }
    out.join(" ")
}

/// Escapes text for a BibTeX field value in braces: LaTeX's special characters become their
/// commands (so braces always balance and `%`, `&`, `#` print as themselves); whitespace
/// runs, line breaks included, become one space.
pub fn bibtex_escape(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            c => out.push(c),
        }
    }
    out
}

/// A URL for biblatex's verbatim `url` field: only the characters that would break the
/// field (braces, backslash, whitespace) are percent-encoded.
fn bibtex_url(u: &str) -> String {
    let mut out = String::new();
    for c in u.trim().chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}

/// A name in BibTeX's `Family, Suffix, Given` form; a body in braces (never split).
fn bibtex_name(n: &Name) -> String {
    if n.literal || n.given.is_empty() {
        return format!("{{{}}}", bibtex_escape(&n.family));
    }
    let family = bibtex_escape(&n.family);
    let given = bibtex_escape(&n.given);
    if n.suffix.is_empty() {
        format!("{family}, {given}")
    } else {
        format!("{family}, {}, {given}", bibtex_escape(&n.suffix))
    }
}

/// One BibTeX entry (biblatex fields): `@article` for a named outlet's article (its
/// `journaltitle`, `entrysubtype = {newspaper}`), `@online` for a page of the site or an
/// unnamed outlet's text at a URL, `@misc` otherwise; `date` at the dataset's precision
/// (EDTF, `~` for about), `year` for classic BibTeX.
pub fn bibtex(r: &Reference) -> String {
    let (entry, container_field) = match r.kind {
        RefKind::NewsArticle => ("article", "journaltitle"),
        RefKind::SitePage | RefKind::OnlineText => ("online", "organization"),
        RefKind::Document => ("misc", "howpublished"),
    };
    let mut fields: Vec<(&str, String)> = Vec::new();
    if !r.authors.is_empty() {
        let names: Vec<String> = r.authors.iter().map(bibtex_name).collect();
        fields.push(("author", names.join(" and ")));
    }
    fields.push(("title", bibtex_escape(&r.title)));
    if let Some(g) = &r.genre {
        fields.push(("titleaddon", bibtex_escape(g)));
    }
    if !r.container.is_empty() {
        fields.push((container_field, bibtex_escape(&r.container)));
    }
    if r.kind == RefKind::NewsArticle {
        fields.push(("entrysubtype", "newspaper".into()));
    }
    if let Some(d) = &r.date {
        fields.push(("date", edtf(d)));
        if d.first().year == d.last().year {
            fields.push(("year", d.first().year.to_string()));
        }
    }
    if let Some(u) = &r.url {
        fields.push(("url", bibtex_url(u)));
    }
    if let Some(v) = &r.via {
        fields.push(("addendum", bibtex_escape(&format!("Via {v}"))));
    }
    if let Some(l) = &r.language {
        fields.push(("langid", bibtex_escape(l)));
    }
    if let Some(n) = &r.note {
        fields.push(("note", bibtex_escape(n)));
    }
    let width = fields.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = format!("@{entry}{{{},\n", r.key);
    for (k, v) in fields {
        out.push_str(&format!("  {k:width$} = {{{v}}},\n"));
    }
    out.push_str("}\n");
    out
}

/// One RIS field line: `TAG  - value` (value on one line).
fn ris_line(out: &mut String, tag: &str, value: &str) {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if !value.is_empty() {
        out.push_str(&format!("{tag}  - {value}\r\n"));
    }
}

/// One RIS record (CRLF line ends): `TY` `NEWS` for a named outlet's article, `ELEC` for a
/// web page, `GEN` otherwise; `ID` the key; `DA` keeps the dataset's precision.
pub fn ris(r: &Reference) -> String {
    let ty = match r.kind {
        RefKind::NewsArticle => "NEWS",
        RefKind::SitePage | RefKind::OnlineText => "ELEC",
        RefKind::Document => "GEN",
    };
    let mut out = String::new();
    ris_line(&mut out, "TY", ty);
    ris_line(&mut out, "ID", &r.key);
    ris_line(&mut out, "TI", &r.title);
    for a in &r.authors {
        ris_line(&mut out, "AU", &a.inverted());
    }
    if !r.container.is_empty() {
        ris_line(&mut out, "T2", &r.container);
    }
    if let Some(g) = &r.genre {
        ris_line(&mut out, "M3", g);
    }
    if let Some(d) = &r.date {
        let (py, da) = ris_date(d);
        ris_line(&mut out, "PY", &py);
        ris_line(&mut out, "DA", &da);
    }
    if let Some(u) = &r.url {
        ris_line(&mut out, "UR", u);
    }
    if let Some(l) = &r.language {
        ris_line(&mut out, "LA", l);
    }
    if let Some(v) = &r.via {
        ris_line(&mut out, "N1", &format!("Via {v}"));
    }
    if let Some(n) = &r.note {
        ris_line(&mut out, "N1", n);
    }
    out.push_str("ER  - \r\n");
    out
}

/// One CSL-JSON item: `article-newspaper` for a named outlet's article, `webpage` for a web
/// page, `document` otherwise.
pub fn csl_json(r: &Reference) -> serde_json::Value {
    let ty = match r.kind {
        RefKind::NewsArticle => "article-newspaper",
        RefKind::SitePage | RefKind::OnlineText => "webpage",
        RefKind::Document => "document",
    };
    let mut item = serde_json::json!({ "id": r.key, "type": ty, "title": r.title });
    if !r.authors.is_empty() {
        item["author"] = r
            .authors
            .iter()
            .map(|n| {
                if n.literal || n.given.is_empty() {
                    serde_json::json!({ "literal": n.family })
                } else {
                    let mut v = serde_json::json!({ "family": n.family, "given": n.given });
                    if !n.suffix.is_empty() {
                        v["suffix"] = n.suffix.clone().into();
                    }
                    v
                }
            })
            .collect();
    }
    if !r.container.is_empty() {
        item["container-title"] = r.container.clone().into();
    }
    if let Some(g) = &r.genre {
        item["genre"] = g.clone().into();
    }
    if let Some(d) = &r.date {
        item["issued"] = csl_date(d);
    }
    if let Some(u) = &r.url {
        item["URL"] = u.clone().into();
    }
    if let Some(l) = &r.language {
        item["language"] = l.clone().into();
    }
    let mut notes = Vec::new();
    if let Some(v) = &r.via {
        notes.push(format!("Via {v}"));
    }
    if let Some(n) = &r.note {
        notes.push(n.clone());
    }
    if !notes.is_empty() {
        item["note"] = notes.join(" ").into();
    }
    item
}

/// The header comment of the bibliography files.
fn header(store: &Store, comment: &str) -> String {
    format!(
        "{comment} Every source of the dataset “{}” ({}), from Counterpoint.\n",
        store.dataset.title, store.dataset.id
    )
}

/// Every source of the dataset as a `.bib` file.
pub fn sources_bib(store: &Store) -> String {
    // A line outside entries is a comment to BibTeX; `%` marks it for biber too.
    let mut out = header(store, "%");
    for r in source_references(store) {
        out.push('\n');
        out.push_str(&bibtex(&r));
    }
    out
}

/// Every source of the dataset as a `.ris` file.
pub fn sources_ris(store: &Store) -> String {
    source_references(store).iter().map(ris).collect()
}

/// Every source of the dataset as CSL-JSON (an array of items).
pub fn sources_csl_json(store: &Store) -> String {
    let items: Vec<serde_json::Value> = source_references(store).iter().map(csl_json).collect();
    serde_json::to_string_pretty(&items).expect("JSON values serialise")
}
