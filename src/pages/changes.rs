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
use counterpoint_core::analysis::changes::{compare, StanceChange, TopicChange};
use counterpoint_core::analysis::Snapshot;
use counterpoint_core::view::{notes, print_notes};
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
    let store = page.store();
    let briefings = &store.data.briefings;
    let (from_id, to_id) = match &props.pair {
        Some((a, b)) => (a.clone(), b.clone()),
        None => match (briefings.first(), briefings.last()) {
            (Some(a), Some(b)) => (a.id.clone(), b.id.clone()),
            _ => return html! { <NotFoundPage /> },
        },
    };
    let (Some(from), Some(to)) = (
        Snapshot::of_briefing(store, Some(&from_id)),
        Snapshot::of_briefing(store, Some(&to_id)),
    ) else {
        return html! { <NotFoundPage /> };
    };
    let (fb, tb) = (
        from.briefing.expect("of_briefing"),
        to.briefing.expect("of_briefing"),
    );
    let head = html! {
        <header class="page-head">
            <p class="kicker">{"What changed"}</p>
            <h1>{format!("{} → {}", fb.title, tb.title)}</h1>
            <p class="lede">{format!("From {} to {}: how each side’s positions, the figures and the status of every topic moved.", fb.as_of.human(), tb.as_of.human())}</p>
        </header>
    };
    if fb.as_of >= tb.as_of {
        return html! {
            <>
                {head}
                <p class="empty-state">{"Choose an earlier briefing first and a later one second."}</p>
                <PairPicker from={from_id} to={to_id} />
            </>
        };
    }
    let changes = compare(from, to);
    // Links from this page open the later snapshot (the latest has no prefix).
    let later = (!to.is_latest()).then(|| to_id.clone());
    let at = |v: View| v.at(later.as_deref());
    let parties = &store.data.parties;
    let status_changes = changes.status_changes();
    let moved_figures = changes.moved_figures();
    let new_figures = changes.new_figures();
    let appeared = changes.appeared();
    let quiet = changes.quiet();
    let moved: Vec<&TopicChange<'_>> = changes.topics.iter().filter(|t| !t.quiet).collect();
    html! {
        <>
            {head}
            <PairPicker from={from_id.clone()} to={to_id.clone()} />
            <section class="change-summary" aria-label="Summary">
                <p>{changes.summary()}</p>
                <p class="muted small">{"This paragraph is generated from the dataset: every number and name in it comes from the items below."}</p>
            </section>

            if !moved_figures.is_empty() {
                <section aria-labelledby="fig-h">
                    <h2 id="fig-h">{"Figures that moved"}</h2>
                    <div class="table-wrap">
                        <table class="data-table">
                            <thead><tr><th scope="col">{"Measure"}</th><th scope="col">{fb.as_of.human()}</th><th scope="col">{tb.as_of.human()}</th><th scope="col">{"Change"}</th></tr></thead>
                            <tbody>
                                { for moved_figures.iter().map(|f| html! {
                                    <tr>
                                        <th scope="row">{f.label()}</th>
                                        <td>{f.before.map(|b| html! { <>{b.unit.format(b.value)}<span class="muted">{format!(" ({})", b.date.human())}</span><Cites cites={b.cites.clone()} /></> }).unwrap_or_else(|| html! { <span class="muted">{"—"}</span> })}</td>
                                        <td>{f.after.unit.format(f.after.value)}<span class="muted">{format!(" ({})", f.after.date.human())}</span><Cites cites={f.after.cites.clone()} /></td>
                                        <td class="change-cell">{f.describe()}</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </section>
            }

            if !new_figures.is_empty() {
                <section aria-labelledby="nf-h">
                    <h2 id="nf-h">{"New figures"}</h2>
                    <ul class="status-moves">
                        { for new_figures.iter().map(|f| html! {
                            <li>
                                <strong>{f.after.unit.format(f.after.value)}</strong>
                                <span>{&f.after.label}<span class="muted">{format!(" · {}", f.after.date.human())}</span><Cites cites={f.after.cites.clone()} /></span>
                            </li>
                        }) }
                    </ul>
                </section>
            }

            if !status_changes.is_empty() {
                <section aria-labelledby="st-h">
                    <h2 id="st-h">{"Status changes"}</h2>
                    <ul class="status-moves">
                        { for status_changes.iter().map(|t| html! {
                            <li>
                                <Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>>
                                <span class="move">
                                    if let Some(s) = t.status_before { <StatusBadge status={s.status} /><span class="status-label">{&s.label}</span> }
                                    <span class="arrow" aria-label="became">{" → "}</span>
                                    if let Some(s) = t.status_after { <StatusBadge status={s.status} /><span class="status-label">{&s.label}</span><Cites cites={s.cites.clone()} /> }
                                </span>
                            </li>
                        }) }
                    </ul>
                </section>
            }

            if !appeared.is_empty() {
                <section aria-labelledby="new-h">
                    <h2 id="new-h">{"New topics"}</h2>
                    <ul class="status-moves">
                        { for appeared.iter().map(|t| html! {
                            <li>
                                <Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>>
                                if let Some(s) = t.status_after { <span class="move"><StatusBadge status={s.status} /><span class="status-label">{&s.label}</span></span> }
                            </li>
                        }) }
                    </ul>
                </section>
            }

            <section aria-labelledby="pos-h">
                <h2 id="pos-h">{"Positions, side by side"}</h2>
                <div class="side-heads">
                    { for parties.iter().map(|p| html! { <div class={classes!("side-head", format!("side-{}", side_class(&page, &p.id)))}><span class="side-name">{format!("What the {} side now says", p.adjective)}</span></div> }) }
                </div>
                { for moved.iter().filter(|t| !t.stances.is_empty() || !t.new_quotes.is_empty()).map(|t| html! {
                    <section class="point change-topic" id={format!("change-{}", t.topic.id)}>
                        <h3 class="point-head">
                            <Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>>
                            if t.appeared { <span class="relation rel-onesided">{"New"}</span> }
                        </h3>
                        <div class="point-row">
                            { for parties.iter().map(|p| {
                                let stances = t.stances_of(&p.id);
                                let quotes = t.quotes_of(store, &p.id);
                                let class = classes!("stance", format!("side-{}", side_class(&page, &p.id)));
                                html! {
                                    <div {class}>
                                        <span class="side-label">{&p.short_name}</span>
                                        if stances.is_empty() && quotes.is_empty() {
                                            <p class="muted">{"Nothing new on record."}</p>
                                        }
                                        { for stances.iter().map(|s| stance_change(s)) }
                                        { for quotes.iter().map(|q| html! { <QuoteBlock id={AttrValue::from(q.id.clone())} /> }) }
                                    </div>
                                }
                            }) }
                        </div>
                    </section>
                }) }
            </section>

            if !quiet.is_empty() {
                <section aria-labelledby="quiet-h">
                    <h2 id="quiet-h">{"Went quiet"}</h2>
                    <p class="muted">{"Known at both dates, with nothing new reported in between."}</p>
                    <ul class="inline-list">
                        { for quiet.iter().map(|t| html! { <li><Link<Route> to={at(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>></li> }) }
                    </ul>
                </section>
            }

            if !changes.new_events.is_empty() {
                <section aria-labelledby="ev-h">
                    <h2 id="ev-h">{"New on the record"}</h2>
                    <EventList events={changes.new_events.iter().map(|e| (*e).clone()).collect::<Vec<_>>()} />
                </section>
            }
    <PrintNotes notes={print_notes(store, &notes::changes(page.snapshot(), Some((from_id.as_str(), to_id.as_str()))))} />
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

#[derive(Properties, PartialEq)]
struct PickerProps {
    from: String,
    to: String,
}

/// Links to every earlier → later pair of briefings.
#[component]
fn PairPicker(props: &PickerProps) -> Html {
    let page = use_page();
    let b = &page.store().data.briefings;
    if b.len() < 3 {
        return html! {};
    }
    let pairs: Vec<(&str, &str)> = b
        .iter()
        .enumerate()
        .flat_map(|(i, x)| {
            b[i + 1..]
                .iter()
                .map(move |y| (x.id.as_str(), y.id.as_str()))
        })
        .collect();
    html! {
        <nav class="snapshot-switch pair-picker" aria-label="Compare briefings">
            <ul>
                { for pairs.into_iter().map(|(x, y)| {
                    let current = x == props.from && y == props.to;
                    let title = |id: &str| b.iter().find(|z| z.id == id).map(|z| z.title.clone()).unwrap_or_default();
                    html! {
                        <li class={classes!(current.then_some("current"))}>
                            <Link<Route> to={View::Changes(Some((x.to_string(), y.to_string()))).at(None)}>{format!("{} → {}", title(x), title(y))}</Link<Route>>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
