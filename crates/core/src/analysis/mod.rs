//! Questions asked of a dataset: what was known when, what changed, what matches a search.
//! Plain Rust, no UI.

pub mod changes;
pub mod chart;
pub mod cited_places;
pub mod commitments;
pub mod coverage;
pub mod figures;
pub mod raised;
pub mod search;
pub mod snapshot;
pub mod timeline;

pub use snapshot::Snapshot;

#[cfg(test)]
mod indexed_tests;
