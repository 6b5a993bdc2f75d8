//! Contested claims: where the parties or the outlets tell different stories, side by side.

use crate::components::cite::Cites;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::show_more::{render_notes, ShowMore};
use crate::context::use_page;
use crate::hooks::{use_paging, Paging};
use crate::routes::{Route, View};
use counterpoint_core::view::contested::ContestedView;
use counterpoint_core::view::print_notes;
use yew::prelude::*;
use yew_router::prelude::*;

/// Disputes shown per group before "Show more": each is a hundred elements or more (claims,
/// quotes, citations), so fewer than other pages' rows; the built-in dataset has 9 in all.
const BATCH: usize = 10;

#[component]
pub fn ContestedPage() -> Html {
    let page = use_page();
    let view = ContestedView::new(page.snapshot());
    let Paging {
        lists: shown,
        printing,
        fragment,
    } = use_paging([BATCH; 3]);
    let target = fragment.strip_prefix("dispute-");
    // How many disputes each group renders (up to the fragment's).
    let counts: Vec<usize> = view
        .groups
        .iter()
        .zip(shown.iter())
        .map(|(group, shown)| {
            let at = target.and_then(|t| group.disputes.iter().position(|x| x.dispute.id == t));
            shown.reach(group.disputes.len(), at, printing)
        })
        .collect();
    let notes = print_notes(page.store(), &view.notes());
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Contested claims"}</p>
                <h1>{"Where the stories differ"}</h1>
                <p class="lede">{"Every account is shown with its speaker, date and source. Our assessment says what the evidence here allows, and no more."}</p>
            </header>
            for ((group, shown), n) in view.groups.iter().zip(shown.iter()).zip(counts).filter(|((g, _), _)| !g.disputes.is_empty()) {
                <section class="dispute-group">
                    <h2>{group.title}</h2>
                    <p class="muted">{group.blurb}</p>
                    for row in group.disputes.iter().take(n) {
                        <article class="dispute" id={format!("dispute-{}", row.dispute.id)}>
                            <h3>{&row.dispute.question}</h3>
                            if !row.dispute.topics.is_empty() {
                                <p class="dispute-topics">
                                    for t in row.topics.iter() {
                                        <Link<Route> to={page.route(View::Topic(t.id.clone()))} classes="chip">{&t.title}</Link<Route>>
                                    }
                                </p>
                            }
                            <div class={classes!("claims", (row.claims.len() == 2).then_some("two"))}>
                                for c in row.claims.iter() {
                                    <div class={classes!("claim", format!("side-{}", side_class(&page, &c.claim.side)))}>
                                        <span class="side-label">{&c.side_label}</span>
                                        <p class="claim-meta">
                                            if let Some(w) = c.speaker { <strong>{&w.name}</strong><span class="muted">{format!(", {}", w.role)}</span>{" · "} }
                                            <span class="muted">{c.claim.date.human()}</span>
                                        </p>
                                        <p>{&c.claim.text}<Cites cites={c.claim.cites.clone()} /></p>
                                        for q in c.quotes.iter() { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }
                                    </div>
                                }
                            </div>
                            if !row.dispute.assessment.is_empty() {
                                <p class="assessment"><span class="note-label">{"Our assessment: "}</span>{&row.dispute.assessment}</p>
                            }
                        </article>
                    }
                    <ShowMore total={group.disputes.len()} batch={shown.clone()} noun="disputes" reach={n} />
                </section>
            }
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </>
    }
}
