//! The search field in the header of every page: results as you type, ↑ ↓ to choose, Enter to
//! open the chosen one (the first by default), Esc to close. An ARIA combobox with a listbox.
//!
//! Not an island: its results need the dataset, which the islands binary does not carry. On a
//! static page the field is a plain form (Enter opens the search page with the query, also
//! with JavaScript off), and the islands binary starts the full app when the reader types into
//! it (and fetches it on focus or when the pointer comes near, `data-workshop-intent`); the app
//! then renders this component over it, carrying over what was typed.

use crate::browser::workshop;
use yew::prelude::*;

/// Most results listed under the field (the search page lists more).
const LIMIT: usize = 8;

#[derive(Properties, PartialEq, Clone)]
pub struct SiteSearchProps {
    /// Address of the search page (the form's action).
    pub action: AttrValue,
}

#[component]
pub fn SiteSearch(props: &SiteSearchProps) -> Html {
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| 0usize);
    let input = use_node_ref();
    let results = results::use_results(&query, LIMIT);
    // After a takeover, start from what the reader typed into the static page's field.
    {
        let (query, open, input) = (query.clone(), open.clone(), input.clone());
        use_effect_with((), move |_| {
            if let Some(carry) = workshop::take_carry() {
                if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                    el.set_value(&carry.value);
                    if carry.focused {
                        let _ = el.focus();
                    }
                }
                gloo::utils::window().scroll_to_with_x_and_y(0.0, carry.scroll_y);
                open.set(carry.focused && !carry.value.trim().is_empty());
                query.set(carry.value);
            }
        });
    }
    let onfocus = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let form = use_node_ref();
    let onfocusout = {
        let (open, form) = (open.clone(), form.clone());
        Callback::from(move |e: FocusEvent| {
            // Focus moving to one of the results keeps the list open.
            // (The form by its ref: under Yew's event delegation `current_target` is the root.)
            let inside = e
                .related_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                .zip(form.get())
                .is_some_and(|(to, form)| form.contains(Some(&to)));
            if !inside {
                open.set(false);
            }
        })
    };
    let oninput = {
        let (query, active, open) = (query.clone(), active.clone(), open.clone());
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            active.set(0);
            open.set(true);
            query.set(v);
        })
    };
    let hrefs: Vec<String> = results.iter().map(|(href, _, _)| href.clone()).collect();
    let onkeydown = {
        let (active, open, action) = (active.clone(), open.clone(), props.action.clone());
        let query = query.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = hrefs.len();
            match e.key().as_str() {
                "ArrowDown" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.set((*active + 1).min(n - 1));
                }
                "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    active.set(active.saturating_sub(1));
                }
                "Escape" if *open => {
                    e.prevent_default();
                    open.set(false);
                }
                "Enter" => {
                    e.prevent_default();
                    open.set(false);
                    let href = if n > 0 {
                        hrefs[(*active).min(n - 1)].clone()
                    } else {
                        format!(
                            "{action}?q={}",
                            String::from(js_sys::encode_uri_component(&query))
                        )
                    };
                    go(&href);
                }
                _ => {}
            }
        })
    };
    let shown = *open && !results.is_empty();
    let current = (*active).min(results.len().saturating_sub(1));
    let descendant = shown.then(|| format!("site-search-{current}"));
    // One callback per result, holding its address: under Yew's event delegation the event's
    // `current_target` is the app's root, not the link (reading `href` from it opened nothing).
    let onclick_result = |href: String| {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            open.set(false);
            go(&href);
        })
    };
    html! {
        <form ref={form} class="site-search" role="search" aria-label="Quick search" action={props.action.clone()} method="get" data-workshop-intent="" {onfocusout}>
            <label for="site-search" class="sr-only">{"Search the briefing"}</label>
            <input id="site-search" ref={input} type="search" name="q" autocomplete="off" spellcheck="false"
                placeholder="Search" role="combobox" aria-autocomplete="list"
                aria-expanded={shown.to_string()} aria-controls="site-search-list"
                aria-activedescendant={descendant}
                {onfocus} {oninput} {onkeydown} />
            <kbd class="site-search-key" aria-hidden="true">{"/"}</kbd>
            <ul id="site-search-list" class="site-search-list" role="listbox" aria-label="Results" hidden={!shown}>
                for (i, (href, body, label)) in results.into_iter().enumerate() {
                    <li id={format!("site-search-{i}")} role="option" aria-selected={(i == current).to_string()}
                        class={classes!((i == current).then_some("active"))}>
                        <a href={href.clone()} tabindex="-1" aria-label={label} onclick={onclick_result(href)}>{body}</a>
                    </li>
                }
            </ul>
        </form>
    }
}

/// Opens a result (or the search page) in the full app, scrolling to the fragment it names
/// the way every in-page link does.
fn go(href: &str) {
    match href.split_once('#') {
        Some((_, anchor)) => crate::components::anchor_link::follow_anchor(href, anchor),
        None => crate::browser::dom::navigate(href),
    }
}

/// The results: the hits of the query in the page's snapshot.
mod results {
    use crate::components::search_hit::{hit_target, marked};
    use crate::context::{use_base_path, PageCtx};
    use counterpoint_core::view::search::SearchView;
    use yew::prelude::*;
    use yew_router::prelude::*;

    /// `(address, shown body, accessible label)` of each hit of `query` in the page's snapshot.
    #[hook]
    pub fn use_results(query: &str, limit: usize) -> Vec<(String, Html, String)> {
        let page = use_context::<PageCtx>();
        let base = use_base_path();
        let Some(page) = page else {
            return Vec::new();
        };
        if query.trim().is_empty() {
            return Vec::new();
        }
        let index = page.data.search_index();
        let view = SearchView::new(&index, page.snapshot(), query, limit);
        view.rows
            .iter()
            .map(|row| {
                let (route, anchor) = hit_target(&page, row);
                let href = match anchor {
                    Some(a) => format!("{base}{}#{a}", route.to_path()),
                    None => format!("{base}{}", route.to_path()),
                };
                let h = &row.hit;
                let body = html! {
                    <>
                        <span class="hit-kind">{h.kind.label()}</span>
                        <span class="hit-title">{marked(h.title, &h.title_ranges)}</span>
                    </>
                };
                (href, body, format!("{}: {}", h.kind.label(), h.title))
            })
            .collect()
    }
}
