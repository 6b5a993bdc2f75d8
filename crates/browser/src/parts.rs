//! The checked dataset as the validator worker sends it and IndexedDB keeps it: one JavaScript
//! array `[head, list, part, …]`. Written once for both sides: the page (`browser::worker`) and
//! the worker (crates/validator).

use counterpoint_core::model::payload::{List, Payload};
use wasm_bindgen::JsCast;

/// A payload as the worker sent it: `[head, list, part, …]` in one JavaScript array, as it is
/// kept in IndexedDB (no copy into WebAssembly memory until each part is decoded).
#[derive(Clone)]
pub struct Parts(pub js_sys::Array);

impl Parts {
    /// The head's JSON.
    pub fn head(&self) -> Option<String> {
        self.0.get(0).as_string()
    }

    /// How many parts after the head.
    pub fn count(&self) -> u32 {
        self.0.length().saturating_sub(1) / 2
    }

    /// Part `i` (0-based): its list and JSON.
    pub fn part(&self, i: u32) -> Option<(List, String)> {
        let list = List::from_name(&self.0.get(1 + 2 * i).as_string()?)?;
        Some((list, self.0.get(2 + 2 * i).as_string()?))
    }

    /// Total size in UTF-16 code units (about the bytes of an ASCII-heavy file).
    pub fn size(&self) -> usize {
        self.0
            .iter()
            .map(|v| {
                v.dyn_ref::<js_sys::JsString>()
                    .map_or(0, |s| s.length() as usize)
            })
            .sum()
    }

    /// From a payload built on the page (the fallback path).
    pub fn from_payload(p: Payload) -> Parts {
        let a = js_sys::Array::new();
        a.push(&p.head.into());
        for (list, json) in p.parts {
            a.push(&list.name().into());
            a.push(&json.into());
        }
        Parts(a)
    }
}
