//! A validated dataset cut into parts that can be decoded one at a time.
//!
//! The browser checks a large file in a Web Worker, off the page's thread; the page still has
//! to turn the result into a [`Store`]. Decoding 8 MB in one go is one long task (the page
//! freezes), so the worker sends the dataset as a small head (every field, the long lists
//! emptied) plus the long lists in parts of about [`PART_BYTES`] each, and the page decodes
//! one part per task with [`Builder`], building the id lookups as it goes. The same parts are
//! what the tab keeps (IndexedDB), so a reload decodes them again without re-validating.
//!
//! Only [`cut`]'s output of a dataset that passed [`super::parse_dataset`] may be given to
//! [`Builder`]: it trusts that the dataset is valid and does not check it again.

use super::locate::{items_of, value_span};
use super::objects_only;
use super::types::*;
use super::{LazyLinks, Store};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// Target size of one part: natively about 1 ms to decode, in the browser about 5 ms, so a page
/// decoding one part per task never blocks input for long, whatever the dataset's size.
pub const PART_BYTES: usize = 256 * 1024;

/// Which list of the dataset a part holds items of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// `sources`.
    Sources,
    /// `actors`.
    Actors,
    /// `topics`.
    Topics,
    /// `quotes`.
    Quotes,
    /// `events`.
    Events,
    /// `figures`.
    Figures,
    /// `disputes`.
    Disputes,
}

impl List {
    /// Every list, in dataset order.
    pub const ALL: [List; 7] = [
        List::Sources,
        List::Actors,
        List::Topics,
        List::Quotes,
        List::Events,
        List::Figures,
        List::Disputes,
    ];

    /// The field's name in the file, also the part's tag in the payload.
    pub fn name(self) -> &'static str {
        match self {
            List::Sources => "sources",
            List::Actors => "actors",
            List::Topics => "topics",
            List::Quotes => "quotes",
            List::Events => "events",
            List::Figures => "figures",
            List::Disputes => "disputes",
        }
    }

    /// The list whose [`List::name`] this is.
    pub fn from_name(name: &str) -> Option<List> {
        List::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// A dataset as a head and parts (see the module's documentation).
#[derive(Clone, Debug, PartialEq)]
pub struct Payload {
    /// JSON of the dataset with the long lists emptied.
    pub head: String,
    /// JSON arrays of consecutive items of one list, in dataset order.
    pub parts: Vec<(List, String)>,
}

impl Payload {
    /// Total size of the JSON text, in bytes.
    pub fn len(&self) -> usize {
        self.head.len() + self.parts.iter().map(|(_, p)| p.len()).sum::<usize>()
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Cuts the text of a dataset file that [`super::parse_dataset`] accepted into a head and
/// parts of about `part_bytes` each (at least one item a part), from the file's own text: the
/// validator worker never writes the dataset out again, so it links no serializer of it.
/// Linear in the file's size.
pub fn cut(json: &str, part_bytes: usize) -> Payload {
    // Each long list's array, found once: emptied in the head, cut into the parts.
    let arrays: Vec<(List, (usize, usize))> = List::ALL
        .into_iter()
        .filter_map(|list| Some((list, value_span(json, list.name())?)))
        .collect();
    let mut in_file_order: Vec<(usize, usize)> = arrays.iter().map(|&(_, span)| span).collect();
    in_file_order.sort_unstable();
    let mut head = String::with_capacity(json.len().min(64 * 1024));
    let mut at = 0;
    for (start, end) in in_file_order {
        head.push_str(&json[at..start]);
        head.push_str("[]");
        at = end;
    }
    head.push_str(&json[at..]);
    let mut parts = Vec::new();
    for (list, span) in arrays {
        let mut buf = String::new();
        for (start, end) in items_of(json, span) {
            buf.push(if buf.is_empty() { '[' } else { ',' });
            buf.push_str(&json[start..end]);
            if buf.len() >= part_bytes {
                buf.push(']');
                parts.push((list, std::mem::take(&mut buf)));
            }
        }
        if !buf.is_empty() {
            buf.push(']');
            parts.push((list, buf));
        }
    }
    Payload { head, parts }
}

/// Decodes a [`Payload`] one part at a time into a [`Store`], building its id lookups as it
/// goes (so [`Builder::finish`] costs nothing). Each step is linear in its part's size.
pub struct Builder {
    data: Dataset,
    index: Index,
}

impl Builder {
    /// Starts from the payload's head. `Err`: the text is not a payload's head (say, a kept
    /// entry written by another version).
    pub fn new(head: &str) -> Result<Builder, String> {
        let data: Dataset = objects_only::from_str(head).map_err(|e| e.to_string())?;
        if data.schema_version != SCHEMA_VERSION {
            return Err(format!("schema version {}", data.schema_version));
        }
        // The commitments ride in the head: index them now.
        let index = Index {
            commitments: data
                .commitments
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
            ..Index::default()
        };
        Ok(Builder { data, index })
    }

    /// Adds one part's items.
    pub fn add(&mut self, list: List, json: &str) -> Result<(), String> {
        let (d, ix) = (&mut self.data, &mut self.index);
        match list {
            List::Sources => extend(&mut d.sources, &mut ix.sources, json, |s| &s.id),
            List::Actors => extend(&mut d.actors, &mut ix.actors, json, |a| &a.id),
            List::Topics => extend(&mut d.topics, &mut ix.topics, json, |t| &t.id),
            List::Quotes => extend(&mut d.quotes, &mut ix.quotes, json, |q| &q.id),
            List::Events => extend(&mut d.events, &mut ix.events, json, |e| &e.id),
            List::Figures => extend(&mut d.figures, &mut ix.figures, json, |f| &f.id),
            List::Disputes => {
                let more: Vec<Dispute> = objects_only::from_str(json).map_err(|e| e.to_string())?;
                d.disputes.extend(more);
                Ok(())
            }
        }
    }

    /// The store, equal to `Store::new` of the whole dataset.
    pub fn finish(self) -> Store {
        Store {
            dataset: self.data,
            index: self.index,
            links: LazyLinks::default(),
        }
    }
}

fn extend<T: DeserializeOwned>(
    items: &mut Vec<T>,
    index: &mut BTreeMap<String, usize>,
    json: &str,
    id: impl Fn(&T) -> &str,
) -> Result<(), String> {
    let more: Vec<T> = objects_only::from_str(json).map_err(|e| e.to_string())?;
    let start = items.len();
    for (i, item) in more.iter().enumerate() {
        index.insert(id(item).to_string(), start + i);
    }
    items.extend(more);
    Ok(())
}

/// The whole payload decoded at once (tests, and the page's fallback when it cannot wait).
pub fn decode(payload: &Payload) -> Result<Store, String> {
    let mut b = Builder::new(&payload.head)?;
    for (list, json) in &payload.parts {
        b.add(*list, json)?;
    }
    Ok(b.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::locate::item_spans;
    use crate::model::parse_dataset;

    const EXAMPLE: &str = include_str!("../../../../data/examples/us-japan-2019.json");
    const BUILT_IN: &str = include_str!("../../../../data/us-china-2025.json");

    #[test]
    fn decoding_the_parts_gives_the_same_store_as_parsing_the_file() {
        for text in [EXAMPLE, BUILT_IN] {
            let data = parse_dataset(text).expect("the dataset is valid");
            for part_bytes in [1, 2_000, PART_BYTES] {
                let payload = cut(text, part_bytes);
                let store = decode(&payload).expect("decodes");
                assert_eq!(store, Store::new(data.clone()), "part size {part_bytes}");
                assert_eq!(store.quote(&data.quotes[0].id), Some(&data.quotes[0]));
            }
        }
    }

    #[test]
    fn the_head_keeps_every_short_field_and_empties_the_long_lists() {
        let payload = cut(EXAMPLE, PART_BYTES);
        let head: serde_json::Value =
            serde_json::from_str(&payload.head).expect("the head is JSON");
        let file: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        for (key, value) in file.as_object().unwrap() {
            match List::from_name(key) {
                Some(_) => assert_eq!(head[key], serde_json::json!([]), "{key}"),
                None => assert_eq!(&head[key], value, "{key}"),
            }
        }
    }

    #[test]
    fn parts_stay_near_the_target_size_and_keep_dataset_order() {
        let data = crate::synthetic::synthetic_store(3).dataset.clone();
        // Minified and pretty-printed files cut alike.
        for text in [
            serde_json::to_string(&data).unwrap(),
            serde_json::to_string_pretty(&data).unwrap(),
        ] {
            let payload = cut(&text, 4_000);
            assert!(payload.parts.len() > 10, "{} parts", payload.parts.len());
            for (list, json) in &payload.parts {
                // At most one item past the target: the part without its last item is within it.
                let wrapped = format!("{{\"part\":{json}}}");
                let &(start, end) = item_spans(&wrapped, "part")
                    .last()
                    .expect("a part has items");
                assert!(
                    json.len() - (end - start) < 4_000 + 2,
                    "{list:?}: {}",
                    json.len()
                );
            }
            let lists: Vec<List> = payload.parts.iter().map(|(l, _)| *l).collect();
            let mut sorted = lists.clone();
            sorted.sort_by_key(|l| List::ALL.iter().position(|x| x == l));
            assert_eq!(lists, sorted, "each list's parts are together, in order");
            assert_eq!(decode(&payload).unwrap().dataset, data);
        }
    }

    #[test]
    fn an_empty_list_has_no_part_and_names_round_trip() {
        let mut data = parse_dataset(EXAMPLE).unwrap();
        data.disputes.clear();
        let payload = cut(&serde_json::to_string(&data).unwrap(), PART_BYTES);
        assert!(payload.parts.iter().all(|(l, _)| *l != List::Disputes));
        assert_eq!(decode(&payload).unwrap().dataset, data);
        for l in List::ALL {
            assert_eq!(List::from_name(l.name()), Some(l));
        }
        assert_eq!(List::from_name("parties"), None);
    }

    #[test]
    fn a_foreign_head_is_refused() {
        assert!(Builder::new("{}").is_err());
        let mut data = parse_dataset(EXAMPLE).unwrap();
        data.schema_version = 9;
        let payload = cut(&serde_json::to_string(&data).unwrap(), PART_BYTES);
        assert!(Builder::new(&payload.head).is_err());
    }
}
