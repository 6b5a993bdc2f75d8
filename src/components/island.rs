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
//! The islands are declared once, in the table given to [`island_table!`]: a new island is one
//! line there (its props, its `data-island` name, its root element, its component).
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
/// Set on a root once its island is hydrated and its effects ran (its state read from
/// storage, its listeners installed): the page's start script (index.html) then replays the
/// press it held for that island.
pub const HYDRATED_ATTR: &str = "data-hydrated";

/// Writes [`IslandProps`] from the table below, with its names, its root elements and the
/// [`Island`] component that renders each kind.
///
/// `no_props`: islands without props, as `Variant: "name", root => Component;`. `props`: the
/// others, as `Variant(Props): "name", root => Component;`, the component taking `Props`.
/// `"name"` is both the root's `data-island` and the variant's tag in `data-props`; `root` is
/// `inline` (a `span` root) or `block` (a `div` root, for block content).
macro_rules! island_table {
    (
        no_props { $( $(#[$udoc:meta])* $unit:ident : $uname:literal, $ulayout:ident => $ucomp:ident; )* }
        props { $( $(#[$doc:meta])* $variant:ident($props:ty) : $name:literal, $layout:ident => $comp:ident; )* }
    ) => {
        /// Which component an island is, with its props.
        #[derive(Clone, PartialEq, Serialize, Deserialize)]
        pub enum IslandProps {
            $( $(#[$udoc])* #[serde(rename = $uname)] $unit, )*
            $( $(#[$doc])* #[serde(rename = $name)] $variant($props), )*
        }

        impl IslandProps {
            /// Every island's `data-island` name.
            pub const NAMES: &'static [&'static str] = &[$($uname,)* $($name,)*];

            /// The root's `data-island` name.
            pub fn name(&self) -> &'static str {
                match self {
                    $( IslandProps::$unit => $uname, )*
                    $( IslandProps::$variant(_) => $name, )*
                }
            }

            /// Block content (a `div` root) rather than inline (a `span` root).
            fn block(&self) -> bool {
                match self {
                    $( IslandProps::$unit => island_table!(@block $ulayout), )*
                    $( IslandProps::$variant(_) => island_table!(@block $layout), )*
                }
            }
        }

        /// The root component of every island.
        #[component]
        pub fn Island(props: &IslandRootProps) -> Html {
            // Effects run children first: when this one runs, the island's own have.
            let root = props.root.clone();
            use_effect_with((), move |_| {
                if let Some(root) = root {
                    let _ = root.set_attribute(HYDRATED_ATTR, "");
                }
            });
            match &props.island {
                $( IslandProps::$unit => html! { <$ucomp /> }, )*
                $( IslandProps::$variant(p) => html! { <$comp ..p.clone() /> }, )*
            }
        }
    };
    (@block inline) => { false };
    (@block block) => { true };
}

island_table! {
    no_props {
        Theme: "theme", inline => ThemeToggle;
    }
    props {
        Pin(PinButtonProps): "pin", inline => PinButton;
        PinnedCount(PinnedCountProps): "pinned-count", inline => PinnedCount;
        CopyCitation(CopyCitationProps): "copy-citation", inline => CopyCitation;
        Shortcuts(ShortcutsProps): "shortcuts", block => Shortcuts;
        TimelineFilters(TimelineFiltersProps): "timeline-filters", block => TimelineFilters;
        CopyText(CopyTextProps): "copy-text", inline => CopyText;
    }
}

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct IslandRootProps {
    pub island: IslandProps,
    /// The root element, where the islands binary hydrates the island (not in the page's JSON;
    /// `None` in a server render and in the full app).
    #[serde(skip)]
    pub root: Option<web_sys::Element>,
}

/// `island` in its root element, props beside it. `display: contents` in the stylesheet, so
/// the root adds no box.
pub fn island(island: IslandProps) -> Html {
    let name = island.name();
    let block = island.block();
    let props = IslandRootProps { island, root: None };
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
        let names: Vec<&str> = cases.iter().map(|c| c.1).collect();
        assert_eq!(names, IslandProps::NAMES, "one case per island kind");
        for (island, name, block, json) in cases {
            assert_eq!(island.name(), name);
            assert_eq!(island.block(), block, "{name}");
            let props = IslandRootProps { island, root: None };
            assert_eq!(serde_json::to_string(&props).unwrap(), json);
            let back: IslandRootProps = serde_json::from_str(json).unwrap();
            assert!(back == props, "{name} reads back");
        }
    }
}
