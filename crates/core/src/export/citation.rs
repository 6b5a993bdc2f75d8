//! Citations as plain text, for a reader to paste into their own work: a quote with who said
//! it, when and where, and the article(s) that print it; and the reference line of one source.

use crate::analysis::Snapshot;
use crate::model::*;

/// One source as a reference: `Outlet, “Title”, 9 May 2025, https://…`. A title of our own
/// (already in brackets) is not put in quotation marks; where there is no URL, the place the
/// copy was found (`via …`) stands in for it.
pub fn source_reference(store: &Store, source: &Source) -> String {
    let mut parts = vec![store.outlet_name(source)];
    parts.push(if source.title_is_descriptive {
        source.title.clone()
    } else {
        format!("“{}”", source.title)
    });
    parts.push(source.published.human());
    match (&source.url, &source.via) {
        (Some(url), _) => parts.push(url.clone()),
        (None, Some(via)) => parts.push(format!("via {via}")),
        (None, None) => {}
    }
    parts.retain(|p| !p.is_empty());
    parts.join(", ")
}

/// The source notes that concern a quote: problems the source record notes in a passage that
/// the quote, or the excerpt cited for it, contains (or that contains the quote).
pub fn notes_on_quote<'a>(
    source: &'a Source,
    quote: &Quote,
    cite: &Citation,
) -> Vec<&'a SourceNote> {
    source
        .notes
        .iter()
        .filter(|n| {
            let ex = n.excerpt.trim();
            !ex.is_empty()
                && (quote.text.contains(ex)
                    || cite.excerpt.contains(ex)
                    || ex.contains(quote.text.trim()))
        })
        .collect()
}

/// The citation of a quote as a reader copies it, from the sources known in `snap`:
/// “quote” — Speaker, role, date said, venue. Outlet, “Title”, date, URL. Then, for each
/// problem the source record notes in the quoted passage, `Note (misspelt name): …`.
pub fn quote_citation(snap: &Snapshot<'_>, quote: &Quote) -> String {
    let store = snap.store;
    let mut who = Vec::new();
    if let Some(a) = store.actor(&quote.speaker) {
        who.push(a.name.clone());
        who.push(a.role.clone());
    }
    who.push(quote.said.human());
    who.push(quote.venue.clone());
    who.retain(|p| !p.is_empty());
    let mut text = format!("“{}” — {}.", quote.text.trim(), who.join(", "));
    let mut notes: Vec<&SourceNote> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for c in snap.known_cites(&quote.cites) {
        let Some(source) = store.source(&c.source) else {
            continue;
        };
        for n in notes_on_quote(source, quote, c) {
            if !notes.contains(&n) {
                notes.push(n);
            }
        }
        // Two excerpts of one article make one reference.
        if !seen.contains(&source.id.as_str()) {
            seen.push(&source.id);
            text.push(' ');
            text.push_str(&source_reference(store, source));
            text.push('.');
        }
    }
    for n in notes {
        text.push(' ');
        text.push_str(&note_line(n));
    }
    text
}

/// A source note as it follows a citation: `Note (misspelt name): …`, or `Note: …` for a note
/// of no particular kind.
fn note_line(n: &SourceNote) -> String {
    match n.kind {
        NoteKind::Other => format!("Note: {}", n.text.trim()),
        kind => format!("Note ({}): {}", kind.label().to_lowercase(), n.text.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str) -> Source {
        Source {
            id: id.into(),
            outlet: Some("Reuters".into()),
            outlet_description: String::new(),
            title: "Talks end".into(),
            title_is_descriptive: false,
            authors: vec![],
            published: DateSpec::must("2025-05-12"),
            date_note: String::new(),
            via: None,
            url: Some("https://example.com/talks".into()),
            language: "en".into(),
            translation: None,
            notes: vec![],
            text: None,
        }
    }

    fn cite(source: &str, excerpt: &str) -> Citation {
        Citation {
            source: source.into(),
            excerpt: excerpt.into(),
            prefix: None,
            suffix: None,
            voice: None,
            verb: None,
        }
    }

    #[test]
    fn a_reference_names_outlet_title_date_and_url_or_where_the_copy_was_found() {
        let store = embedded();
        let mut s = source("a");
        assert_eq!(
            source_reference(&store, &s),
            "Reuters, “Talks end”, 12 May 2025, https://example.com/talks"
        );
        s.url = None;
        s.via = Some("MSN".into());
        s.outlet = None;
        s.outlet_description = "US news site (not named in the copy)".into();
        s.title = "[The talks]".into();
        s.title_is_descriptive = true;
        assert_eq!(
            source_reference(&store, &s),
            "US news site (not named in the copy), [The talks], 12 May 2025, via MSN"
        );
        s.via = None;
        assert!(source_reference(&store, &s).ends_with("12 May 2025"));
    }

    #[test]
    fn a_note_says_its_kind_unless_it_has_none() {
        let note = |kind| SourceNote {
            kind,
            excerpt: "x".into(),
            text: " Spelt wrong. ".into(),
        };
        assert_eq!(
            note_line(&note(NoteKind::Misspelling)),
            "Note (misspelt name): Spelt wrong."
        );
        assert_eq!(note_line(&note(NoteKind::Other)), "Note: Spelt wrong.");
    }

    #[test]
    fn a_note_applies_when_its_passage_is_in_the_quote_or_its_excerpt() {
        let mut s = source("a");
        let note = |excerpt: &str| SourceNote {
            kind: NoteKind::Misspelling,
            excerpt: excerpt.into(),
            text: "wrong".into(),
        };
        s.notes = vec![
            note("Best said"),
            note(""),
            note("elsewhere entirely"),
            note("we agreed"),
        ];
        let q = Quote {
            id: "q".into(),
            speaker: "x".into(),
            fragment: false,
            text: "we agreed".into(),
            said: DateSpec::must("2025-05-12"),
            venue: "press conference".into(),
            topics: vec![],
            cites: vec![],
            statement: None,
            notes: vec![],
        };
        let found = notes_on_quote(&s, &q, &cite("a", "Best said we agreed"));
        let excerpts: Vec<&str> = found.iter().map(|n| n.excerpt.as_str()).collect();
        assert_eq!(excerpts, ["Best said", "we agreed"]);
    }

    #[test]
    fn every_quote_cites_its_words_speaker_date_venue_and_each_known_source() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        for q in snap.all_quotes() {
            let text = quote_citation(&snap, q);
            assert!(
                text.starts_with(&format!("“{}” — ", q.text.trim())),
                "{text}"
            );
            let speaker = store.actor(&q.speaker).unwrap();
            assert!(
                text.contains(&format!("{}, {}", speaker.name, speaker.role)),
                "{text}"
            );
            assert!(
                text.contains(&q.said.human()) && text.contains(&q.venue),
                "{text}"
            );
            for c in &q.cites {
                let s = store.source(&c.source).unwrap();
                assert!(text.contains(&source_reference(&store, s)), "{text}");
            }
        }
    }

    #[test]
    fn a_quote_in_a_passage_the_source_flags_carries_the_sources_note() {
        let store = embedded();
        let store = &*store;
        let snap = Snapshot::of_briefing(store, None).unwrap();
        // The dataset records several problems inside quoted passages.
        let flagged: Vec<(&Quote, &SourceNote)> = snap
            .all_quotes()
            .into_iter()
            .flat_map(|q| {
                q.cites.iter().flat_map(move |c| {
                    let s = store.source(&c.source).unwrap();
                    notes_on_quote(s, q, c).into_iter().map(move |n| (q, n))
                })
            })
            .collect();
        assert!(!flagged.is_empty());
        for (q, n) in flagged {
            let text = quote_citation(&snap, q);
            assert!(text.contains(&format!(". {}", note_line(n))), "{text}");
        }
    }

    #[test]
    fn an_earlier_snapshot_leaves_out_sources_published_later() {
        let mut data = embedded().dataset.clone();
        let first_day = data.briefings[0].as_of;
        let last_day = data.briefings.last().unwrap().as_of;
        assert!(first_day < last_day);
        let mut later = source("later-report");
        later.published = last_day;
        data.sources.push(later);
        let store = Store::new(data);
        let early = Snapshot::of_briefing(&store, Some(&store.dataset.briefings[0].id)).unwrap();
        let q = early.all_quotes()[0].clone();
        let mut with_later = q.clone();
        with_later.cites.push(cite("later-report", "words"));
        let reference = source_reference(&store, store.source("later-report").unwrap());
        assert!(!quote_citation(&early, &with_later).contains(&reference));
        let latest = Snapshot::of_briefing(&store, None).unwrap();
        assert!(quote_citation(&latest, &with_later).contains(&reference));
        assert_eq!(
            quote_citation(&early, &with_later),
            quote_citation(&early, &q)
        );
    }
}
