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
    let tag = files.meta_tag();
    assert!(tag.contains("data-js=\"/cp/islands-ab.js\""), "{tag}");
    assert!(tag.contains("data-wasm-integrity=\"sha384-wasm\""), "{tag}");
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
