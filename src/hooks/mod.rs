//! Hooks the shell runs for their effects (instead of components that render nothing).

pub mod dataset_effects;
pub mod document_sync;

pub use dataset_effects::use_dataset_effects;
pub use document_sync::use_document_sync;
