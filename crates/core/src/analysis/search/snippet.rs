//! The short text shown under a result: cut around the first match, with highlight ranges.

use super::fold::highlight_ranges;

/// Length of the snippet cut from a long text, in characters.
pub(super) const SNIPPET_CHARS: usize = 160;
/// Characters of context kept before the first match.
pub(super) const SNIPPET_LEAD: usize = 50;

/// Cuts about [`SNIPPET_CHARS`] characters of `text` around its first match, on word
/// boundaries where possible, with "…" where cut; returns it with its highlight ranges.
pub(super) fn snippet(text: &str, terms: &[String]) -> (String, Vec<(usize, usize)>) {
    let ranges = highlight_ranges(text, terms);
    if text.chars().count() <= SNIPPET_CHARS {
        return (text.to_string(), ranges);
    }
    let (anchor, anchor_end) = ranges.first().copied().unwrap_or((0, 0));
    // Back up SNIPPET_LEAD characters, then forward to a word start when one is near.
    let mut start = text[..anchor]
        .char_indices()
        .rev()
        .nth(SNIPPET_LEAD - 1)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(sp) = text[start..anchor].find(' ') {
            if text[start..start + sp].chars().count() < 15 {
                start += sp + 1;
            }
        }
    }
    let mut end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        if let Some(sp) = text[start..end].rfind(' ') {
            if start + sp >= anchor_end && text[start + sp..end].chars().count() < 20 {
                end = start + sp;
            }
        }
    }
    let lead = if start > 0 { "…" } else { "" };
    let mut out = String::with_capacity(end - start + 8);
    out.push_str(lead);
    out.push_str(text[start..end].trim_end());
    let body_end = lead.len() + text[start..end].trim_end().len();
    if end < text.len() {
        out.push('…');
    }
    let shift = |x: usize| x - start + lead.len();
    let ranges = ranges
        .into_iter()
        .filter(|&(a, b)| b > start && a < end)
        .map(|(a, b)| (shift(a.max(start)), shift(b.min(end)).min(body_end)))
        .filter(|(a, b)| a < b)
        .collect();
    (out, ranges)
}
