//! The briefing: bottom line up front, key figures, every topic with its status.

use crate::components::cite::Cites;
use crate::components::cite_control::{CiteControl, CiteWhat};
use crate::components::editor_note::EditorNote;
use crate::components::export_button::{site_base, ExportButton};
use crate::components::glossary_term::Glossed;
use crate::components::island::Pin;
use crate::components::last_visit::LastVisitNotice;
use crate::components::link_here::{claim_anchor, LinkHere};
use crate::components::print_notes::PrintNotes;
use crate::components::show_more::{render_notes, ShowMore};
use crate::components::side_head::SideHead;
use crate::components::status::StatusBadge;
use crate::context::{use_base_path, use_page};
use crate::hooks::{use_paging, Paging};
use crate::pages::exports::{page_export_name, static_export_href};
use crate::routes::{Route, View};
use counterpoint_core::export::markdown;
use counterpoint_core::my_briefing::ItemKind;
use counterpoint_core::view::{print_notes, HomeView};
use yew::prelude::*;
use yew_router::prelude::*;

/// Topics listed before "Show more".
const BATCH: usize = 100;

#[component]
pub fn HomePage() -> Html {
    let page = use_page();
    let base = use_base_path();
    let Paging {
        lists: [shown],
        printing,
        ..
    } = use_paging([BATCH]);
    let view = HomeView::new(page.snapshot());
    if view.briefing.is_none() {
        return html! {};
    }
    let export = {
        let page = page.clone();
        Callback::from(move |_| {
            markdown::briefing(&HomeView::new(page.snapshot()), site_base().as_deref())
        })
    };
    let n = shown.reach(view.topics.len(), None, printing);
    let notes = print_notes(page.store(), &view.notes());
    let filename = page_export_name(&page, "briefing");
    let href = static_export_href(&page, &base, &filename).map(AttrValue::from);
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Briefing"}</p>
                <h1>{view.title}</h1>
                if !view.subtitle.is_empty() { <p class="lede">{view.subtitle}</p> }
                <LastVisitNotice />
                <div class="page-tools">
                    <ExportButton filename={AttrValue::from(filename)} markdown={export} {href} />
                    <CiteControl what={CiteWhat::Briefing} />
                </div>
            </header>
            <div class="bottom-line" aria-label="Bottom line">
                for part in &view.bottom_line {
                    <section class={classes!("blu", part.class)}>
                        <h2>{part.title}</h2>
                        <ul>
                            for c in part.claims {
                                <li id={claim_anchor(part.class, &c.text)}><Glossed text={c.text.clone()} /><Cites cites={c.cites.clone()} /><LinkHere anchor={claim_anchor(part.class, &c.text)} label="Link to this line" /><EditorNote note={c.editor_note.clone()} /></li>
                            }
                        </ul>
                    </section>
                }
            </div>
            if !view.teams.is_empty() {
                <section class="teams" aria-labelledby="teams-h">
                    <h2 id="teams-h">{"Who is at the table"}</h2>
                    <div class="side-heads">
                        for team in &view.teams {
                            <SideHead party={AttrValue::from(team.party.id.clone())} note_no_lead=true />
                        }
                    </div>
                </section>
            }
            if !view.key_figures.is_empty() {
                <section class="key-figures" aria-labelledby="kf-h">
                    <h2 id="kf-h">{"Key figures"}</h2>
                    <ul class="figure-strip">
                        for f in &view.key_figures {
                            <li class="figure-card">
                                <span class="figure-value">{f.formatted()}</span>
                                <span class="figure-label">{&f.label}</span>
                                <span class="figure-date">{f.date.human()}{f.scope.as_ref().map(|s| format!(" · {s}")).unwrap_or_default()}<Cites cites={f.cites.clone()} /></span><EditorNote note={f.editor_note.clone()} />
                                <Pin kind={ItemKind::Figure} id={AttrValue::from(f.id.clone())} />
                            </li>
                        }
                    </ul>
                </section>
            }
            <section class="topic-index" aria-labelledby="topics-h">
                <div class="section-head">
                    <h2 id="topics-h">{if view.topics.len() == 1 { "1 topic".to_string() } else { format!("{} topics", view.topics.len()) }}</h2>
                    <p class="status-summary">
                        for (s, n) in &view.status_counts {
                            <span class="count"><StatusBadge status={*s} />{format!(" {n}")}</span>
                        }
                    </p>
                    <Link<Route> to={page.route(View::Compare)} classes="more">{"Compare all side by side →"}</Link<Route>>
                </div>
                <ol class="topic-cards">
                    for card in view.topics.iter().take(n) {
                        <li class="topic-card">
                            <h3><Link<Route> to={page.route(View::Topic(card.topic.id.clone()))}>{&card.topic.title}</Link<Route>></h3>
                            if let Some(s) = card.status {
                                <p class="topic-status"><StatusBadge status={s.status} /><span class="status-label">{&s.label}</span></p>
                            }
                            <p class="topic-q">{&card.topic.question}</p>
                        </li>
                    }
                </ol>
                <ShowMore total={view.topics.len()} batch={shown} noun="topics" reach={n} />
            </section>
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </>
    }
}
