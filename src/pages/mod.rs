//! Pages: each composes components for one route.

pub mod changes;
pub mod compare;
pub mod home;
pub mod not_found;
pub mod source;
pub mod sources;
pub mod topic;
