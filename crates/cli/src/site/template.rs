//! Filling Trunk's `index.html` with one rendered page, with an HTML rewriter (`lol_html`):
//! tags are found by the parser, whatever their form (Trunk's `minify` rewrites the template:
//! `<meta charset=utf-8>`, other attribute order or quoting).

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};
use std::cell::Cell;

/// Escapes text for an attribute value or element content.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Runs `handlers` over `html`. The templates are our own, valid HTML: a rewriter error (which
/// lol_html gives only for a handler's own error or an unsupported encoding) leaves it as it is.
fn rewrite<'h>(
    html: &str,
    handlers: Vec<(
        std::borrow::Cow<'h, lol_html::Selector>,
        lol_html::ElementContentHandlers<'h>,
    )>,
) -> String {
    rewrite_str(html, settings(handlers)).unwrap_or_else(|_| html.to_string())
}

/// Rewriter settings with these element handlers.
pub fn settings<'h, 's>(
    handlers: Vec<(
        std::borrow::Cow<'s, lol_html::Selector>,
        lol_html::ElementContentHandlers<'h>,
    )>,
) -> RewriteStrSettings<'h, 's> {
    handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |s, h| {
            s.append_element_content_handler(h)
        })
}

/// Puts `tag` right after the charset declaration (before any script or stylesheet). `None`
/// when the template declares no charset.
pub fn insert_after_charset(template: &str, tag: &str) -> Option<String> {
    let done = Cell::new(false);
    let out = rewrite(
        template,
        vec![element!("meta[charset]", |el| {
            if !done.replace(true) {
                el.after(&format!("\n  {tag}"), ContentType::Html);
            }
            Ok(())
        })],
    );
    done.get().then_some(out)
}

/// The template with this page's title, description and body.
pub fn fill(template: &str, title: &str, desc: &str, body: &str) -> String {
    let described = Cell::new(false);
    let meta = format!("<meta name=\"description\" content=\"{}\">", escape(desc));
    let filled = rewrite(
        template,
        vec![
            element!("title", |el| {
                el.set_inner_content(title, ContentType::Text);
                Ok(())
            }),
            element!("meta[name=description]", |el| {
                described.set(true);
                el.replace(&meta, ContentType::Html);
                Ok(())
            }),
            element!("body", |el| {
                el.prepend(body, ContentType::Html);
                Ok(())
            }),
        ],
    );
    if described.get() {
        filled
    } else {
        // A template without one: at the end of the head.
        rewrite(
            &filled,
            vec![element!("head", |el| {
                el.append(&meta, ContentType::Html);
                Ok(())
            })],
        )
    }
}

/// Puts `tags` at the end of the page's `<head>` (after the title and description). Unchanged
/// when the page has no `<head>`.
pub fn append_to_head(html: &str, tags: &str) -> String {
    let has_head = html.to_ascii_lowercase().contains("<head");
    if !has_head {
        return html.to_string();
    }
    rewrite(
        html,
        vec![element!("head", |el| {
            el.append(&format!("  {tags}\n"), ContentType::Html);
            Ok(())
        })],
    )
}

/// The template with its Speculation Rules block's rules replaced by `rules` (JSON): the
/// route table says which pages are left out (see `counterpoint::routes::speculation_rules`).
pub fn set_speculation_rules(template: &str, rules: &str) -> String {
    rewrite(
        template,
        vec![element!("script[type=speculationrules]", |el| {
            el.set_inner_content(rules, ContentType::Html);
            Ok(())
        })],
    )
}

/// Marks the page as the host's fallback (`<body data-fallback="true">`): served for any
/// unknown URL, so the browser renders it afresh instead of hydrating.
pub fn mark_fallback(html: &str) -> String {
    mark_body(html, "data-fallback", "true")
}

/// Sets attribute `name` to `value` on the page's `<body>`.
pub fn mark_body(html: &str, name: &str, value: &str) -> String {
    rewrite(
        html,
        vec![element!("body", |el| {
            el.set_attribute(name, value)?;
            Ok(())
        })],
    )
}

/// `true` when the template's body is empty (Trunk's output, not an already rendered page).
pub fn has_empty_body(template: &str) -> bool {
    let in_body = Cell::new(false);
    let content = Cell::new(false);
    let _ = rewrite_str(
        template,
        settings(vec![
            element!("body", |_| {
                in_body.set(true);
                Ok(())
            }),
            element!("body *", |_| {
                content.set(true);
                Ok(())
            }),
            lol_html::text!("body", |t| {
                if !t.as_str().trim().is_empty() {
                    content.set(true);
                }
                Ok(())
            }),
        ]),
    );
    in_body.get() && !content.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!DOCTYPE html><html lang=\"en\"><head>\n<meta charset=\"utf-8\">\n<title>Counterpoint</title>\n<meta name=\"description\" content=\"old\">\n</head><body></body></html>";
    const MINIFIED: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Counterpoint</title><meta content=old name=description></head><body></body></html>";

    #[test]
    fn the_policy_goes_right_after_the_charset_in_both_forms() {
        for template in [TRUNK, MINIFIED] {
            let out = insert_after_charset(template, "<meta http-equiv=x>").unwrap();
            let charset = out.find("charset").unwrap();
            let policy = out.find("<meta http-equiv=x>").unwrap();
            assert!(
                charset < policy && policy < out.find("<title>").unwrap(),
                "{out}"
            );
        }
        assert_eq!(insert_after_charset("<head></head>", "<x>"), None);
    }

    #[test]
    fn fill_sets_title_description_and_body_in_both_forms() {
        for template in [TRUNK, MINIFIED] {
            assert!(has_empty_body(template));
            let out = fill(template, "Tariffs & more", "A \"topic\"", "<main>hi</main>");
            assert!(out.contains("<title>Tariffs &amp; more</title>"), "{out}");
            assert!(
                out.contains("<meta name=\"description\" content=\"A &quot;topic&quot;\">"),
                "{out}"
            );
            assert!(
                !out.contains("old"),
                "the old description is replaced: {out}"
            );
            assert!(out.contains("<body><main>hi</main></body>"), "{out}");
            assert!(!has_empty_body(&out), "a filled page is not a template");
            assert!(mark_fallback(&out).contains("<body data-fallback=\"true\"><main>"));
            assert!(mark_body(&out, "data-needs-workshop", "true")
                .contains("<body data-needs-workshop=\"true\"><main>"));
        }
    }

    #[test]
    fn head_tags_go_before_the_end_of_the_head_in_both_forms() {
        for template in [TRUNK, MINIFIED] {
            let out = append_to_head(template, "<meta name=x>");
            let tag = out.find("<meta name=x>").unwrap();
            assert!(out.find("<title>").unwrap() < tag, "{out}");
            assert!(tag < out.find("</head>").unwrap(), "{out}");
        }
        assert_eq!(append_to_head("<p>", "<x>"), "<p>");
    }

    #[test]
    fn the_speculation_rules_are_replaced() {
        let html =
            "<head><script type=speculationrules>{\"old\":1}</script><script>x()</script></head>";
        assert_eq!(
            set_speculation_rules(html, "{\"new\":2}"),
            "<head><script type=speculationrules>{\"new\":2}</script><script>x()</script></head>"
        );
    }

    #[test]
    fn a_missing_description_is_added_to_the_head() {
        let out = fill("<head><title>x</title></head><body></body>", "t", "d", "b");
        assert!(
            out.contains("<meta name=\"description\" content=\"d\"></head>"),
            "{out}"
        );
    }
}
