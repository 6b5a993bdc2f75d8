//! The core crate's integration tests, in one test binary (one link, one run) with a module per
//! concern and the helpers they share in `prelude`.
//!
//! Add a module: write `NAME.rs` beside this file, declare it below in alphabetical order, and
//! take shared helpers from `prelude` (move one there when a second module needs it). Proptest
//! regressions live beside their module (`NAME.proptest-regressions`); see `properties.rs`.

mod prelude;

mod attribution;
mod check_dataset;
mod dataset_sources;
mod editorial;
mod example_dataset;
mod glossary;
mod properties;
mod quote_fragments;
mod relations;
#[cfg(feature = "schema")]
mod schema;
