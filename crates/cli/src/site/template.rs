//! Filling Trunk's `dist/index.html` with one rendered page. Tags are found by name, not by
//! their exact text: Trunk's `minify` rewrites the template (`<meta charset=utf-8>`, other
//! attribute order or quoting), and the prerenderer must work with either form.

/// The byte range of the first start tag named `name` (e.g. `meta`) whose attributes satisfy
/// `matches`; attributes are compared case-insensitively, with or without quotes.
fn find_tag(html: &str, name: &str, matches: impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(i) = lower[from..].find(&open) {
        let start = from + i;
        let after = start + open.len();
        let end = start + lower[start..].find('>')? + 1;
        let boundary =
            lower[after..].starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/');
        if boundary && matches(&lower[after..end - 1]) {
            return Some((start, end));
        }
        from = end;
    }
    None
}

/// The value of attribute `attr` in a tag's attribute text (lowercased), quoted or not.
fn attribute<'a>(attrs: &'a str, attr: &str) -> Option<&'a str> {
    let mut rest = attrs;
    while let Some(i) = rest.find(attr) {
        let before_ok = i == 0 || rest[..i].ends_with(|c: char| c.is_whitespace());
        let tail = rest[i + attr.len()..].trim_start();
        if before_ok {
            if let Some(value) = tail.strip_prefix('=') {
                let value = value.trim_start();
                return Some(match value.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let v = &value[1..];
                        &v[..v.find(q).unwrap_or(v.len())]
                    }
                    _ => {
                        let end = value
                            .find(|c: char| c.is_whitespace() || c == '/')
                            .unwrap_or(value.len());
                        &value[..end]
                    }
                });
            }
        }
        rest = &rest[i + attr.len()..];
    }
    None
}

/// Escapes text for an attribute value or element content.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Puts `tag` right after the charset declaration (before any script or stylesheet). `None`
/// when the template declares no charset.
pub fn insert_after_charset(template: &str, tag: &str) -> Option<String> {
    let (_, end) = find_tag(template, "meta", |a| attribute(a, "charset").is_some())?;
    let mut html = template.to_string();
    html.insert_str(end, &format!("\n  {tag}"));
    Some(html)
}

/// The template with this page's title, description and body.
pub fn fill(template: &str, title: &str, desc: &str, body: &str) -> String {
    let mut html = template.to_string();
    let lower = html.to_ascii_lowercase();
    if let (Some(a), Some(b)) = (lower.find("<title"), lower.find("</title>")) {
        html.replace_range(
            a..b + "</title>".len(),
            &format!("<title>{}</title>", escape(title)),
        );
    }
    let meta = format!("<meta name=\"description\" content=\"{}\">", escape(desc));
    match find_tag(&html, "meta", |a| {
        attribute(a, "name") == Some("description")
    }) {
        Some((a, end)) => html.replace_range(a..end, &meta),
        None => {
            if let Some(head_end) = html.to_ascii_lowercase().find("</head>") {
                html.insert_str(head_end, &meta);
            }
        }
    }
    match find_tag(&html, "body", |_| true) {
        Some((_, end)) => html.insert_str(end, body),
        None => html.push_str(body),
    }
    html
}

/// Puts `tags` at the end of the page's `<head>` (after the title and description). Unchanged
/// when the page has no `</head>`.
pub fn append_to_head(html: &str, tags: &str) -> String {
    match html.to_ascii_lowercase().find("</head>") {
        Some(end) => {
            let mut out = html.to_string();
            out.insert_str(end, &format!("  {tags}\n"));
            out
        }
        None => html.to_string(),
    }
}

/// Marks the page as the host's fallback (`<body data-fallback="true">`): served for any
/// unknown URL, so the browser renders it afresh instead of hydrating.
pub fn mark_fallback(html: &str) -> String {
    mark_body(html, "data-fallback=\"true\"")
}

/// Adds `attribute` (e.g. `data-workshop="now"`) to the page's `<body>`.
pub fn mark_body(html: &str, attribute: &str) -> String {
    match find_tag(html, "body", |_| true) {
        Some((start, _)) => {
            let mut out = html.to_string();
            out.insert_str(start + "<body".len(), &format!(" {attribute}"));
            out
        }
        None => html.to_string(),
    }
}

/// `true` when the template's body is empty (Trunk's output, not an already rendered page).
pub fn has_empty_body(template: &str) -> bool {
    match find_tag(template, "body", |_| true) {
        Some((_, end)) => template[end..]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("</body>"),
        None => false,
    }
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
    fn a_missing_description_is_added_to_the_head() {
        let out = fill("<head><title>x</title></head><body></body>", "t", "d", "b");
        assert!(
            out.contains("<meta name=\"description\" content=\"d\"></head>"),
            "{out}"
        );
    }
}
