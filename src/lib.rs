//! Counterpoint: a sourced, side-by-side briefing on a two-party negotiation.
//!
//! Layers, ground floor up: [`model`] (dataset types, loading, validation) →
//! [`analysis`] (snapshots, comparison, search, coverage) → `components` → `pages` → `app`.
//! The first two are plain Rust with no Yew so that they are tested natively.

pub mod analysis;
pub mod app;
pub mod components;
#[cfg(feature = "ssr")]
pub mod csp;
pub mod meta;
pub mod model;
pub mod pages;
pub mod switcher;
