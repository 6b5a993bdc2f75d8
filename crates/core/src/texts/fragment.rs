//! Links that open a source at the cited passage: Text Fragments (WICG "URL Fragment Text
//! Directives"), `#:~:text=[prefix-,]start[,end][,-suffix]`.

use crate::model::Citation;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a term of a text directive may keep unencoded: letters, digits and `.`, `_`, `~` (URL
/// "unreserved" characters less `-`, which the directive syntax uses). Everything else is
/// percent-encoded as UTF-8, including `-`, `&`, `,` and spaces.
const TERM: &AsciiSet = &NON_ALPHANUMERIC.remove(b'.').remove(b'_').remove(b'~');

/// An excerpt of more words than this is linked with the `start,end` form.
const LONG_WORDS: usize = 10;
/// Words in each of `start` and `end` of the `start,end` form.
const EDGE_WORDS: usize = 4;

/// The terms of a text directive, whitespace collapsed, not yet encoded.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Terms {
    pub prefix: Option<String>,
    pub start: String,
    pub end: Option<String>,
    pub suffix: Option<String>,
}

/// The terms for an excerpt with its optional context: the whole excerpt as `start`, or its
/// first and last [`EDGE_WORDS`] words as `start` and `end` when it is longer than
/// [`LONG_WORDS`] words.
pub(super) fn terms(exact: &str, prefix: Option<&str>, suffix: Option<&str>) -> Terms {
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let context = |s: Option<&str>| s.map(collapse).filter(|s| !s.is_empty());
    let words: Vec<&str> = exact.split_whitespace().collect();
    let (start, end) = if words.len() > LONG_WORDS {
        (
            words[..EDGE_WORDS].join(" "),
            Some(words[words.len() - EDGE_WORDS..].join(" ")),
        )
    } else {
        (words.join(" "), None)
    };
    Terms {
        prefix: context(prefix),
        start,
        end,
        suffix: context(suffix),
    }
}

/// The Text Fragment that selects `exact` (with the words right before and after it, when
/// given): `#:~:text=` then `[prefix-,]start[,end][,-suffix]`, each term percent-encoded
/// (`-`, `&`, `,`, spaces and every character but ASCII letters, digits, `.`, `_` and `~`).
/// An excerpt longer than ten words uses the `start,end` form (its first and last four words).
///
/// Browsers match a fragment loosely (ignoring case, on word boundaries, first match wins), so
/// the link is for readers, never a check; `check_against_texts` checks that it opens at the
/// excerpt's own place when the source has both a URL and a text.
pub fn text_fragment(exact: &str, prefix: Option<&str>, suffix: Option<&str>) -> String {
    let t = terms(exact, prefix, suffix);
    let enc = |s: &str| utf8_percent_encode(s, TERM).to_string();
    let mut out = String::from("#:~:text=");
    if let Some(p) = &t.prefix {
        out.push_str(&enc(p));
        out.push_str("-,");
    }
    out.push_str(&enc(&t.start));
    if let Some(e) = &t.end {
        out.push(',');
        out.push_str(&enc(e));
    }
    if let Some(s) = &t.suffix {
        out.push_str(",-");
        out.push_str(&enc(s));
    }
    out
}

/// The link that opens `url` at the citation's passage: `url` (without any fragment of its
/// own) followed by the citation's [`text_fragment`].
pub fn passage_link(url: &str, citation: &Citation) -> String {
    let base = url.split('#').next().unwrap_or(url);
    format!(
        "{base}{}",
        text_fragment(
            &citation.excerpt,
            citation.prefix.as_deref(),
            citation.suffix.as_deref()
        )
    )
}

/// Where the browser would open the fragment for these terms in `lower` (a normalized,
/// lowercased text, the terms normalized and lowercased the same way): the byte offset of the
/// first `start` with the `prefix` right before it and, past its `end`, the `suffix` right after.
/// Word boundaries are not checked: an approximation on the safe side.
pub(super) fn first_match(lower: &str, t: &Terms) -> Option<usize> {
    super::search::occurrences(lower, &t.start)
        .into_iter()
        .find(|&at| {
            if !super::search::selected(lower, at, 0, t.prefix.as_deref(), None) {
                return false;
            }
            let after_start = at + t.start.len();
            let stop = match &t.end {
                None => after_start,
                Some(e) => match lower[after_start..].find(e.as_str()) {
                    Some(i) => after_start + i + e.len(),
                    None => return false,
                },
            };
            super::search::selected(lower, stop, 0, None, t.suffix.as_deref())
        })
}
