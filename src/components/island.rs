//! Islands: the interactive parts of a static page. The page is a document; each island is one
//! [`Island`] rendered inside its own root element, with its props written beside it as JSON,
//! so that the small islands binary (`src/islands.rs`) can hydrate it alone, with no app, no
//! router and no dataset around it.
//!
//! [`Island`] is the one root component of every island: it renders the component its props
//! name. One root type (not one per component) keeps the islands binary to a single copy of
//! Yew's mounting and hydration code. The full app renders the same roots, so a component is
//! written once and behaves the same in both. A root holds exactly its island: hydration
//! deletes anything else in it.
//!
//! The wrappers below place each island for the page being read: they work out its props from
//! the page (the dataset, the snapshot, the base path), which the islands binary never sees.

use crate::components::cite_control::{CopyText, CopyTextProps};
use crate::components::copy_citation::{CopyCitation, CopyCitationProps};
use crate::components::pin_button::{PinButton, PinButtonProps};
use crate::components::pinned_count::{PinnedCount, PinnedCountProps};
use crate::components::shortcuts::{Shortcuts, ShortcutsProps};
use crate::components::theme_toggle::ThemeToggle;
use crate::components::timeline_filters::{TimelineFilters, TimelineFiltersProps};
use crate::context::{use_base_path, use_page};
use crate::routes::View;
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::export::citation::quote_citation;
use counterpoint_core::my_briefing::ItemKind;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

/// The attribute naming an island's component; the islands binary looks roots up by it.
pub const ISLAND_ATTR: &str = "data-island";
/// The attribute holding an island's props (JSON of [`IslandProps`]).
pub const PROPS_ATTR: &str = "data-props";

/// Which component an island is, with its props.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IslandProps {
    Theme,
    Pin(PinButtonProps),
    PinnedCount(PinnedCountProps),
    CopyCitation(CopyCitationProps),
    Shortcuts(ShortcutsProps),
    TimelineFilters(TimelineFiltersProps),
    CopyText(CopyTextProps),
}

impl IslandProps {
    /// The root's `data-island` name.
    pub fn name(&self) -> &'static str {
        match self {
            IslandProps::Theme => "theme",
            IslandProps::Pin(_) => "pin",
            IslandProps::PinnedCount(_) => "pinned-count",
            IslandProps::CopyCitation(_) => "copy-citation",
            IslandProps::Shortcuts(_) => "shortcuts",
            IslandProps::TimelineFilters(_) => "timeline-filters",
            IslandProps::CopyText(_) => "copy-text",
        }
    }

    /// Block content (a `div` root) rather than inline (a `span` root).
    fn block(&self) -> bool {
        matches!(
            self,
            IslandProps::Shortcuts(_) | IslandProps::TimelineFilters(_)
        )
    }
}

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct IslandRootProps {
    pub island: IslandProps,
}

/// The root component of every island.
#[component]
pub fn Island(props: &IslandRootProps) -> Html {
    match &props.island {
        IslandProps::Theme => html! { <ThemeToggle /> },
        IslandProps::Pin(p) => html! { <PinButton ..p.clone() /> },
        IslandProps::PinnedCount(p) => html! { <PinnedCount ..p.clone() /> },
        IslandProps::CopyCitation(p) => html! { <CopyCitation ..p.clone() /> },
        IslandProps::Shortcuts(p) => html! { <Shortcuts ..p.clone() /> },
        IslandProps::TimelineFilters(p) => html! { <TimelineFilters ..p.clone() /> },
        IslandProps::CopyText(p) => html! { <CopyText ..p.clone() /> },
    }
}

/// `island` in its root element, props beside it. `display: contents` in the stylesheet, so
/// the root adds no box.
pub fn island(island: IslandProps) -> Html {
    let name = island.name();
    let block = island.block();
    let props = IslandRootProps { island };
    // Props are plain data (strings, ids, flags): serializing them cannot fail.
    let json = serde_json::to_string(&props).unwrap_or_default();
    let inner = html! { <Island ..props /> };
    if block {
        html! { <div class="island" data-island={name} data-props={json}>{inner}</div> }
    } else {
        html! { <span class="island" data-island={name} data-props={json}>{inner}</span> }
    }
}

#[derive(Properties, PartialEq)]
pub struct PinProps {
    pub kind: ItemKind,
    /// Id of the item in the dataset on screen.
    pub id: AttrValue,
}

/// The pin button of an item of the dataset on screen.
#[component]
pub fn Pin(props: &PinProps) -> Html {
    let page = use_page();
    island(IslandProps::Pin(PinButtonProps {
        kind: props.kind,
        id: props.id.to_string(),
        dataset: page.store().dataset.id.clone(),
    }))
}

/// How many items the reader pinned on the dataset on screen.
#[component]
pub fn PinnedCountIsland() -> Html {
    let page = use_page();
    island(IslandProps::PinnedCount(PinnedCountProps {
        dataset: page.store().dataset.id.clone(),
    }))
}

#[derive(Properties, PartialEq)]
pub struct QuoteCitationProps {
    /// Quote id.
    pub quote: AttrValue,
}

/// "Copy citation" for a quote of the page's snapshot, its citation written into the props.
#[component]
pub fn QuoteCitation(props: &QuoteCitationProps) -> Html {
    let page = use_page();
    let text = page
        .store()
        .quote(&props.quote)
        .map(|q| quote_citation(&page.snapshot(), q))
        .unwrap_or_default();
    island(IslandProps::CopyCitation(CopyCitationProps { text }))
}

/// The keyboard shortcuts of the page being read: the neighbouring topics' addresses are
/// worked out here, so the island needs no dataset.
#[component]
pub fn PageShortcuts() -> Html {
    let page = use_page();
    let base = use_base_path();
    let href = |step: isize| -> Option<String> {
        let View::Topic(id) = &page.view else {
            return None;
        };
        let snap = Snapshot::of_briefing(page.store(), page.briefing.as_deref())?;
        let topics = snap.topics();
        let i = topics.iter().position(|t| &t.id == id)? as isize + step;
        let next = topics.get(usize::try_from(i).ok()?)?;
        Some(format!(
            "{base}{}",
            page.route(View::Topic(next.id.clone())).to_path()
        ))
    };
    island(IslandProps::Shortcuts(ShortcutsProps {
        prev: href(-1),
        next: href(1),
    }))
}

/// The theme toggle.
#[component]
pub fn ThemeIsland() -> Html {
    island(IslandProps::Theme)
}

/// The timeline's filters: on the static page, the island filters the prerendered rows.
pub fn timeline_filters(props: TimelineFiltersProps) -> Html {
    island(IslandProps::TimelineFilters(props))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::timeline_filters::SideOption;

    /// The serialized form is what built pages hold and what the islands binary and the e2e
    /// tests read: each kind's `data-island` name and `data-props` JSON, pinned byte for byte.
    #[test]
    fn each_island_kind_keeps_its_name_and_json() {
        let cases = [
            (IslandProps::Theme, "theme", false, r#"{"island":"theme"}"#),
            (
                IslandProps::Pin(PinButtonProps {
                    kind: ItemKind::Quote,
                    id: "q1".into(),
                    dataset: "d".into(),
                }),
                "pin",
                false,
                r#"{"island":{"pin":{"kind":"quote","id":"q1","dataset":"d"}}}"#,
            ),
            (
                IslandProps::PinnedCount(PinnedCountProps {
                    dataset: "d".into(),
                }),
                "pinned-count",
                false,
                r#"{"island":{"pinned-count":{"dataset":"d"}}}"#,
            ),
            (
                IslandProps::CopyCitation(CopyCitationProps {
                    text: "A \"b\" <c> & d".into(),
                }),
                "copy-citation",
                false,
                r#"{"island":{"copy-citation":{"text":"A \"b\" <c> & d"}}}"#,
            ),
            (
                IslandProps::Shortcuts(ShortcutsProps {
                    prev: None,
                    next: Some("/topics/t2/".into()),
                }),
                "shortcuts",
                true,
                r#"{"island":{"shortcuts":{"prev":null,"next":"/topics/t2/"}}}"#,
            ),
            (
                IslandProps::TimelineFilters(TimelineFiltersProps {
                    sides: vec![SideOption {
                        id: None,
                        label: "All".into(),
                    }],
                    topics: vec![("t1".into(), "Tariffs".into())],
                    side: Some("us".into()),
                    topic: None,
                    total: 3,
                    on_change: None,
                }),
                "timeline-filters",
                true,
                r#"{"island":{"timeline-filters":{"sides":[{"id":null,"label":"All"}],"topics":[["t1","Tariffs"]],"side":"us","topic":null,"total":3}}}"#,
            ),
            (
                IslandProps::CopyText(CopyTextProps {
                    target: "bib".into(),
                    label: "Copy BibTeX".into(),
                }),
                "copy-text",
                false,
                r#"{"island":{"copy-text":{"target":"bib","label":"Copy BibTeX"}}}"#,
            ),
        ];
        for (island, name, block, json) in cases {
            assert_eq!(island.name(), name);
            assert_eq!(island.block(), block, "{name}");
            let props = IslandRootProps { island };
            assert_eq!(serde_json::to_string(&props).unwrap(), json);
            let back: IslandRootProps = serde_json::from_str(json).unwrap();
            assert!(back == props, "{name} reads back");
        }
    }
}
