//! Questions asked of a dataset: what was known when, what changed, what matches a search.
//! Plain Rust, no UI.

pub mod citations;
pub mod snapshot;

pub use snapshot::Snapshot;
