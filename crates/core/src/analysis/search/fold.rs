//! Text normalisation for search: case, accents, curly quotes and whitespace folded away, with
//! a map back to the original text so that matches can be highlighted where they were found.
//!
//! Folding works one character at a time and may change byte lengths ("é" is two bytes, "e"
//! one; "ß" becomes "ss"; "’" three bytes becomes "'"), so every folded character remembers the
//! byte range of the original character(s) it came from.

/// Receives folded characters together with the original byte range they stand for.
trait Sink {
    /// One folded character, from original bytes `start..end`.
    fn push(&mut self, c: char, start: usize, end: usize);
    /// A dropped original character (a combining mark) at `..end`: it belongs to the previous one.
    fn extend(&mut self, end: usize);
}

impl Sink for String {
    fn push(&mut self, c: char, _: usize, _: usize) {
        String::push(self, c);
    }
    fn extend(&mut self, _: usize) {}
}

/// A folded string with, for each folded character, its byte offset in the folded string and
/// the original byte range it comes from.
struct Mapped {
    out: String,
    /// `(folded_offset, original_start, original_end)`, ascending.
    spans: Vec<(usize, usize, usize)>,
}

impl Sink for Mapped {
    fn push(&mut self, c: char, start: usize, end: usize) {
        self.spans.push((self.out.len(), start, end));
        self.out.push(c);
    }
    fn extend(&mut self, end: usize) {
        if let Some(last) = self.spans.last_mut() {
            last.2 = last.2.max(end);
        }
    }
}

/// What one lowercase character folds to.
enum Folded {
    /// Dropped: a combining mark.
    Drop,
    One(char),
    Two(char, char),
}

/// Strips the diacritic from a lowercase Latin-1 / Latin Extended-A letter (plus the pinyin
/// tone letters of Latin Extended-B), straightens quotes and dashes. Anything else, Chinese
/// characters included, passes through.
fn fold_lower(c: char) -> Folded {
    use Folded::{One, Two};
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => One('a'),
        'æ' => Two('a', 'e'),
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => One('c'),
        'ď' | 'đ' | 'ð' => One('d'),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => One('e'),
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => One('g'),
        'ĥ' | 'ħ' => One('h'),
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => One('i'),
        'ĳ' => Two('i', 'j'),
        'ĵ' => One('j'),
        'ķ' | 'ĸ' => One('k'),
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => One('l'),
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => One('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => One('o'),
        'œ' => Two('o', 'e'),
        'ŕ' | 'ŗ' | 'ř' => One('r'),
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => One('s'),
        'ß' => Two('s', 's'),
        'ţ' | 'ť' | 'ŧ' => One('t'),
        'þ' => Two('t', 'h'),
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => {
            One('u')
        }
        'ŵ' => One('w'),
        'ý' | 'ÿ' | 'ŷ' => One('y'),
        'ź' | 'ż' | 'ž' => One('z'),
        '‘' | '’' | '‚' | '‛' | '′' => One('\''),
        '“' | '”' | '„' | '‟' | '″' => One('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => One('-'),
        '\u{0300}'..='\u{036f}' => Folded::Drop,
        c => One(c),
    }
}

/// The folding loop shared by [`fold`] and [`highlight_ranges`].
fn fold_into_sink(s: &str, sink: &mut impl Sink) {
    // Pending whitespace run (original byte range) and whether anything was written yet.
    let mut pending: Option<(usize, usize)> = None;
    let mut wrote = false;
    for (i, c) in s.char_indices() {
        let end = i + c.len_utf8();
        if c.is_whitespace() {
            pending = Some(match pending {
                Some((a, _)) => (a, end),
                None => (i, end),
            });
            continue;
        }
        let mut flushed = false;
        for lc in c.to_lowercase() {
            let folded = fold_lower(lc);
            if matches!(folded, Folded::Drop) && pending.is_none() {
                sink.extend(end);
                continue;
            }
            if !flushed {
                if let Some((a, b)) = pending.take() {
                    if wrote {
                        sink.push(' ', a, b);
                    }
                }
                flushed = true;
            }
            match folded {
                Folded::Drop => {}
                Folded::One(x) => {
                    sink.push(x, i, end);
                    wrote = true;
                }
                Folded::Two(x, y) => {
                    sink.push(x, i, end);
                    sink.push(y, i, end);
                    wrote = true;
                }
            }
        }
    }
}

/// Folds text for matching: lowercase, accents stripped (é→e, ü→u, ā→a, ß→ss…), curly quotes
/// made straight, dashes made hyphens, runs of whitespace collapsed to one space and trimmed.
/// Chinese characters pass through unchanged.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into_sink(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` (see [`fold`]).
pub fn fold_into(s: &str, out: &mut String) {
    fold_into_sink(s, out);
}

/// Splits a search query into folded terms: split on whitespace, with punctuation trimmed from
/// both ends of each term; empty terms are dropped.
pub fn query_terms(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Byte ranges of `text` (on character boundaries) where any of the terms matches, compared
/// folded (see [`fold`]); overlapping and touching ranges merged, sorted. For `<mark>`.
pub fn highlight_ranges(text: &str, query_terms: &[String]) -> Vec<(usize, usize)> {
    let mut m = Mapped {
        out: String::with_capacity(text.len()),
        spans: Vec::with_capacity(text.len()),
    };
    fold_into_sink(text, &mut m);
    // The span holding folded byte `at`.
    let span = |at: usize| m.spans[m.spans.partition_point(|s| s.0 <= at) - 1];
    let mut ranges = Vec::new();
    for term in query_terms {
        let t = fold(term);
        if t.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(p) = m.out[from..].find(&t) {
            let a = from + p;
            let b = a + t.len();
            ranges.push((span(a).1, span(b - 1).2));
            from = a + m.out[a..].chars().next().map_or(1, char::len_utf8);
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

#[cfg(test)]
mod tests;
