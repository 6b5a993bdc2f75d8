use super::*;

/// Trunk's minified template: the inline loader, then the preloads after the stylesheet.
const TRUNK: &str = "<!doctype html><html lang=en><meta charset=utf-8><base href=/cp/><script>theme()</script><title>Counterpoint</title><script type=module>import init, * as bindings from '/cp/islands-ab.js';\nconst wasm = await init({ module_or_path: '/cp/islands-ab_bg.wasm' });</script><link href=/cp/style-1.css integrity=sha384-css rel=stylesheet><link crossorigin href=/cp/islands-ab.js integrity=sha384-js rel=modulepreload><link as=fetch crossorigin href=/cp/islands-ab_bg.wasm integrity=sha384-wasm rel=preload type=application/wasm></head><body></body></html>";

#[test]
fn trunks_start_is_taken_out_and_the_files_named_with_their_hashes() {
    let (out, files) = on_intent(TRUNK).expect("Trunk's template");
    assert_eq!(
        files,
        IslandsFiles {
            js: "/cp/islands-ab.js".into(),
            js_integrity: "sha384-js".into(),
            wasm: "/cp/islands-ab_bg.wasm".into(),
            wasm_integrity: "sha384-wasm".into(),
        }
    );
    assert!(
        !out.contains("islands-ab"),
        "nothing loads the islands: {out}"
    );
    assert!(!out.contains("type=module"), "{out}");
    assert!(
        out.contains("<script>theme()</script>"),
        "other scripts stay: {out}"
    );
    assert!(out.contains("style-1.css"), "the stylesheet stays: {out}");
    let dir = std::env::temp_dir().join(format!("cp-islands-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tag = files.write_loader(&dir, "/cp/").unwrap();
    assert!(tag.contains("data-js=\"/cp/islands-ab.js\""), "{tag}");
    assert!(tag.contains("data-js-integrity=\"sha384-js\""), "{tag}");
    let name = tag
        .split("content=\"/cp/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert!(name.starts_with("islands-loader-"), "{name}");
    let loader = std::fs::read_to_string(dir.join(name)).unwrap();
    assert!(
        loader.contains("import init from \"./islands-ab.js\""),
        "{loader}"
    );
    assert!(
        loader.contains(
            "new URL(\"./islands-ab_bg.wasm\", import.meta.url), { integrity: \"sha384-wasm\" }"
        ),
        "the WebAssembly is checked: {loader}"
    );
    assert!(loader.contains(FAILED_EVENT), "{loader}");
    assert!(
        tag.contains(&format!(
            "data-integrity=\"{}\"",
            integrity(loader.as_bytes())
        )),
        "the loader's own hash: {tag}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_template_without_hashed_preloads_is_left_as_it_is() {
    let unhashed = TRUNK.replace(" integrity=sha384-wasm", "");
    assert_eq!(on_intent(&unhashed), None);
    assert_eq!(
        on_intent("<html><title>x</title><body></body></html>"),
        None
    );
}
