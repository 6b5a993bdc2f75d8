//! `counterpoint serve`: serves on 127.0.0.1, rebuilds on a change, keeps the last good site
//! and shows the problems while the briefing has some; refuses paths outside the site.

use crate::prelude::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

/// A running `counterpoint serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(dir: &std::path::Path, args: &[&str]) -> Server {
        let mut child = counterpoint()
            .current_dir(dir)
            .arg("serve")
            .args(args)
            .args(["--port", "0", "--debounce", "50"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let port = loop {
            let line = lines
                .next()
                .expect("serve prints its address")
                .expect("readable");
            if let Some(rest) = line.strip_prefix("serving on http://127.0.0.1:") {
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        // Keep reading its output so that it never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, port }
    }

    fn get(&self, path: &str) -> (u16, String) {
        http_get(self.port, path).expect("the server answers")
    }

    /// The first build status after `since` that satisfies `wanted` (one save may make more
    /// than one rebuild: an editor writes a file in steps). Fails after 60 s.
    fn status_after(&self, since: u64, wanted: impl Fn(&Value) -> bool) -> Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        let mut since = since;
        loop {
            let (code, body) = self.get(&format!("/__counterpoint/status?since={since}"));
            assert_eq!(code, 200);
            let status: Value = serde_json::from_str(&body).unwrap();
            if status["version"].as_u64() != Some(since) && wanted(&status) {
                return status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no such build within 60 s: {status}"
            );
            since = status["version"].as_u64().unwrap();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn an_edit_rebuilds_a_broken_edit_keeps_the_last_good_site_and_shows_its_problems() {
    let tmp = workspace("serve-live");
    let server = Server::start(tmp.path(), &["b/briefing.json", "--assets", "assets"]);
    let (code, home) = server.get("/");
    assert_eq!(code, 200);
    assert!(home.contains("<script src=\"/__counterpoint/live.js\"></script></body>"));
    let (code, live) = server.get("/__counterpoint/live.js");
    assert_eq!(code, 200);
    assert!(live.contains("location.reload()"));
    let (_, first) = server.get("/__counterpoint/status");
    let first: Value = serde_json::from_str(&first).unwrap();
    assert!(first["problems"].is_null(), "{first}");
    let v1 = first["version"].as_u64().unwrap();

    // A good edit: a new build, served.
    let path = tmp.join("b/briefing.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("After the first round, March 2026", "After round one");
    std::fs::write(&path, &edited).unwrap();
    let s = server.status_after(v1, |s| s["problems"].is_null());
    let v2 = s["version"].as_u64().unwrap();
    assert!(server.get("/").1.contains("After round one"));
    // Nothing changes after it: no further build (a build reads the files, which is no change).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let (_, now) = server.get("/__counterpoint/status");
    let now: Value = serde_json::from_str(&now).unwrap();
    assert_eq!(
        now["version"].as_u64(),
        Some(v2),
        "rebuilt without a change: {now}"
    );

    // A broken edit: the problems, with their place; the last good site stays.
    std::fs::write(&path, edited.replace("\"quotes\": [", "\"quotes\": [,")).unwrap();
    let s = server.status_after(v2, |s| !s["problems"].is_null());
    let problems = s["problems"].as_str().expect("problems shown");
    assert!(problems.contains("line "), "{problems}");
    let v3 = s["version"].as_u64().unwrap();
    let (code, page) = server.get("/");
    assert_eq!(code, 200);
    assert!(
        page.contains("After round one"),
        "the last good build stays"
    );

    // The fix clears them.
    std::fs::write(&path, &edited).unwrap();
    let s = server.status_after(v3, |s| s["problems"].is_null());
    let v4 = s["version"].as_u64().unwrap();

    // The dataset deleted: said, and the last good site still served.
    std::fs::remove_file(&path).unwrap();
    server.status_after(v4, |s| {
        s["problems"].as_str().unwrap_or("").contains("cannot read")
    });
    assert_eq!(server.get("/").0, 200);
}

#[test]
fn paths_outside_the_site_are_not_found() {
    let tmp = workspace("serve-traversal");
    std::fs::write(tmp.join("secret.txt"), "private").unwrap();
    let server = Server::start(tmp.path(), &["b/briefing.json", "--assets", "assets"]);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/topics/..%2f..%2f..%2fsecret.txt",
    ] {
        let (code, body) = server.get(path);
        assert_eq!(code, 404, "{path}");
        assert!(!body.contains("private"), "{path}");
    }
    // The source texts are not served either: only the site is.
    let (code, _) = server.get("/sources/example-gazette-2026-03-03.txt");
    assert_eq!(code, 404);
}

#[test]
fn a_port_in_use_gets_a_clear_message() {
    let tmp = workspace("serve-port");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let r = run_in(
        tmp.path(),
        &[
            "serve",
            "b/briefing.json",
            "--assets",
            "assets",
            "--port",
            &port,
        ],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("in use"), "{}", r.stderr);
    assert!(r.stderr.contains("--port"), "{}", r.stderr);
}
