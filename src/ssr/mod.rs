//! Native-only helpers of the prerenderer (feature `ssr`): the Content-Security-Policy, filling
//! Trunk's `index.html` with a rendered page, the research toolkit's head tags and files (feed,
//! bibliography, CSV), and writing the offline service worker.

pub mod csp;
pub mod research;
pub mod service_worker;
pub mod template;
pub mod workshop;
