//! Hooks the shell runs for their effects (instead of components that render nothing), and
//! the paging of long lists.

pub mod dataset_effects;
pub mod document_sync;
pub mod paging;

pub use dataset_effects::use_dataset_effects;
pub use document_sync::use_document_sync;
pub use paging::{use_paging, Paging};
