//! "Export as Markdown": a button that builds a document when pressed and downloads it, and the file
//! names exports share.

use yew::prelude::*;

pub use crate::browser::dom::site_base;
pub use crate::browser::download::download;

/// A file name part made of lowercase letters, digits and dashes.
pub fn file_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[derive(Properties, PartialEq)]
pub struct ExportButtonProps {
    /// File name, e.g. `us-china-2025-tariffs.md`.
    pub filename: AttrValue,
    /// Builds the Markdown; called on press, not on render.
    pub markdown: Callback<(), String>,
    #[prop_or(AttrValue::Static("Export as Markdown"))]
    pub label: AttrValue,
    /// A static file of the same document: then the control is a plain download link.
    #[prop_or_default]
    pub href: Option<AttrValue>,
}

/// Downloads a Markdown document: the static file when there is one, else one built when the
/// button is pressed.
#[component]
pub fn ExportButton(props: &ExportButtonProps) -> Html {
    let failed = use_state(|| None::<String>);
    let icon = html! {
        <svg class="tool-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5M2.5 11.5v3h11v-3" />
        </svg>
    };
    if let Some(href) = &props.href {
        return html! {
            <a class="tool-button export-button" href={href.clone()} download={props.filename.clone()}>
                {icon}{&props.label}
            </a>
        };
    }
    let onclick = {
        let (filename, markdown, failed) = (
            props.filename.clone(),
            props.markdown.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = markdown.emit(());
            failed.set(
                download(&filename, "text/markdown;charset=utf-8", &text)
                    .err()
                    .map(|why| format!("The export failed: {why}.")),
            );
        })
    };
    html! {
        <>
            <button type="button" class="tool-button export-button" {onclick}>
                {icon}{&props.label}
            </button>
            if let Some(why) = &*failed { <span class="tool-error" role="alert">{why}</span> }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::file_slug;

    #[test]
    fn file_slugs_keep_letters_and_digits() {
        assert_eq!(
            file_slug("US–China trade talks, 2025"),
            "us-china-trade-talks-2025"
        );
        assert_eq!(file_slug("tariffs"), "tariffs");
        assert_eq!(file_slug("--a__b--"), "a-b");
    }
}
