//! The commitments and predictions ledger: every promise, undertaking, prediction, threat,
//! demand and stated intention, with the words, the deadline and where each stands.

use crate::components::anchor_link::AnchorLink;
use crate::components::cite::Cites;
use crate::components::editor_note::EditorNote;
use crate::components::export_button::{site_base, ExportButton};
use crate::components::print_notes::PrintNotes;
use crate::components::quote::side_class;
use crate::components::show_more::{render_notes, ShowMore};
use crate::context::use_base_path;
use crate::context::{use_page, PageCtx};
use crate::hooks::{use_paging, Paging};
use crate::pages::exports::{page_export_name, static_export_href};
use crate::routes::{Route, View};
use counterpoint_core::analysis::commitments::TimeLeft;
use counterpoint_core::export::markdown;
use counterpoint_core::model::CommitmentStatus;
use counterpoint_core::view::commitments::{CommitmentRow, CommitmentsView};
use counterpoint_core::view::print_notes;
use yew::prelude::*;
use yew_router::prelude::*;

/// Rows shown before "Show more".
const BATCH: usize = 60;

/// The status as a tag: "Pending", "Met"...
pub fn commitment_tag(s: CommitmentStatus) -> Html {
    html! { <span class={classes!("status", format!("cstatus-{}", s.slug()))}>{s.label()}</span> }
}

#[component]
pub fn CommitmentsPage() -> Html {
    let page = use_page();
    let base = use_base_path();
    let export = {
        let page = page.clone();
        Callback::from(move |_| {
            markdown::commitments(
                &CommitmentsView::new(page.snapshot()),
                site_base().as_deref(),
            )
        })
    };
    let filename = page_export_name(&page, "commitments");
    let href = static_export_href(&page, &base, &filename).map(AttrValue::from);
    let view = CommitmentsView::new(page.snapshot());
    let Paging {
        lists: [shown],
        printing,
        fragment,
    } = use_paging([BATCH]);
    let at = fragment
        .strip_prefix("commitment-")
        .and_then(|id| view.rows.iter().position(|r| r.commitment.id == id));
    let n = shown.reach(view.rows.len(), at, printing);
    let notes = print_notes(page.store(), &view.notes());
    let as_of = page
        .snapshot()
        .briefing
        .map(|b| b.as_of.human())
        .unwrap_or_default();
    html! {
        <>
            <header class="page-head with-tools">
                <p class="kicker">{"Commitments and predictions"}</p>
                <h1>{"What each side promised, predicted or threatened"}</h1>
                <div class="page-tools">
                    <ExportButton filename={AttrValue::from(filename)} markdown={export} {href} />
                </div>
                <p class="lede">{"One row per promise, undertaking, prediction, threat, demand or stated intention by a party’s people or bodies, in the words the sources print. Analysts’ and outlets’ forecasts are not here: they are in each topic’s analysis."}</p>
            </header>
            <section aria-labelledby="ledger-h">
                <h2 id="ledger-h">{format!("The ledger as of {as_of}")}</h2>
                <p class="status-summary">
                    for (s, count) in view.counts.iter() {
                        <span class="count">{commitment_tag(*s)}{format!(" {count}")}</span>
                    }
                </p>
                <p class="muted">{"Status as the sources report it, dated and cited. Time left counts from the snapshot day to the first and last day the deadline can mean (“early July” is 1–10 July); a deadline the sources never settle stays unknown."}</p>
                if view.rows.is_empty() {
                    <p class="muted">{"No commitment is known yet in this snapshot."}</p>
                } else {
                <div class="table-wrap">
                    <table class="data-table ledger">
                        <caption class="sr-only">{"Commitments and predictions, with deadline and status"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Who"}</th>
                                <th scope="col">{"What, and the words"}</th>
                                <th scope="col">{"Said"}</th>
                                <th scope="col">{"Deadline"}</th>
                                <th scope="col">{"Status"}</th>
                                <th scope="col">{"Time left"}</th>
                            </tr>
                        </thead>
                        <tbody>
                            for r in view.rows.iter().take(n) { {ledger_row(&page, r)} }
                        </tbody>
                    </table>
                </div>
                <ShowMore total={view.rows.len()} batch={shown} noun="commitments" reach={n} />
                }
            </section>
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </>
    }
}

/// One row of the ledger.
fn ledger_row(page: &PageCtx, r: &CommitmentRow<'_>) -> Html {
    let c = r.commitment;
    let side = side_class(page, r.side);
    html! {
        <tr id={format!("commitment-{}", c.id)} class={classes!(format!("side-{side}"))}>
            <th scope="row" class={classes!("ledger-who", format!("side-{side}"))}>
                if let Some(a) = r.actor {
                    <AnchorLink to={page.route(View::People)} anchor={AttrValue::from(format!("actor-{}", a.id))}>{&a.name}</AnchorLink>
                    <span class="role muted">{format!(" {}", a.role)}</span>
                }
                <span class="side-label">{page.store().side_name(r.side)}</span>
            </th>
            <td data-label="What, and the words">
                <span class="tag kind">{c.kind.label()}</span>
                <p class="ledger-text">{&c.text}<Cites cites={c.cites.clone()} /></p>
                if let Some(q) = r.quote {
                    <p class="ledger-words">
                        <AnchorLink to={page.route(View::People)} anchor={AttrValue::from(format!("quote-{}", q.id))}>{format!("“{}”", q.text)}</AnchorLink>
                        <Cites cites={q.cites.clone()} />
                    </p>
                } else if let Some(w) = r.words {
                    <p class="ledger-words">{format!("“{}”", w.excerpt)}<span class="muted">{" (the report’s words)"}</span></p>
                }
                <EditorNote note={c.editor_note.clone()} />
                if !r.topics.is_empty() {
                    <p class="dispute-topics">
                        for t in r.topics.iter() {
                            <Link<Route> to={page.route(View::Topic(t.id.clone()))} classes="chip">{&t.title}</Link<Route>>
                        }
                    </p>
                }
            </td>
            <td class="num" data-label="Said">{c.said.human()}</td>
            <td data-label="Deadline">
                if let Some(d) = &c.deadline { <span class="num">{d.human()}</span> } else { <span class="muted">{"None given"}</span> }
                if let Some(w) = &c.deadline_words { <span class="muted ledger-deadline-words">{format!("“{w}”")}</span> }
            </td>
            <td data-label="Status">
                {commitment_tag(r.status)}
                if let Some(s) = r.current {
                    <span class="muted">{format!(" since {}", s.date.human())}</span>
                    if !s.label.is_empty() { <span class="ledger-status-label">{&s.label}<Cites cites={s.cites.clone()} /></span> }
                }
                if r.history.len() > 1 {
                    <details class="status-history">
                        <summary>{"History"}</summary>
                        <ol>
                            for s in r.history.iter() {
                                <li>{commitment_tag(s.status)}<span class="muted">{format!(" {}", s.date.human())}</span>
                                    if !s.label.is_empty() { {format!(" — {}", s.label)} }
                                    <Cites cites={s.cites.clone()} />
                                </li>
                            }
                        </ol>
                    </details>
                }
            </td>
            <td class="num" data-label="Time left">
                {match r.time_left {
                    None => html! { <span class="muted">{"–"}</span> },
                    Some(TimeLeft::Unknown) => html! { <span class="muted">{"Unknown"}</span> },
                    Some(t @ TimeLeft::Overdue { .. }) => html! { <span class="overdue">{t.describe()}</span> },
                    Some(t) => html! { {t.describe()} },
                }}
            </td>
        </tr>
    }
}
