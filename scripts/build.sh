#!/usr/bin/env bash
# Builds the release site into dist/: Trunk (WASM, wasm-opt, hashed assets), then every route
# prerendered to static HTML. Usage: scripts/build.sh [--public-url /sub/path/] [--dist DIR]
# [--site-url https://example.org/sub/path/] (the public address: the Markdown exports' links to
# source records, `citation_public_url`, `DC.identifier`, canonical links, JSON-LD `url`/`@id`,
# the Atom feed's ids and self link, and the Cite references' URLs; without it each of those is
# left out, never guessed — see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
public_url=/
dist=dist
site_url=
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) public_url="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --site-url) site_url="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$public_url" in */) ;; *) public_url="$public_url/" ;; esac
rm -rf "$dist"
# The static pages' islands binary (index.html), then the full app (workshop.html) into a
# folder of its own (Trunk empties its dist), whose JS and WebAssembly join the site.
cp_wasm_release trunk build --release --public-url "$public_url" --dist "$dist"
workshop_dist="target/workshop-dist"
cp_wasm_release trunk build --release --public-url "$public_url" --dist "$workshop_dist" workshop.html
cp "$workshop_dist"/counterpoint-*.js "$workshop_dist"/counterpoint-*_bg.wasm "$dist/"
# The dataset validator worker the full app starts (validator.js, .wasm; the prerenderer renames
# them after their content and writes the worker's start).
cp "$workshop_dist"/validator*.js "$workshop_dist"/validator*_bg.wasm "$dist/"
[ -d "$workshop_dist/snippets" ] && cp -r "$workshop_dist/snippets" "$dist/"
# Example datasets and the JSON Schema, for the Dataset page (`?dataset=datasets/…`).
mkdir -p "$dist/datasets"
cp data/examples/*.json "$dist/datasets/" 2>/dev/null || true
# The built-in dataset: the full app fetches it (it is not compiled into its binary).
cp data/us-china-2025.json "$dist/datasets/"
[ -f schema/dataset.schema.json ] && cp schema/dataset.schema.json "$dist/datasets/schema.json"
cargo run --quiet --release --features ssr --bin prerender -- "$dist" "$public_url" "$site_url"
