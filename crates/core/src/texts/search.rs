//! Finding a passage in a normalized text: every exact occurrence, the occurrences a
//! `prefix`/`suffix` selects, and, for a message only, the closest approximate passage.

use triple_accel::levenshtein::{levenshtein_search_simd_with_opts, LEVENSHTEIN_COSTS};
use triple_accel::SearchType;

/// Byte offsets of every occurrence of `needle` in `hay`, overlapping ones included.
pub(super) fn occurrences(hay: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let at = from + i;
        out.push(at);
        from = at + hay[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Does the occurrence `hay[at..at + len]` have `prefix` right before it and `suffix` right
/// after it (all normalized; a space between counts as nothing)?
pub(super) fn selected(
    hay: &str,
    at: usize,
    len: usize,
    prefix: Option<&str>,
    suffix: Option<&str>,
) -> bool {
    prefix.is_none_or(|p| hay[..at].trim_end().ends_with(p))
        && suffix.is_none_or(|s| hay[at + len..].trim_start().starts_with(s))
}

/// The passage of `hay` closest to `needle` (fewest edits: Levenshtein distance, in bytes of
/// the normalized texts), with that distance; `None` when no passage shares even half of it.
/// For explaining a failure only: a near match never passes.
pub(super) fn closest(hay: &str, needle: &str) -> Option<(u32, String)> {
    if needle.is_empty() || hay.is_empty() {
        return None;
    }
    let k = u32::try_from(needle.len()).unwrap_or(u32::MAX);
    let best = levenshtein_search_simd_with_opts(
        needle.as_bytes(),
        hay.as_bytes(),
        k,
        SearchType::Best,
        LEVENSHTEIN_COSTS,
        false,
    )
    .min_by_key(|m| (m.k, m.start))?;
    let mut start = best.start.min(hay.len());
    while !hay.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = best.end.min(hay.len());
    while !hay.is_char_boundary(end) {
        end += 1;
    }
    Some((best.k, hay[start..end].to_string()))
}

/// `text` for a message: quoted, cut in the middle when longer than `max` characters.
pub(super) fn shown(text: &str, max: usize) -> String {
    let n = text.chars().count();
    if n <= max {
        return format!("\"{text}\"");
    }
    let head: String = text.chars().take(max / 2).collect();
    let tail: String = text.chars().skip(n - max / 2).collect();
    format!("\"{head} … {tail}\"")
}
