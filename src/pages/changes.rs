//! What changed between two briefings: a generated summary, then figures, statuses, topics
//! and each party's new or revised positions, side by side.

use crate::components::cite::Cites;
use crate::components::event_list::EventList;
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::status::StatusBadge;
use crate::context::use_page;
use crate::pages::not_found::NotFoundPage;
use crate::routes::{Route, View};
use counterpoint_core::analysis::changes::StanceChange;
use counterpoint_core::view::{print_notes, ChangesView};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    /// Briefing ids (from, to); `None` compares the first and the latest.
    pub pair: Option<(String, String)>,
}

#[component]
pub fn ChangesPage(props: &ChangesProps) -> Html {
    let page = use_page();
    let pair = props.pair.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
    let Some(view) = ChangesView::new(page.snapshot(), pair) else {
        return html! { <NotFoundPage /> };
    };
    let (fb, tb) = (view.from, view.to);
    let head = html! {
        <header class="page-head">
            <p class="kicker">{"What changed"}</p>
            <h1>{format!("{} → {}", fb.title, tb.title)}</h1>
            <p class="lede">{format!("From {} to {}: how each side’s positions, the figures and the status of every topic moved.", fb.as_of.human(), tb.as_of.human())}</p>
        </header>
    };
    if !view.ordered {
        return html! {
            <>
                {head}
                <p class="empty-state">{"Choose an earlier briefing first and a later one second."}</p>
                { pair_picker(&view) }
            </>
        };
    }
    // Links from this page open the later snapshot (the latest has no prefix).
    let at = |v: View| v.at(view.later);
    let notes = print_notes(page.store(), &view.notes());
    html! {
        <>
            {head}
            { pair_picker(&view) }
            <section class="change-summary" aria-label="Summary">
                <p>{&view.summary}</p>
                <p class="muted small">{"This paragraph is generated from the dataset: every number and name in it comes from the items below."}</p>
            </section>

            if !view.moved_figures.is_empty() {
                <section aria-labelledby="fig-h">
                    <h2 id="fig-h">{"Figures that moved"}</h2>
                    <div class="table-wrap">
                        <table class="data-table">
                            <thead><tr><th scope="col">{"Measure"}</th><th scope="col">{fb.as_of.human()}</th><th scope="col">{tb.as_of.human()}</th><th scope="col">{"Change"}</th></tr></thead>
                            <tbody>
                                for f in &view.moved_figures {
                                    <tr>
                                        <th scope="row">{f.label()}</th>
                                        <td>{f.before.map(|b| html! { <>{b.formatted()}<span class="muted">{format!(" ({})", b.date.human())}</span><Cites cites={b.cites.clone()} /></> }).unwrap_or_else(|| html! { <span class="muted">{"—"}</span> })}</td>
                                        <td>{f.after.formatted()}<span class="muted">{format!(" ({})", f.after.date.human())}</span><Cites cites={f.after.cites.clone()} /></td>
                                        <td class="change-cell">{f.describe()}</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    </div>
                </section>
            }

            if !view.new_figures.is_empty() {
                <section aria-labelledby="nf-h">
                    <h2 id="nf-h">{"New figures"}</h2>
                    <ul class="status-moves">
                        for f in &view.new_figures {
                            <li>
                                <strong>{f.after.formatted()}</strong>
                                <span>{&f.after.label}<span class="muted">{format!(" · {}", f.after.date.human())}</span><Cites cites={f.after.cites.clone()} /></span>
                            </li>
                        }
                    </ul>
                </section>
            }

            if !view.status_changes.is_empty() {
                <section aria-labelledby="st-h">
                    <h2 id="st-h">{"Status changes"}</h2>
                    <ul class="status-moves">
                        for t in &view.status_changes {
                            <li>
                                <Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>>
                                <span class="move">
                                    if let Some(s) = t.before { <StatusBadge status={s.status} /><span class="status-label">{&s.label}</span> }
                                    <span class="arrow" aria-label="became">{" → "}</span>
                                    if let Some(s) = t.after { <StatusBadge status={s.status} /><span class="status-label">{&s.label}</span><Cites cites={s.cites.clone()} /> }
                                </span>
                            </li>
                        }
                    </ul>
                </section>
            }

            if !view.new_topics.is_empty() {
                <section aria-labelledby="new-h">
                    <h2 id="new-h">{"New topics"}</h2>
                    <ul class="status-moves">
                        for t in &view.new_topics {
                            <li>
                                <Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>>
                                if let Some(s) = t.after { <span class="move"><StatusBadge status={s.status} /><span class="status-label">{&s.label}</span></span> }
                            </li>
                        }
                    </ul>
                </section>
            }

            <section aria-labelledby="pos-h">
                <h2 id="pos-h">{"Positions, side by side"}</h2>
                <div class="side-heads">
                    for p in view.parties {
                        <div class={classes!("side-head", format!("side-{}", side_class(&page, &p.id)))}><span class="side-name">{format!("What the {} side now says", p.adjective)}</span></div>
                    }
                </div>
                for t in &view.positions {
                    <section class="point change-topic" id={format!("change-{}", t.topic.id)}>
                        <h3 class="point-head">
                            <Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>>
                            if t.appeared { <span class="relation rel-onesided">{"New"}</span> }
                        </h3>
                        <div class="point-row">
                            for p in &t.parties {
                                <div class={classes!("stance", format!("side-{}", side_class(&page, &p.party.id)))}>
                                    <span class="side-label">{&p.party.short_name}</span>
                                    if p.stances.is_empty() && p.quotes.is_empty() {
                                        <p class="muted">{"Nothing new on record."}</p>
                                    }
                                    for s in &p.stances {
                                        { stance_change(s) }
                                    }
                                    for q in &p.quotes {
                                        <QuoteBlock id={AttrValue::from(q.quote.id.clone())} />
                                    }
                                </div>
                            }
                        </div>
                    </section>
                }
            </section>

            if !view.quiet.is_empty() {
                <section aria-labelledby="quiet-h">
                    <h2 id="quiet-h">{"Went quiet"}</h2>
                    <p class="muted">{"Known at both dates, with nothing new reported in between."}</p>
                    <ul class="inline-list">
                        for t in &view.quiet {
                            <li><Link<Route> to={at(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>></li>
                        }
                    </ul>
                </section>
            }

            if !view.new_events.is_empty() {
                <section aria-labelledby="ev-h">
                    <h2 id="ev-h">{"New on the record"}</h2>
                    <EventList events={view.new_events.iter().map(|e| (*e).clone()).collect::<Vec<_>>()} />
                </section>
            }
            <PrintNotes {notes} />
        </>
    }
}

fn stance_change(s: &StanceChange<'_>) -> Html {
    let after = s.after.expect("a change has a later stance");
    html! {
        <div class="stance-change">
            <p class="aspect-label">{&s.point.aspect}<span class="muted">{format!(" · {}", after.date.human())}</span></p>
            if let Some(b) = s.before.filter(|b| !b.silent) {
                <p class="before"><span class="was">{"Before: "}</span>{&b.text}</p>
            }
            <p class="after">{&after.text}<Cites cites={after.cites.clone()} /></p>
        </div>
    }
}

/// Links to every earlier → later pair of briefings (none with fewer than three).
fn pair_picker(view: &ChangesView<'_>) -> Html {
    if view.pairs.is_empty() {
        return html! {};
    }
    html! {
        <nav class="snapshot-switch pair-picker" aria-label="Compare briefings">
            <ul>
                for p in &view.pairs {
                    <li class={classes!(p.current.then_some("current"))}>
                        <Link<Route> to={View::Changes(Some((p.from.id.clone(), p.to.id.clone()))).at(None)}>{format!("{} → {}", p.from.title, p.to.title)}</Link<Route>>
                    </li>
                }
            </ul>
        </nav>
    }
}
