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

/// End of the string starting at `i` (which holds `"`), just past the closing quote.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
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
        let name = std::str::from_utf8(&b[j + 1..end - 1]).ok()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let json =
            "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}, {\"c\": [true, \"here\"]}],\n  \"d\": 2\n}";
        let at = |p: &str| {
            json[offset_of_path(json, p).unwrap()..]
                .chars()
                .take(4)
                .collect::<String>()
        };
        assert_eq!(at("a[2].c[1]"), "\"her");
        assert_eq!(at("a[1].b"), "\"x\\\"");
        assert_eq!(at("d"), "2\n}");
    }

    #[test]
    fn falls_back_to_the_deepest_existing_part() {
        let json = r#"{"a": {"b": 1}}"#;
        assert_eq!(offset_of_path(json, "a.zzz"), Some(6));
        assert_eq!(offset_of_path(json, "a[3]"), Some(6));
    }
}
