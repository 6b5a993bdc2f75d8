//! The articles the dataset is built from.

use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::analysis::cited_places::citation_counts;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn SourcesPage() -> Html {
    let page = use_page();
    let store = page.store();
    let snap = page.snapshot();
    let counts = citation_counts(&store.data);
    let sources = snap.sources();
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Sources"}</p>
                <h1>{format!("{} articles", sources.len())}</h1>
                <p class="lede">{"Every line of the briefing cites one of these. Each page lists what was taken from the article and the problems found in it."}</p>
            </header>
            <ol class="source-list">
                { for sources.iter().map(|s| html! {
                    <li class="source-item">
                        <span class="source-n">{format!("[{}]", store.source_number(&s.id))}</span>
                        <div>
                            <h2><Link<Route> to={page.route(View::Source(s.id.clone()))}>{&s.title}</Link<Route>></h2>
                            <p class="source-meta">
                                <strong>{store.outlet_name(s)}</strong>
                                {format!(" · {}", s.published.human())}
                                if !s.authors.is_empty() { {format!(" · {}", s.authors.join(", "))}}
                                if s.translation.is_some() { <span class="tag">{"translation"}</span> }
                                if !s.notes.is_empty() { <span class="tag warn">{format!("{} quality note{}", s.notes.len(), if s.notes.len() == 1 { "" } else { "s" })}</span> }
                            </p>
                            <p class="muted">{format!("{} citations", counts.get(s.id.as_str()).copied().unwrap_or(0))}</p>
                        </div>
                    </li>
                }) }
            </ol>
        </>
    }
}
