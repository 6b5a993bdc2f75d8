//! One view model per page: exactly what the page shows, already read through its snapshot,
//! with every citation it carries. The HTML page, its printed notes and its Markdown export
//! all render from the same value, so they cannot drift apart.

pub mod compare;
pub mod contested;
pub mod coverage;
pub mod data;
pub mod figures;
pub mod notes;
pub mod people;
pub mod search;
pub mod source;
pub mod sources;
pub mod timeline;

pub use notes::{print_notes, CitedSource, NoteBook, PrintNote};
