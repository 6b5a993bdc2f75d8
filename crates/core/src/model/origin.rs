//! Where the dataset on screen came from, and which dataset URLs may be opened. Plain Rust:
//! the browser side (file reading, fetching, storage) lives in `crate::switcher`.

use super::validate::MAX_DATASET_BYTES;
use serde::{Deserialize, Serialize};

/// Where the dataset on screen came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum DatasetOrigin {
    /// The dataset compiled into the app (the default).
    Embedded,
    /// A file the reader opened from their computer.
    File {
        /// The file's name, as the reader's system gave it.
        name: String,
    },
    /// A dataset fetched from this site, named by the `?dataset=` URL parameter.
    Url {
        /// The address, as given in the parameter.
        url: String,
    },
}

impl DatasetOrigin {
    /// How the origin is named in sentences: "the built-in dataset", "the file “x.json”".
    pub fn describe(&self) -> String {
        match self {
            DatasetOrigin::Embedded => "the built-in dataset".into(),
            DatasetOrigin::File { name } => format!("the file “{name}”"),
            DatasetOrigin::Url { url } => format!("“{url}” on this site"),
        }
    }

    /// Is it the dataset compiled into the app?
    pub fn is_embedded(&self) -> bool {
        matches!(self, DatasetOrigin::Embedded)
    }
}

/// Checks the value of a `?dataset=` parameter before anything is fetched. Only datasets on
/// the page's own origin may be opened by URL: a link must not be able to make the app load
/// (and show as if it were ours) a briefing from somewhere else. Relative paths are resolved
/// by the browser against the page; absolute URLs must start with `origin` (`https://host`).
///
/// This is the first of two guards: the fetch itself also runs in `same-origin` mode.
pub fn check_dataset_url(value: &str, origin: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err("the dataset parameter is empty: give the path of a .json file on this site, e.g. ?dataset=datasets/example.json".into());
    }
    if value.chars().any(|c| c.is_control() || c == '\\') {
        return Err("the dataset address contains control characters or backslashes".into());
    }
    let same_origin = !origin.is_empty()
        && value
            .strip_prefix(origin)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if same_origin {
        return Ok(value.to_string());
    }
    if value.starts_with("//") || has_scheme(value) {
        return Err(format!(
            "only datasets on this site ({origin}) can be opened from a link; download “{value}” and open the file instead"
        ));
    }
    Ok(value.to_string())
}

/// `true` when the text starts with a URL scheme (`https:`, `javascript:`, `data:` …).
fn has_scheme(value: &str) -> bool {
    match value.find(':') {
        Some(colon) => {
            let scheme = &value[..colon];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Human size of a byte count: "812 KB", "4.2 MB".
pub fn human_size(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// Why a dataset of `bytes` bytes is refused, or `None` when it is within
/// [`MAX_DATASET_BYTES`]. `subject` names it in the message ("the file", "“datasets/x.json”").
/// The one wording for every way in (file, drop, link, `check-dataset`), so the reader sees
/// the same sentence whichever way they opened it.
pub fn size_limit_problem(subject: &str, bytes: usize) -> Option<String> {
    (bytes > MAX_DATASET_BYTES).then(|| {
        format!(
            "{subject} is {}; the limit is {} MB. Split the dataset or remove what the briefing does not need.",
            human_size(bytes),
            MAX_DATASET_BYTES / (1024 * 1024)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://example.org";

    #[test]
    fn the_size_limit_message_names_the_size_and_the_limit() {
        assert_eq!(size_limit_problem("the file", MAX_DATASET_BYTES), None);
        assert_eq!(
            size_limit_problem("the file", 21 * 1024 * 1024).as_deref(),
            Some("the file is 22.0 MB; the limit is 20 MB. Split the dataset or remove what the briefing does not need.")
        );
        // Just over the limit never reads as within it.
        let just_over = size_limit_problem("“x.json”", MAX_DATASET_BYTES + 1).unwrap();
        assert!(just_over.starts_with("“x.json” is 21.0 MB;"), "{just_over}");
    }

    #[test]
    fn relative_and_same_origin_paths_are_accepted() {
        for ok in [
            "datasets/eu-uk.json",
            "/datasets/eu-uk.json",
            "./x.json",
            "https://example.org/datasets/x.json",
            "  datasets/x.json ",
        ] {
            assert!(check_dataset_url(ok, ORIGIN).is_ok(), "{ok}");
        }
        assert_eq!(
            check_dataset_url(" a.json ", ORIGIN).unwrap(),
            "a.json",
            "trimmed"
        );
    }

    #[test]
    fn other_origins_and_schemes_are_refused() {
        for bad in [
            "https://evil.example/x.json",
            "https://example.org.evil.example/x.json",
            "http://example.org/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "JaVaScRiPt:alert(1)",
            "/\\evil.example/x.json",
            "x\n.json",
            "",
            "   ",
        ] {
            let err = check_dataset_url(bad, ORIGIN).unwrap_err();
            assert!(!err.is_empty(), "{bad:?}");
        }
        let err = check_dataset_url("https://evil.example/x.json", ORIGIN).unwrap_err();
        assert!(err.contains("only datasets on this site (https://example.org)"));
    }

    #[test]
    fn origins_are_described_in_words() {
        assert_eq!(DatasetOrigin::Embedded.describe(), "the built-in dataset");
        assert_eq!(
            DatasetOrigin::File {
                name: "eu.json".into()
            }
            .describe(),
            "the file “eu.json”"
        );
        let json = serde_json::to_string(&DatasetOrigin::Url {
            url: "a.json".into(),
        })
        .unwrap();
        assert_eq!(json, r#"{"kind":"url","url":"a.json"}"#);
        assert_eq!(
            serde_json::from_str::<DatasetOrigin>(&json).unwrap(),
            DatasetOrigin::Url {
                url: "a.json".into()
            }
        );
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(1), "1 KB");
        assert_eq!(human_size(812_000), "812 KB");
        assert_eq!(human_size(4_200_000), "4.2 MB");
    }
}
