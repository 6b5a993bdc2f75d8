use super::*;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cp-assets-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_base_replaces_the_placeholder_at_the_root_and_under_a_sub_path() {
    let html = "<base href=\"/__cp_base__/\"><script>import('/__cp_base__/islands-1.js')</script>";
    assert_eq!(
        with_base(html, ""),
        "<base href=\"/\"><script>import('/islands-1.js')</script>"
    );
    assert_eq!(
        with_base(html, "/sub/x"),
        "<base href=\"/sub/x/\"><script>import('/sub/x/islands-1.js')</script>"
    );
}

#[test]
fn a_folder_without_the_template_or_the_app_is_refused_with_a_reason() {
    let dir = temp("refused");
    let e = Assets::open(&dir).unwrap_err();
    assert!(e.contains("cannot read"), "{e}");
    std::fs::write(dir.join("index.html"), "<base href=\"/\">").unwrap();
    let e = Assets::open(&dir).unwrap_err();
    assert!(e.contains("was not built as assets"), "{e}");
    std::fs::write(dir.join("index.html"), "<base href=\"/__cp_base__/\">").unwrap();
    let e = Assets::open(&dir).unwrap_err();
    assert!(e.contains("no full app"), "{e}");
    std::fs::write(dir.join("app-1.js"), "x").unwrap();
    assert!(Assets::open(&dir).is_ok());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn copies_every_file_but_the_template_with_the_base_in_text_files() {
    let dir = temp("copy-src");
    let out = temp("copy-out");
    std::fs::write(dir.join("index.html"), "<base href=\"/__cp_base__/\">").unwrap();
    std::fs::write(dir.join("app-1.js"), "fetch('/__cp_base__/x')").unwrap();
    std::fs::write(dir.join("app-1_bg.wasm"), b"\0asm/__cp_base__/").unwrap();
    std::fs::create_dir_all(dir.join("snippets/a")).unwrap();
    std::fs::write(dir.join("snippets/a/b.js"), "1").unwrap();
    let assets = Assets::open(&dir).unwrap();
    let mut written = assets.copy_into(&out, "/sub").unwrap();
    written.sort();
    assert_eq!(
        written,
        vec![
            PathBuf::from("app-1.js"),
            PathBuf::from("app-1_bg.wasm"),
            PathBuf::from("snippets/a/b.js")
        ]
    );
    assert_eq!(
        std::fs::read_to_string(out.join("app-1.js")).unwrap(),
        "fetch('/sub/x')"
    );
    // Binary files are copied as they are.
    assert_eq!(
        std::fs::read(out.join("app-1_bg.wasm")).unwrap(),
        b"\0asm/__cp_base__/"
    );
    assert!(!out.join("index.html").exists());
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_dir_all(out).unwrap();
}
