// A plain static file server that behaves like GitHub Pages or S3 website hosting:
// `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`, anything else missing gets
// `404.html` with status 404. No SPA fallback: every route must exist as a file.
// Usage: node scripts/serve.mjs DIR [--port 8080] [--host 127.0.0.1] [--base /sub/]
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

export function createServer(root, { base = "/" } = {}) {
  root = path.resolve(root);
  if (!base.endsWith("/")) base += "/";
  return http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, "http://localhost"); } catch { res.writeHead(400).end(); return; }
    let p = decodeURIComponent(url.pathname);
    const notFound = () => {
      const f = path.join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
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
    const headers = { "content-type": TYPES[path.extname(target)] || "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
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
  const dir = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--"))) || "dist";
  const port = Number(opt("--port", 8080));
  const host = opt("--host", "127.0.0.1");
  const base = opt("--base", "/");
  createServer(dir, { base }).listen(port, host, () => {
    console.log(`Serving ${dir} at http://${host}:${port}${base} (Ctrl-C to stop)`);
  });
}
