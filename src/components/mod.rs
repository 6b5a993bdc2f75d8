//! Components: each renders domain values it is given (or looks up by id) and nothing more.

pub mod anchor_link;
pub mod cite;
pub mod cite_control;
pub mod copy_citation;
pub mod dataset_banner;
pub mod editor_note;
pub mod event_list;
pub mod export_button;
pub mod island;
pub mod layout;
pub mod load_problems;
pub mod pin_button;
pub mod pinned_count;
pub mod point_row;
pub mod print_notes;
pub mod quote;
pub mod search_hit;
pub mod shortcuts;
pub mod show_more;
pub mod side_head;
pub mod site_search;
pub mod snapshot_bar;
pub mod stance;
pub mod status;
pub mod theme_toggle;
pub mod timeline_filters;
