//! Markdown exports: the briefing, one topic, and the reader's own briefing, each as of a
//! snapshot, with every citation as a numbered footnote giving outlet, title, date, address
//! and the cited passage. Plain Rust, no UI.
//!
//! Dataset text is escaped (see [`escape`]) so that whatever a dataset holds comes out as
//! text: it cannot open a link, an image, raw HTML, a heading or a list in the export.

use crate::analysis::Snapshot;
use crate::model::*;
use crate::my_briefing::{is_missing, DatasetBriefing, ItemKind, PinnedItem};

/// Escapes text from a dataset for inline use in Markdown: runs of whitespace (line breaks
/// included) become one space; every character with a meaning in CommonMark or GitHub
/// Markdown inline syntax is backslash-escaped; a leading character that would start a list,
/// heading or quote is escaped too.
pub fn escape(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&collapsed)
}

/// [`escape`] for one line whose whitespace is kept as it is (but leading blanks, which would
/// make a code block, are dropped).
fn escape_line(line: &str) -> String {
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // Block syntax at the start of a line: "- x", "+ x", "= x" (setext), "12. x", "3) x".
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}

/// The reader's own multi-line text (a note) as Markdown paragraphs: escaped like dataset
/// text, since an imported file may come from someone else, with its line breaks kept as hard
/// breaks and blank lines as paragraph breaks.
pub fn escape_block(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    normalised
        .split("\n\n")
        .map(|para| {
            para.lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .map(escape_line)
                .collect::<Vec<_>>()
                .join("\\\n")
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// An address as a Markdown autolink when it is a web address that can be one; escaped text
/// otherwise (so `javascript:` or an address with `>` never becomes a link).
fn link(url: &str) -> String {
    if is_web_url(url) && !url.contains(['<', '>']) {
        format!("<{url}>")
    } else {
        escape(url)
    }
}

/// Collects the citations of one document and numbers them in order of first use: the same
/// passage of the same source cited twice gets one footnote.
pub struct Footnotes<'a> {
    snap: Snapshot<'a>,
    /// Base address of the site (ending in `/`), to point at a source's record when the
    /// dataset has no address for it.
    site: Option<String>,
    notes: Vec<&'a Citation>,
}

impl<'a> Footnotes<'a> {
    pub fn new(snap: Snapshot<'a>, site: Option<&str>) -> Footnotes<'a> {
        Footnotes {
            snap,
            site: site.map(|s| {
                if s.ends_with('/') {
                    s.to_string()
                } else {
                    format!("{s}/")
                }
            }),
            notes: Vec::new(),
        }
    }

    /// Markers for the citations known in the snapshot, e.g. `[^1][^2]` (empty when none).
    pub fn cite(&mut self, cites: &'a [Citation]) -> String {
        let mut out = String::new();
        for c in self.snap.known_cites(cites) {
            let n = match self
                .notes
                .iter()
                .position(|x| x.source == c.source && x.excerpt == c.excerpt)
            {
                Some(i) => i + 1,
                None => {
                    self.notes.push(c);
                    self.notes.len()
                }
            };
            out.push_str(&format!("[^{n}]"));
        }
        out
    }

    /// Number of footnotes so far.
    pub fn len(&self) -> usize {
        self.notes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// The footnote definitions, one per line.
    pub fn render(&self) -> String {
        let store = self.snap.store;
        let mut out = String::new();
        for (i, c) in self.notes.iter().enumerate() {
            let n = i + 1;
            let Some(s) = store.source(&c.source) else {
                out.push_str(&format!(
                    "[^{n}]: Source “{}” (not in this dataset). “{}”\n",
                    escape(&c.source),
                    escape(&c.excerpt)
                ));
                continue;
            };
            let title = if s.title_is_descriptive {
                escape(&s.title)
            } else {
                format!("“{}”", escape(&s.title))
            };
            let mut line = format!(
                "[^{n}]: {}, {title}, {}",
                escape(&store.outlet_name(s)),
                escape(&s.published.human())
            );
            if !s.authors.is_empty() {
                line.push_str(&format!(", by {}", escape(&s.authors.join(", "))));
            }
            if let Some(via) = &s.via {
                line.push_str(&format!(", via {}", escape(via)));
            }
            if !line.ends_with('.') {
                line.push('.');
            }
            match (&s.url, &self.site) {
                (Some(url), _) => line.push_str(&format!(" {}.", link(url))),
                (None, Some(site)) => line.push_str(&format!(
                    " No address in the dataset; source record: {}.",
                    link(&format!("{site}sources/{}/", s.id))
                )),
                (None, None) => line.push_str(" No address in the dataset."),
            }
            line.push_str(&format!(" Cited passage: “{}”\n", escape(&c.excerpt)));
            out.push_str(&line);
        }
        out
    }
}

/// A Markdown heading at `level` (clamped to 1–6).
fn heading(level: usize, text: &str) -> String {
    format!("{} {text}\n\n", "#".repeat(level.clamp(1, 6)))
}

/// "As of 12 May 2025 — After the Geneva truce." and a warning on earlier snapshots.
fn as_of_line(snap: &Snapshot<'_>) -> String {
    let Some(b) = snap.briefing else {
        return String::new();
    };
    let mut s = format!(
        "As of **{}** — {}.",
        escape(&b.as_of.human()),
        escape(&b.title)
    );
    if !snap.is_latest() {
        s.push_str(" An earlier snapshot: what happened later is left out.");
    }
    s.push_str("\n\n");
    s
}

const ABOUT: &str = "Summaries are Counterpoint’s own words; quotes are verbatim as each outlet printed them. Exported from Counterpoint.\n";

/// The whole document: body, a rule, the note on wording, and the footnotes.
fn finish(mut body: String, notes: &Footnotes<'_>) -> String {
    body.push_str("---\n\n");
    body.push_str(ABOUT);
    if !notes.is_empty() {
        body.push('\n');
        body.push_str(&notes.render());
    }
    body
}

/// A quote on one line: `“words” — Name, role · date · venue[^n]`.
fn quote_line<'a>(snap: &Snapshot<'a>, q: &'a Quote, notes: &mut Footnotes<'a>) -> String {
    let store = snap.store;
    let who = match store.actor(&q.speaker) {
        Some(a) => format!("{}, {}", escape(&a.name), escape(&a.role)),
        None => escape(&q.speaker),
    };
    format!(
        "“{}” — {who} · {} · {}{}",
        escape(&q.text),
        escape(&q.said.human()),
        escape(&q.venue),
        notes.cite(&q.cites)
    )
}

/// The briefing as of a snapshot: bottom line, parties and negotiators, key figures (the
/// latest known value of each of `key_measures`), every known topic with its status.
pub fn briefing(snap: &Snapshot<'_>, key_measures: &[&str], site: Option<&str>) -> String {
    let store = snap.store;
    let d = &store.data;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, &escape(&d.title));
    if !d.subtitle.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&d.subtitle)));
    }
    out.push_str(&as_of_line(snap));
    if let Some(b) = snap.briefing {
        out.push_str(&heading(2, "Bottom line"));
        for (title, claims) in [
            ("What happened", &b.what_happened),
            ("Where things stand", &b.where_things_stand),
            ("What to watch", &b.what_to_watch),
        ] {
            out.push_str(&heading(3, title));
            for c in claims {
                out.push_str(&format!("- {}{}\n", escape(&c.text), notes.cite(&c.cites)));
                out.push_str(&editor_note(&c.editor_note, true));
            }
            out.push('\n');
        }
    }
    if d.parties.iter().any(|p| !p.negotiators.is_empty()) {
        out.push_str(&heading(2, "Who is at the table"));
        for p in &d.parties {
            let leads: Vec<String> = p
                .negotiators
                .iter()
                .filter_map(|id| store.actor(id))
                .map(|a| format!("{} ({})", escape(&a.name), escape(&a.role)))
                .collect();
            out.push_str(&format!("- **{}**", escape(&p.name)));
            if !leads.is_empty() {
                out.push_str(&format!(": led by {}", leads.join(", ")));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    let key: Vec<&Figure> = key_measures.iter().filter_map(|m| snap.latest(m)).collect();
    if !key.is_empty() {
        out.push_str(&heading(2, "Key figures"));
        for f in key {
            out.push_str(&format!("- {}\n", figure_line(f, &mut notes)));
            out.push_str(&editor_note(&f.editor_note, true));
        }
        out.push('\n');
    }
    let topics = snap.topics();
    out.push_str(&heading(2, &format!("{} topics", topics.len())));
    let counts: Vec<String> = snap
        .status_counts()
        .iter()
        .map(|(s, n)| format!("{} {n}", s.label()))
        .collect();
    if !counts.is_empty() {
        out.push_str(&format!("{}.\n\n", counts.join(" · ")));
    }
    for t in topics {
        let status = snap
            .status(t)
            .map(|s| format!(" — {}: {}", s.status.label(), escape(&s.label)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- **{}**{status}. {}\n",
            escape(&t.title),
            escape(&t.question)
        ));
    }
    out.push('\n');
    finish(out, &notes)
}

/// An editor's note, marked as not from the sources: a sub-item under a list item (`list`) or
/// a paragraph; empty without a note.
fn editor_note(note: &Option<String>, list: bool) -> String {
    let Some(n) = note.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
        return String::new();
    };
    let line = format!("*Editor’s note — not from the sources:* {}", escape(n));
    if list {
        format!("  - {line}\n")
    } else {
        format!("{line}\n\n")
    }
}

/// `**145%** Headline US tariff on Chinese imports · 9 April 2025 · on $34 billion[^n]`.
fn figure_line<'a>(f: &'a Figure, notes: &mut Footnotes<'a>) -> String {
    let mut s = format!(
        "**{}** {} · {}",
        escape(&f.unit.format(f.value)),
        escape(&f.label),
        escape(&f.date.human())
    );
    if let Some(scope) = &f.scope {
        s.push_str(&format!(" · {}", escape(scope)));
    }
    s.push_str(&notes.cite(&f.cites));
    if let Some(n) = &f.note {
        s.push_str(&format!(". {}", escape(n)));
    }
    s
}

/// One topic as of a snapshot (`None` when the dataset has no such topic): status and its
/// history, summary, positions point by point with their quotes, overlap and clash, analysts,
/// other quotes, events.
pub fn topic(snap: &Snapshot<'_>, id: &str, site: Option<&str>) -> Option<String> {
    let t = snap.store.topic(id)?;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, &escape(&t.title));
    out.push_str(&format!("*{}*\n\n", escape(&t.question)));
    out.push_str(&as_of_line(snap));
    out.push_str(&topic_body(snap, t, 2, &mut notes));
    Some(finish(out, &notes))
}

/// The body of a topic with its section headings at `level`.
fn topic_body<'a>(
    snap: &Snapshot<'a>,
    t: &'a Topic,
    level: usize,
    notes: &mut Footnotes<'a>,
) -> String {
    let store = snap.store;
    let mut out = String::new();
    if !snap.topic_known(t) {
        let date = snap.briefing.map(|b| b.as_of.human()).unwrap_or_default();
        out.push_str(&format!(
            "This topic had not come up in the sources by {}.\n\n",
            escape(&date)
        ));
        return out;
    }
    if let Some(s) = snap.status(t) {
        out.push_str(&format!(
            "**Status:** {} — {} (since {}){}\n\n",
            s.status.label(),
            escape(&s.label),
            escape(&s.date.human()),
            notes.cite(&s.cites)
        ));
    }
    if let Some(summary) = snap.summary(t) {
        out.push_str(&format!("{}\n\n", escape(summary)));
    }
    let history: Vec<&StatusChange> = t
        .status
        .iter()
        .filter(|s| s.date.first() <= snap.as_of && snap.cites_known(&s.cites))
        .collect();
    if history.len() > 1 {
        out.push_str(&heading(level, "How the status moved"));
        for s in history {
            out.push_str(&format!(
                "- {}: {} — {}{}\n",
                escape(&s.date.human()),
                s.status.label(),
                escape(&s.label),
                notes.cite(&s.cites)
            ));
        }
        out.push('\n');
    }
    let points = snap.points(t);
    if !points.is_empty() {
        out.push_str(&heading(level, "Positions, point by point"));
        for pt in points {
            out.push_str(&heading(
                level + 1,
                &format!("{} ({})", escape(&pt.aspect), snap.relation(pt).label()),
            ));
            for p in &store.data.parties {
                match snap.stance(pt, &p.id) {
                    None => out.push_str(&format!(
                        "- **{}**: nothing on record from this side by this date.\n",
                        escape(&p.short_name)
                    )),
                    Some(s) => {
                        out.push_str(&format!(
                            "- **{}** ({}){}: {}{}\n",
                            escape(&p.short_name),
                            escape(&s.date.human()),
                            if s.silent { ", silent" } else { "" },
                            escape(&s.text),
                            notes.cite(&s.cites)
                        ));
                        out.push_str(&editor_note(&s.editor_note, true));
                        for q in snap.quotes(&s.quotes) {
                            out.push_str(&format!("  > {}\n", quote_line(snap, q, notes)));
                        }
                    }
                }
            }
            out.push('\n');
        }
    }
    for (title, claims) in [
        ("Where they overlap", &t.overlap),
        ("Where they clash", &t.clash),
    ] {
        let known: Vec<&DatedClaim> = claims.iter().filter(|c| snap.claim_known(c)).collect();
        if known.is_empty() {
            continue;
        }
        out.push_str(&heading(level, title));
        for c in known {
            out.push_str(&format!("- {}{}\n", escape(&c.text), notes.cite(&c.cites)));
            out.push_str(&editor_note(&c.editor_note, true));
        }
        out.push('\n');
    }
    let analysis: Vec<&Analysis> = t
        .analysis
        .iter()
        .filter(|a| snap.analysis_known(a))
        .collect();
    if !analysis.is_empty() {
        out.push_str(&heading(level, "What independent analysts say"));
        for a in analysis {
            let who = store
                .actor(&a.actor)
                .map(|w| format!("**{}**, {}", escape(&w.name), escape(&w.role)))
                .unwrap_or_else(|| escape(&a.actor));
            out.push_str(&format!(
                "- {who}: {}{}\n",
                escape(&a.text),
                notes.cite(&a.cites)
            ));
            for q in snap.quotes(&a.quotes) {
                out.push_str(&format!("  > {}\n", quote_line(snap, q, notes)));
            }
        }
        out.push('\n');
    }
    let others = snap.other_quotes_on(t);
    if !others.is_empty() {
        out.push_str(&heading(level, "More on the record"));
        for q in others {
            out.push_str(&format!("> {}\n\n", quote_line(snap, q, notes)));
        }
    }
    let events: Vec<&Event> = snap
        .events()
        .into_iter()
        .filter(|e| e.topics.contains(&t.id))
        .collect();
    if !events.is_empty() {
        out.push_str(&heading(level, "Events"));
        for e in events {
            out.push_str(&format!("- {}\n", event_line(snap, e, notes)));
            out.push_str(&editor_note(&e.editor_note, true));
        }
        out.push('\n');
    }
    out
}

/// `9 April 2025 — US — Title[^n]`.
fn event_line<'a>(snap: &Snapshot<'a>, e: &'a Event, notes: &mut Footnotes<'a>) -> String {
    format!(
        "{} — {} — {}{}",
        escape(&e.date.human()),
        escape(&snap.store.side_name(&e.actor_side)),
        escape(&e.title),
        notes.cite(&e.cites)
    )
}

/// The reader's own briefing on the snapshot's dataset: their notes, then each pinned item in
/// their order with its content, citations and their note. Items the dataset no longer has
/// are listed as missing, with their notes.
pub fn my_briefing(snap: &Snapshot<'_>, mine: &DatasetBriefing, site: Option<&str>) -> String {
    let store = snap.store;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, &format!("My briefing: {}", escape(&store.data.title)));
    out.push_str(&as_of_line(snap));
    let n = mine.items.len();
    out.push_str(&format!(
        "{n} pinned item{}.\n\n",
        if n == 1 { "" } else { "s" }
    ));
    if !mine.notes.trim().is_empty() {
        out.push_str(&heading(2, "My notes"));
        out.push_str(&format!("{}\n\n", escape_block(&mine.notes)));
    }
    for (i, item) in mine.items.iter().enumerate() {
        out.push_str(&pinned_item(snap, i + 1, item, &mut notes));
        if !item.note.trim().is_empty() {
            out.push_str(&format!("**My note:** {}\n\n", escape_block(&item.note)));
        }
    }
    finish(out, &notes)
}

/// One pinned item: a numbered level-2 heading and its content.
fn pinned_item<'a>(
    snap: &Snapshot<'a>,
    number: usize,
    item: &PinnedItem,
    notes: &mut Footnotes<'a>,
) -> String {
    let store = snap.store;
    if is_missing(store, item) {
        return format!(
            "{}This {} was pinned but is missing from this dataset (it may have been renamed or removed).\n\n",
            heading(
                2,
                &format!(
                    "{number}. Missing: {} “{}”",
                    item.kind.slug(),
                    escape(&item.id)
                )
            ),
            item.kind.slug()
        );
    }
    let not_yet = |what: &str| {
        format!(
            "Not known as of {}: this {what} comes later.\n\n",
            escape(&snap.briefing.map(|b| b.as_of.human()).unwrap_or_default())
        )
    };
    match item.kind {
        ItemKind::Topic => {
            let t = store.topic(&item.id).expect("checked by is_missing");
            let mut s = heading(2, &format!("{number}. Topic: {}", escape(&t.title)));
            s.push_str(&format!("*{}*\n\n", escape(&t.question)));
            s.push_str(&topic_body(snap, t, 3, notes));
            s
        }
        ItemKind::Quote => {
            let q = store.quote(&item.id).expect("checked by is_missing");
            let who = store
                .actor(&q.speaker)
                .map(|a| a.name.clone())
                .unwrap_or_else(|| q.speaker.clone());
            let mut s = heading(2, &format!("{number}. Quote: {}", escape(&who)));
            if snap.quote_known(q) {
                s.push_str(&format!("> {}\n\n", quote_line(snap, q, notes)));
                for n in &q.notes {
                    s.push_str(&format!("*Note:* {}\n\n", escape(n)));
                }
            } else {
                s.push_str(&not_yet("quote"));
            }
            s
        }
        ItemKind::Event => {
            let e = store.event(&item.id).expect("checked by is_missing");
            let mut s = heading(2, &format!("{number}. Event: {}", escape(&e.title)));
            if snap.event_known(e) {
                s.push_str(&format!("{}\n\n", event_line(snap, e, notes)));
                s.push_str(&editor_note(&e.editor_note, false));
                if !e.summary.is_empty() {
                    s.push_str(&format!("{}\n\n", escape(&e.summary)));
                }
            } else {
                s.push_str(&not_yet("event"));
            }
            s
        }
        ItemKind::Figure => {
            let f = store.figure(&item.id).expect("checked by is_missing");
            let mut s = heading(2, &format!("{number}. Figure: {}", escape(&f.label)));
            if snap.figure_known(f) {
                s.push_str(&format!("{}\n\n", figure_line(f, notes)));
                s.push_str(&editor_note(&f.editor_note, false));
            } else {
                s.push_str(&not_yet("figure"));
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::my_briefing::MyBriefings;

    const KEY: [&str; 2] = ["us-tariff-on-china", "china-tariff-on-us"];

    /// The embedded dataset with one source given an address and one quote made hostile.
    fn hostile_store() -> Store {
        let mut d = embedded().data.clone();
        d.sources[1].url = Some("https://example.org/kyodo?a=1&b=2".into());
        let q = d
            .quotes
            .iter_mut()
            .find(|q| q.cites.iter().any(|c| c.source == d.sources[1].id))
            .expect("a quote cites the second source");
        q.text = "Click [here](javascript:alert(1)) <img src=x onerror=alert(1)> **now**".into();
        Store::new(d)
    }

    /// Footnote markers in order of appearance in the body (before the definitions).
    fn markers(md: &str) -> Vec<usize> {
        let body = md.split("\n[^1]: ").next().unwrap();
        body.match_indices("[^")
            .map(|(i, _)| {
                body[i + 2..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
                    .parse()
                    .unwrap()
            })
            .collect()
    }

    /// Footnote definitions by number.
    fn definitions(md: &str) -> Vec<(usize, String)> {
        md.lines()
            .filter_map(|l| {
                let rest = l.strip_prefix("[^")?;
                let (n, text) = rest.split_once("]: ")?;
                Some((n.parse().ok()?, text.to_string()))
            })
            .collect()
    }

    #[test]
    fn escaping_leaves_no_markup_in_dataset_text() {
        assert_eq!(
            escape("[a](javascript:x) <b>&amp; *c* _d_ `e` # f | g ~h~ ![i](j) $k$"),
            r"\[a\](javascript:x) \<b\>\&amp; \*c\* \_d\_ \`e\` \# f \| g \~h\~ \!\[i\](j) \$k\$"
        );
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("+ x"), r"\+ x");
        assert_eq!(escape("2025. A year"), r"2025\. A year");
        assert_eq!(escape("3) three"), r"3\) three");
        assert_eq!(escape("> quote\n# heading"), r"\> quote \# heading");
        assert_eq!(escape("back\\slash"), r"back\\slash");
        assert_eq!(escape("US–China, 145% — “fine”"), "US–China, 145% — “fine”");
        assert_eq!(escape("  many\n\n  spaces "), "many spaces");
        // Notes keep their lines and paragraphs, escaped.
        assert_eq!(
            escape_block("first line\n- second\r\n\n\n  [para](x)\n"),
            "first line\\\n\\- second\n\n\\[para\\](x)"
        );
        assert_eq!(escape_block(" \n "), "");
    }

    #[test]
    fn addresses_become_links_only_when_they_are_web_addresses() {
        assert_eq!(
            link("https://example.org/a?b=1"),
            "<https://example.org/a?b=1>"
        );
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(link("https://x.org/<script>"), r"https://x.org/\<script\>");
    }

    #[test]
    fn the_briefing_has_the_bottom_line_figures_and_topics_with_numbered_footnotes() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let b = snap.briefing.unwrap();
        let md = briefing(&snap, &KEY, Some("https://site.example/cp/"));
        assert!(
            md.starts_with(&format!("# {}\n\n", escape(&store.data.title))),
            "{md}"
        );
        assert!(md.contains(&format!("As of **{}**", b.as_of.human())));
        for h in [
            "## Bottom line",
            "### What happened",
            "### Where things stand",
            "### What to watch",
            "## Who is at the table",
            "## Key figures",
        ] {
            assert!(md.contains(&format!("\n{h}\n")), "missing {h}");
        }
        let first = &b.what_happened[0];
        assert!(
            md.contains(&format!("- {}[^1]", escape(&first.text))),
            "first claim has the first footnote"
        );
        assert!(md.contains(&format!(
            "**{}** ",
            snap.latest("us-tariff-on-china")
                .unwrap()
                .unit
                .format(snap.latest("us-tariff-on-china").unwrap().value)
        )));
        assert!(md.contains(&format!("## {} topics", snap.topics().len())));
        for t in snap.topics() {
            assert!(
                md.contains(&format!("- **{}**", escape(&t.title))),
                "{}",
                t.id
            );
        }
        // Footnotes: numbered 1..n in order of first use, each defined once, each used.
        let used = markers(&md);
        let defs = definitions(&md);
        assert_eq!(
            defs.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            (1..=defs.len()).collect::<Vec<_>>()
        );
        let mut first_use: Vec<usize> = Vec::new();
        for n in &used {
            if !first_use.contains(n) {
                first_use.push(*n);
            }
        }
        assert_eq!(first_use, (1..=defs.len()).collect::<Vec<_>>());
        // The first footnote gives outlet, title, date, the source record and the passage.
        let c = &first.cites[0];
        let s = store.source(&c.source).unwrap();
        let def1 = &defs[0].1;
        assert!(
            def1.starts_with(&format!("{}, ", escape(&store.outlet_name(s)))),
            "{def1}"
        );
        assert!(
            def1.contains(&escape(&s.title)) && def1.contains(&s.published.human()),
            "{def1}"
        );
        assert!(
            def1.contains(&format!("<https://site.example/cp/sources/{}/>", s.id)),
            "{def1}"
        );
        assert!(
            def1.ends_with(&format!("Cited passage: “{}”", escape(&c.excerpt))),
            "{def1}"
        );
    }

    #[test]
    fn an_earlier_snapshot_exports_only_what_was_known_then() {
        let store = embedded();
        let eve = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
        let latest = Snapshot::of_briefing(&store, None).unwrap();
        let md = briefing(&eve, &KEY, None);
        assert!(md.contains("An earlier snapshot"));
        assert!(md.contains(&eve.briefing.unwrap().title));
        assert!(!md.contains(&latest.briefing.unwrap().what_happened[0].text[..40]));
        // At the eve of Geneva the US tariff stood at 145%, and no later source is cited.
        assert!(md.contains("**145%**"));
        for (_, def) in definitions(&md) {
            assert!(
                !def.contains("Washington Times"),
                "a later source is cited: {def}"
            );
        }
        // A topic that had not come up says so.
        let unknown = store
            .data
            .topics
            .iter()
            .find(|t| !eve.topic_known(t))
            .expect("a topic comes up later");
        let t = topic(&eve, &unknown.id, None).unwrap();
        assert!(t.contains("had not come up in the sources"), "{t}");
    }

    #[test]
    fn a_topic_has_positions_quotes_and_events_with_citations() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = store.topic("tariffs").unwrap();
        let md = topic(&snap, "tariffs", None).unwrap();
        assert!(md.starts_with(&format!(
            "# {}\n\n*{}*\n\n",
            escape(&t.title),
            escape(&t.question)
        )));
        let status = snap.status(t).unwrap();
        assert!(md.contains(&format!(
            "**Status:** {} — {}",
            status.status.label(),
            escape(&status.label)
        )));
        assert!(md.contains("## Positions, point by point"));
        for pt in snap.points(t) {
            assert!(
                md.contains(&format!(
                    "### {} ({})",
                    escape(&pt.aspect),
                    snap.relation(pt).label()
                )),
                "{}",
                pt.id
            );
            for p in &store.data.parties {
                if let Some(s) = snap.stance(pt, &p.id) {
                    assert!(md.contains(&escape(&s.text)), "{} {}", pt.id, p.id);
                    for q in snap.quotes(&s.quotes) {
                        assert!(
                            md.contains(&format!("  > “{}”", escape(&q.text))),
                            "{}",
                            q.id
                        );
                    }
                }
            }
        }
        for e in snap
            .events()
            .into_iter()
            .filter(|e| e.topics.contains(&t.id))
        {
            assert!(md.contains(&escape(&e.title)), "{}", e.id);
        }
        // With no site address, a source without one says so.
        assert!(md.contains("No address in the dataset."));
        assert!(topic(&snap, "no-such-topic", None).is_none());
        let defs = definitions(&md);
        assert_eq!(*markers(&md).iter().max().unwrap(), defs.len());
    }

    #[test]
    fn hostile_dataset_text_cannot_inject_links_or_html() {
        let store = hostile_store();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let q = store
            .data
            .quotes
            .iter()
            .find(|q| q.text.starts_with("Click"))
            .unwrap();
        let mut mine = MyBriefings::default();
        mine.pin(&store.data.id, ItemKind::Quote, &q.id, "now");
        let md = my_briefing(&snap, mine.dataset(&store.data.id).unwrap(), None);
        assert!(
            md.contains(
                r"“Click \[here\](javascript:alert(1)) \<img src=x onerror=alert(1)\> \*\*now\*\*”"
            ),
            "{md}"
        );
        assert!(!md.contains("[here]("));
        assert!(md
            .match_indices("<img")
            .all(|(i, _)| md[..i].ends_with('\\')));
        // The source with an address gets it as a link, its `&` intact inside the autolink.
        assert!(md.contains("<https://example.org/kyodo?a=1&b=2>."), "{md}");
    }

    #[test]
    fn my_briefing_renders_items_in_order_with_notes_and_missing_items() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let ds = store.data.id.clone();
        let quote = snap.all_quotes()[0];
        let event = snap.events()[0];
        let figure = snap.figures()[0];
        let mut mine = MyBriefings::default();
        mine.pin(&ds, ItemKind::Figure, &figure.id, "t");
        mine.pin(&ds, ItemKind::Quote, &quote.id, "t");
        mine.pin(&ds, ItemKind::Topic, "gone-topic", "t");
        mine.pin(&ds, ItemKind::Event, &event.id, "t");
        mine.pin(&ds, ItemKind::Topic, "tariffs", "t");
        mine.set_note(&ds, ItemKind::Quote, &quote.id, "Ask about this.\n[x](y)");
        mine.set_note(&ds, ItemKind::Topic, "gone-topic", "kept anyway");
        mine.set_notes(&ds, "Overall view.");
        let md = my_briefing(&snap, mine.dataset(&ds).unwrap(), None);
        assert!(md.starts_with(&format!("# My briefing: {}", escape(&store.data.title))));
        assert!(md.contains("5 pinned items."));
        assert!(md.contains("## My notes\n\nOverall view.\n\n"));
        let pos = |s: &str| md.find(s).unwrap_or_else(|| panic!("missing {s}\n{md}"));
        let order = [
            pos(&format!("## 1. Figure: {}", escape(&figure.label))),
            pos("## 2. Quote: "),
            pos("## 3. Missing: topic “gone-topic”"),
            pos(&format!("## 4. Event: {}", escape(&event.title))),
            pos("## 5. Topic: "),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(md.contains(&format!("> “{}”", escape(&quote.text))));
        assert!(md.contains("**My note:** Ask about this.\\\n\\[x\\](y)\n\n"));
        assert!(md.contains("**My note:** kept anyway"));
        // The topic inside is a level-3 section.
        assert!(md.contains("\n### Positions, point by point\n"));
        // The quote's footnotes give its cited passages.
        let defs = definitions(&md);
        let line = md
            .lines()
            .find(|l| l.starts_with(&format!("> “{}”", escape(&quote.text))))
            .unwrap();
        let n: usize = line
            .rsplit("[^")
            .next()
            .unwrap()
            .trim_end_matches(']')
            .parse()
            .unwrap();
        let excerpt = &snap.known_cites(&quote.cites).last().unwrap().excerpt;
        assert!(
            defs[n - 1].1.ends_with(&format!("“{}”", escape(excerpt))),
            "{line}"
        );
        assert_eq!(
            markers(&md)[0],
            1,
            "the first item's first citation is footnote 1"
        );
    }
}
