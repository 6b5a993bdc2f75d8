//! Finds where a JSON path (`topics[2].points[0].id`) sits in the original text, so that
//! problems found after parsing can still say "line 120:15". serde_json's `Value` keeps no
//! positions, so this walks the text itself; it expects text that already parsed as JSON.

/// Byte offset of the value at `path`, or of the deepest part of the path that exists.
pub fn offset_of_path(json: &str, path: &str) -> Option<usize> {
    let segments = split_path(path)?;
    let b = json.as_bytes();
    let mut pos = skip_ws(b, 0);
    for seg in &segments {
        match seg {
            Segment::Key(k) => match find_key(b, pos, k) {
                Some(p) => pos = p,
                None => return Some(pos),
            },
            Segment::Index(i) => match find_index(b, pos, *i) {
                Some(p) => pos = p,
                None => return Some(pos),
            },
        }
    }
    Some(pos)
}

/// [`offset_of_path`] for many paths in one pass over the text, so that placing thousands of
/// problems in a large file stays linear in its size. Same fallback: the offset of the deepest
/// part of each path that exists.
pub fn offsets_of_paths(json: &str, paths: &[&str]) -> Vec<Option<usize>> {
    use std::collections::{HashMap, HashSet};
    // Every prefix of every wanted path: only those subtrees are walked into.
    let mut wanted: HashSet<&str> = HashSet::new();
    for p in paths {
        wanted.insert("");
        for (i, c) in p.char_indices() {
            if c == '.' || c == '[' {
                wanted.insert(&p[..i]);
            }
        }
        wanted.insert(p);
    }
    let mut found: HashMap<String, usize> = HashMap::new();
    let b = json.as_bytes();
    let start = skip_ws(b, 0);
    let mut path = String::new();
    walk_wanted(b, start, &mut path, &wanted, &mut found);
    paths
        .iter()
        .map(|p| {
            // The longest prefix that was found, from the whole path down to the root.
            let mut cut = p.len();
            loop {
                if let Some(&o) = found.get(&p[..cut]) {
                    return Some(o);
                }
                match p[..cut].rfind(['.', '[']) {
                    Some(c) => cut = c,
                    None => return found.get("").copied(),
                }
            }
        })
        .collect()
}

/// Records the offset of the value at `i` under `path` when wanted, descends into it when a
/// wanted path lies below, and returns the end of the value.
fn walk_wanted(
    b: &[u8],
    i: usize,
    path: &mut String,
    wanted: &std::collections::HashSet<&str>,
    found: &mut std::collections::HashMap<String, usize>,
) -> usize {
    if !wanted.contains(path.as_str()) {
        return skip_value(b, i);
    }
    found.insert(path.clone(), i);
    let len = path.len();
    match b.get(i) {
        Some(b'{') => {
            let mut j = i + 1;
            loop {
                j = skip_ws(b, j);
                if b.get(j) != Some(&b'"') {
                    break;
                }
                let key_end = skip_string(b, j);
                let key = b.get(j + 1..key_end.saturating_sub(1)).unwrap_or_default();
                let colon = skip_ws(b, key_end);
                if b.get(colon) != Some(&b':') {
                    break;
                }
                let value = skip_ws(b, colon + 1);
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&String::from_utf8_lossy(key));
                let end = walk_wanted(b, value, path, wanted, found);
                path.truncate(len);
                j = skip_ws(b, end);
                if b.get(j) != Some(&b',') {
                    break;
                }
                j += 1;
            }
            skip_value(b, i)
        }
        Some(b'[') => {
            let mut j = skip_ws(b, i + 1);
            let mut n = 0;
            while j < b.len() && b[j] != b']' {
                path.push_str(&format!("[{n}]"));
                let end = walk_wanted(b, j, path, wanted, found);
                path.truncate(len);
                j = skip_ws(b, end);
                if b.get(j) != Some(&b',') {
                    break;
                }
                j = skip_ws(b, j + 1);
                n += 1;
            }
            skip_value(b, i)
        }
        _ => skip_value(b, i),
    }
}

/// Byte range of the value at `path`, when every part of the path exists.
pub fn value_span(json: &str, path: &str) -> Option<(usize, usize)> {
    let segments = split_path(path)?;
    let b = json.as_bytes();
    let mut pos = skip_ws(b, 0);
    for seg in &segments {
        pos = match seg {
            Segment::Key(k) => find_key(b, pos, k)?,
            Segment::Index(i) => find_index(b, pos, *i)?,
        };
    }
    Some((pos, skip_value(b, pos).min(b.len())))
}

/// Byte ranges of the items of the array at `path`, in one pass over the array (so that reading
/// every item of a long list stays linear in the file's size).
pub fn item_spans(json: &str, path: &str) -> Vec<(usize, usize)> {
    value_span(json, path).map_or_else(Vec::new, |span| items_of(json, span))
}

/// Byte ranges of the items of the array at `span` (a [`value_span`]); none when it is not an
/// array.
pub fn items_of(json: &str, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let b = &json.as_bytes()[..end];
    let mut spans = Vec::new();
    if b.get(start) != Some(&b'[') {
        return spans;
    }
    let mut j = skip_ws(b, start + 1);
    while j < b.len() && b[j] != b']' {
        let item_end = skip_value(b, j).min(b.len());
        if item_end <= j {
            break;
        }
        spans.push((j, item_end));
        j = skip_ws(b, item_end);
        if b.get(j) != Some(&b',') {
            break;
        }
        j = skip_ws(b, j + 1);
    }
    spans
}

/// The JSON path of the innermost value (or object member) that contains byte `offset`:
/// the inverse of [`offset_of_path`], used to name where serde_json stopped. A closing brace
/// belongs to its object, not to the object's last member (serde reports a missing field there).
pub fn path_at_offset(json: &str, offset: usize) -> String {
    let b = json.as_bytes();
    let mut path = String::new();
    let mut i = skip_ws(b, 0);
    loop {
        match b.get(i) {
            Some(b'{') => {
                let mut j = i + 1;
                let mut found = false;
                loop {
                    j = skip_ws(b, j);
                    if b.get(j) != Some(&b'"') {
                        break;
                    }
                    let key_end = skip_string(b, j);
                    // `get`: the text may be broken JSON (a syntax error is being placed).
                    let key = String::from_utf8_lossy(
                        b.get(j + 1..key_end.saturating_sub(1)).unwrap_or_default(),
                    )
                    .into_owned();
                    let colon = skip_ws(b, key_end);
                    let start = skip_ws(b, colon + 1);
                    let end = skip_value(b, start);
                    if offset >= j && offset < end {
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(&key);
                        if offset < start {
                            return path;
                        }
                        i = start;
                        found = true;
                        break;
                    }
                    j = skip_ws(b, end);
                    if b.get(j) != Some(&b',') {
                        break;
                    }
                    j += 1;
                }
                if !found {
                    return path;
                }
            }
            Some(b'[') => {
                let mut j = skip_ws(b, i + 1);
                let mut n = 0;
                let mut found = false;
                while j < b.len() && b[j] != b']' {
                    let end = skip_value(b, j);
                    if offset >= j && offset < end {
                        path.push_str(&format!("[{n}]"));
                        i = j;
                        found = true;
                        break;
                    }
                    j = skip_ws(b, end);
                    if b.get(j) != Some(&b',') {
                        break;
                    }
                    j = skip_ws(b, j + 1);
                    n += 1;
                }
                if !found {
                    return path;
                }
            }
            _ => return path,
        }
    }
}

/// Byte offset of a 1-based line and (byte) column, as serde_json reports them.
pub fn offset_of_line_col(text: &str, line: usize, col: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + col.saturating_sub(1)).min(text.len())
}

enum Segment {
    Key(String),
    Index(usize),
}

fn split_path(path: &str) -> Option<Vec<Segment>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Segment::Key(key.to_string()));
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            out.push(Segment::Index(idx.trim_end_matches(']').parse().ok()?));
        }
    }
    Some(out)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// End of the string starting at `i` (which holds `"`), just past the closing quote; the end
/// of the text when the string is not closed.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i.min(b.len())
}

/// End of the value starting at `i`.
fn skip_value(b: &[u8], i: usize) -> usize {
    let i = skip_ws(b, i);
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = skip_string(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            j
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']') && !b[j].is_ascii_whitespace()
            {
                j += 1;
            }
            j
        }
    }
}

/// In the object at `i`, the offset of the value of `key`.
fn find_key(b: &[u8], i: usize, key: &str) -> Option<usize> {
    let mut j = skip_ws(b, i);
    if b.get(j) != Some(&b'{') {
        return None;
    }
    j += 1;
    loop {
        j = skip_ws(b, j);
        if b.get(j) != Some(&b'"') {
            return None;
        }
        let end = skip_string(b, j);
        let name = std::str::from_utf8(b.get(j + 1..end.saturating_sub(1))?).ok()?;
        j = skip_ws(b, end);
        if b.get(j) != Some(&b':') {
            return None;
        }
        j = skip_ws(b, j + 1);
        if name == key {
            return Some(j);
        }
        j = skip_ws(b, skip_value(b, j));
        if b.get(j) != Some(&b',') {
            return None;
        }
        j += 1;
    }
}

/// In the array at `i`, the offset of element `n`.
fn find_index(b: &[u8], i: usize, n: usize) -> Option<usize> {
    let mut j = skip_ws(b, i);
    if b.get(j) != Some(&b'[') {
        return None;
    }
    j = skip_ws(b, j + 1);
    for _ in 0..n {
        j = skip_ws(b, skip_value(b, j));
        if b.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(b, j + 1);
    }
    (j < b.len() && b[j] != b']').then_some(j)
}

/// Line:column of increasing offsets, counting each part of the text once (a minified file is
/// one long line).
pub(crate) struct LineCounter<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
    /// 1-based column of `offset`.
    col: usize,
}

impl<'t> LineCounter<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
            col: 1,
        }
    }

    /// Like [`line_col`]; `offset` must not be smaller than the previous one.
    pub(crate) fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let offset = offset.max(self.offset);
        let between = &self.text[self.offset..offset];
        match between.rfind('\n') {
            Some(last) => {
                self.line += between.matches('\n').count();
                self.col = between[last + 1..].chars().count() + 1;
            }
            None => self.col += between.chars().count(),
        }
        self.offset = offset;
        (self.line, self.col)
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    // An offset inside a character (serde counts bytes) counts as that character.
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rfind('\n')
        .map_or(before.chars().count(), |i| before[i + 1..].chars().count())
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests;
