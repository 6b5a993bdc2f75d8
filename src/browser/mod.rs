//! Every call into the browser (web-sys, gloo) in one place, so that state and components
//! read as plain Rust and the server render never reaches for a `window`.
//!
//! Each function is safe to call only in the browser: from an effect, a callback or a task,
//! never during rendering (the prerenderer renders the same components natively).
//!
//! The modules live in the `counterpoint-browser` crate (crates/browser), which needs no Yew
//! and which the validator worker shares; they are re-exported here, so `crate::browser::…`
//! paths stay as they were.

pub use counterpoint_browser::{
    clipboard, dom, download, fetch, file, idb, now_iso, page_text, parts, storage, worker,
    workshop,
};
