//! One point of a topic: its aspect, how the stances relate, and each party's stance with its
//! quotes, side by side. Rendered from a view model's point (topic page, My briefing).

use crate::components::cite::Cites;
use crate::components::glossary_term::Glossed;
use crate::components::link_here::LinkHere;
use crate::components::quote::{side_class, QuoteBlock};
use crate::context::use_page;
use counterpoint_core::model::{Relation, Stance};
use counterpoint_core::view::topic::PointView;
use yew::prelude::*;

/// One party's cell of a point row.
#[derive(Clone, PartialEq)]
pub struct StanceCellData {
    /// The party's id.
    pub party: AttrValue,
    /// Its short name, e.g. "US".
    pub party_name: AttrValue,
    /// Its latest known stance; `None` when nothing is on record yet.
    pub stance: Option<Stance>,
    /// Ids of the stance's known quotes.
    pub quotes: Vec<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct PointRowProps {
    /// The element id (the topic page's `point-…` anchors).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Classes besides `point`.
    #[prop_or_default]
    pub class: Classes,
    /// What the point is about, e.g. "Current tariff rate".
    pub aspect: AttrValue,
    /// How the stances relate.
    pub relation: Relation,
    /// Each party's cell, in party order.
    pub stances: Vec<StanceCellData>,
}

impl PointRowProps {
    /// The cells of a view model's point.
    pub fn cells(point: &PointView<'_>) -> Vec<StanceCellData> {
        point
            .stances
            .iter()
            .map(|s| StanceCellData {
                party: AttrValue::from(s.party.id.clone()),
                party_name: AttrValue::from(s.party.short_name.clone()),
                stance: s.stance.cloned(),
                quotes: s
                    .quotes
                    .iter()
                    .map(|q| AttrValue::from(q.quote.id.clone()))
                    .collect(),
            })
            .collect()
    }
}

#[component]
pub fn PointRow(props: &PointRowProps) -> Html {
    let page = use_page();
    let relation = format!("rel-{:?}", props.relation).to_lowercase();
    html! {
        <section class={classes!("point", props.class.clone())} id={props.id.clone()}>
            <h3 class="point-head">
                <span class="aspect">{&props.aspect}</span>
                <span class={classes!("relation", relation)}>{props.relation.label()}</span>
            </h3>
            <div class="point-row">
                for cell in &props.stances {
                    <StanceCell cell={cell.clone()} side={side_class(&page, &cell.party)} anchor={props.id.as_ref().map(|id| AttrValue::from(format!("{id}-{}", cell.party)))} />
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StanceCellProps {
    cell: StanceCellData,
    /// CSS side class: `a`, `b` or `ind`.
    side: &'static str,
    /// The stance's element id (`point-…-us`), when the point has one.
    #[prop_or_default]
    anchor: Option<AttrValue>,
}

/// One party's stance on the point: our summary, its citations and its quotes.
#[component]
fn StanceCell(props: &StanceCellProps) -> Html {
    let cell = &props.cell;
    let class = classes!("stance", format!("side-{}", props.side));
    let Some(s) = &cell.stance else {
        return html! {
            <div class={classes!(class, "silent")}>
                <span class="side-label">{&cell.party_name}</span>
                <p class="muted">{"Nothing on record from this side by this date."}</p>
            </div>
        };
    };
    html! {
        <div class={classes!(class, s.silent.then_some("silent"))} id={props.anchor.clone()}>
            <span class="side-label">{&cell.party_name}<span class="stance-date">{format!(" · {}", s.date.human())}</span></span>
            <p><Glossed text={s.text.clone()} /><Cites cites={s.cites.clone()} />if let Some(a) = &props.anchor { <LinkHere anchor={a.clone()} label="Link to this stance" /> }</p>
            for id in &cell.quotes {
                <QuoteBlock id={id.clone()} />
            }
        </div>
    }
}
