//! Questions asked of a dataset: what was known when, what changed, what matches a search.
//! Plain Rust, no UI.

pub mod changes;
pub mod citations;
pub mod snapshot;

pub use snapshot::Snapshot;
pub mod chart;
pub mod cite_text;
pub mod coverage;
pub mod figures;
pub mod markdown;
pub mod my_briefing;
pub mod page_cites;
pub mod search;
pub mod text;
pub mod timeline;
