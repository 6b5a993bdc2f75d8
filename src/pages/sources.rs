//! The articles the dataset is built from.

use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::view::sources::SourcesView;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn SourcesPage() -> Html {
    let page = use_page();
    let view = SourcesView::new(page.snapshot());
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Sources"}</p>
                <h1>{format!("{} articles", view.rows.len())}</h1>
                <p class="lede">{"Every line of the briefing cites one of these. Each page lists what was taken from the article and the problems found in it."}</p>
            </header>
            <ol class="source-list">
                for row in view.rows.iter() {
                    <li class="source-item">
                        <span class="source-n">{format!("[{}]", row.number)}</span>
                        <div>
                            <h2><Link<Route> to={page.route(View::Source(row.source.id.clone()))}>{&row.source.title}</Link<Route>></h2>
                            <p class="source-meta">
                                <strong>{&row.outlet}</strong>
                                {format!(" · {}", row.source.published.human())}
                                if !row.source.authors.is_empty() { {format!(" · {}", row.source.authors.join(", "))}}
                                if row.source.translation.is_some() { <span class="tag">{"translation"}</span> }
                                if !row.source.notes.is_empty() { <span class="tag warn">{format!("{} quality note{}", row.source.notes.len(), if row.source.notes.len() == 1 { "" } else { "s" })}</span> }
                            </p>
                            <p class="muted">{format!("{} citations", row.citations)}</p>
                        </div>
                    </li>
                }
            </ol>
        </>
    }
}
