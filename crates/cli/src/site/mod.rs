//! Writing one briefing's static site: every route prerendered with Yew's server renderer into
//! the asset build's template, the Content-Security-Policy and integrity hashes, the islands
//! loaded on intent, the workshop's loader, the research files (feed, bibliography, CSV), the Markdown exports and the offline
//! service worker.

pub mod csp;
pub mod islands;
pub mod prerender;
pub mod research;
pub mod service_worker;
pub mod template;
pub mod workshop;

pub use prerender::{render_briefing, SiteOptions};
