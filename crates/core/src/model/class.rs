//! Editorial classes of the dataset's string fields, for the JSON Schema: each string field
//! carries one as the extension keyword `x-editorial` (see [`EDITORIAL_KEYWORD`]), so that an
//! editor, or a tool, knows which rules a field answers to:
//!
//! | class | what it is | rules |
//! | --- | --- | --- |
//! | `own-words` | our words about what the sources say | same attribution and hedges, numbers, causation, no 12-word run |
//! | `editor-note` | our words from outside the sources | shown as "Editor's note — not from the sources" |
//! | `verbatim` | copied from a source as printed | checked against the source's text |
//! | `id` | an id, or a reference to one | unique, must exist |
//! | `url` | a web address or a file path | `http(s)://` only for links |
//! | `label` | a short name or title | — |
//! | `date` | a date string (`DateSpec`) | the date grammar |
//!
//! Each class is a marker type used with `#[schemars(with = "…")]` on the field in
//! `types.rs`: a string schema with the keyword added.

/// The extension keyword that names a field's class in the JSON Schema.
pub const EDITORIAL_KEYWORD: &str = "x-editorial";

/// Every class, as written in the schema.
pub const CLASSES: [&str; 7] = [
    "own-words",
    "editor-note",
    "verbatim",
    "id",
    "url",
    "label",
    "date",
];

#[cfg(feature = "schema")]
macro_rules! class {
    ($name:ident, $class:literal) => {
        #[doc = concat!("A string of class `", $class, "` in the JSON Schema.")]
        pub struct $name;

        impl schemars::JsonSchema for $name {
            fn is_referenceable() -> bool {
                false
            }
            fn schema_name() -> String {
                concat!("editorial-", $class).into()
            }
            fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
                let mut s = <String as schemars::JsonSchema>::json_schema(gen).into_object();
                s.extensions
                    .insert(EDITORIAL_KEYWORD.into(), serde_json::json!($class));
                s.into()
            }
        }
    };
}

#[cfg(feature = "schema")]
class!(OwnWords, "own-words");
#[cfg(feature = "schema")]
class!(EditorNote, "editor-note");
#[cfg(feature = "schema")]
class!(Verbatim, "verbatim");
#[cfg(feature = "schema")]
class!(Id, "id");
#[cfg(feature = "schema")]
class!(Url, "url");
#[cfg(feature = "schema")]
class!(Label, "label");
