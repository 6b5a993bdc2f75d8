//! One topic: both parties' positions side by side, aligned point by point.

use crate::components::cite::Cites;
use crate::components::cite_control::{CiteControl, CiteWhat};
use crate::components::editor_note::EditorNote;
use crate::components::event_list::EventList;
use crate::components::export_button::{site_base, ExportButton};
use crate::components::glossary_term::Glossed;
use crate::components::island::Pin;
use crate::components::point_row::{PointRow, PointRowProps};
use crate::components::print_notes::PrintNotes;
use crate::components::quote::QuoteBlock;
use crate::components::show_more::{render_notes, ShowMore};
use crate::components::side_head::SideHead;
use crate::components::status::StatusBadge;
use crate::context::{use_base_path, use_page};
use crate::hooks::{use_paging, Paging};
use crate::pages::exports::{page_export_name, static_export_href};
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Route, View};
use counterpoint_core::export::markdown;
use counterpoint_core::my_briefing::ItemKind;
use counterpoint_core::view::{print_notes, TopicView};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopicProps {
    pub id: AttrValue,
}

/// "More on the record" quotes and events shown before "Show more" (a dataset with many
/// quotes per topic); the built-in topics have far fewer.
const QUOTE_BATCH: usize = 30;
const EVENT_BATCH: usize = 50;

#[component]
pub fn TopicPage(props: &TopicProps) -> Html {
    let page = use_page();
    let base = use_base_path();
    let Paging {
        lists: [quotes_shown, events_shown],
        printing,
        fragment,
    } = use_paging([QUOTE_BATCH, EVENT_BATCH]);
    let Some(view) = TopicView::new(page.snapshot(), &props.id) else {
        return html! { <NotFoundPage /> };
    };
    let topic = view.topic;
    let export = {
        let (page, id) = (page.clone(), topic.id.clone());
        Callback::from(move |_| {
            TopicView::new(page.snapshot(), &id)
                .map(|v| markdown::topic(&v, site_base().as_deref()))
                .unwrap_or_default()
        })
    };
    let filename = page_export_name(&page, &topic.id);
    let href = static_export_href(&page, &base, &filename).map(AttrValue::from);
    let head = html! {
        <header class="page-head with-tools">
            <nav class="crumbs" aria-label="Breadcrumb">
                <Link<Route> to={page.route(View::Home)}>{"Briefing"}</Link<Route>>
                {" › "}
                <Link<Route> to={page.route(View::Compare)}>{"Topics"}</Link<Route>>
            </nav>
            <h1>{&topic.title}</h1>
            <div class="page-tools">
                <Pin kind={ItemKind::Topic} id={AttrValue::from(topic.id.clone())} />
                <ExportButton filename={AttrValue::from(filename)} markdown={export} {href} />
                <CiteControl what={CiteWhat::Topic(topic.id.clone())} />
            </div>
            <p class="lede">{&topic.question}</p>
        </header>
    };
    if !view.known {
        let date = view
            .snap
            .briefing
            .map(|b| b.as_of.human())
            .unwrap_or_default();
        return html! {
            <article class="topic">
                {head}
                <p class="empty-state">{format!("This topic had not come up in the sources by {date}. Switch to a later briefing above to read it.")}</p>
            </article>
        };
    }
    let notes = print_notes(page.store(), &view.notes());
    // A `#quote-…` link (a search hit) renders "More on the record" up to its quote.
    let at = fragment
        .strip_prefix("quote-")
        .and_then(|id| view.other_quotes.iter().position(|q| q.quote.id == id));
    let n_quotes = quotes_shown.reach(view.other_quotes.len(), at, printing);
    let n_events = events_shown.reach(view.events.len(), None, printing);
    html! {
        <article class="topic">
            {head}
            <div class="topic-meta">
                if let Some(s) = view.status {
                    <p class="topic-status big">
                        <StatusBadge status={s.status} />
                        <span class="status-label">{&s.label}</span>
                        <span class="muted">{format!(" · since {}", s.date.human())}</span>
                        <Cites cites={s.cites.clone()} />
                    </p>
                }
                if let Some(summary) = view.summary { <p class="summary"><Glossed text={summary.to_string()} /></p> }
                if !view.history.is_empty() {
                    <details class="status-history">
                        <summary>{"How the status moved"}</summary>
                        <ol>
                            for s in &view.history {
                                <li><span class="muted">{s.date.human()}</span>{" "}<StatusBadge status={s.status} />{" "}{&s.label}<Cites cites={s.cites.clone()} /></li>
                            }
                        </ol>
                    </details>
                }
            </div>

            <section class="positions" aria-labelledby="positions-h">
                <h2 id="positions-h">{"Positions, point by point"}</h2>
                <div class="side-heads">
                    for p in view.parties {
                        <SideHead party={AttrValue::from(p.id.clone())} />
                    }
                </div>
                for pt in &view.points {
                    <PointRow
                        id={AttrValue::from(format!("point-{}", pt.point.id))}
                        aspect={AttrValue::from(pt.point.aspect.clone())}
                        relation={pt.relation}
                        stances={PointRowProps::cells(pt)}
                    />
                }
            </section>

            if !view.overlap.is_empty() || !view.clash.is_empty() {
                <section class="meet" aria-label="Where the sides meet and clash">
                    if !view.overlap.is_empty() {
                        <div class="meet-col overlap">
                            <h2>{"Where they overlap"}</h2>
                            <ul>
                                for c in &view.overlap {
                                    <li><Glossed text={c.text.clone()} /><Cites cites={c.cites.clone()} /><EditorNote note={c.editor_note.clone()} /></li>
                                }
                            </ul>
                        </div>
                    }
                    if !view.clash.is_empty() {
                        <div class="meet-col clash">
                            <h2>{"Where they clash"}</h2>
                            <ul>
                                for c in &view.clash {
                                    <li><Glossed text={c.text.clone()} /><Cites cites={c.cites.clone()} /><EditorNote note={c.editor_note.clone()} /></li>
                                }
                            </ul>
                        </div>
                    }
                </section>
            }

            if !view.analysis.is_empty() {
                <section class="analysis" aria-labelledby="analysis-h">
                    <h2 id="analysis-h">{"What independent analysts say"}</h2>
                    for a in &view.analysis {
                        <div class="analyst">
                            <p class="analyst-name">
                                <strong>{a.analyst.map(|w| w.name.clone()).unwrap_or_default()}</strong>
                                <span class="muted">{a.analyst.map(|w| format!(", {}", w.role)).unwrap_or_default()}</span>
                            </p>
                            <p>{&a.analysis.text}<Cites cites={a.analysis.cites.clone()} /></p>
                            for q in &a.quotes {
                                <QuoteBlock id={AttrValue::from(q.quote.id.clone())} />
                            }
                        </div>
                    }
                </section>
            }

            if !view.other_quotes.is_empty() {
                <section class="more-quotes" aria-labelledby="mq-h">
                    <h2 id="mq-h">{"More on the record"}</h2>
                    for q in view.other_quotes.iter().take(n_quotes) {
                        <QuoteBlock id={AttrValue::from(q.quote.id.clone())} />
                    }
                    <ShowMore total={view.other_quotes.len()} batch={quotes_shown} noun="quotes" reach={n_quotes} />
                </section>
            }

            if !view.events.is_empty() {
                <section class="topic-events" aria-labelledby="ev-h">
                    <h2 id="ev-h">{"Events"}</h2>
                    <EventList events={view.events.iter().take(n_events).map(|e| (*e).clone()).collect::<Vec<_>>()} />
                    <ShowMore total={view.events.len()} batch={events_shown} noun="events" reach={n_events} />
                </section>
            }

            <nav class="pager" aria-label="Other topics">
                if let Some(p) = view.prev {
                    <Link<Route> to={page.route(View::Topic(p.id.clone()))} classes="prev">{format!("← {}", p.title)}</Link<Route>>
                }
                if let Some(n) = view.next {
                    <Link<Route> to={page.route(View::Topic(n.id.clone()))} classes="next">{format!("{} →", n.title)}</Link<Route>>
                }
            </nav>
            if render_notes(&notes, printing) { <PrintNotes {notes} /> }
        </article>
    }
}
