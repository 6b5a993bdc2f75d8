//! Finding glossary terms in page text: the first occurrence of each term (or alias) in a
//! page's text segments, case-insensitive, on word boundaries, never inside quoted words, so
//! that a page marks each term once (the popover of `src/components/glossary_term.rs`).

use crate::model::GlossaryTerm;

/// A term found in a text segment: bytes `start..end` of the segment name `term` (an index
/// into the glossary).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermMark {
    /// First byte of the name.
    pub start: usize,
    /// Byte after the name.
    pub end: usize,
    /// Index of the term in the glossary.
    pub term: usize,
}

/// Every name of every term, lower-cased, longest first (so "phase-one trade deal" wins over
/// "phase-one" where both fit).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermIndex {
    names: Vec<(Vec<char>, usize)>,
}

impl TermIndex {
    /// The names of every term of `glossary`.
    pub fn new(glossary: &[GlossaryTerm]) -> TermIndex {
        let mut names: Vec<(Vec<char>, usize)> = glossary
            .iter()
            .enumerate()
            .flat_map(|(i, g)| {
                std::iter::once(&g.term)
                    .chain(&g.aliases)
                    .map(move |n| (lower(n.trim()), i))
            })
            .filter(|(n, _)| !n.is_empty())
            .collect();
        names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        TermIndex { names }
    }

    /// No term to find.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The first occurrence in `text` of each term, in text order, outside quoted words.
    pub fn first_in(&self, text: &str) -> Vec<TermMark> {
        if self.names.is_empty() {
            return Vec::new();
        }
        // Characters with their byte offsets, lower-cased one to one (a char whose lower case
        // is longer keeps its own, so offsets stay exact).
        let chars: Vec<(usize, char)> = text
            .char_indices()
            .map(|(i, c)| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) => (i, x),
                    _ => (i, c),
                }
            })
            .collect();
        let quoted = quoted_mask(&chars);
        let mut out: Vec<TermMark> = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if quoted[k] || (k > 0 && is_word(chars[k - 1].1)) {
                k += 1;
                continue;
            }
            let hit = self.names.iter().find(|(name, term)| {
                let end = k + name.len();
                end <= chars.len()
                    && !out.iter().any(|m| m.term == *term)
                    && chars[k..end].iter().map(|c| c.1).eq(name.iter().copied())
                    && !quoted[k..end].iter().any(|q| *q)
                    && chars.get(end).is_none_or(|c| !is_word(c.1))
            });
            match hit {
                Some((name, term)) => {
                    let end = k + name.len();
                    out.push(TermMark {
                        start: chars[k].0,
                        end: chars.get(end).map_or(text.len(), |c| c.0),
                        term: *term,
                    });
                    k = end;
                }
                None => k += 1,
            }
        }
        out
    }
}

/// For a page's text segments in reading order, the marks of each segment: the first
/// occurrence of each term on the whole page, so a term is marked once per page.
pub fn first_occurrences(index: &TermIndex, segments: &[&str]) -> Vec<Vec<TermMark>> {
    let mut seen = std::collections::BTreeSet::new();
    segments
        .iter()
        .map(|s| {
            index
                .first_in(s)
                .into_iter()
                .filter(|m| seen.insert(m.term))
                .collect()
        })
        .collect()
}

fn lower(s: &str) -> Vec<char> {
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            }
        })
        .collect()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Which characters sit inside quotation marks (“…”, "…", «…»): verbatim words are never
/// marked. An unclosed mark quotes nothing.
fn quoted_mask(chars: &[(usize, char)]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let mut k = 0;
    while k < chars.len() {
        let close = match chars[k].1 {
            '“' => Some('”'),
            '"' => Some('"'),
            '«' => Some('»'),
            _ => None,
        };
        if let Some(close) = close {
            if let Some(len) = chars[k + 1..].iter().position(|c| c.1 == close) {
                for m in &mut mask[k..=k + 1 + len] {
                    *m = true;
                }
                k += len + 2;
                continue;
            }
        }
        k += 1;
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(term: &str, aliases: &[&str]) -> GlossaryTerm {
        GlossaryTerm {
            id: term.to_lowercase().replace(' ', "-"),
            term: term.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            definition: "d".into(),
            cites: Vec::new(),
            editor_note: None,
            appears_in: Vec::new(),
        }
    }

    fn index() -> TermIndex {
        TermIndex::new(&[
            term("PMI", &["Purchasing Managers’ Index"]),
            term("Phase one", &["phase-one", "phase-one trade deal"]),
            term("Rare earths", &["rare earth", "rare-earth"]),
        ])
    }

    fn found<'a>(text: &'a str, marks: &[TermMark]) -> Vec<(&'a str, usize)> {
        marks
            .iter()
            .map(|m| (&text[m.start..m.end], m.term))
            .collect()
    }

    #[test]
    fn finds_the_first_occurrence_of_each_term_case_insensitively() {
        let text = "China's pmi fell; the PMI and RARE EARTH exports; rare earths again.";
        assert_eq!(
            found(text, &index().first_in(text)),
            vec![("pmi", 0), ("RARE EARTH", 2)]
        );
    }

    #[test]
    fn matches_on_word_boundaries_only() {
        let text = "PMIs, the unphase-one deal and rare earthly things";
        assert!(index().first_in(text).is_empty());
        let text = "(PMI), rare-earth.";
        assert_eq!(
            found(text, &index().first_in(text)),
            vec![("PMI", 0), ("rare-earth", 2)]
        );
    }

    #[test]
    fn the_longest_name_wins() {
        let text = "The phase-one trade deal of 2020.";
        assert_eq!(
            found(text, &index().first_in(text)),
            vec![("phase-one trade deal", 1)]
        );
    }

    #[test]
    fn never_inside_quoted_words() {
        let text = "He said “rare earths are leverage” and \"PMI\"; later the PMI fell.";
        let marks = index().first_in(text);
        assert_eq!(found(text, &marks), vec![("PMI", 0)]);
        assert!(marks[0].start > text.find("later").unwrap());
        // An unclosed quotation mark quotes nothing.
        assert_eq!(
            found("“the PMI", &index().first_in("“the PMI")),
            vec![("PMI", 0)]
        );
    }

    #[test]
    fn offsets_are_exact_around_multibyte_text() {
        let text = "Über die Purchasing Managers’ Index — 49.0";
        let m = index().first_in(text);
        assert_eq!(found(text, &m), vec![("Purchasing Managers’ Index", 0)]);
    }

    #[test]
    fn a_page_marks_each_term_once() {
        let segments = ["The PMI fell.", "The PMI and rare earths.", "Rare earths."];
        let marks = first_occurrences(&index(), &segments);
        assert_eq!(found(segments[0], &marks[0]), vec![("PMI", 0)]);
        assert_eq!(found(segments[1], &marks[1]), vec![("rare earths", 2)]);
        assert!(marks[2].is_empty());
    }

    #[test]
    fn the_embedded_glossary_finds_its_terms_in_the_dataset() {
        let store = crate::model::embedded();
        let index = TermIndex::new(&store.dataset.glossary);
        let texts: Vec<&str> = store
            .dataset
            .topics
            .iter()
            .map(|t| t.summary.as_str())
            .collect();
        let marks = first_occurrences(&index, &texts);
        assert!(marks.iter().map(Vec::len).sum::<usize>() >= 3, "{marks:?}");
    }
}
