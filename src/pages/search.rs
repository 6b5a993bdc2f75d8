//! Instant search over quotes, positions, events, figures, people, sources and disputes.
//! `/` anywhere opens it; arrows move through results; Enter opens one.

use crate::components::anchor_link::{anchor_href, follow_anchor, AnchorLink};
use crate::components::search_hit::{hit_target, marked};
use crate::context::{use_page, DataCtx};
use crate::routes::Route;
use counterpoint_core::view::search::SearchView;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

const LIMIT: usize = 50;

#[component]
pub fn SearchPage() -> Html {
    let page = use_page();
    let data = use_context::<DataCtx>().expect("dataset");
    let index = data.search_index();
    let query = use_state(String::new);
    let active = use_state(|| 0usize);
    let input = use_node_ref();
    let navigator = use_navigator();
    // The query comes from the URL after hydration (the prerendered page has none).
    {
        let (query, input) = (query.clone(), input.clone());
        use_effect_with((), move |_| {
            let q = crate::browser::dom::query_param("q").unwrap_or_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                el.set_value(&q);
                let _ = el.focus();
            }
            query.set(q);
        });
    }
    let view = SearchView::new(&index, page.snapshot(), &query, LIMIT);
    let oninput = {
        let (query, active) = (query.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            active.set(0);
            // Keep the query in the address (reload, back, sharing) without telling the router:
            // a route change would re-render every component of the page on each keystroke.
            let window = gloo::utils::window();
            if let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) {
                let url = if v.is_empty() {
                    path
                } else {
                    format!("{path}?q={}", js_sys::encode_uri_component(&v))
                };
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
            query.set(v);
        })
    };
    let targets: Vec<(Route, Option<String>)> =
        view.rows.iter().map(|r| hit_target(&page, r)).collect();
    let onkeydown = {
        let (active, targets, navigator) = (active.clone(), targets.clone(), navigator.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = targets.len();
            match e.key().as_str() {
                "ArrowDown" if n > 0 => {
                    e.prevent_default();
                    active.set((*active + 1).min(n - 1));
                }
                "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    active.set(active.saturating_sub(1));
                }
                "Enter" if n > 0 => {
                    e.prevent_default();
                    let (route, anchor) = &targets[(*active).min(n - 1)];
                    match (anchor, &navigator) {
                        (Some(a), nav) => follow_anchor(&anchor_href(nav.as_ref(), route, a), a),
                        (None, Some(nav)) => nav.push(route),
                        (None, None) => {}
                    }
                }
                _ => {}
            }
        })
    };
    let current = (*active).min(view.rows.len().saturating_sub(1));
    html! {
        <>
            <header class="page-head">
                <p class="kicker">{"Search"}</p>
                <h1>{"Search the briefing"}</h1>
            </header>
            <form class="search-form" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label for="search-input" class="sr-only">{"Search quotes, positions, events, figures, people, sources and glossary terms"}</label>
                <input id="search-input" ref={input} type="search" name="q" autocomplete="off" spellcheck="false"
                    placeholder="Search quotes, positions, events, people, sources, terms…"
                    aria-describedby="search-help"
                    {oninput} {onkeydown} />
                <p id="search-help" class="muted small">{"Press / anywhere to search. ↑ ↓ to move, Enter to open. Case and accents are ignored."}</p>
            </form>
            <p class="muted" aria-live="polite">
                { view.summary() }
            </p>
            <ol id="search-results" class="hits" aria-label="Results">
                for (i, (row, (route, anchor))) in view.rows.iter().zip(targets).enumerate() {
                    {{
                        let h = &row.hit;
                        let body = html! {
                            <>
                                <span class="hit-kind">{h.kind.label()}{h.date.map(|d| format!(" · {}", d.human())).unwrap_or_default()}</span>
                                <span class="hit-title">{marked(h.title, &h.title_ranges)}</span>
                                <span class="hit-snippet">{marked(&h.snippet, &h.snippet_ranges)}</span>
                            </>
                        };
                        html! {
                            <li id={format!("hit-{i}")} class={classes!("hit", (i == current).then_some("active"))}>
                                { match anchor {
                                    Some(a) => html! { <AnchorLink to={route} anchor={a}>{body}</AnchorLink> },
                                    None => html! { <Link<Route> to={route}>{body}</Link<Route>> },
                                } }
                            </li>
                        }
                    }}
                }
            </ol>
        </>
    }
}
