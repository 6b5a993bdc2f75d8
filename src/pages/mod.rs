//! Pages: each composes components for one route.

pub mod changes;
pub mod commitments;
pub mod compare;
pub mod contested;
pub mod coverage;
pub mod data;
pub mod exports;
pub mod figures;
pub mod glossary;
pub mod home;
pub mod my_briefing;
pub mod not_found;
pub mod numbers;
pub mod people;
pub mod raised;
pub mod search;
pub mod source;
pub mod sources;
pub mod timeline;
pub mod topic;
