//! Components: each renders domain values it is given (or looks up by id) and nothing more.

pub mod anchor_link;
pub mod cite;
pub mod event_list;
pub mod export_button;
pub mod layout;
pub mod my_briefing_ctx;
pub mod pin_button;
pub mod quote;
pub mod shortcuts;
pub mod side_head;
pub mod snapshot_bar;
pub mod stance;
pub mod status;
pub mod theme_toggle;
