//! The glossary: every term of the dataset with our definition, the passages it rests on,
//! any editor's note (outside the sources, marked as such) and the sources that use the term.

use crate::components::anchor_link::AnchorLink;
use crate::components::editor_note::EditorNote;
use crate::components::link_here::LinkHere;
use crate::context::use_page;
use crate::routes::View;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn GlossaryPage() -> Html {
    let page = use_page();
    let store = page.store();
    let d = &store.dataset;
    let mut terms: Vec<_> = d.glossary.iter().collect();
    terms.sort_by_key(|g| g.term.to_lowercase());
    let source_link = |id: &str| -> Html {
        match store.source(id) {
            Some(s) => html! {
                <Link<crate::routes::Route> to={View::Source(id.to_string()).at(None)}>
                    {format!("{}, {}", store.outlet_name(s), s.published.human())}
                </Link<crate::routes::Route>>
            },
            None => html! { {id.to_string()} },
        }
    };
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Glossary"}</p>
                <h1>{"Terms of the talks"}</h1>
                <p class="lede">{"Each term in our own words, saying what the sources say, with the passages it rests on. Anything from outside the sources is marked as an editor’s note."}</p>
            </header>
            <nav class="gloss-index" aria-label="Terms">
                <ul>
                    for g in &terms { <li><AnchorLink to={View::Glossary.at(None)} anchor={AttrValue::from(g.id.clone())}>{&g.term}</AnchorLink></li> }
                </ul>
            </nav>
            <dl class="glossary">
                for g in &terms {
                    <div class="gloss-entry" id={g.id.clone()}>
                        <dt>
                            <dfn>{&g.term}</dfn>
                            <LinkHere anchor={AttrValue::from(g.id.clone())} label={AttrValue::from(format!("Link to {}", g.term))} />
                            if let Some(also) = shown_aliases(&g.term, &g.aliases) {
                                <span class="gloss-aliases">{format!("also {also}")}</span>
                            }
                        </dt>
                        <dd>
                            if !g.definition.is_empty() { <p>{&g.definition}</p> }
                            <EditorNote note={g.editor_note.clone()} />
                            if !g.cites.is_empty() {
                                <details class="gloss-cites">
                                    <summary>{format!("The passages it rests on ({})", g.cites.len())}</summary>
                                    <ul>
                                        for c in &g.cites {
                                            <li><q>{&c.excerpt}</q>{" — "}{source_link(&c.source)}</li>
                                        }
                                    </ul>
                                </details>
                            }
                            <p class="gloss-appears">
                                <span class="muted">{"Appears in: "}</span>
                                { for g.appears_in.iter().enumerate().map(|(i, s)| html! { <>{ if i > 0 { "; " } else { "" } }{source_link(s)}</> }) }
                            </p>
                        </dd>
                    </div>
                }
            </dl>
        </>
    }
}

/// The aliases worth showing a reader: not the spelling variants the matcher needs (case,
/// hyphen or space, straight or curly apostrophe, singular or plural of the term).
fn shown_aliases(term: &str, aliases: &[String]) -> Option<String> {
    let norm = |s: &str| s.to_lowercase().replace(['’', '\''], "").replace('-', " ");
    let t = norm(term);
    let mut seen = vec![t.clone()];
    let mut out = Vec::new();
    for a in aliases {
        let n = norm(a);
        let variant = seen
            .iter()
            .any(|s| *s == n || format!("{n}s") == *s || format!("{s}s") == n);
        if !variant {
            out.push(a.as_str());
        }
        seen.push(n);
    }
    (!out.is_empty()).then(|| out.join(", "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn spelling_variants_are_not_shown() {
        let a = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            super::shown_aliases(
                "PMI",
                &a(&["Purchasing Managers' Index", "Purchasing Managers’ Index"])
            )
            .as_deref(),
            Some("Purchasing Managers' Index")
        );
        assert_eq!(
            super::shown_aliases(
                "Rare earths",
                &a(&[
                    "rare earth",
                    "rare-earth",
                    "rare-earth minerals",
                    "rare earth minerals"
                ])
            )
            .as_deref(),
            Some("rare-earth minerals")
        );
        assert_eq!(
            super::shown_aliases("90-day pause", &a(&["90 day pause"])),
            None
        );
    }
}
