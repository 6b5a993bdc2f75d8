//! Islands: the interactive parts of a static page. The page is a document; each island is a
//! component rendered inside its own root element, with its props written beside it as JSON,
//! so that the small islands binary (`src/islands.rs`) can hydrate it alone, with no app, no
//! router and no dataset around it.
//!
//! The full app renders the same wrappers, so a component is written once and behaves the
//! same in both. A root holds exactly its component: hydration deletes anything else in it.

use serde::Serialize;
use yew::prelude::*;

/// The attribute naming an island's component; the islands binary looks roots up by it.
pub const ISLAND_ATTR: &str = "data-island";
/// The attribute holding an island's props (JSON).
pub const PROPS_ATTR: &str = "data-props";

#[derive(Properties, PartialEq)]
pub struct IslandRootProps {
    /// Which component the root holds (see `src/islands.rs`).
    pub name: &'static str,
    /// The component's props, as JSON.
    pub props: AttrValue,
    /// A `div` root, for components that render block content; otherwise a `span`.
    #[prop_or_default]
    pub block: bool,
    pub children: Html,
}

/// The root element of one island. `display: contents` in the stylesheet, so it adds no box.
#[component]
pub fn IslandRoot(props: &IslandRootProps) -> Html {
    let (name, json) = (props.name, props.props.clone());
    if props.block {
        html! { <div class="island" data-island={name} data-props={json}>{props.children.clone()}</div> }
    } else {
        html! { <span class="island" data-island={name} data-props={json}>{props.children.clone()}</span> }
    }
}

/// Component `C` with `props`, inside an island root named `name`.
pub fn island<C>(name: &'static str, block: bool, props: C::Properties) -> Html
where
    C: BaseComponent,
    C::Properties: Serialize,
{
    // Props are plain data (strings, ids, flags): serializing them cannot fail.
    let json = serde_json::to_string(&props).unwrap_or_default();
    html! {
        <IslandRoot {name} {block} props={json}>
            <C ..props />
        </IslandRoot>
    }
}
