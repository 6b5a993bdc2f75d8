//! One view model per page: exactly what the page shows, already read through its snapshot,
//! with every citation it carries. The HTML page, its printed notes and its Markdown export
//! all render from the same value, so they cannot drift apart.

pub mod changes;
pub mod commitments;
pub mod compare;
pub mod contested;
pub mod coverage;
pub mod data;
pub mod figures;
pub mod home;
pub mod my_briefing;
pub mod notes;
pub mod numbers;
pub mod people;
pub mod raised;
pub mod search;
pub mod source;
pub mod sources;
pub mod timeline;
pub mod topic;

pub use changes::ChangesView;
pub use home::HomeView;
pub use my_briefing::MyBriefingView;
pub use notes::{passage_line, print_notes, voice_label, CitedSource, NoteBook, PrintNote};
pub use topic::TopicView;

#[cfg(test)]
pub(crate) mod tests;
