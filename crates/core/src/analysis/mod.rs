//! Questions asked of a dataset: what was known when, what changed, what matches a search.
//! Plain Rust, no UI.

pub mod changes;
pub mod cited_places;
pub mod snapshot;

pub use snapshot::Snapshot;
pub mod chart;
pub mod coverage;
pub mod figures;
pub mod search;
pub mod text;
pub mod timeline;
