//! Counterpoint's Yew front end. The engine (dataset, snapshots, analysis) is the
//! `counterpoint_core` crate, which knows nothing of Yew; this crate renders it.
//!
//! Layers, ground floor up: `components` (presentational) → `pages` (one per route) → `app`
//! (routes, contexts, the browser and server apps). `bin/prerender` renders every route.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod hooks;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod state;
