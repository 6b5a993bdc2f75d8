//! What leaves the page as text: Markdown exports (rendered from the view models) and the
//! plain-text reference a "Copy citation" puts on the clipboard.

pub mod citation;
pub mod markdown;
