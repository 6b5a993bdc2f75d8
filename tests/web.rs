//! Components rendered in a real browser (headless Chromium via wasm-bindgen-test-runner).
//! Each test mounts the whole app at one URL with an in-memory router and reads the DOM.
#![cfg(target_arch = "wasm32")]

use counterpoint::app::{ServerApp, ServerAppProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(path: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<ServerApp>::with_root_and_props(
        root.clone(),
        ServerAppProps {
            path: path.to_string().into(),
            basename: "".into(),
            site: Default::default(),
        },
    )
    .render();
    // Wait until the scheduler has run the first render and every effect it queued (no sleep:
    // `flush` resolves when the queues are empty).
    yew::scheduler::flush().await;
    root
}

fn text(el: &Element, selector: &str) -> String {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn count(el: &Element, selector: &str) -> u32 {
    el.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn tariff_topic_shows_both_rates_and_both_lead_negotiators() {
    let root = mount("/topics/tariffs/").await;
    let all = root.text_content().unwrap();
    for needle in ["145%", "125%", "30%", "10%"] {
        assert!(all.contains(needle), "tariff page lacks {needle}");
    }
    assert!(
        all.contains("Bessent") && all.contains("He Lifeng"),
        "both lead negotiators named"
    );
    assert_eq!(count(&root, ".positions .side-head"), 2);
    assert!(
        text(&root, ".positions .side-head.side-b").contains("He Lifeng"),
        "the delegation lead heads the column"
    );
    assert!(count(&root, ".point") >= 2, "aligned points");
    assert!(count(&root, ".stance.side-a") >= 1 && count(&root, ".stance.side-b") >= 1);
}

#[wasm_bindgen_test]
async fn citations_link_to_their_source_and_carry_the_excerpt() {
    let root = mount("/topics/tariffs/").await;
    let cite = root.query_selector("a.cite").unwrap().expect("a citation");
    let href = cite.get_attribute("href").unwrap();
    assert!(
        href.starts_with("/sources/") && href.ends_with('/'),
        "{href}"
    );
    // Whose voice, then the passage in quotation marks: "China, says — “…”".
    let tip = text(&cite, ".cite-tip-ex");
    let passage = tip.split_once('“').map(|(_, p)| p).unwrap_or_default();
    assert!(
        passage.len() > 5 && passage.ends_with('”'),
        "excerpt shown in the tooltip: {tip}"
    );
    assert!(
        tip.contains(" — “"),
        "the voice comes before the passage: {tip}"
    );
}

#[wasm_bindgen_test]
async fn briefing_has_bottom_line_figures_and_every_topic() {
    let root = mount("/").await;
    assert_eq!(count(&root, ".blu"), 3);
    assert!(count(&root, ".figure-card") >= 2);
    let store = counterpoint_core::model::embedded();
    assert_eq!(
        count(&root, ".topic-card") as usize,
        store.dataset.topics.len(),
        "the latest briefing lists every topic"
    );
    assert!(text(&root, ".as-of").contains("June 2025"));
}

#[wasm_bindgen_test]
async fn the_eve_of_geneva_snapshot_hides_what_came_later() {
    let root = mount("/as-of/eve-of-geneva/").await;
    let all = root.text_content().unwrap();
    assert!(text(&root, ".as-of").contains("9 May 2025"));
    assert!(
        !all.contains("Student visas"),
        "student visas only arose in June"
    );
    assert!(all.contains("145%"));
    let topic = mount("/as-of/eve-of-geneva/topics/tariffs/").await;
    let t = topic.text_content().unwrap();
    assert!(
        t.contains("145%") && !t.contains("30%"),
        "eve of Geneva: no truce rate yet"
    );
    // Links stay inside the snapshot.
    let href = topic
        .query_selector(".crumbs a")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert_eq!(href, "/as-of/eve-of-geneva/");
}

#[wasm_bindgen_test]
async fn compare_matrix_has_a_row_per_topic_and_a_column_per_party() {
    let root = mount("/compare/").await;
    let store = counterpoint_core::model::embedded();
    assert_eq!(
        count(&root, "table.matrix tbody tr") as usize,
        store.dataset.topics.len()
    );
    assert_eq!(count(&root, "table.matrix thead th"), 4);
}

#[wasm_bindgen_test]
async fn source_page_lists_quality_notes_and_what_is_cited() {
    let store = counterpoint_core::model::embedded();
    let noted = store
        .dataset
        .sources
        .iter()
        .find(|s| !s.notes.is_empty())
        .expect("a source with notes");
    let root = mount(&format!("/sources/{}/", noted.id)).await;
    assert_eq!(count(&root, ".notes li") as usize, noted.notes.len());
    assert!(count(&root, ".cited-group li") > 0);
    assert!(text(&root, "h1").contains(&noted.title));
}

#[wasm_bindgen_test]
async fn unknown_routes_and_ids_show_not_found() {
    for path in [
        "/no/such/page/",
        "/topics/no-such-topic/",
        "/as-of/no-such-briefing/",
    ] {
        let root = mount(path).await;
        assert!(text(&root, "h1").contains("Page not found"), "{path}");
    }
}

/// A new root in the body.
fn root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Islands are separate Yew roots with no app around them; a pin button and the pinned count
/// on one page must still agree, through the binary's one My briefing store, and the pin must
/// be saved at once.
#[wasm_bindgen_test]
async fn a_pin_island_and_the_count_island_share_one_store_and_save_at_once() {
    use counterpoint::components::pin_button::{PinButton, PinButtonProps};
    use counterpoint::components::pinned_count::{PinnedCount, PinnedCountProps};
    use counterpoint_core::my_briefing::{ItemKind, STORAGE_KEY};
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.remove_item(STORAGE_KEY).unwrap();
    let (pin_root, count_root) = (root(), root());
    let props = PinButtonProps {
        kind: ItemKind::Topic,
        id: "tariffs".into(),
        dataset: "islands-test".into(),
    };
    // The count mounts first, so the pin's first render happens after storage was read.
    yew::Renderer::<PinnedCount>::with_root_and_props(
        count_root.clone(),
        PinnedCountProps {
            dataset: "islands-test".into(),
        },
    )
    .render();
    let pin = yew::Renderer::<PinButton>::with_root_and_props(pin_root.clone(), props.clone());
    pin.render();
    yew::scheduler::flush().await;
    assert_eq!(count(&count_root, ".nav-count"), 0, "nothing pinned yet");
    let button: web_sys::HtmlElement =
        wasm_bindgen::JsCast::dyn_into(pin_root.query_selector("button").unwrap().unwrap())
            .unwrap();
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(
        text(&count_root, ".nav-count").contains('1'),
        "the other root follows"
    );
    let saved = storage.get_item(STORAGE_KEY).unwrap().unwrap_or_default();
    assert!(saved.contains("tariffs"), "saved at once: {saved}");
    storage.remove_item(STORAGE_KEY).unwrap();
}
