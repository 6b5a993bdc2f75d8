//! Who raised what: each topic against each party, derived from whose voices speak in the
//! topic's items, and whose voices each source carries.

use crate::components::anchor_link::AnchorLink;
use crate::components::export_button::{site_base, ExportButton};
use crate::components::quote::side_class;
use crate::components::show_more::ShowMore;
use crate::context::use_base_path;
use crate::context::{use_page, PageCtx};
use crate::hooks::{use_paging, Paging};
use crate::pages::exports::{page_export_name, static_export_href};
use crate::routes::{Route, View};
use counterpoint_core::analysis::raised::{Raised, RaisedBy, Voice, VoiceItem, VoiceOf};
use counterpoint_core::export::markdown;
use counterpoint_core::view::raised::RaisedView;
use yew::prelude::*;
use yew_router::prelude::*;

/// Topic rows shown before "Show more".
const BATCH: usize = 50;
/// Links to the words shown per cell; the rest are counted.
const LINKS: usize = 3;

/// A link to where a voice speaks: the quote on the people page, the topic otherwise.
fn voice_link(page: &PageCtx, topic: &str, v: &Voice<'_>) -> Html {
    // Who speaks: the actor, else the party whose act or statement the source reports, else
    // the outlet reporting in its own voice.
    let store = page.store();
    let name = match (v.actor, v.of) {
        (Some(a), _) => a.name.clone(),
        (None, VoiceOf::Party(p)) => store.side_name(p),
        (None, VoiceOf::Outlet(s)) => store
            .source(s)
            .map(|s| store.outlet_name(s))
            .unwrap_or_default(),
        (None, VoiceOf::Independent) => String::new(),
    };
    match v.item {
        VoiceItem::Quote(q) => html! {
            <AnchorLink to={page.route(View::People)} anchor={AttrValue::from(format!("quote-{}", q.id))}>{format!("{name}: “{}”", short(&q.text))}</AnchorLink>
        },
        VoiceItem::Commitment(c) => html! {
            <AnchorLink to={page.route(View::Commitments)} anchor={AttrValue::from(format!("commitment-{}", c.id))}>{format!("{name}: {} (ledger)", c.kind.label().to_lowercase())}</AnchorLink>
        },
        VoiceItem::Stance(p, _) => html! {
            <AnchorLink to={page.route(View::Topic(topic.to_string()))} anchor={AttrValue::from(format!("point-{}", p.id))}>{format!("{name} position: {}", p.aspect)}</AnchorLink>
        },
        VoiceItem::Analysis(_) => html! {
            <Link<Route> to={page.route(View::Topic(topic.to_string()))}>{format!("{name} (analysis)")}</Link<Route>>
        },
    }
}

/// The first words of a quote, for a link.
fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 8 {
        text.to_string()
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

fn voices_cell(page: &PageCtx, topic: &str, voices: &[Voice<'_>]) -> Html {
    html! {
        <ul class="raised-voices">
            for v in voices.iter().take(LINKS) { <li>{voice_link(page, topic, v)}</li> }
            if voices.len() > LINKS { <li class="muted">{format!("and {} more", voices.len() - LINKS)}</li> }
        </ul>
    }
}

#[component]
pub fn RaisedPage() -> Html {
    let page = use_page();
    let base = use_base_path();
    let export = {
        let page = page.clone();
        Callback::from(move |_| {
            markdown::raised(&RaisedView::new(page.snapshot()), site_base().as_deref())
        })
    };
    let filename = page_export_name(&page, "who-raised-what");
    let href = static_export_href(&page, &base, &filename).map(AttrValue::from);
    let view = RaisedView::new(page.snapshot());
    let Paging {
        lists: [shown],
        printing,
        ..
    } = use_paging([BATCH]);
    let n = shown.reach(view.rows.len(), None, printing);
    let only_others = view
        .rows
        .iter()
        .filter(|r| r.by == RaisedBy::OnlyOthers)
        .count();
    html! {
        <>
            <header class="page-head with-tools">
                <p class="kicker">{"Who raised what"}</p>
                <h1>{"Whose voices speak on each topic"}</h1>
                <div class="page-tools">
                    <ExportButton filename={AttrValue::from(filename)} markdown={export} {href} />
                </div>
                <p class="lede">{"Derived from the data, not entered by hand: a party has raised a topic in its own voice when its people or bodies are quoted on it or make a commitment on it. When its position is known only from an outlet’s reporting, the cell says so; when nothing is known, the silence stays silence."}</p>
            </header>
            <section aria-labelledby="raised-h">
                <h2 id="raised-h">{"Topics × parties"}</h2>
                <p class="muted">{format!("{} of {} topics are raised by no party’s own voice, only by analysts or outlets.", only_others, view.rows.len())}</p>
                <div class="table-wrap">
                    <table class="data-table raised">
                        <caption class="sr-only">{"For each topic, whether each party raised it in its own voice"}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{"Topic"}</th>
                                for p in view.parties.iter() {
                                    <th scope="col" class={classes!(format!("side-{}", side_class(&page, &p.id)))}>{&p.short_name}</th>
                                }
                                <th scope="col">{"Analysts and others"}</th>
                            </tr>
                        </thead>
                        <tbody>
                            for row in view.rows.iter().take(n) {
                                <tr>
                                    <th scope="row"><Link<Route> to={page.route(View::Topic(row.topic.id.clone()))}>{&row.topic.title}</Link<Route>></th>
                                    for (i, (raised, voices)) in row.parties.iter().enumerate() {
                                        <td class={classes!("raised-cell", format!("raised-{}", raised.slug()), format!("side-{}", side_class(&page, &view.parties[i].id)))}>
                                            <span class="raised-tag">{raised.label()}</span>
                                            if *raised == Raised::OwnVoice { {voices_cell(&page, &row.topic.id, voices)} }
                                            if *raised == Raised::Reported {
                                                <span class="muted raised-why">{"Position known from outlets’ reporting, no quote"}</span>
                                            }
                                        </td>
                                    }
                                    <td class="raised-cell">
                                        if row.independent.is_empty() {
                                            <span class="muted">{"–"}</span>
                                        } else {
                                            {voices_cell(&page, &row.topic.id, &row.independent)}
                                        }
                                    </td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
                <ShowMore total={view.rows.len()} batch={shown} noun="topics" reach={n} />
            </section>
            <section aria-labelledby="carry-h">
                <h2 id="carry-h">{"Whose voices each source carries"}</h2>
                <p class="muted">{"Quotes each article prints, by the speaker’s side, and its cited passages that are not quotes: the outlet’s own reporting (which may paraphrase someone; the data does not yet say whose)."}</p>
                <div class="table-wrap">
                    <table class="data-table raised-sources">
                        <thead>
                            <tr>
                                <th scope="col">{"Source"}</th>
                                for p in view.parties.iter() { <th scope="col" class="num">{format!("{} quotes", p.short_name)}</th> }
                                <th scope="col" class="num">{"Independent quotes"}</th>
                                <th scope="col" class="num">{"Outlet’s own passages"}</th>
                            </tr>
                        </thead>
                        <tbody>
                            for s in view.sources.iter() {
                                <tr>
                                    <th scope="row"><Link<Route> to={page.route(View::Source(s.source.id.clone()))}>{format!("[{}] {}", page.store().source_number(&s.source.id), page.store().outlet_name(s.source))}</Link<Route>></th>
                                    for n in s.parties.iter() { <td class="num">{n}</td> }
                                    <td class="num">{s.independent}</td>
                                    <td class="num">{s.outlet}</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
            </section>
        </>
    }
}
