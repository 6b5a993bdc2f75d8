//! What leaves the page as text: Markdown exports (rendered from the view models), the
//! plain-text reference a "Copy citation" puts on the clipboard, and the research toolkit's
//! files: references in five formats and the bibliography (`reference`, `bibliography`), CSV
//! tables (`csv`), the Atom feed (`atom`) and schema.org JSON-LD (`jsonld`).

pub mod atom;
pub mod bibliography;
pub mod citation;
pub mod csv;
pub mod jsonld;
pub mod markdown;
pub mod reference;
