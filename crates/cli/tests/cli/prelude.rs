//! What the tests share: running the binary, temporary folders, a stand-in asset folder, a
//! starter briefing, and a small HTTP client.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The repository's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout then stderr, for messages.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into(),
            stderr: String::from_utf8_lossy(&out.stderr).into(),
        }
    }
}

/// The command, ready to run.
pub fn counterpoint() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_counterpoint"));
    c.env_remove("COUNTERPOINT_ASSETS");
    c
}

/// Runs `counterpoint ARGS…` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    counterpoint()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
        .into()
}

/// Runs `counterpoint ARGS…` in the repository's root.
pub fn run(args: &[&str]) -> Run {
    run_in(&repo(), args)
}

/// A fresh folder, removed with everything in it when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "cp-cli-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.0.join(rel)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A stand-in for the WebAssembly assets (`scripts/build-assets.sh`): Trunk's template with the
/// placeholder base, the islands, the full app, the worker, a stylesheet and an icon. The
/// pipeline treats them as opaque files; the real ones are tested end to end in Chromium.
pub fn fake_assets(dir: &Path) {
    std::fs::create_dir_all(dir.join("datasets")).unwrap();
    let files: &[(&str, &[u8])] = &[
        // As Trunk's minifier writes it: no <head> start tag.
        ("index.html", br#"<!DOCTYPE html><html lang="en"><meta charset="utf-8"><base href="/__cp_base__/"><script>try{}catch(e){}</script><title>Counterpoint</title><meta name="description" content="x"><link rel="stylesheet" href="/__cp_base__/style-1.css"><script type="module">import init from '/__cp_base__/islands-1.js';init({module_or_path:'/__cp_base__/islands-1_bg.wasm'});</script><link crossorigin href="/__cp_base__/islands-1.js" integrity="sha384-islandsjs" rel="modulepreload"><link as="fetch" crossorigin href="/__cp_base__/islands-1_bg.wasm" integrity="sha384-islandswasm" rel="preload" type="application/wasm"></head><body></body></html>"#),
        ("islands-1.js", b"export default function(){}"),
        ("islands-1_bg.wasm", b"\0asm"),
        ("app-1.js", b"export default function(){}"),
        ("app-1_bg.wasm", b"\0asm"),
        ("validator.js", b"let wasm_bindgen = 1;"),
        ("validator_bg.wasm", b"\0asm"),
        ("validator_loader.js", b"importScripts('/__cp_base__/validator.js')"),
        ("style-1.css", b"body{}"),
        ("favicon-1.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ("datasets/schema.json", b"{}"),
    ];
    for (rel, bytes) in files {
        std::fs::write(dir.join(rel), bytes).unwrap();
    }
}

/// A temporary folder with stand-in assets (`assets/`) and a starter briefing (`b/`, written
/// by `counterpoint init`).
pub fn workspace(name: &str) -> TempDir {
    let tmp = TempDir::new(name);
    fake_assets(&tmp.join("assets"));
    let r = run_in(tmp.path(), &["init", "b"]);
    assert_eq!(r.code, 0, "init: {}", r.all());
    tmp
}

/// The starter briefing's dataset, as JSON, to plant errors in.
pub fn read_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn write_json(path: &Path, value: &serde_json::Value) {
    std::fs::write(path, serde_json::to_string_pretty(value).unwrap()).unwrap();
}

/// Every file under `dir`, relative, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.push(p.strip_prefix(root).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// `GET path` from 127.0.0.1:`port`: the status code and the body.
pub fn http_get(port: u16, path: &str) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let code = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Ok((code, body))
}
