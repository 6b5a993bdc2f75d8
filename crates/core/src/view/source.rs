//! The Source page's view model: one article's metadata and quality notes, and every place
//! the dataset cites it, grouped by kind.
//!
//! The page quotes the cited passages of its own source and shows no `[n]` markers: no notes.

use crate::analysis::cited_places::{cited_from, PlaceKind};
use crate::analysis::Snapshot;
use crate::model::*;
use crate::texts::passage_link;

/// One place that cites the source.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedPlace<'a> {
    /// Our text at that place.
    pub text: &'a str,
    /// The passage it cites.
    pub excerpt: &'a str,
    /// The original opened at the passage (a Text Fragment link), when the source has a web
    /// address.
    pub passage_url: Option<String>,
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
        let web_url = source.url.as_deref().filter(|u| is_web_url(u));
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
                        passage_url: web_url.map(|u| passage_link(u, p.citation)),
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
            web_url,
            groups,
            citations: places.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_with_a_web_address_links_each_passage_with_a_text_fragment() {
        let store = Store::from_json(include_str!("../../../../data/examples/us-japan-2019.json"))
            .expect("the example is valid");
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let s = store
            .dataset
            .sources
            .iter()
            .find(|s| s.url.is_some())
            .expect("the example has linked sources");
        let view = SourceView::new(snap, &s.id).unwrap();
        let place = &view.groups[0].places[0];
        let url = place.passage_url.as_deref().expect("a passage link");
        assert!(url.starts_with(s.url.as_deref().unwrap()), "{url}");
        assert!(url.contains("#:~:text="), "{url}");
        // The built-in dataset's sources have no address: no links.
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let view = SourceView::new(snap, &store.dataset.sources[0].id).unwrap();
        assert!(view
            .groups
            .iter()
            .all(|g| g.places.iter().all(|p| p.passage_url.is_none())));
    }

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
    }
}
