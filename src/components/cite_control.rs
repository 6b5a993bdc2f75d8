//! "Cite": the reference of the briefing, a topic or a source in Chicago and APA, and as
//! BibTeX, RIS and CSL-JSON, written into the page inside a `<details>` (it opens, and the
//! text selects and copies by hand, with JavaScript off), with a Copy button per format as an
//! island ([`CopyText`]: it copies the text of the block beside it, so its props hold only an
//! element id). In the full app the same component renders from the dataset on screen.
//!
//! A page's address goes into its reference only when it is known to be the page's public
//! one: the prerenderer's `--site-url` on the static pages ([`SiteUrl`]), the document's
//! base address in the full app; never for a dataset the reader opened (its pages exist only
//! in their tab). The bibliography files are linked for the built-in dataset only.

use crate::browser::clipboard::copy_text;
use crate::context::{use_base_path, use_page, SiteUrl};
use crate::routes::View;
use counterpoint_core::export::bibliography::Format;
use counterpoint_core::export::reference::Reference;
use gloo::timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::Routable;

/// The site's public root address, when known (see the module).
#[hook]
fn use_site_root() -> Option<String> {
    let given = use_context::<SiteUrl>().unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    {
        let _ = given;
        crate::browser::dom::site_base()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        given.0.map(|s| s.to_string())
    }
}

/// What is cited.
#[derive(Clone, PartialEq, Debug)]
pub enum CiteWhat {
    /// The briefing of the page's snapshot.
    Briefing,
    /// A topic's page, by topic id.
    Topic(String),
    /// An article of the dataset, by source id.
    Source(String),
}

#[derive(Properties, PartialEq)]
pub struct CiteControlProps {
    pub what: CiteWhat,
}

#[component]
pub fn CiteControl(props: &CiteControlProps) -> Html {
    let page = use_page();
    let base = use_base_path();
    let site_root = use_site_root();
    let store = page.store();
    let snap = page.snapshot();
    // This page's public address, for the site's own pages of the built-in dataset.
    let url = || {
        let root = site_root.clone().filter(|_| page.data.is_builtin())?;
        let path = page.route(page.view.clone()).to_path();
        Some(format!(
            "{}/{}",
            root.trim_end_matches('/'),
            path.trim_start_matches('/')
        ))
    };
    let (reference, what) = match &props.what {
        CiteWhat::Briefing => (Reference::page(&snap, None, url()), "this briefing"),
        CiteWhat::Topic(id) => match store.topic(id) {
            Some(t) => (Reference::page(&snap, Some(t), url()), "this topic"),
            None => return html! {},
        },
        CiteWhat::Source(id) => match store.source(id) {
            Some(s) => (Reference::source(store, s), "this article"),
            None => return html! {},
        },
    };
    let id = |f: Format| format!("cite-{}", f.slug());
    let files = page.data.is_builtin().then(|| {
        let file = |name: &str| format!("{base}/{name}");
        html! {
            <p class="cite-files">
                {"Every source of the dataset: "}
                <a href={file("sources.bib")} download="sources.bib">{"BibTeX"}</a>{" · "}
                <a href={file("sources.ris")} download="sources.ris">{"RIS"}</a>{" · "}
                <a href={file("sources.json")} download="sources.json">{"CSL-JSON"}</a>
            </p>
        }
    });
    let no_url = reference.url.is_none() && matches!(page.view, View::Home | View::Topic(_));
    html! {
        <details class="cite-control">
            <summary class="tool-button cite-summary">
                <svg class="tool-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                    <path d="M3 4.5h4v4H4.5L3 11.5zM9 4.5h4v4h-2.5L9 11.5z" />
                </svg>
                {"Cite"}
            </summary>
            <div class="cite-panel">
                <p class="cite-intro">{format!("Cite {what}: select a reference, or press Copy beside it.")}
                    if no_url { {" The references carry no web address: this copy of the site was built without its public address."} }
                </p>
                for f in Format::ALL {
                    <div class="cite-format">
                        <div class="cite-format-head">
                            <span class="cite-format-name">{f.label()}</span>
                            { copy_island(&id(f), f.label()) }
                        </div>
                        if f.is_code() {
                            // Scrolls when long: focusable, so the keyboard can scroll it too.
                            <pre class="cite-code" id={id(f)} tabindex="0">{f.write(&reference)}</pre>
                        } else {
                            <p class="cite-text" id={id(f)}>{f.write(&reference)}</p>
                        }
                    </div>
                }
                {files}
            </div>
        </details>
    }
}

/// The Copy button of one format, as an island.
fn copy_island(target: &str, format: &str) -> Html {
    crate::components::island::island(crate::components::island::IslandProps::CopyText(
        CopyTextProps {
            target: target.to_string(),
            label: format!("Copy {format}"),
        },
    ))
}

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct CopyTextProps {
    /// Id of the element whose text is copied.
    pub target: String,
    /// The button's accessible name, e.g. "Copy BibTeX".
    pub label: String,
}

/// How long "Copied" stays.
const FEEDBACK_MS: u32 = 2_000;

/// Copies the text of the element `target` to the clipboard, and says whether it worked.
#[component]
pub fn CopyText(props: &CopyTextProps) -> Html {
    let outcome = use_state(|| None::<bool>);
    let reset = use_mut_ref(|| None::<Timeout>);
    // The button, for focus to come back to after a fallback copy (under Yew's event
    // delegation, the event's `current_target` is the root, not the button).
    let button = use_node_ref();
    let onclick = {
        let button = button.clone();
        let (outcome, target) = (outcome.clone(), props.target.clone());
        Callback::from(move |_: MouseEvent| {
            let text = crate::browser::page_text::text_of(&target).unwrap_or_default();
            let button = button.cast::<web_sys::HtmlElement>();
            let (outcome, reset) = (outcome.clone(), reset.clone());
            copy_text(text, button, move |copied| {
                outcome.set(Some(copied));
                let outcome = outcome.clone();
                *reset.borrow_mut() = Some(Timeout::new(FEEDBACK_MS, move || outcome.set(None)));
            });
        })
    };
    let message = match *outcome {
        Some(true) => "Copied",
        Some(false) => "Could not copy: select the text and copy it by hand",
        None => "",
    };
    html! {
        <span class="copy-text">
            <button type="button" class="copy-text-button" aria-label={props.label.clone()} ref={button} {onclick}>{"Copy"}</button>
            <span class={classes!("copy-text-status", (*outcome == Some(false)).then_some("failed"))} role="status">{message}</span>
        </span>
    }
}
