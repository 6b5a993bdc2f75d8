//! Counterpoint's Yew front end. The engine (dataset, snapshots, analysis) is the
//! `counterpoint_core` crate, which knows nothing of Yew; this crate renders it.
//!
//! Layers, ground floor up: `components` (presentational; the interactive ones are islands)
//! → `pages` (one per route) → `app` (the full app, "workshop") and `islands` (the static
//! page's start). Entry points: `main.rs` (workshop), `bin/islands.rs` (the validator worker is crates/validator); the
//! `counterpoint` command (crates/cli) prerenders the pages with Yew's server renderer.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod hooks;
#[cfg(feature = "hydration")]
pub mod islands;
pub mod pages;
pub mod routes;
pub mod state;
