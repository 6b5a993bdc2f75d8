//! The Source page's view model: one article's metadata and quality notes, and every place
//! the dataset cites it, grouped by kind.
//!
//! The page quotes the cited passages of its own source and shows no `[n]` markers: no notes.

use crate::analysis::cited_places::{cited_from, PlaceKind};
use crate::analysis::Snapshot;
use crate::model::*;

/// One place that cites the source.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedPlace<'a> {
    /// Our text at that place.
    pub text: &'a str,
    /// The passage it cites.
    pub excerpt: &'a str,
    /// Whose voice the passage carries, with the source's verb ([`super::voice_label`]).
    pub voice: Option<String>,
    /// The topic page it links to; `None`: the briefing.
    pub topic: Option<&'a str>,
    /// The link's label: the topic's title, or "Briefing".
    pub label: String,
}

/// The places of one kind.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedGroup<'a> {
    /// The kind of place (status, stance, quote…).
    pub kind: PlaceKind,
    /// The places, in dataset order.
    pub places: Vec<CitedPlace<'a>>,
}

/// Everything the Source page shows.
pub struct SourceView<'a> {
    /// The source.
    pub source: &'a Source,
    /// Its marker number.
    pub number: usize,
    /// Its outlet's name.
    pub outlet: String,
    /// Its link, when it is a web address (others are not links).
    pub web_url: Option<&'a str>,
    /// Every place citing it, by kind in [`PlaceKind`] order.
    pub groups: Vec<CitedGroup<'a>>,
    /// How many places cite it.
    pub citations: usize,
}

impl<'a> SourceView<'a> {
    /// The page of source `id`, `None` when the dataset has no such source.
    pub fn new(snap: Snapshot<'a>, id: &str) -> Option<Self> {
        let store = snap.store;
        let source = store.source(id)?;
        let places = cited_from(&store.dataset, &source.id);
        let mut kinds: Vec<PlaceKind> = places.iter().map(|p| p.kind).collect();
        kinds.sort();
        kinds.dedup();
        let groups = kinds
            .into_iter()
            .map(|kind| CitedGroup {
                kind,
                places: places
                    .iter()
                    .filter(|p| p.kind == kind)
                    .map(|p| CitedPlace {
                        text: p.text,
                        excerpt: &p.citation.excerpt,
                        voice: super::voice_label(store, p.citation),
                        topic: match p.kind {
                            PlaceKind::Briefing | PlaceKind::Actor => None,
                            _ => p.topic,
                        },
                        label: match p.topic.and_then(|t| store.topic(t)) {
                            Some(t) => t.title.clone(),
                            None => "Briefing".to_string(),
                        },
                    })
                    .collect(),
            })
            .collect();
        Some(SourceView {
            source,
            number: store.source_number(&source.id),
            outlet: store.outlet_name(source),
            web_url: source.url.as_deref().filter(|u| is_web_url(u)),
            groups,
            citations: places.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_lists_every_place_citing_it() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let s = &store.dataset.sources[0];
        let view = SourceView::new(snap, &s.id).unwrap();
        assert_eq!(view.number, 1);
        let listed: usize = view.groups.iter().map(|g| g.places.len()).sum();
        assert_eq!(listed, view.citations);
        assert_eq!(view.citations, cited_from(&store.dataset, &s.id).len());
        assert!(view.groups.windows(2).all(|w| w[0].kind < w[1].kind));
        assert!(SourceView::new(snap, "no-such-source").is_none());
        // Each place says whose voice its passage carries.
        let wt = SourceView::new(snap, "washington-times-2025-06-04").unwrap();
        let voice_of = |start: &str| {
            wt.groups
                .iter()
                .flat_map(|g| &g.places)
                .find(|p| p.excerpt.starts_with(start))
                .and_then(|p| p.voice.clone())
        };
        assert_eq!(
            voice_of("Mr. Trump, meanwhile, felt").as_deref(),
            Some("Donald Trump, felt")
        );
        assert_eq!(
            voice_of("with a laser focus").as_deref(),
            Some("The outlet's own reading")
        );
    }
}
