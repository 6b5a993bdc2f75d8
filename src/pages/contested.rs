//! Contested claims: where the parties or the outlets tell different stories, side by side.

use crate::components::cite::Cites;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::show_more::{use_batch, ShowMore};
use crate::context::use_page;
use crate::routes::{Route, View};
use counterpoint_core::model::DisputeKind;
use counterpoint_core::view::{notes, print_notes};
use yew::prelude::*;
use yew_router::prelude::*;

/// Disputes shown per group before "Show more".
const BATCH: usize = 40;

#[component]
pub fn ContestedPage() -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let groups = [
        (DisputeKind::Parties, "Between the parties", "Each government’s account, with who said it, when and where it was reported."),
        (DisputeKind::Outlets, "Between the outlets", "The same words reported differently, or facts framed differently, by different outlets."),
        (DisputeKind::SourceError, "Slips in the sources", "Errors found in the articles. Quotes keep them verbatim; our text does not repeat them."),
    ];
    let shown = [use_batch(BATCH), use_batch(BATCH), use_batch(BATCH)];
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Contested claims"}</p>
                <h1>{"Where the stories differ"}</h1>
                <p class="lede">{"Every account is shown with its speaker, date and source. Our assessment says what the evidence here allows, and no more."}</p>
            </header>
            { for groups.iter().zip(shown.iter()).map(|((kind, title, blurb), shown)| {
                let disputes: Vec<_> = store.data.disputes.iter().filter(|x| x.kind == *kind).map(|x| (x, snap.dispute_claims(x))).filter(|(_, c)| !c.is_empty()).collect();
                if disputes.is_empty() {
                    return html! {};
                }
                let total = disputes.len();
                html! {
                    <section class="dispute-group">
                        <h2>{*title}</h2>
                        <p class="muted">{*blurb}</p>
                        { for disputes.into_iter().take(**shown).map(|(x, claims)| html! {
                            <article class="dispute" id={format!("dispute-{}", x.id)}>
                                <h3>{&x.question}</h3>
                                if !x.topics.is_empty() {
                                    <p class="dispute-topics">
                                        { for x.topics.iter().filter_map(|t| store.topic(t)).map(|t| html! {
                                            <Link<Route> to={page.route(View::Topic(t.id.clone()))} classes="chip">{&t.title}</Link<Route>>
                                        }) }
                                    </p>
                                }
                                <div class={classes!("claims", (claims.len() == 2).then_some("two"))}>
                                    { for claims.iter().map(|c| {
                                        let who = c.actor.as_deref().and_then(|a| store.actor(a));
                                        let side_label = match store.source(&c.side) {
                                            Some(s) => store.outlet_name(s),
                                            None => store.side_name(&c.side),
                                        };
                                        html! {
                                            <div class={classes!("claim", format!("side-{}", side_class(&page, &c.side)))}>
                                                <span class="side-label">{side_label}</span>
                                                <p class="claim-meta">
                                                    if let Some(w) = who { <strong>{&w.name}</strong><span class="muted">{format!(", {}", w.role)}</span>{" · "} }
                                                    <span class="muted">{c.date.human()}</span>
                                                </p>
                                                <p>{&c.text}<Cites cites={c.cites.clone()} /></p>
                                                { for snap.quotes(&c.quotes).into_iter().map(|q| html! { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }) }
                                            </div>
                                        }
                                    }) }
                                </div>
                                if !x.assessment.is_empty() {
                                    <p class="assessment"><span class="note-label">{"Our assessment: "}</span>{&x.assessment}</p>
                                }
                            </article>
                        }) }
                        <ShowMore total={total} shown={shown.clone()} step={BATCH} noun="disputes" />
                    </section>
                }
            }) }
    <PrintNotes notes={print_notes(store, &notes::contested(snap))} />
        </>
    }
}
