#!/usr/bin/env bash
# Builds our release site into dist/ the way any author's is built: the WebAssembly assets once
# (scripts/build-assets.sh, Trunk), then `counterpoint build` of the built-in dataset, checked
# against its source texts, with the example datasets offered on the Dataset page.
# Usage: scripts/build.sh [--public-url /sub/path/] [--dist DIR] [--site-url https://example.org/sub/path/]
# (--site-url: the public address, written into the Markdown exports' links to source records,
# `citation_public_url`, `DC.identifier`, canonical links, JSON-LD `url`/`@id`, the Atom feed's
# ids and self link, and the Cite references' URLs; without it each of those is left out, never
# guessed — see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
public_url=/
dist=dist
site_url=()
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) public_url="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --site-url) site_url=(--site-url "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
bash scripts/build-assets.sh target/site-assets
cargo build --quiet --release -p counterpoint-cli
# The previous dist/ of this script is ours to replace; an older one (before the command kept a
# manifest) is removed as before.
[ -d "$dist" ] && [ ! -f "$dist/.counterpoint-build.json" ] && rm -rf "$dist"
examples=()
for f in data/examples/*.json; do examples+=(--example "$f"); done
target/release/counterpoint build data/us-china-2025.json -o "$dist" --base-url "$public_url" \
  "${site_url[@]}" "${examples[@]}" --assets target/site-assets
