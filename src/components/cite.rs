//! A citation marker: a link to the source that shows the cited excerpt on hover and focus,
//! each passage with whose voice it carries ("Donald Trump, claimed — “…”").

use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::model::Citation;
use counterpoint_core::view::{passage_line, voice_label};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitesProps {
    pub cites: Vec<Citation>,
}

/// The citations of one line, as `[1][3]`. Citations from sources not yet published in the
/// current snapshot are left out.
#[component]
pub fn Cites(props: &CitesProps) -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let shown: Vec<&Citation> = snap.known_cites(&props.cites);
    if shown.is_empty() {
        return html! {};
    }
    // One marker per source, in first-cited order; its tooltip lists every passage.
    let mut groups: Vec<Vec<Citation>> = Vec::new();
    for c in shown {
        match groups.iter_mut().find(|g| g[0].source == c.source) {
            Some(g) => g.push(c.clone()),
            None => groups.push(vec![c.clone()]),
        }
    }
    html! {
        <span class="cites">
            for g in groups.into_iter() { <Cite citations={g} /> }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    /// Citations of one source.
    pub citations: Vec<Citation>,
}

/// One citation marker for one source, with the cited passages.
#[component]
pub fn Cite(props: &CiteProps) -> Html {
    let page = use_page();
    let store = page.store();
    let Some(source) = props
        .citations
        .first()
        .and_then(|c| store.source(&c.source))
    else {
        return html! {};
    };
    let n = store.source_number(&source.id);
    let outlet = store.outlet_name(source);
    let to: Route = page.route(View::Source(source.id.clone()));
    html! {
        <Link<Route> {to} classes="cite">
            <span class="cite-n">{format!("[{n}]")}</span>
            <span class="cite-tip" role="tooltip">
                <span class="cite-tip-src">{format!("{outlet} · {}", source.published.human())}</span>
                for c in props.citations.iter() { <span class="cite-tip-ex">{passage_line(voice_label(store, c).as_deref(), &c.excerpt)}</span> }
            </span>
        </Link<Route>>
    }
}
