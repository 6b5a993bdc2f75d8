//! Every page's printed notes stay in step with its citation markers, checked on the server
//! render (Yew SSR, as the prerenderer writes the pages), without a build or a browser.
//!
//! A page prints "Sources cited on this page": one `.print-note` per source (`data-n` is the
//! source's number) with the passages cited. The text cites with markers `[n]` whose tooltips
//! hold the passages. On every route the two must list the same sources and the same passages,
//! so a page that drops its notes, or notes what it no longer cites, fails here.

use counterpoint::app::{ServerApp, ServerAppProps};
use counterpoint::components::island::{Island, IslandRootProps};
use counterpoint::routes::{all_routes, Route};
use counterpoint_core::model::embedded;
use std::collections::{BTreeMap, BTreeSet};
use yew::LocalServerRenderer;
use yew_router::Routable;

/// Source number → the passages shown for it.
type Cited = BTreeMap<u32, BTreeSet<String>>;

/// `path` rendered as the prerenderer renders it (served at the root).
async fn render(path: String) -> String {
    LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
        path: path.into(),
        basename: "".into(),
        site: Default::default(),
    })
    .render()
    .await
}

/// The page's `<main>` (the footer shows a sample `[n]`) without its comments (Yew's hydration
/// marks), split into the part before the print notes and the notes (empty when none).
fn text_and_notes(html: &str) -> (String, String) {
    let start = html.find("<main").expect("a <main>");
    let end = html.rfind("</main>").expect("a </main>");
    let html = &html[start..end];
    let mut page = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        page.push_str(&rest[..start]);
        let end = rest[start..]
            .find("-->")
            .map_or(rest.len(), |e| start + e + 3);
        rest = &rest[end..];
    }
    page.push_str(rest);
    match page.find(r#"class="print-notes print-only""#) {
        Some(class) => {
            let section = page[..class]
                .rfind("<section")
                .expect("the notes' <section>");
            (page[..section].to_string(), page[section..].to_string())
        }
        None => (page, String::new()),
    }
}

/// The texts of every `OPEN…</CLOSE>` in `html`, in order (`OPEN` ends with `>`).
fn texts_of<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        rest = &rest[i + open.len()..];
        let end = rest.find(close).expect("a closed element");
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// Splits `html` at every occurrence of `marker`; yields what follows each one, up to the next.
fn after_each<'a>(html: &'a str, marker: &str) -> Vec<&'a str> {
    html.split(marker).skip(1).collect()
}

/// The markers in the page's text: `<span class="cite-n">[n]</span>` then the tooltip's
/// passages (`<span class="cite-tip-ex">`), up to the next marker.
fn markers(text: &str) -> Cited {
    let mut cited = Cited::new();
    for after in after_each(text, r#"<span class="cite-n">["#) {
        let n = after[..after.find(']').expect("[n]")]
            .parse()
            .expect("a marker's number");
        let passages = texts_of(after, r#"<span class="cite-tip-ex">"#, "</span>");
        cited
            .entry(n)
            .or_default()
            .extend(passages.into_iter().map(str::to_string));
    }
    cited
}

/// The printed notes: each `<li class="print-note" data-n="n">` and its passages (`<li>`).
fn notes(notes_html: &str) -> Cited {
    let mut cited = Cited::new();
    for after in after_each(notes_html, r#"data-n=""#) {
        let n = after[..after.find('"').expect("data-n=\"n\"")]
            .parse()
            .expect("a note's number");
        let passages = texts_of(after, "<li>", "</li>");
        let previous = cited.insert(n, passages.into_iter().map(str::to_string).collect());
        assert!(previous.is_none(), "source [{n}] noted twice");
    }
    cited
}

#[tokio::test(flavor = "current_thread")]
async fn every_page_prints_notes_for_exactly_the_sources_and_passages_it_cites() {
    let store = embedded();
    let mut routes = all_routes(&store);
    routes.push(Route::NotFound);
    let mut failures = Vec::new();
    let mut pages_with_notes = 0;
    let mut voiced = BTreeSet::new();
    for route in &routes {
        let path = route.to_path();
        let html = render(path.clone()).await;
        let (text, notes_html) = text_and_notes(&html);
        let (cited, noted) = (markers(&text), notes(&notes_html));
        if !noted.is_empty() {
            pages_with_notes += 1;
        }
        // Passages say whose voice they carry, in the tooltip and in print alike (compared below).
        for p in cited.values().flatten() {
            for tag in [
                "The outlet's own reading — “",
                ", claimed — “",
                ", felt — “",
            ] {
                if p.contains(tag) {
                    voiced.insert(tag);
                }
            }
        }
        if cited.keys().ne(noted.keys()) {
            failures.push(format!(
                "{path}: markers cite sources {:?}, the notes list {:?}",
                cited.keys().collect::<Vec<_>>(),
                noted.keys().collect::<Vec<_>>()
            ));
        } else if cited != noted {
            for (n, passages) in &cited {
                let printed = &noted[n];
                if passages != printed {
                    failures.push(format!(
                        "{path}: source [{n}]: cited {:?}, printed {:?}",
                        passages.difference(printed).collect::<Vec<_>>(),
                        printed.difference(passages).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} page(s) print notes out of step with their markers:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    assert_eq!(voiced.len(), 3, "passages with a voice: only {voiced:?}");
    // The check means something only if pages do cite: most of the site does.
    assert!(
        pages_with_notes >= 20,
        "only {pages_with_notes} of {} pages print notes",
        routes.len()
    );
}

#[test]
fn the_parsers_read_the_markup_of_cite_and_print_notes() {
    let html = concat!(
        r#"<footer>hover a <span class="cite-n">[n]</span> marker</footer>"#,
        r#"<main><p>x<!--<[Cite]>--><a href="/sources/a/" class="cite"><span class="cite-n">[2]</span>"#,
        r#"<span class="cite-tip" role="tooltip"><span class="cite-tip-src">A · 1 May</span>"#,
        r#"<span class="cite-tip-ex">“one”</span><span class="cite-tip-ex">“two”</span></span></a></p>"#,
        r#"<section class="print-notes print-only" aria-labelledby="print-notes-h"><ol>"#,
        r#"<li class="print-note" data-n="2"><span class="print-note-n">[2]</span> "#,
        r#"<span class="print-note-ref">A</span><ul class="print-note-excerpts"><li>“one”</li><li>“two”</li></ul></li>"#,
        r#"</ol></section></main>"#
    );
    let (text, notes_html) = text_and_notes(html);
    assert!(!text.contains("print-note") && !text.contains("<!--"));
    let expected: Cited = [(2, ["“one”".to_string(), "“two”".to_string()].into())].into();
    assert_eq!(markers(&text), expected);
    assert_eq!(notes(&notes_html), expected);
    // A page whose notes are missing reads as cited, with nothing noted.
    let without_notes = format!("{}</main>", &html[..html.find("<section").unwrap()]);
    let (text, notes_html) = text_and_notes(&without_notes);
    assert_eq!(markers(&text), expected);
    assert!(notes(&notes_html).is_empty());
}

/// The island roots of a rendered page: `(name, props JSON, inner HTML)`, in page order. A root
/// is `<span|div class="island" data-island="NAME" data-props="JSON">INNER</span|div>`; roots
/// never nest, and their inner HTML holds no element of the root's own tag name at the top
/// level that would confuse the end search (checked by the render comparison below).
fn island_roots(html: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(" data-island=\"") {
        let open = rest[..at].rfind('<').expect("an open tag");
        let tag = &rest[open + 1..at];
        let tag = tag
            .split_whitespace()
            .next()
            .expect("a tag name")
            .to_string();
        let after = &rest[at + " data-island=\"".len()..];
        let name = after[..after.find('"').unwrap()].to_string();
        let props_at = rest[open..]
            .find("data-props=\"")
            .expect("props beside the root")
            + open;
        let props = &rest[props_at + "data-props=\"".len()..];
        let props = props[..props.find('"').unwrap()].to_string();
        let inner_start = rest[open..].find('>').unwrap() + open + 1;
        // The root's end: the matching close tag, counting nested tags of the same name.
        let (open_tag, close_tag) = (format!("<{tag}"), format!("</{tag}>"));
        let (mut depth, mut i) = (1, inner_start);
        let end = loop {
            let next_open = rest[i..].find(&open_tag).map(|x| x + i);
            let next_close = rest[i..].find(&close_tag).map(|x| x + i).expect("closed");
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    i = o + open_tag.len();
                }
                _ => {
                    depth -= 1;
                    if depth == 0 {
                        break next_close;
                    }
                    i = next_close + close_tag.len();
                }
            }
        };
        out.push((name, unescape(&props), rest[inner_start..end].to_string()));
        rest = &rest[end..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The island rendered alone with the props read back from JSON, as the islands binary
/// hydrates it.
async fn render_island(json: &str) -> String {
    let props: IslandRootProps = serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("island props {json} do not parse: {e}"));
    LocalServerRenderer::<Island>::with_props(props)
        .hydratable(true)
        .render()
        .await
}

/// The invariant the islands binary relies on: on every page, each island root holds exactly
/// what its component renders alone from the props written beside it. Anything else in a
/// root would be deleted by hydration, and a different tree would not hydrate.
#[tokio::test(flavor = "current_thread")]
async fn every_island_root_holds_exactly_its_component_rendered_from_its_props() {
    let store = embedded();
    let mut seen = BTreeSet::new();
    for route in all_routes(&store) {
        let path = route.to_path();
        let html = render(path.clone()).await;
        let roots = island_roots(&html);
        assert!(roots.len() >= 3, "{path}: header islands missing");
        // The header's search field is a plain form the islands binary listens to.
        assert!(
            html.contains(r#"<input id="site-search""#) && html.contains("data-workshop-intent"),
            "{path}: no header search field"
        );
        for (name, json, inner) in roots {
            let props: IslandRootProps = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{path}: island props {json} do not parse: {e}"));
            assert_eq!(props.island.name(), name, "{path}: root named as its props");
            let alone = render_island(&json).await;
            // Hydration starts from the root component's own opening mark.
            assert!(
                inner.starts_with("<!--<["),
                "{path}: {name} root holds {inner}"
            );
            assert_eq!(inner, alone, "{path}: island {name} with props {json}");
            seen.insert(name);
        }
    }
    for name in [
        "theme",
        "pin",
        "pinned-count",
        "copy-citation",
        "shortcuts",
        "timeline-filters",
    ] {
        assert!(seen.contains(name), "no page has the {name} island");
    }
}
