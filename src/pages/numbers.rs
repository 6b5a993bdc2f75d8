//! Numbers that disagree: figures for one quantity given by different voices, side by side.

use crate::components::cite::Cites;
use crate::components::editor_note::EditorNote;
use crate::components::export_button::{site_base, ExportButton};
use crate::components::print_notes::PrintNotes;
use crate::components::show_more::{render_notes, ShowMore};
use crate::context::use_base_path;
use crate::context::use_page;
use crate::hooks::{use_paging, Paging};
use crate::pages::exports::{page_export_name, static_export_href};
use crate::routes::{Route, View};
use counterpoint_core::export::markdown;
use counterpoint_core::view::numbers::NumbersView;
use counterpoint_core::view::print_notes;
use yew::prelude::*;
use yew_router::prelude::*;

/// Groups rendered before "Show more": a large dataset has hundreds, each a table.
const BATCH: usize = 20;

#[component]
pub fn NumbersPage() -> Html {
    let page = use_page();
    let base = use_base_path();
    let export = {
        let page = page.clone();
        Callback::from(move |_| {
            markdown::numbers(&NumbersView::new(page.snapshot()), site_base().as_deref())
        })
    };
    let filename = page_export_name(&page, "numbers");
    let href = static_export_href(&page, &base, &filename).map(AttrValue::from);
    let view = NumbersView::new(page.snapshot());
    let Paging {
        lists: [shown],
        printing,
        fragment,
    } = use_paging([BATCH]);
    let at = fragment
        .strip_prefix("numbers-")
        .and_then(|id| view.groups.iter().position(|g| g.group.id == id));
    let n = shown.reach(view.groups.len(), at, printing);
    let notes = print_notes(page.store(), &view.notes());
    html! {
        <>
            <header class="page-head with-tools">
                <p class="kicker">{"Numbers that disagree"}</p>
                <h1>{"One quantity, different figures"}</h1>
                <div class="page-tools">
                    <ExportButton filename={AttrValue::from(filename)} markdown={export} {href} />
                </div>
                <p class="lede">{"Where different voices give different numbers for what looks like one quantity: what each figure measures, who gives it, and whether the sources themselves reconcile them. Our note says only what the sources support; anything else is marked as an editor’s note."}</p>
            </header>
            if view.groups.is_empty() {
                <p class="muted">{"No such group is known in this snapshot."}</p>
            }
            for g in view.groups.iter().take(n) {
                <section class="number-group" id={format!("numbers-{}", g.group.id)} aria-labelledby={format!("numbers-{}-h", g.group.id)}>
                    <h2 id={format!("numbers-{}-h", g.group.id)}>{&g.group.quantity}</h2>
                    <p>
                        if g.group.reconciled {
                            <span class="status cstatus-met">{"Reconciled by the sources"}</span>
                        } else {
                            <span class="status cstatus-disputed">{"Not reconciled by the sources"}</span>
                        }
                    </p>
                    <div class="table-wrap">
                        <table class="data-table numbers">
                            <thead>
                                <tr>
                                    <th scope="col" class="num">{"Figure"}</th>
                                    <th scope="col">{"What it measures"}</th>
                                    <th scope="col">{"Period"}</th>
                                    <th scope="col">{"Who gives it"}</th>
                                </tr>
                            </thead>
                            <tbody>
                                for f in g.figures.iter() {
                                    <tr>
                                        <td class="num figure-value" data-label="Figure">{f.figure.formatted()}<Cites cites={f.figure.cites.clone()} /><span class="figure-label">{&f.figure.label}</span></td>
                                        <td data-label="What it measures">{&f.entry.basis}
                                            if let Some(s) = &f.figure.scope { <span class="muted">{format!(" ({s})")}</span> }
                                        </td>
                                        <td class="num" data-label="Period">{f.figure.date.human()}</td>
                                        <td data-label="Who gives it">
                                            if let Some(a) = f.given_by { <strong>{&a.name}</strong><span class="muted">{format!(", {}", a.role)}</span><br /> }
                                            <span class="muted">{if f.given_by.is_some() { format!("as printed by {}", f.outlets.join(", ")) } else { format!("{} (the outlet’s own reporting)", f.outlets.join(", ")) }}</span>
                                        </td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                    <p class="assessment"><span class="note-label">{"How they relate: "}</span>{&g.group.note}<Cites cites={g.group.cites.clone()} /></p>
                    <EditorNote note={g.group.editor_note.clone()} />
                    if !g.topics.is_empty() {
                        <p class="dispute-topics">
                            for t in g.topics.iter() {
                                <Link<Route> to={page.route(View::Topic(t.id.clone()))} classes="chip">{&t.title}</Link<Route>>
                            }
                        </p>
                    }
                </section>
            }
            <ShowMore total={view.groups.len()} batch={shown} noun="groups" reach={n} />
            <p class="muted">{"Every figure, with the changes computed from them, is on the "}<Link<Route> to={page.route(View::Figures)}>{"figures page"}</Link<Route>>{"."}</p>
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </>
    }
}
