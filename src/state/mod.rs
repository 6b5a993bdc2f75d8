//! What the reader changes, each with its state, actions, reducer (pure, tested natively) and
//! hook: the dataset on screen, My briefing, the theme. [`store`] holds states that islands
//! share without a provider.

pub mod dataset;
pub mod my_briefing;
pub mod store;
pub mod theme;
