//! Native-only helpers of the prerenderer (feature `ssr`): the Content-Security-Policy, filling
//! Trunk's `index.html` with a rendered page, and writing the offline service worker.

pub mod csp;
pub mod service_worker;
pub mod template;
pub mod workshop;
