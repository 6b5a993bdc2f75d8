//! The Content-Security-Policy of the built site, written by the prerenderer into every page
//! (a `<meta>` tag) and into `_headers` for hosts that read one (Netlify, Cloudflare Pages).
//!
//! Scripts: only files from the site itself, plus the template's inline scripts (Trunk's loader,
//! the theme script, the Speculation Rules block), each allowed by its hash; WebAssembly
//! compiles under `'wasm-unsafe-eval'`. Chromium checks inline speculation rules against
//! `script-src` like any inline script, and accepts their hash (verified by
//! tests/e2e/speculation.test.mjs), so they need no `'inline-speculation-rules'`. No `'unsafe-inline'`, no
//! `'unsafe-eval'`. Styles: only the site's stylesheet. Data: only from the site (`connect-src`),
//! which is also what stops a `?dataset=` link from loading anything from elsewhere.

use super::template::settings;
use base64::Engine;
use lol_html::{element, rewrite_str, text};
use sha2::{Digest, Sha256};
use std::cell::RefCell;

/// The `'sha256-…'` source of each inline `<script>` (one without `src`, whatever its type,
/// `speculationrules` included) in an HTML page, hashed over its text exactly as written.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let bodies: RefCell<Vec<String>> = RefCell::default();
    let _ = rewrite_str(
        html,
        settings(vec![
            element!("script:not([src])", |_| {
                bodies.borrow_mut().push(String::new());
                Ok(())
            }),
            text!("script:not([src])", |t| {
                if let Some(body) = bodies.borrow_mut().last_mut() {
                    body.push_str(t.as_str());
                }
                Ok(())
            }),
        ]),
    );
    bodies
        .into_inner()
        .iter()
        .map(|body| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()))
            )
        })
        .collect()
}

/// Adds Subresource Integrity (`sha384`) to every `<script src>` naming a relative file of the
/// site that has none (Trunk adds it to the assets it builds, not to copied files).
pub fn add_script_integrity(html: &str, dist: &std::path::Path) -> String {
    rewrite_str(
        html,
        settings(vec![element!("script[src]:not([integrity])", |el| {
            let src = el.get_attribute("src").unwrap_or_default();
            let local = !src.contains(':') && !src.starts_with('/');
            if let (true, Ok(bytes)) = (local, std::fs::read(dist.join(&src))) {
                let digest = sha2::Sha384::digest(&bytes);
                el.set_attribute(
                    "integrity",
                    &format!(
                        "sha384-{}",
                        base64::engine::general_purpose::STANDARD.encode(digest)
                    ),
                )?;
            }
            Ok(())
        })]),
    )
    .unwrap_or_else(|_| html.to_string())
}

/// The policy for pages whose inline scripts have these hashes.
pub fn policy(script_hashes: &[String]) -> String {
    let mut script_src = vec!["'self'".to_string(), "'wasm-unsafe-eval'".to_string()];
    script_src.extend(script_hashes.iter().cloned());
    [
        "default-src 'self'".to_string(),
        format!("script-src {}", script_src.join(" ")),
        "style-src 'self'".into(),
        "img-src 'self' data:".into(),
        "font-src 'self'".into(),
        "connect-src 'self'".into(),
        "worker-src 'self'".into(),
        "manifest-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'self'".into(),
        "form-action 'self'".into(),
    ]
    .join("; ")
}

/// The `<meta>` tag carrying the policy (first in `<head>`, before any script).
pub fn meta_tag(policy: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">")
}

/// A `_headers` file (Netlify / Cloudflare Pages syntax) with the policy and the headers a
/// `<meta>` tag cannot carry.
pub fn headers_file(policy: &str) -> String {
    format!(
        "/*\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n"
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn local_scripts_get_integrity() {
        let dir = std::env::temp_dir().join(format!("cp-sri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("boot.js"), "x()").unwrap();
        let html = "<head><script src=\"boot.js\"></script><script src=\"https://cdn/x.js\"></script></head>";
        let out = add_script_integrity(html, &dir);
        let digest = sha2::Sha384::digest(b"x()");
        let expected = format!(
            "<script src=\"boot.js\" integrity=\"sha384-{}\"></script>",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        assert!(out.contains(&expected), "{out}");
        assert!(out.contains("<script src=\"https://cdn/x.js\"></script>"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    use super::*;

    #[test]
    fn hashes_only_inline_scripts() {
        let html = "<head><script src=\"/a.js\"></script><script type=\"module\">\nimport init from '/x.js';\n</script></head>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        // sha256 of "\nimport init from '/x.js';\n", base64.
        let digest = Sha256::digest(b"\nimport init from '/x.js';\n");
        assert_eq!(
            hashes[0],
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        );
        assert!(inline_script_hashes("<p>no scripts</p>").is_empty());
    }

    #[test]
    fn speculation_rules_are_hashed_like_any_inline_script() {
        let rules = r#"{"prerender":[{"where":{"href_matches":"*"},"eagerness":"moderate"}]}"#;
        let html =
            format!("<script>a()</script><script type=\"speculationrules\">{rules}</script>");
        let hashes = inline_script_hashes(&html);
        let digest = Sha256::digest(rules.as_bytes());
        let expected = format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        assert_eq!(hashes.len(), 2);
        assert_eq!(hashes[1], expected);
    }

    #[test]
    fn the_policy_forbids_inline_and_eval() {
        let p = policy(&["'sha256-abc'".into()]);
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'"));
        assert!(!p.contains("unsafe-inline"));
        assert!(!p.contains("'unsafe-eval'"));
        assert!(p.contains("object-src 'none'"));
        assert!(p.contains("connect-src 'self'"));
        assert!(meta_tag(&p).starts_with("<meta http-equiv=\"Content-Security-Policy\""));
        assert!(headers_file(&p).contains("frame-ancestors 'none'"));
    }
}
