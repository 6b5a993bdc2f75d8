//! The dataset page: which dataset is showing and where it came from, opening another one
//! (file picker, drag-and-drop, a link on this site, the bundled examples), every problem of a
//! refused file, and the way back to the built-in dataset.

use crate::browser::download::download;
use crate::components::export_button::file_slug;
use crate::components::load_problems::LoadProblems;
use crate::context::{use_base_path, use_page, PageCtx};
use crate::state::dataset::{use_dataset, LoadStatus, URL_PARAM};
use counterpoint_core::export::{bibliography, csv};
use counterpoint_core::model::{DatasetOrigin, Store, MAX_DATASET_BYTES};
use counterpoint_core::view::data::DataView;
use yew::prelude::*;

/// Example datasets shipped with the site under `datasets/` (copied from `data/examples/`).
pub const EXAMPLES: &[(&str, &str)] = &[(
    "datasets/us-japan-2019.json",
    "US–Japan trade agreement, 2018–2019 (small example)",
)];

#[component]
pub fn DataPage() -> Html {
    let page = use_page();
    let ctl = use_dataset();
    let state = ctl.state();
    let view = DataView::new(page.snapshot());
    let address = use_node_ref();

    let on_file = {
        let ctl = ctl.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                ctl.open_file(file);
            }
            // Picking the same file again (after fixing it) must fire `change` again.
            input.set_value("");
        })
    };
    let on_address = {
        let ctl = ctl.clone();
        let address = address.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = address.cast::<web_sys::HtmlInputElement>() {
                ctl.open_url(&input.value(), false);
            }
        })
    };
    let on_example = |url: &'static str| {
        let ctl = ctl.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ctl.open_url(url, false);
        })
    };
    let on_embedded = {
        let ctl = ctl.clone();
        Callback::from(move |_: MouseEvent| ctl.use_embedded())
    };
    let origin = match &state.origin {
        DatasetOrigin::Embedded => html! { {"Built in: this is the dataset the site ships with."} },
        DatasetOrigin::File { name } => {
            html! { <>{"Opened from the file "}<code>{name}</code>{" on your computer. It stays open in this tab until you close it or return to the built-in dataset."}</> }
        }
        DatasetOrigin::Url { url } => {
            html! { <>{"Opened from "}<code>{url}</code>{" on this site."}</> }
        }
    };
    html! {
        <article class="data-page">
            <h1>{"Dataset"}</h1>
            <section class="data-current" aria-labelledby="data-current-h">
                <h2 id="data-current-h">{"Showing"}</h2>
                <p class="data-title">{view.title}</p>
                if !view.subtitle.is_empty() {
                    <p class="data-subtitle">{view.subtitle}</p>
                }
                <p class="data-origin">{origin}</p>
                <ul class="data-counts">
                    for c in view.counts.iter() { <li>{c}</li> }
                </ul>
                <p class="data-briefings">
                    {"Briefings: "}
                    for (i, b) in view.briefings.iter().enumerate() {
                        {if i > 0 { "; " } else { "" }}<span>{b}</span>
                    }
                </p>
                if !state.origin.is_embedded() {
                    <button type="button" class="button primary" onclick={on_embedded}>{"Return to the built-in dataset"}</button>
                }
            </section>

            if let LoadStatus::Failed { origin, problems } = &state.status {
                <section class="data-problems" aria-labelledby="data-problems-h">
                    <h2 id="data-problems-h">{format!("Why {} was not opened", origin.describe())}</h2>
                    <LoadProblems problems={problems.clone()} limit={usize::MAX} />
                </section>
            }

            <TakeTheData />

            <section class="data-open" aria-labelledby="data-open-h">
                <h2 id="data-open-h">{"Open another dataset"}</h2>
                <p>{"Any negotiation written in Counterpoint’s format opens here and drives every page — briefing, comparison, timeline, figures, search — exactly like the built-in one. Nothing is uploaded: the file is read and checked in your browser. An invalid file never replaces what is on screen; you get every problem, with where it is."}</p>
                <div class="drop-zone">
                    <label for="dataset-file" class="drop-label">{"Choose a file"}</label>
                    <input id="dataset-file" type="file" accept=".json,application/json" aria-describedby="drop-help" onchange={on_file} />
                    <p id="drop-help">{format!("…or drop a .json file anywhere on this page. Up to {} MB.", MAX_DATASET_BYTES / (1024 * 1024))}</p>
                </div>
                <form class="data-address" onsubmit={on_address}>
                    <label for="dataset-address">{"Or a dataset on this site"}</label>
                    <div class="data-address-row">
                        <input id="dataset-address" ref={address} type="text" inputmode="url" spellcheck="false" placeholder="datasets/example.json" />
                        <button type="submit" class="button">{"Open"}</button>
                    </div>
                    <p class="hint">{format!("A link can open it directly: add ?{URL_PARAM}=path/to/file.json to any page address. For safety only files on this site can be opened by link; download others and open the file.")}</p>
                </form>
                <h3>{"Examples"}</h3>
                <ul class="data-examples">
                    for (url, title) in EXAMPLES {
                        <li><a href={format!("?{URL_PARAM}={url}")} onclick={on_example(url)}>{*title}</a></li>
                    }
                </ul>
            </section>

            <section class="data-format" aria-labelledby="data-format-h">
                <h2 id="data-format-h">{"Writing a dataset"}</h2>
                <p>
                    {"A dataset is one JSON file: the two parties, dated briefings, sources, people, topics with each side’s position point by point, verbatim quotes, events and figures — every statement citing its source. The "}
                    <a href="datasets/schema.json">{"JSON Schema"}</a>
                    {" describes every field; the authoring guide in the repository (docs/authoring.md) walks through an example; "}
                    <code>{"cargo run --bin check-dataset -- FILE"}</code>
                    {" prints the same checks as this page."}
                </p>
            </section>
        </article>
    }
}

/// The files of a dataset for download: the four CSV tables, the bibliography, and (for the
/// built-in dataset) the dataset and its schema. The built-in dataset's are static files the
/// prerenderer wrote (plain links: they work with JavaScript off); a dataset the reader
/// opened has none, so its files are made in the browser from the dataset on screen.
#[component]
fn TakeTheData() -> Html {
    let page = use_page();
    let base = use_base_path();
    let store = page.store();
    // Names and row counts only: the tables' text is built when one is asked for.
    let tables = csv::listing(store);
    let builtin = page.data.is_builtin();
    let bib_files: [(&str, &str, &str); 3] = [
        ("sources.bib", "BibTeX", "application/x-bibtex"),
        ("sources.ris", "RIS", "application/x-research-info-systems"),
        (
            "sources.json",
            "CSL-JSON",
            "application/vnd.citationstyles.csl+json",
        ),
    ];
    let link = |path: &str, label: Html, name: &str| {
        html! { <a class="data-download" href={format!("{base}/{path}")} download={name.to_string()}>{label}</a> }
    };
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let rows: Html = if builtin {
        tables
            .iter()
            .map(|t| {
                html! {
                    <li>{link(&format!("data/{}", t.file), html! { <code>{t.file}</code> }, t.file)}
                        <span class="muted">{format!(" — {}, {}", t.title, count(t.rows, "row", "rows"))}</span></li>
                }
            })
            .collect()
    } else {
        tables
            .iter()
            .map(|t| {
                let file = t.file;
                let title = t.title;
                let onclick = generate(page.clone(), move |s| {
                    csv::by_file(s, file).map(|t| t.csv).unwrap_or_default()
                }, file, "text/csv;charset=utf-8");
                html! {
                    <li><button type="button" class="link-button data-download" {onclick}><code>{file}</code></button>
                        <span class="muted">{format!(" — {title}, {}", count(t.rows, "row", "rows"))}</span></li>
                }
            })
            .collect()
    };
    let bib: Html = bib_files
        .iter()
        .map(|&(file, label, mime)| {
            if builtin {
                html! { <li>{link(file, html! { <code>{file}</code> }, file)}<span class="muted">{format!(" — {label}, every source")}</span></li> }
            } else {
                let onclick = generate(page.clone(), move |s| match file {
                    "sources.bib" => bibliography::sources_bib(s),
                    "sources.ris" => bibliography::sources_ris(s),
                    _ => bibliography::sources_csl_json(s),
                }, file, mime);
                html! { <li><button type="button" class="link-button data-download" {onclick}><code>{file}</code></button><span class="muted">{format!(" — {label}, every source")}</span></li> }
            }
        })
        .collect();
    let dataset_file = format!("datasets/{}.json", store.dataset.id);
    html! {
        <section class="data-take" aria-labelledby="data-take-h">
            <h2 id="data-take-h">{"Take the data"}</h2>
            if builtin {
                <p class="data-take-kind">{"Files of the built-in dataset, as published with this site. Spreadsheets and scripts read the CSV tables (RFC 4180, UTF-8, one row per item, dates as the dataset gives them plus the first and last day they may mean)."}</p>
            } else {
                <p class="data-take-kind">{format!("Made in your browser from the dataset you opened (“{}”): nothing is sent anywhere. The site’s own files are those of the built-in dataset.", store.dataset.title)}</p>
            }
            <div class="data-take-grid">
                <div>
                    <h3>{"Tables"}</h3>
                    <ul class="data-downloads">{rows}</ul>
                </div>
                <div>
                    <h3>{"Bibliography"}</h3>
                    <ul class="data-downloads">{bib}</ul>
                </div>
                if builtin {
                    <div>
                        <h3>{"The dataset"}</h3>
                        <ul class="data-downloads">
                            <li>{link(&dataset_file, html! { <code>{format!("{}.json", store.dataset.id)}</code> }, &format!("{}.json", store.dataset.id))}<span class="muted">{" — everything, in the dataset format"}</span></li>
                            <li>{link("datasets/schema.json", html! { <code>{"schema.json"}</code> }, "schema.json")}<span class="muted">{" — its JSON Schema"}</span></li>
                            <li>{link("feed.xml", html! { <code>{"feed.xml"}</code> }, "feed.xml")}<span class="muted">{" — Atom feed, one entry per briefing"}</span></li>
                        </ul>
                    </div>
                }
            </div>
        </section>
    }
}

/// A button's handler that builds a file from the dataset on screen and downloads it as
/// `<dataset>-<file>`.
fn generate(
    page: PageCtx,
    make: impl Fn(&Store) -> String + 'static,
    file: &'static str,
    mime: &'static str,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let store = page.store();
        let name = format!("{}-{file}", file_slug(&store.dataset.id));
        let _ = download(&name, mime, &make(store));
    })
}

#[cfg(test)]
mod tests {
    use super::EXAMPLES;
    use counterpoint_core::model::Store;

    #[test]
    fn the_listed_examples_are_the_shipped_ones_and_valid() {
        let mut shipped: Vec<String> = std::fs::read_dir("data/examples")
            .expect("data/examples")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".json"))
            .collect();
        shipped.sort();
        let mut listed: Vec<String> = EXAMPLES
            .iter()
            .map(|(url, _)| {
                url.strip_prefix("datasets/")
                    .expect("under datasets/")
                    .to_string()
            })
            .collect();
        listed.sort();
        assert_eq!(listed, shipped);
        for file in listed {
            let text = std::fs::read_to_string(format!("data/examples/{file}")).unwrap();
            assert!(Store::from_json(&text).is_ok(), "{file} is valid");
        }
    }
}
