//! Markdown exports: the briefing, one topic, the commitments ledger, who raised what, the
//! numbers that disagree, and the reader's own briefing, each rendered
//! from the page's view model (so it says what the page shows, as of its snapshot), with every citation as a numbered footnote giving outlet, title, date, address
//! and the cited passage. Plain Rust, no UI.
//!
//! Dataset text is escaped (see [`escape`]) so that whatever a dataset holds comes out as
//! text: it cannot open a link, an image, raw HTML, a heading or a list in the export.

use crate::analysis::raised::{Raised, VoiceItem};
use crate::analysis::Snapshot;
use crate::model::*;
use crate::view::commitments::CommitmentsView;
use crate::view::my_briefing::{PinnedContent, PinnedEntry};
use crate::view::numbers::NumbersView;
use crate::view::raised::RaisedView;
use crate::view::topic::{PointView, QuoteView};
use crate::view::{HomeView, MyBriefingView, TopicView};

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
    /// No footnotes yet, for a document as of `snap` on the site at `site`, if known.
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

    /// No footnotes so far?
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
fn quote_line<'a>(q: &QuoteView<'a>, notes: &mut Footnotes<'a>) -> String {
    let who = match q.speaker {
        Some(a) => format!("{}, {}", escape(&a.name), escape(&a.role)),
        None => escape(&q.quote.speaker),
    };
    format!(
        "“{}” — {who} · {} · {}{}",
        escape(&q.quote.text),
        escape(&q.quote.said.human()),
        escape(&q.quote.venue),
        notes.cite(&q.quote.cites)
    )
}

/// The briefing page as Markdown: bottom line, parties and negotiators, key figures, every
/// known topic with its status.
pub fn briefing(view: &HomeView<'_>, site: Option<&str>) -> String {
    let snap = &view.snap;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, &escape(view.title));
    if !view.subtitle.is_empty() {
        out.push_str(&format!("{}\n\n", escape(view.subtitle)));
    }
    out.push_str(&as_of_line(snap));
    if !view.bottom_line.is_empty() {
        out.push_str(&heading(2, "Bottom line"));
        for part in &view.bottom_line {
            out.push_str(&heading(3, part.title));
            for c in part.claims {
                out.push_str(&format!("- {}{}\n", escape(&c.text), notes.cite(&c.cites)));
                out.push_str(&editor_note(&c.editor_note, true));
            }
            out.push('\n');
        }
    }
    if !view.teams.is_empty() {
        out.push_str(&heading(2, "Who is at the table"));
        for team in &view.teams {
            let leads: Vec<String> = team
                .negotiators
                .iter()
                .map(|a| format!("{} ({})", escape(&a.name), escape(&a.role)))
                .collect();
            out.push_str(&format!("- **{}**", escape(&team.party.name)));
            if leads.is_empty() {
                out.push_str(": no lead named in the sources");
            } else {
                out.push_str(&format!(": led by {}", leads.join(", ")));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if !view.key_figures.is_empty() {
        out.push_str(&heading(2, "Key figures"));
        for f in &view.key_figures {
            out.push_str(&format!("- {}\n", figure_line(f, &mut notes)));
            out.push_str(&editor_note(&f.editor_note, true));
        }
        out.push('\n');
    }
    out.push_str(&heading(
        2,
        &if view.topics.len() == 1 {
            "1 topic".to_string()
        } else {
            format!("{} topics", view.topics.len())
        },
    ));
    let counts: Vec<String> = view
        .status_counts
        .iter()
        .map(|(s, n)| format!("{} {n}", s.label()))
        .collect();
    if !counts.is_empty() {
        out.push_str(&format!("{}.\n\n", counts.join(" · ")));
    }
    for card in &view.topics {
        let status = card
            .status
            .map(|s| format!(" — {}: {}", s.status.label(), escape(&s.label)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- **{}**{status}. {}\n",
            escape(&card.topic.title),
            escape(&card.topic.question)
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
        escape(&f.formatted()),
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

/// The topic page as Markdown: status and its history, summary, positions point by point with
/// their quotes, overlap and clash, analysts, other quotes, events.
pub fn topic(view: &TopicView<'_>, site: Option<&str>) -> String {
    let snap = &view.snap;
    let t = view.topic;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, &escape(&t.title));
    out.push_str(&format!("*{}*\n\n", escape(&t.question)));
    out.push_str(&as_of_line(snap));
    if !view.known {
        out.push_str(&not_come_up(snap));
        return finish(out, &notes);
    }
    out.push_str(&status_and_summary(view.status, view.summary, &mut notes));
    let level = 2;
    if !view.history.is_empty() {
        out.push_str(&heading(level, "How the status moved"));
        for s in &view.history {
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
    out.push_str(&positions(&view.points, level, &mut notes));
    for (title, claims) in [
        ("Where they overlap", &view.overlap),
        ("Where they clash", &view.clash),
    ] {
        if claims.is_empty() {
            continue;
        }
        out.push_str(&heading(level, title));
        for c in claims {
            out.push_str(&format!("- {}{}\n", escape(&c.text), notes.cite(&c.cites)));
            out.push_str(&editor_note(&c.editor_note, true));
        }
        out.push('\n');
    }
    if !view.analysis.is_empty() {
        out.push_str(&heading(level, "What independent analysts say"));
        for a in &view.analysis {
            let who = a
                .analyst
                .map(|w| format!("**{}**, {}", escape(&w.name), escape(&w.role)))
                .unwrap_or_else(|| escape(&a.analysis.actor));
            out.push_str(&format!(
                "- {who}: {}{}\n",
                escape(&a.analysis.text),
                notes.cite(&a.analysis.cites)
            ));
            for q in &a.quotes {
                out.push_str(&format!("  > {}\n", quote_line(q, &mut notes)));
            }
        }
        out.push('\n');
    }
    if !view.other_quotes.is_empty() {
        out.push_str(&heading(level, "More on the record"));
        for q in &view.other_quotes {
            out.push_str(&format!("> {}\n\n", quote_line(q, &mut notes)));
        }
    }
    if !view.events.is_empty() {
        out.push_str(&heading(level, "Events"));
        for e in &view.events {
            out.push_str(&format!("- {}\n", event_line(snap.store, e, &mut notes)));
            out.push_str(&editor_note(&e.editor_note, true));
        }
        out.push('\n');
    }
    finish(out, &notes)
}

/// "This topic had not come up in the sources by …".
fn not_come_up(snap: &Snapshot<'_>) -> String {
    let date = snap.briefing.map(|b| b.as_of.human()).unwrap_or_default();
    format!(
        "This topic had not come up in the sources by {}.\n\n",
        escape(&date)
    )
}

/// The status line and the summary of a topic.
fn status_and_summary<'a>(
    status: Option<&'a StatusChange>,
    summary: Option<&str>,
    notes: &mut Footnotes<'a>,
) -> String {
    let mut out = String::new();
    if let Some(s) = status {
        out.push_str(&format!(
            "**Status:** {} — {} (since {}){}\n\n",
            s.status.label(),
            escape(&s.label),
            escape(&s.date.human()),
            notes.cite(&s.cites)
        ));
    }
    if let Some(summary) = summary {
        out.push_str(&format!("{}\n\n", escape(summary)));
    }
    out
}

/// "Positions, point by point" with its heading at `level`: each party's stance and quotes.
fn positions<'a>(points: &[PointView<'a>], level: usize, notes: &mut Footnotes<'a>) -> String {
    let mut out = String::new();
    if points.is_empty() {
        return out;
    }
    out.push_str(&heading(level, "Positions, point by point"));
    for pt in points {
        out.push_str(&heading(
            level + 1,
            &format!("{} ({})", escape(&pt.point.aspect), pt.relation.label()),
        ));
        for ps in &pt.stances {
            let party = escape(&ps.party.short_name);
            match ps.stance {
                None => out.push_str(&format!(
                    "- **{party}**: nothing on record from this side by this date.\n"
                )),
                Some(s) => {
                    out.push_str(&format!(
                        "- **{party}** ({}){}: {}{}\n",
                        escape(&s.date.human()),
                        if s.silent { ", silent" } else { "" },
                        escape(&s.text),
                        notes.cite(&s.cites)
                    ));
                    out.push_str(&editor_note(&s.editor_note, true));
                    for q in &ps.quotes {
                        out.push_str(&format!("  > {}\n", quote_line(q, notes)));
                    }
                }
            }
        }
        out.push('\n');
    }
    out
}

/// `9 April 2025 — US — Title[^n]`.
fn event_line<'a>(store: &Store, e: &'a Event, notes: &mut Footnotes<'a>) -> String {
    format!(
        "{} — {} — {}{}",
        escape(&e.date.human()),
        escape(&store.side_name(&e.actor_side)),
        escape(&e.title),
        notes.cite(&e.cites)
    )
}

/// My briefing as Markdown: the reader's notes, then each pinned item in their order as the
/// page shows it, with its citations and their note. Items the dataset no longer has are
/// listed as missing, with their notes.
pub fn my_briefing(view: &MyBriefingView<'_>, site: Option<&str>) -> String {
    let snap = &view.snap;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(
        1,
        &format!("My briefing: {}", escape(&snap.store.dataset.title)),
    );
    out.push_str(&as_of_line(snap));
    let n = view.items.len();
    out.push_str(&format!(
        "{n} pinned item{}.\n\n",
        if n == 1 { "" } else { "s" }
    ));
    if !view.notes.trim().is_empty() {
        out.push_str(&heading(2, "My notes"));
        out.push_str(&format!("{}\n\n", escape_block(view.notes)));
    }
    for (i, entry) in view.items.iter().enumerate() {
        out.push_str(&pinned_item(snap, i + 1, entry, &mut notes));
        if !entry.item.note.trim().is_empty() {
            out.push_str(&format!(
                "**My note:** {}\n\n",
                escape_block(&entry.item.note)
            ));
        }
    }
    finish(out, &notes)
}

/// One pinned item: a numbered level-2 heading and its content.
fn pinned_item<'a>(
    snap: &Snapshot<'a>,
    number: usize,
    entry: &PinnedEntry<'a>,
    notes: &mut Footnotes<'a>,
) -> String {
    let item = entry.item;
    let not_yet = |what: &str| {
        format!(
            "Not known as of {}: this {what} comes later.\n\n",
            escape(&snap.briefing.map(|b| b.as_of.human()).unwrap_or_default())
        )
    };
    match &entry.content {
        PinnedContent::Missing => format!(
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
        ),
        PinnedContent::Topic(t) => {
            let mut s = heading(2, &format!("{number}. Topic: {}", escape(&t.topic.title)));
            s.push_str(&format!("*{}*\n\n", escape(&t.topic.question)));
            if t.known {
                s.push_str(&status_and_summary(t.status, t.summary, notes));
                s.push_str(&positions(&t.points, 3, notes));
            } else {
                s.push_str(&not_come_up(snap));
            }
            s
        }
        PinnedContent::Quote { quote, known, .. } => {
            let who = quote
                .speaker
                .map(|a| a.name.clone())
                .unwrap_or_else(|| quote.quote.speaker.clone());
            let mut s = heading(2, &format!("{number}. Quote: {}", escape(&who)));
            if *known {
                s.push_str(&format!("> {}\n\n", quote_line(quote, notes)));
                for n in &quote.quote.notes {
                    s.push_str(&format!("*Note:* {}\n\n", escape(n)));
                }
            } else {
                s.push_str(&not_yet("quote"));
            }
            s
        }
        PinnedContent::Event { event: e, known } => {
            let mut s = heading(2, &format!("{number}. Event: {}", escape(&e.title)));
            if *known {
                s.push_str(&format!("{}\n\n", event_line(snap.store, e, notes)));
                s.push_str(&editor_note(&e.editor_note, false));
                if !e.summary.is_empty() {
                    s.push_str(&format!("{}\n\n", escape(&e.summary)));
                }
            } else {
                s.push_str(&not_yet("event"));
            }
            s
        }
        PinnedContent::Figure { figure: f, known } => {
            let mut s = heading(2, &format!("{number}. Figure: {}", escape(&f.label)));
            if *known {
                s.push_str(&format!("{}\n\n", figure_line(f, notes)));
                s.push_str(&editor_note(&f.editor_note, false));
            } else {
                s.push_str(&not_yet("figure"));
            }
            s
        }
    }
}

/// The commitments ledger as Markdown: one item per commitment with who, kind, the words,
/// when said, the deadline, the status as of the snapshot (dated and cited) and the time left.
pub fn commitments(view: &CommitmentsView<'_>, site: Option<&str>) -> String {
    let snap = &view.snap;
    let store = snap.store;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, "Commitments and predictions");
    out.push_str(&as_of_line(snap));
    if view.rows.is_empty() {
        out.push_str("No commitment is known yet in this snapshot.\n\n");
    }
    for r in &view.rows {
        let c = r.commitment;
        let who = match r.actor {
            Some(a) => format!(
                "{} ({}, {})",
                escape(&a.name),
                escape(&a.role),
                escape(&store.side_name(r.side))
            ),
            None => escape(&c.actor),
        };
        out.push_str(&format!(
            "- **{who}** · {} · said {}: {}{}\n",
            c.kind.label(),
            escape(&c.said.human()),
            escape(&c.text),
            notes.cite(&c.cites)
        ));
        if let Some(q) = r.quote {
            out.push_str(&format!(
                "  - Words: “{}”{}\n",
                escape(&q.text),
                notes.cite(&q.cites)
            ));
        } else if let Some(w) = r.words {
            out.push_str(&format!(
                "  - Words (the report’s): “{}”\n",
                escape(&w.excerpt)
            ));
        }
        let deadline = match (&c.deadline, &c.deadline_words) {
            (Some(d), Some(w)) => format!("{} (“{}”)", escape(&d.human()), escape(w)),
            (Some(d), None) => escape(&d.human()),
            (None, Some(w)) => format!("none given (“{}”)", escape(w)),
            (None, None) => "none given".into(),
        };
        out.push_str(&format!("  - Deadline: {deadline}\n"));
        let mut status = format!("  - Status: **{}**", r.status.label());
        if let Some(s) = r.current {
            status.push_str(&format!(" since {}", escape(&s.date.human())));
            if !s.label.is_empty() {
                status.push_str(&format!(" — {}", escape(&s.label)));
            }
            status.push_str(&notes.cite(&s.cites));
        }
        if let Some(t) = r.time_left {
            status.push_str(&format!(" · time left: {}", t.describe()));
        }
        out.push_str(&status);
        out.push('\n');
        out.push_str(&editor_note(&c.editor_note, true));
    }
    out.push('\n');
    finish(out, &notes)
}

/// Who raised what as Markdown: a table of topics × parties, then each source's voices.
pub fn raised(view: &RaisedView<'_>, site: Option<&str>) -> String {
    let snap = &view.snap;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, "Who raised what");
    out.push_str(&as_of_line(snap));
    out.push_str("Derived from whose voices speak in each topic’s quotes, positions, analyses and commitments.\n\n");
    let mut head = String::from("| Topic |");
    let mut rule = String::from("| --- |");
    for p in view.parties {
        head.push_str(&format!(" {} |", escape(&p.short_name)));
        rule.push_str(" --- |");
    }
    head.push_str(" Analysts and others |\n");
    rule.push_str(" --- |\n");
    out.push_str(&head);
    out.push_str(&rule);
    for r in &view.rows {
        let mut line = format!("| {} |", escape(&r.topic.title));
        for (raised, voices) in &r.parties {
            let mut cell = raised.label().to_string();
            if *raised == Raised::OwnVoice {
                let mut names: Vec<&str> = Vec::new();
                for v in voices {
                    if let Some(a) = v.actor {
                        if !names.contains(&a.name.as_str()) {
                            names.push(&a.name);
                        }
                    }
                }
                cell.push_str(&format!(": {}", escape(&names.join(", "))));
                if let Some(VoiceItem::Quote(q)) = voices.first().map(|v| v.item) {
                    cell.push_str(&notes.cite(&q.cites));
                }
            }
            line.push_str(&format!(" {cell} |"));
        }
        let mut names: Vec<&str> = Vec::new();
        for v in &r.independent {
            if let Some(a) = v.actor {
                if !names.contains(&a.name.as_str()) {
                    names.push(&a.name);
                }
            }
        }
        line.push_str(&format!(
            " {} |\n",
            if names.is_empty() {
                "–".to_string()
            } else {
                escape(&names.join(", "))
            }
        ));
        out.push_str(&line);
    }
    out.push('\n');
    out.push_str(&heading(2, "Whose voices each source carries"));
    for s in &view.sources {
        let parties: Vec<String> = view
            .parties
            .iter()
            .zip(&s.parties)
            .map(|(p, n)| format!("{} quotes {n}", escape(&p.short_name)))
            .collect();
        out.push_str(&format!(
            "- {}: {}; independent quotes {}; the outlet’s own cited passages {}\n",
            escape(&snap.store.outlet_name(s.source)),
            parties.join("; "),
            s.independent,
            s.outlet
        ));
    }
    out.push('\n');
    finish(out, &notes)
}

/// The numbers that disagree as Markdown: each group with its figures, what each measures,
/// who gives it, whether the sources reconcile them, and our note.
pub fn numbers(view: &NumbersView<'_>, site: Option<&str>) -> String {
    let snap = &view.snap;
    let mut notes = Footnotes::new(*snap, site);
    let mut out = heading(1, "Numbers that disagree");
    out.push_str(&as_of_line(snap));
    for g in &view.groups {
        out.push_str(&heading(2, &escape(&g.group.quantity)));
        out.push_str(if g.group.reconciled {
            "Reconciled by the sources.\n\n"
        } else {
            "Not reconciled by the sources.\n\n"
        });
        for f in &g.figures {
            let who = match f.given_by {
                Some(a) => format!(
                    "{}, as printed by {}",
                    escape(&a.name),
                    escape(&f.outlets.join(", "))
                ),
                None => format!(
                    "{} (the outlet’s own reporting)",
                    escape(&f.outlets.join(", "))
                ),
            };
            out.push_str(&format!(
                "- **{}** · {} · {}: {} — {who}{}\n",
                escape(&f.figure.formatted()),
                escape(&f.figure.label),
                escape(&f.figure.date.human()),
                escape(&f.entry.basis),
                notes.cite(&f.figure.cites)
            ));
        }
        out.push_str(&format!(
            "\nHow they relate: {}{}\n\n",
            escape(&g.group.note),
            notes.cite(&g.group.cites)
        ));
        out.push_str(&editor_note(&g.group.editor_note, false));
    }
    finish(out, &notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::my_briefing::{ItemKind, MyBriefings};

    fn topic_md(snap: &Snapshot<'_>, id: &str, site: Option<&str>) -> Option<String> {
        TopicView::new(*snap, id).map(|v| topic(&v, site))
    }

    /// The embedded dataset with one source given an address and one quote made hostile.
    fn hostile_store() -> Store {
        let mut d = embedded().dataset.clone();
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
        let md = briefing(&HomeView::new(snap), Some("https://site.example/cp/"));
        assert!(
            md.starts_with(&format!("# {}\n\n", escape(&store.dataset.title))),
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
        let md = briefing(&HomeView::new(eve), None);
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
            .dataset
            .topics
            .iter()
            .find(|t| !eve.topic_known(t))
            .expect("a topic comes up later");
        let t = topic_md(&eve, &unknown.id, None).unwrap();
        assert!(t.contains("had not come up in the sources"), "{t}");
    }

    #[test]
    fn a_topic_has_positions_quotes_and_events_with_citations() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let t = store.topic("tariffs").unwrap();
        let md = topic_md(&snap, "tariffs", None).unwrap();
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
            for p in &store.dataset.parties {
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
        assert!(topic_md(&snap, "no-such-topic", None).is_none());
        let defs = definitions(&md);
        assert_eq!(*markers(&md).iter().max().unwrap(), defs.len());
    }

    #[test]
    fn hostile_dataset_text_cannot_inject_links_or_html() {
        let store = hostile_store();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let q = store
            .dataset
            .quotes
            .iter()
            .find(|q| q.text.starts_with("Click"))
            .unwrap();
        let mut mine = MyBriefings::default();
        mine.pin(&store.dataset.id, ItemKind::Quote, &q.id, "now");
        let md = my_briefing(
            &MyBriefingView::new(snap, mine.dataset(&store.dataset.id).unwrap()),
            None,
        );
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
        let ds = store.dataset.id.clone();
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
        let md = my_briefing(&MyBriefingView::new(snap, mine.dataset(&ds).unwrap()), None);
        assert!(md.starts_with(&format!("# My briefing: {}", escape(&store.dataset.title))));
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

    /// The (source, passage) pairs that a document's footnotes name, in footnote order.
    fn footnoted(store: &Store, md: &str) -> Vec<(String, String)> {
        definitions(md)
            .into_iter()
            .map(|(n, def)| {
                let s = store
                    .dataset
                    .sources
                    .iter()
                    .find(|s| {
                        def.starts_with(&format!("{}, ", escape(&store.outlet_name(s))))
                            && def.contains(&escape(&s.title))
                            && def.contains(&escape(&s.published.human()))
                    })
                    .unwrap_or_else(|| panic!("footnote {n} names no source: {def}"));
                let passage = def
                    .rsplit_once("Cited passage: “")
                    .and_then(|(_, p)| p.strip_suffix('”'))
                    .unwrap_or_else(|| panic!("footnote {n} has no passage: {def}"));
                (s.id.clone(), passage.to_string())
            })
            .collect()
    }

    /// The (source, passage) pairs of a page's notes, escaped as footnotes print them.
    fn noted(notes: &[crate::view::CitedSource<'_>]) -> Vec<(String, String)> {
        notes
            .iter()
            .flat_map(|n| n.excerpts.iter().map(|e| (n.source.id.clone(), escape(e))))
            .collect()
    }

    fn same(mut a: Vec<(String, String)>, mut b: Vec<(String, String)>, what: &str) {
        a.sort();
        b.sort();
        assert_eq!(a, b, "{what}");
    }

    #[test]
    fn footnotes_name_exactly_the_sources_of_the_printed_notes() {
        for store in crate::view::tests::stores() {
            let items = crate::view::tests::pin_everything(&store);
            for snap in crate::view::tests::snapshots(&store) {
                let at = snap.briefing.unwrap().id.clone();
                let home = HomeView::new(snap);
                let md = briefing(&home, None);
                same(
                    footnoted(&store, &md),
                    noted(&home.notes()),
                    &format!("briefing {at}"),
                );
                for t in &store.dataset.topics {
                    let view = TopicView::new(snap, &t.id).unwrap();
                    let md = topic(&view, None);
                    same(
                        footnoted(&store, &md),
                        noted(&view.notes()),
                        &format!("topic {} at {at}", t.id),
                    );
                }
                let mine = MyBriefingView::of_items(snap, &items, "");
                let md = my_briefing(&mine, None);
                same(
                    footnoted(&store, &md),
                    noted(&mine.notes()),
                    &format!("my briefing at {at}"),
                );
            }
        }
    }

    #[test]
    fn the_new_pages_export_with_their_footnotes() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let md = commitments(&CommitmentsView::new(snap), None);
        assert!(md.starts_with("# Commitments and predictions"));
        assert!(
            md.contains("Deadline: early July 2025 (“until early July”)"),
            "{md}"
        );
        assert!(md.contains("Status: **Missed** since 2021"), "{md}");
        assert!(md.contains("[^1]: "));
        let first = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let md = commitments(&CommitmentsView::new(first), None);
        assert!(md.contains("time left: 53–62 days left"), "{md}");
        assert!(!md.contains("Geneva truce"), "{md}");
        let md = raised(&RaisedView::new(snap), None);
        assert!(
            md.contains("| Topic | US | China | Analysts and others |"),
            "{md}"
        );
        let md = numbers(&NumbersView::new(snap), None);
        assert!(md.contains("Not reconciled by the sources."), "{md}");
        assert!(md.contains("Donald Trump, as printed by"), "{md}");
    }
}
