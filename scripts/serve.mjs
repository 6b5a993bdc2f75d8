// A plain static file server that behaves like GitHub Pages or S3 website hosting:
// `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`, anything else missing gets
// `404.html` with status 404. No SPA fallback: every route must exist as a file. With
// `headers: true` (`--headers`) it also sends the headers of the site's `_headers` file, as
// Netlify and Cloudflare Pages do (the Content-Security-Policy header reaches workers too).
// Usage: node scripts/serve.mjs DIR [--port 8080] [--host 127.0.0.1] [--base /sub/] [--headers]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

const gzCache = new Map();
function gzipped(file, body) {
  const key = `${file}:${body.length}:${fs.statSync(file).mtimeMs}`;
  if (!gzCache.has(key)) gzCache.set(key, zlib.gzipSync(body, { level: 9 }));
  return gzCache.get(key);
}

/// The rules of a `_headers` file: `[{ pattern, headers }]`, a pattern line (`/*`, `/path`)
/// followed by indented `Name: value` lines.
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(":");
      if (at > 0) rules[rules.length - 1].headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, rel) {
  const p = "/" + rel;
  const out = {};
  for (const r of rules) {
    const match = r.pattern.endsWith("*") ? p.startsWith(r.pattern.slice(0, -1)) : p === r.pattern;
    if (match) Object.assign(out, r.headers);
  }
  return out;
}

export function createServer(root, { base = "/", headers: withHeaders = false } = {}) {
  root = path.resolve(root);
  if (!base.endsWith("/")) base += "/";
  const rulesFile = path.join(root, "_headers");
  const rules = withHeaders && fs.existsSync(rulesFile) ? parseHeadersFile(fs.readFileSync(rulesFile, "utf8")) : [];
  if (withHeaders && !rules.length) throw new Error(`${rulesFile}: no headers to send`);
  return http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, "http://localhost"); } catch { res.writeHead(400).end(); return; }
    let p = decodeURIComponent(url.pathname);
    const notFound = () => {
      const f = path.join(root, "404.html");
      res.writeHead(404, { ...headersFor(rules, "404.html"), "content-type": TYPES[".html"] });
      res.end(fs.existsSync(f) ? fs.readFileSync(f) : "Not found");
    };
    if (!p.startsWith(base)) {
      if (p + "/" === base) { res.writeHead(301, { location: base }).end(); return; }
      return notFound();
    }
    const rel = p.slice(base.length);
    const file = path.join(root, rel);
    if (!file.startsWith(root)) return notFound();
    let stat;
    try { stat = fs.statSync(file); } catch { return notFound(); }
    let target = file;
    if (stat.isDirectory()) {
      if (!p.endsWith("/")) { res.writeHead(301, { location: p + "/" + url.search }).end(); return; }
      target = path.join(file, "index.html");
      if (!fs.existsSync(target)) return notFound();
    }
    let body = fs.readFileSync(target);
    const headers = { ...headersFor(rules, rel), "content-type": TYPES[path.extname(target)] || "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
    // Compress text and WASM as static hosts do (GitHub Pages, Netlify, S3 behind a CDN).
    if (/\.(html|js|mjs|css|wasm|svg|json|txt)$/.test(target) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
      body = gzipped(target, body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const valued = ["--port", "--host", "--base"];
  const dir = args.find((a, i) => !a.startsWith("--") && !(i > 0 && valued.includes(args[i - 1]))) || "dist";
  const port = Number(opt("--port", 8080));
  const host = opt("--host", "127.0.0.1");
  const base = opt("--base", "/");
  createServer(dir, { base, headers: args.includes("--headers") }).listen(port, host, () => {
    console.log(`Serving ${dir} at http://${host}:${port}${base} (Ctrl-C to stop)`);
  });
}
