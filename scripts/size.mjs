// Bytes a first visit to the home page downloads: the HTML and every asset it references
// (JS, WASM with the embedded dataset, CSS, icon), raw, gzip -9 and brotli (max quality).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = process.argv[2] || "dist";
const html = fs.readFileSync(path.join(dist, "index.html"));
const refs = new Set([...html.toString().matchAll(/(?:href|src|module_or_path:)\s*=?\s*['"]?([^'"#?\s>]+\.(?:js|wasm|css|svg))(?![\w.])/g)].map((m) => m[1].replace(/^\//, "")));
const files = [["index.html", html], ...[...refs].map((r) => [r, fs.readFileSync(path.join(dist, r.replace(/^.*?\/(?=[^/]+$)/, "")))])];
let total = [0, 0, 0];
console.log("| file | raw | gzip -9 | brotli |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, buf] of files) {
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = [total[0] + buf.length, total[1] + gz, total[2] + br];
  console.log(`| ${name} | ${buf.length} | ${gz} | ${br} |`);
}
const kb = (n) => (n / 1024).toFixed(1) + " KB";
console.log(`| **first visit** | ${kb(total[0])} | ${kb(total[1])} | ${kb(total[2])} |`);
console.log(`budget (gzip -9): 120 KB — ${total[1] <= 120 * 1024 ? "within" : "OVER by " + kb(total[1] - 120 * 1024)}`);
