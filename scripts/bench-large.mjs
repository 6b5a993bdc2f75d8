// Large-dataset benchmark: opens synthetic datasets of 1×, 10×, 40× and the largest multiple
// under the 20 MB limit through the Dataset page of the release build, in headless Chromium, and
// times what a reader waits for: opening the file, the longest main-thread task while it opens
// (the page is frozen for that long), and each page switch in the full app from the click to the
// new page painted, with its longest task and the elements the page put in <main>; and a reload,
// until the opened dataset (kept in the tab) is back on screen. Two shapes
// (`synthetic_dataset`'s): `repeat`, the built-in dataset repeated with new ids (more of
// everything), and `copies`, its quotes, events, figures and disputes copied under new ids about
// the same people, topics and sources (many quotes per speaker). Prints one table per shape with
// the ratio of the largest multiple to 1× per measure; asserts nothing.
// Usage: node scripts/bench-large.mjs [DIST] [--multiples 1,10,40,max] [--runs 3] [--shapes repeat,copies]
// To add a row: record it in `measure()` under a key and list it in `MEASURES`.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { startSite, launch } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dist = path.resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) || "dist");
const runs = Number(opt("--runs", "3"));
const LIMIT = 20 * 1024 * 1024;
const PAGES = ["Timeline", "People", "Compare", "Coverage", "Contested", "Briefing", "Commitments", "Who raised what", "Numbers"];
const SHAPES = opt("--shapes", "repeat,copies").split(",");
// The table's rows: label and the key `measure()` records it under.
const MEASURES = [
  ["open the file", "open"],
  ["longest task while opening", "openLongest"],
  ["checked in the validator worker (1 = yes, 0 = on the page)", "worker"],
  ...PAGES.flatMap((p) => [[`${p}, click to page painted`, p], [`${p}, longest task`, p + "Longest"], [`${p}, elements in <main>`, p + "Nodes"]]),
  ["reload: the opened dataset back on screen (kept in IndexedDB)", "restore"],
  ["reload: longest task", "restoreLongest"],
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), "cp-large-"));
function synthetic(times, shape) {
  const out = path.join(work, `${shape}-${times}.json`);
  execFileSync("cargo", ["run", "--quiet", "--release", "-p", "counterpoint-core", "--example", "synthetic_dataset", "--", String(times), out, shape], { stdio: ["ignore", "ignore", "inherit"] });
  return out;
}

// The multiples of a shape; "max" is the largest under the limit, from the size of one copy
// (sizes grow linearly).
function multiplesOf(shape) {
  const one = fs.statSync(synthetic(1, shape)).size;
  const ten = fs.statSync(synthetic(10, shape)).size;
  const perCopy = (ten - one) / 9;
  const maxTimes = Math.floor((LIMIT * 0.98 - (one - perCopy)) / perCopy);
  return opt("--multiples", "1,10,40,max").split(",").map((m) => (m === "max" ? maxTimes : Number(m)));
}

// Long tasks, collected from page start; `__cpLong.max()` reads and resets.
const OBSERVE = `window.__cpLong = { list: [], max() { const m = Math.max(0, ...this.list); this.list = []; return m; } };
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cpLong.list.push(e.duration); }).observe({ type: "longtask", buffered: true }); } catch (e) {}`;

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

async function measure(browser, site, file) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(OBSERVE);
  const page = await ctx.newPage();
  // A run where the validator worker did not start (the page checked the file itself) must
  // show as such, not pass for the worker's figures.
  let worker = 0;
  page.on("worker", (w) => { if (/validator/.test(w.url())) worker = 1; });
  // /data/ starts the full app at once: wait until it has taken over.
  await page.goto(site.url("data/"));
  await page.waitForFunction(() => document.documentElement.dataset.live === "workshop", null, { timeout: 30000 });
  await page.evaluate(() => window.__cpLong.max());
  const t0 = Date.now();
  await page.setInputFiles("#dataset-file", file);
  await page.waitForSelector(".load-status.opened", { timeout: 120000 });
  // Wait two frames so that the task that renders the opened dataset is counted.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const result = { open: Date.now() - t0, openLongest: await page.evaluate(() => window.__cpLong.max()), worker };
  for (const name of PAGES) {
    // Clicked from inside the page: click to new heading in the DOM, then to the next frame.
    const ms = await page.evaluate((name) => new Promise((ok) => {
      const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent.trim().startsWith(name));
      const before = document.querySelector("main h1")?.textContent;
      const start = performance.now();
      const done = () => requestAnimationFrame(() => setTimeout(() => ok(performance.now() - start), 0));
      const changed = () => { const h = document.querySelector("main h1"); return h && h.textContent !== before; };
      new MutationObserver((_, obs) => { if (changed()) { obs.disconnect(); done(); } }).observe(document.body, { childList: true, subtree: true, characterData: true });
      link.click();
    }), name);
    result[name] = ms;
    result[name + "Longest"] = await page.evaluate(() => window.__cpLong.max());
    result[name + "Nodes"] = await page.evaluate(() => document.querySelectorAll("main *").length);
  }
  // Reload: from the reload to the opened dataset's title back in the header.
  const title = () => page.evaluate(() => document.querySelector(".site-header .dataset-title")?.textContent.trim());
  const want = await title();
  await page.evaluate(() => window.__cpLong.max());
  const t1 = Date.now();
  await page.reload();
  await page.waitForFunction((w) => document.documentElement.dataset.live === "workshop" && document.querySelector(".site-header .dataset-title")?.textContent.trim() === w, want, { timeout: 120000 });
  result.restore = Date.now() - t1;
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  result.restoreLongest = await page.evaluate(() => window.__cpLong.max());
  await ctx.close();
  return result;
}

const site = await startSite({ dir: dist });
const browser = await launch();
const tables = [];
try {
  for (const shape of SHAPES) {
    const rows = [];
    for (const times of multiplesOf(shape)) {
      const file = synthetic(times, shape);
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await measure(browser, site, file));
      const row = { times, mb: fs.statSync(file).size / 1e6 };
      for (const k of Object.keys(samples[0])) row[k] = median(samples.map((s) => s[k]));
      rows.push(row);
      console.error(`${shape} ${times}×: ${JSON.stringify(row)}`);
    }
    tables.push([shape, rows]);
  }
} finally {
  await browser.close();
  await site.close();
}

const SHAPE_TITLE = { repeat: "the built-in dataset repeated with new ids", copies: "the built-in items copied with new ids (same people, topics, sources)" };
console.log(`\nLarge datasets: medians of ${runs} runs, ms (headless Chromium, ${os.cpus().length} cores)`);
for (const [shape, rows] of tables) {
  const first = rows[0], last = rows[rows.length - 1];
  console.log(`\nShape "${shape}": ${SHAPE_TITLE[shape] || shape}\n`);
  console.log(`| measure | ${rows.map((r) => `${r.times}× (${r.mb.toFixed(1)} MB)`).join(" | ")} | ${last.times}× / ${first.times}× |`);
  console.log(`| --- | ${rows.map(() => "---:").join(" | ")} | ---: |`);
  for (const [label, key] of MEASURES) {
    const ratio = first[key] > 0 ? (last[key] / first[key]).toFixed(1) + "×" : "–";
    console.log(`| ${label} | ${rows.map((r) => Math.round(r[key])).join(" | ")} | ${ratio} |`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
