//! `cargo run -p counterpoint-core --features schema --bin dataset-schema > schema/dataset.schema.json`: prints the
//! JSON Schema of a dataset file, generated from the Rust types in `src/model/types.rs` (their
//! doc comments become the descriptions). `tests/schema.rs` fails when the committed file and
//! this output differ.

use counterpoint_core::model::{Dataset, SCHEMA_VERSION};
use schemars::gen::SchemaSettings;
use serde_json::{json, Value};

/// The schema's `$id`: names the schema version, not a place to fetch it from.
const SCHEMA_ID: &str = "urn:counterpoint:dataset-schema:1";

fn main() {
    println!("{}", schema_text());
}

/// The schema as committed: pretty-printed, keys in a stable order, with `$id` and a title.
fn schema_text() -> String {
    let root = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Dataset>();
    let mut value = serde_json::to_value(root).expect("a schema serialises");
    let Value::Object(map) = &mut value else {
        unreachable!("a root schema is an object")
    };
    map.insert("$id".into(), json!(SCHEMA_ID));
    map.insert(
        "title".into(),
        json!(format!(
            "Counterpoint dataset, schema version {SCHEMA_VERSION}"
        )),
    );
    // serde_json's map is ordered by key (no `preserve_order`), so the output is stable.
    serde_json::to_string_pretty(&value).expect("a schema serialises")
}
