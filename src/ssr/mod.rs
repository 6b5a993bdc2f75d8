//! Native-only helpers of the prerenderer (feature `ssr`): the Content-Security-Policy and
//! filling Trunk's `index.html` with a rendered page.

pub mod csp;
pub mod template;
