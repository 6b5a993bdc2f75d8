#!/usr/bin/env bash
# Builds the WebAssembly assets every Counterpoint site is made of, once, into target/site-assets
# (or the folder given): the islands binary and the page template (index.html), the full app
# (app-*.js, .wasm), the validator worker, the stylesheet, icons and the JSON Schema. Nothing in
# them depends on a dataset: `counterpoint build` reuses them for any briefing and any base path
# (they are built under the placeholder path /__cp_base__/, which the build replaces).
# Usage: scripts/build-assets.sh [OUT]. Skips the work when OUT is newer than every input.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
out="${1:-target/site-assets}"
placeholder=/__cp_base__/

# Inputs: the browser crates' sources, the templates, the static files, the lock file.
newest_input=$(find src crates/core/src crates/browser/src crates/validator/src static index.html workshop.html \
  Trunk.toml Cargo.toml Cargo.lock crates/core/Cargo.toml crates/browser/Cargo.toml crates/validator/Cargo.toml schema -type f -printf '%T@\n' 2>/dev/null | sort -n | tail -1)
if [ -f "$out/.built" ] && [ -z "${CP_ASSETS_FORCE:-}" ] &&
   awk -v a="$(stat -c %Y "$out/.built")" -v b="${newest_input%.*}" 'BEGIN{exit !(a>=b)}'; then
  echo "[assets] $out is up to date"
  exit 0
fi
rm -rf "$out"
# The static pages' islands binary and template (index.html).
cp_wasm_release trunk build --release --public-url "$placeholder" --dist "$out"
# The full app (workshop.html) in a folder of its own (Trunk empties its dist); its JS and
# WebAssembly, the validator worker and any snippets join the assets.
workshop_dist="target/workshop-dist"
cp_wasm_release trunk build --release --public-url "$placeholder" --dist "$workshop_dist" workshop.html
cp "$workshop_dist"/app-*.js "$workshop_dist"/app-*_bg.wasm "$out/"
cp "$workshop_dist"/validator*.js "$workshop_dist"/validator*_bg.wasm "$out/"
[ -d "$workshop_dist/snippets" ] && cp -r "$workshop_dist/snippets" "$out/"
# The JSON Schema, for the Dataset page's "Take the data".
mkdir -p "$out/datasets"
cp schema/dataset.schema.json "$out/datasets/schema.json"
touch "$out/.built"
echo "[assets] built into $out"
