//! The Content-Security-Policy of the built site, written by the prerenderer into every page
//! (a `<meta>` tag) and into `_headers` for hosts that read one (Netlify, Cloudflare Pages).
//!
//! Scripts: only files from the site itself, plus the one inline loader Trunk writes, allowed
//! by its hash; WebAssembly compiles under `'wasm-unsafe-eval'`. No `'unsafe-inline'`, no
//! `'unsafe-eval'`. Styles: only the site's stylesheet. Data: only from the site (`connect-src`),
//! which is also what stops a `?dataset=` link from loading anything from elsewhere.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The `'sha256-…'` source of each inline `<script>` (one without `src`) in an HTML page.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let digest = Sha256::digest(&body.as_bytes()[..close]);
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &body[close..];
    }
    hashes
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
