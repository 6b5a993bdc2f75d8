//! Source texts: checking a dataset against the full texts of its sources, and the editorial
//! rules a machine can check on any dataset. Pure: the caller reads the files (the command
//! `counterpoint check`, or the test suite) and passes their text in.
//!
//! - [`check_against_texts`]: with the texts, every citation excerpt, source-note excerpt and
//!   quote must occur in its source's text, exactly after [`normalize`] on both sides; an
//!   excerpt found more than once needs a `prefix` or `suffix` that selects one place (W3C Web
//!   Annotation `TextQuoteSelector`); a text whose hash differs from the dataset's is an error;
//!   a source without a text is a warning, with the count of what is left unchecked; no
//!   own-words field shares a run of [`SHARED_RUN_WORDS`] words with a source text.
//! - [`editorial_problems`]: the rules that need no texts (a quote inside its excerpts, a
//!   stance's quotes from its own side, a dispute claim's quotes from its actor, no topic
//!   agreed while one of its points clashes).
//! - [`text_fragment`] and [`passage_link`]: links that open the original at the passage.
//!
//! Fuzzy search only explains a failure ("closest passage (3 edits): …"); it never passes an
//! excerpt.

mod attribution;
mod check;
mod editorial;
mod fragment;
pub mod items;
mod own_words;
mod places;
mod search;

#[cfg(test)]
mod tests;

pub use crate::model::locate_all;
pub use crate::model::{verb_class, VerbClass, VERBS};
pub use attribution::{
    attribution_problems, attribution_warnings, rule_counts, Rule, CAUSAL_WORDS, ERROR_RULES,
    LINK_WORDS, RULES,
};
pub use check::check_against_texts;
pub use editorial::editorial_problems;
pub use fragment::{passage_link, text_fragment};
pub use own_words::{own_words_fields, SHARED_RUN_WORDS};
pub use places::citations;

use crate::model::Problem;
use unicode_normalization::UnicodeNormalization;

/// The result of [`check_against_texts`]: errors (the dataset is wrong) and warnings (something
/// could not be checked). Each problem has its JSON path; `line_col` is `None` until
/// [`locate_all`] fills it from the file's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextCheck {
    /// What is wrong: an excerpt or quote not in its source, an ambiguous excerpt, a changed
    /// text, copied words.
    pub errors: Vec<Problem>,
    /// What was not checked: a source without a text, with the count of excerpts and quotes left
    /// unchecked.
    pub warnings: Vec<Problem>,
}

/// The normalization applied to both sides before an excerpt or quote is compared with its
/// source's text (the comparison is then exact):
///
/// 1. Unicode NFC (composed characters: `e` + combining acute = `é`);
/// 2. curly and other quotation marks to straight ones: `‘ ’ ‚ ‛ ′ ‹ ›` → `'` and
///    `“ ” „ ‟ ″ « »` → `"`;
/// 3. every dash and hyphen to `-`: `‐ ‑ ‒ – — ― −` (U+2010–U+2015, U+2212);
/// 4. every run of whitespace (spaces, tabs, line breaks, no-break spaces) to one space, and no
///    space at either end.
///
/// Case, letters, digits and every other punctuation mark stay as they are.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfc() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
            | '\u{203A}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        });
    }
    out
}

/// SHA-256 of `bytes`, as 64 lowercase hex digits (what `sha256sum` prints).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// A problem at `path`, not yet placed in the file.
fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        line_col: None,
        message: message.into(),
    }
}
