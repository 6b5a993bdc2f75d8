//! Glossary popovers: the first occurrence of each glossary term on a page becomes a button
//! that opens the term's definition (HTML Popover API: no script, keyboard and touch work,
//! Esc closes), with a link to the term on the glossary page.
//!
//! Which occurrence is "first" is decided as the page renders: every [`Glossed`] text claims
//! the terms it finds that no earlier text of the page claimed. The claims are kept per page
//! (dataset, snapshot, view), so a text that renders again keeps its own marks. A page of an
//! earlier snapshot marks only the terms whose sources were all published by its date.

use crate::components::anchor_link::AnchorLink;
use crate::components::editor_note::EditorNote;
use crate::context::use_page;
use crate::routes::View;
use counterpoint_core::glossary::TermIndex;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// The claims of the page being rendered: term index → a hash of the text that marks it.
#[derive(Default)]
struct Claims {
    page: String,
    index: Option<(String, Rc<TermIndex>)>,
    /// Which terms this page may mark: those whose every source is published by the page's
    /// snapshot (a definition written later must not tell an earlier page what came next).
    shown: Vec<bool>,
    by_term: BTreeMap<usize, u64>,
}

thread_local! {
    static CLAIMS: RefCell<Claims> = RefCell::new(Claims::default());
}

fn text_hash(s: &str) -> u64 {
    // FNV-1a: stable across builds, enough to tell a page's texts apart.
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Properties, PartialEq)]
pub struct GlossedProps {
    /// Own-words text (never a verbatim quote).
    pub text: AttrValue,
}

/// `text`, with the first occurrence on the page of each glossary term marked as a popover.
#[component]
pub fn Glossed(props: &GlossedProps) -> Html {
    let page = use_page();
    let d = &page.store().dataset;
    if d.glossary.is_empty() {
        return html! { {props.text.to_string()} };
    }
    let text = props.text.as_str();
    let me = text_hash(text);
    // The store's address tells datasets apart (two may share an id).
    let store_key = format!("{:p}", Rc::as_ptr(&page.data.store));
    let page_key = format!("{store_key}|{:?}|{:?}", page.briefing, page.view);
    let marks = CLAIMS.with(|c| {
        let mut c = c.borrow_mut();
        if c.page != page_key {
            c.page = page_key;
            c.by_term.clear();
            let snap = page.snapshot();
            c.shown = d.glossary.iter().map(|g| snap.term_known(g)).collect();
        }
        let index = match &c.index {
            Some((key, index)) if *key == store_key => index.clone(),
            _ => {
                let index = Rc::new(TermIndex::new(&d.glossary));
                c.index = Some((store_key, index.clone()));
                index
            }
        };
        index
            .first_in(text)
            .into_iter()
            .filter(|m| {
                c.shown.get(m.term).copied().unwrap_or(false)
                    && *c.by_term.entry(m.term).or_insert(me) == me
            })
            .collect::<Vec<_>>()
    });
    if marks.is_empty() {
        return html! { {text.to_string()} };
    }
    let mut out = Vec::new();
    let mut at = 0;
    for m in marks {
        out.push(html! { {text[at..m.start].to_string()} });
        let g = &d.glossary[m.term];
        let pop = format!("gloss-{}", g.id);
        out.push(html! {
            <span class="gloss">
                <button type="button" class="gloss-term" popovertarget={pop.clone()}>{text[m.start..m.end].to_string()}</button>
                <span id={pop} popover="auto" class="gloss-pop">
                    <strong class="gloss-pop-term">{&g.term}</strong>
                    if !g.definition.is_empty() { <span class="gloss-pop-def">{&g.definition}</span> }
                    <EditorNote note={g.editor_note.clone()} />
                    <AnchorLink to={View::Glossary.at(None)} anchor={AttrValue::from(g.id.clone())} classes="gloss-pop-more">{"Sources in the glossary →"}</AnchorLink>
                </span>
            </span>
        });
        at = m.end;
    }
    out.push(html! { {text[at..].to_string()} });
    out.into_iter().collect::<Html>()
}
