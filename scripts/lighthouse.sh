#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO; default mobile settings) of
# built pages, served locally, with the system Chromium: one table row per page. Installs
# lighthouse@12.8.2 into .tools/ on first use (kept out of the test path: it is large).
# Usage: scripts/lighthouse.sh [URL-PATH ...]   (paths relative to the site root; none: home)
#   e.g. scripts/lighthouse.sh "" topics/tariffs/ figures/
# CP_DIST=DIR serves another build than dist/ (as the e2e tests do).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ -n "${CP_DIST:-}" ]; then
  # Another build: never rebuild it here (it may be mid-build in another checkout).
  dist="$CP_DIST"
  [ -f "$dist/index.html" ] || { echo "lighthouse.sh: $dist/index.html missing" >&2; exit 1; }
else
  dist=dist
  [ -f dist/index.html ] || bash scripts/build.sh >/dev/null
fi
if [ ! -x .tools/lh/node_modules/.bin/lighthouse ]; then
  npm install --silent --no-audit --no-fund --prefix .tools/lh lighthouse@12.8.2 >/dev/null
fi
[ $# -gt 0 ] || set -- ""
# A free port: another checkout may be running this at the same time.
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
node scripts/serve.mjs "$dist" --port $port >/dev/null & server=$!
out=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
sleep 0.5
reports=()
i=0
for p in "$@"; do
  i=$((i + 1))
  # One run per page, in turn: Lighthouse's CPU and network throttling assume an idle machine.
  CHROME_PATH="$(command -v chromium || command -v chromium-browser)" .tools/lh/node_modules/.bin/lighthouse \
    "http://127.0.0.1:$port/$p" --quiet --output=json --output-path="$out/$i.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update" >/dev/null 2>&1 || true
  reports+=("$out/$i.json")
done
node -e '
const fs = require("fs");
let header = false;
const failures = [];
for (const f of process.argv.slice(1)) {
  let r;
  try { r = JSON.parse(fs.readFileSync(f, "utf8")); } catch { console.log(`| (no report: ${f}) | | | | | | | |`); continue; }
  if (!header) {
    console.log(`Lighthouse ${r.lighthouseVersion} (${r.configSettings.formFactor}), served locally`);
    console.log("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    header = true;
  }
  const c = r.categories, a = r.audits;
  const score = (k) => (c[k]?.score == null ? "–" : Math.round(c[k].score * 100));
  const page = new URL(r.finalDisplayedUrl).pathname;
  if (r.runtimeError) failures.push(`${page}: ${r.runtimeError.code} ${r.runtimeError.message}`);
  console.log(`| ${page} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${a["first-contentful-paint"]?.displayValue ?? "–"} | ${a["largest-contentful-paint"]?.displayValue ?? "–"} | ${a["total-blocking-time"]?.displayValue ?? "–"} |`);
  // Audits that fail and count towards a non-performance score.
  for (const x of Object.values(a)) {
    if (x.score !== null && x.score < 1 && ["accessibility", "seo", "best-practices"].some((k) => c[k]?.auditRefs.some((ref) => ref.id === x.id && ref.weight > 0))) failures.push(`${page}: ${x.id}: ${x.title}`);
  }
}
for (const f of failures) console.log(`- ${f}`);
' "${reports[@]}"
