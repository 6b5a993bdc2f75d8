#!/usr/bin/env bash
# The size floor of the stack: builds bench/floor (Yew 0.23 with hydration, yew-router,
# serde_json; a few lines of app) with the same release profile, wasm-bindgen and wasm-opt -Oz
# as the real site, and prints its WASM + JS size raw, gzip -9 and brotli. A figure, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cp_wasm cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml
built="$PWD/target/web/wasm32-unknown-unknown/release/floor.wasm"
out="$PWD/target/floor-out"
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" "$built"
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/floor_bg.wasm" -o "$out/floor_opt.wasm"
node -e '
const z = require("zlib"), fs = require("fs");
let t = [0, 0, 0];
for (const f of process.argv.slice(1)) {
  const b = fs.readFileSync(f);
  const r = [b.length, z.gzipSync(b, { level: 9 }).length, z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  t = t.map((x, i) => x + r[i]);
  console.log(`${f.split("/").pop()}: raw ${r[0]}, gzip -9 ${r[1]}, brotli ${r[2]}`);
}
console.log(`floor (WASM + JS, no HTML, CSS or data): gzip -9 ${(t[1] / 1024).toFixed(1)} KB, brotli ${(t[2] / 1024).toFixed(1)} KB`);
' "$out/floor_opt.wasm" "$out/floor.js"
