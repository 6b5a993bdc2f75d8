//! Counterpoint's calls into the browser (web-sys, gloo) that need no Yew, in one place, so
//! that state and components read as plain Rust and the server render never reaches for a
//! `window`. The Yew crate re-exports every module as `crate::browser::…`; the validator worker
//! (crates/validator) uses IndexedDB, the parts and the worker protocol from here.
//!
//! Each function is safe to call only in the browser: from an effect, a callback or a task,
//! never during rendering (the prerenderer renders the same components natively).

pub mod clipboard;
pub mod dom;
pub mod download;
pub mod fetch;
pub mod file;
pub mod idb;
pub mod page_text;
pub mod parts;
pub mod storage;
pub mod worker;
pub mod workshop;

/// The message of a JavaScript error, or `fallback` when it carries none.
pub fn js_message(e: &wasm_bindgen::JsValue, fallback: &str) -> String {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| fallback.to_string())
}

/// The current time as ISO 8601 (browser clock).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
