//! Words of folded text: runs of letters and digits, runs of Chinese characters.

/// Character classes for splitting words: letters and digits, Chinese characters, others.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Separator,
    Word,
    Cjk,
}

pub(super) fn class(c: char) -> Class {
    if is_cjk(c) && c.is_alphanumeric() {
        Class::Cjk
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Separator
    }
}

/// Calls `f(start, run)` for every maximal run of letters and digits, and every maximal run of
/// Chinese characters, in `s`.
pub(super) fn word_runs(s: &str, mut f: impl FnMut(usize, &str)) {
    let mut start = 0;
    let mut cur = Class::Separator;
    for (i, c) in s.char_indices() {
        let k = class(c);
        if k != cur {
            if cur != Class::Separator {
                f(start, &s[start..i]);
            }
            start = i;
            cur = k;
        }
    }
    if cur != Class::Separator {
        f(start, &s[start..]);
    }
}

/// Does `term` occur in `hay` at the start of a word (or is it Chinese, which has no spaces)?
pub(super) fn at_word_start(hay: &str, term: &str) -> bool {
    if term.chars().next().is_some_and(is_cjk) {
        return hay.contains(term);
    }
    hay.match_indices(term).any(|(p, _)| {
        hay[..p]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() || is_cjk(c))
    })
}

/// CJK ideographs and punctuation: no word boundaries in running text.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}' | '\u{20000}'..='\u{2ffff}')
}
