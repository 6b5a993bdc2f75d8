//! One topic: both parties' positions side by side, aligned point by point.

use crate::components::cite::Cites;
use crate::components::event_list::EventList;
use crate::components::export_button::{site_base, ExportButton};
use crate::components::pin_button::PinButton;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::QuoteBlock;
use crate::components::side_head::SideHead;
use crate::components::stance::StanceCell;
use crate::components::status::StatusBadge;
use crate::context::use_page;
use crate::pages::home::export_name;
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Route, View};
use counterpoint_core::export::markdown;
use counterpoint_core::my_briefing::ItemKind;
use counterpoint_core::view::{notes, print_notes};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopicProps {
    pub id: AttrValue,
}

#[component]
pub fn TopicPage(props: &TopicProps) -> Html {
    let page = use_page();
    let snap = page.snapshot();
    let store = page.store();
    let Some(topic) = store.topic(&props.id) else {
        return html! { <NotFoundPage /> };
    };
    let parties = &store.data.parties;
    let known = snap.topics();
    let pos = known.iter().position(|t| t.id == topic.id);
    let prev = pos
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| known.get(i));
    let next = pos.and_then(|i| known.get(i + 1));
    let export = {
        let (page, id) = (page.clone(), topic.id.clone());
        Callback::from(move |_| {
            markdown::topic(&page.snapshot(), &id, site_base().as_deref()).unwrap_or_default()
        })
    };
    let head = html! {
        <header class="page-head with-tools">
            <nav class="crumbs" aria-label="Breadcrumb">
                <Link<Route> to={page.route(View::Home)}>{"Briefing"}</Link<Route>>
                {" › "}
                <Link<Route> to={page.route(View::Compare)}>{"Topics"}</Link<Route>>
            </nav>
            <h1>{&topic.title}</h1>
            <div class="page-tools">
                <PinButton kind={ItemKind::Topic} id={AttrValue::from(topic.id.clone())} />
                <ExportButton filename={AttrValue::from(export_name(&page, &topic.id))} markdown={export} />
            </div>
            <p class="lede">{&topic.question}</p>
        </header>
    };
    if pos.is_none() {
        let date = snap.briefing.map(|b| b.as_of.human()).unwrap_or_default();
        return html! {
            <article class="topic">
                {head}
                <p class="empty-state">{format!("This topic had not come up in the sources by {date}. Switch to a later briefing above to read it.")}</p>
            </article>
        };
    }
    let status = snap.status(topic);
    let history: Vec<_> = topic
        .status
        .iter()
        .filter(|s| s.date.first() <= snap.as_of && snap.cites_known(&s.cites))
        .collect();
    let points = snap.points(topic);
    let overlap: Vec<_> = topic
        .overlap
        .iter()
        .filter(|c| snap.claim_known(c))
        .collect();
    let clash: Vec<_> = topic.clash.iter().filter(|c| snap.claim_known(c)).collect();
    let analysis: Vec<_> = topic
        .analysis
        .iter()
        .filter(|a| snap.analysis_known(a))
        .collect();
    let others = snap.other_quotes_on(topic);
    let events: Vec<_> = snap
        .events()
        .into_iter()
        .filter(|e| e.topics.contains(&topic.id))
        .collect();
    html! {
        <article class="topic">
            {head}
            <div class="topic-meta">
                if let Some(s) = status {
                    <p class="topic-status big">
                        <StatusBadge status={s.status} />
                        <span class="status-label">{&s.label}</span>
                        <span class="muted">{format!(" · since {}", s.date.human())}</span>
                        <Cites cites={s.cites.clone()} />
                    </p>
                }
                if let Some(summary) = snap.summary(topic) { <p class="summary">{summary}</p> }
                if history.len() > 1 {
                    <details class="status-history">
                        <summary>{"How the status moved"}</summary>
                        <ol>
                            { for history.iter().map(|s| html! {
                                <li><span class="muted">{s.date.human()}</span>{" "}<StatusBadge status={s.status} />{" "}{&s.label}<Cites cites={s.cites.clone()} /></li>
                            }) }
                        </ol>
                    </details>
                }
            </div>

            <section class="positions" aria-labelledby="positions-h">
                <h2 id="positions-h">{"Positions, point by point"}</h2>
                <div class="side-heads">
                    { for parties.iter().map(|p| html! { <SideHead party={AttrValue::from(p.id.clone())} /> }) }
                </div>
                { for points.iter().map(|pt| html! {
                    <section class="point" id={format!("point-{}", pt.id)}>
                        <h3 class="point-head">
                            <span class="aspect">{&pt.aspect}</span>
                            <span class={classes!("relation", format!("rel-{:?}", snap.relation(pt)).to_lowercase())}>{snap.relation(pt).label()}</span>
                        </h3>
                        <div class="point-row">
                            { for parties.iter().map(|p| html! {
                                <StanceCell party={AttrValue::from(p.id.clone())} stance={snap.stance(pt, &p.id).cloned()} />
                            }) }
                        </div>
                    </section>
                }) }
            </section>

            if !overlap.is_empty() || !clash.is_empty() {
                <section class="meet" aria-label="Where the sides meet and clash">
                    if !overlap.is_empty() {
                        <div class="meet-col overlap">
                            <h2>{"Where they overlap"}</h2>
                            <ul>{ for overlap.iter().map(|c| html! { <li>{&c.text}<Cites cites={c.cites.clone()} /></li> }) }</ul>
                        </div>
                    }
                    if !clash.is_empty() {
                        <div class="meet-col clash">
                            <h2>{"Where they clash"}</h2>
                            <ul>{ for clash.iter().map(|c| html! { <li>{&c.text}<Cites cites={c.cites.clone()} /></li> }) }</ul>
                        </div>
                    }
                </section>
            }

            if !analysis.is_empty() {
                <section class="analysis" aria-labelledby="analysis-h">
                    <h2 id="analysis-h">{"What independent analysts say"}</h2>
                    { for analysis.iter().map(|a| {
                        let who = store.actor(&a.actor);
                        html! {
                            <div class="analyst">
                                <p class="analyst-name">
                                    <strong>{who.map(|w| w.name.clone()).unwrap_or_default()}</strong>
                                    <span class="muted">{who.map(|w| format!(", {}", w.role)).unwrap_or_default()}</span>
                                </p>
                                <p>{&a.text}<Cites cites={a.cites.clone()} /></p>
                                { for snap.quotes(&a.quotes).into_iter().map(|q| html! { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }) }
                            </div>
                        }
                    }) }
                </section>
            }

            if !others.is_empty() {
                <section class="more-quotes" aria-labelledby="mq-h">
                    <h2 id="mq-h">{"More on the record"}</h2>
                    { for others.iter().map(|q| html! { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }) }
                </section>
            }

            if !events.is_empty() {
                <section class="topic-events" aria-labelledby="ev-h">
                    <h2 id="ev-h">{"Events"}</h2>
                    <EventList events={events.iter().map(|e| (*e).clone()).collect::<Vec<_>>()} />
                </section>
            }

            <nav class="pager" aria-label="Other topics">
                if let Some(p) = prev {
                    <Link<Route> to={page.route(View::Topic(p.id.clone()))} classes="prev">{format!("← {}", p.title)}</Link<Route>>
                }
                if let Some(n) = next {
                    <Link<Route> to={page.route(View::Topic(n.id.clone()))} classes="next">{format!("{} →", n.title)}</Link<Route>>
                }
            </nav>
    <PrintNotes notes={print_notes(store, &notes::topic(snap, &topic.id))} />
        </article>
    }
}
