//! Counterpoint's engine: everything that is true of a briefing whatever shows it.
//!
//! Ground floor up: [`model`] (dataset types, dates, loading, validation) → [`analysis`]
//! (snapshots "as of" a briefing, comparison, search, coverage, figures) → [`view`] (one view
//! model per page, with the citations it shows) → [`export`] (Markdown rendered from the view
//! models). [`texts`] checks a dataset against its sources' full texts and runs the editorial
//! rules. [`synthetic`] makes large datasets for benchmarks and tests. No Yew, no web-sys, no
//! gloo: the compiler keeps the UI out, and everything here is tested natively.

#![warn(missing_docs)]

pub mod analysis;
pub mod export;
pub mod glossary;
pub mod model;
pub mod my_briefing;
pub mod synthetic;
pub mod texts;
pub mod view;
