// Benchmarks the `counterpoint` command (figures, not tests): `build` of the built-in dataset
// (warm), of the 40× synthetic dataset, and `serve`'s save-to-reloaded time in headless
// Chromium, each beside a baseline measured in the same run:
// - build: the one-topic starter briefing of `counterpoint init` (what any build costs);
// - serve: a plain reload of the same page (what the reader's wait would be without a rebuild).
// Usage: node scripts/bench-command.mjs [--runs 5]. Needs target/release/counterpoint and
// target/site-assets (scripts/build.sh makes both).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { launch } from "../tests/e2e/harness.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const BIN = path.resolve("target/release/counterpoint");
const ASSETS = path.resolve("target/site-assets");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-cmd-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function timeBuild(datasets, n) {
  const out = path.join(tmp, "site");
  const times = [];
  for (let i = 0; i <= n; i++) {
    const start = process.hrtime.bigint();
    execFileSync(BIN, ["build", ...datasets, "-o", out, "--assets", ASSETS], { stdio: "ignore" });
    if (i > 0) times.push(ms(start)); // the first run warms the file cache
  }
  fs.rmSync(out, { recursive: true, force: true });
  return median(times);
}

execFileSync(BIN, ["init", path.join(tmp, "starter")], { stdio: "ignore" });
const starter = path.join(tmp, "starter/briefing.json");
const synthetic = path.resolve("target/synthetic-40.json");
if (!fs.existsSync(synthetic)) {
  execFileSync("cargo", ["run", "--quiet", "--release", "-p", "counterpoint-core", "--example", "synthetic_dataset", "--", "40", synthetic], { stdio: "inherit" });
}
const rows = [];
const base = timeBuild([starter], runs);
const builtin = timeBuild([path.resolve("data/us-china-2025.json")], runs);
const big = timeBuild([synthetic], Math.min(runs, 3));
rows.push(["build, starter (1 topic): baseline", base, "", ""]);
rows.push(["build, built-in dataset, warm", builtin, `${(builtin / base).toFixed(1)}×`, "≤ 5 s"]);
rows.push([`build, 40× synthetic (${(fs.statSync(synthetic).size / 1e6).toFixed(1)} MB)`, big, `${(big / base).toFixed(1)}×`, "≤ 60 s"]);

// serve: save the built-in dataset (a copy) to page reloaded.
const dataDir = path.join(tmp, "data");
fs.mkdirSync(dataDir);
const file = path.join(dataDir, "us-china-2025.json");
fs.copyFileSync("data/us-china-2025.json", file);
const child = spawn(BIN, ["serve", file, "--port", "0", "--assets", ASSETS, "--texts", path.resolve("../shared/seeds")], { stdio: ["ignore", "pipe", "ignore"] });
const port = await new Promise((ok) => {
  readline.createInterface({ input: child.stdout }).on("line", (l) => {
    const m = l.match(/127\.0\.0\.1:(\d+)/);
    if (m) ok(Number(m[1]));
  });
});
const browser = await launch();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/topics/tariffs/`);
await page.waitForLoadState("load");
const saves = [];
const plain = [];
const original = fs.readFileSync(file, "utf8");
for (let i = 0; i < runs; i++) {
  // Baseline: the same page reloaded by hand.
  let start = process.hrtime.bigint();
  await page.reload({ waitUntil: "load" });
  plain.push(ms(start));
  // Wait for the live-reload script to be polling again before saving.
  await page.waitForTimeout(300);
  const marker = `Tariff levels (edit ${"abcdefghij"[i]})`; // no digits: our words may carry no number the sources lack
  const reloaded = page.waitForNavigation({ waitUntil: "load", timeout: 30000 });
  start = process.hrtime.bigint();
  fs.writeFileSync(file, original.replace('"title": "Tariff levels"', `"title": "${marker}"`));
  await reloaded;
  saves.push(ms(start));
}
await browser.close();
child.kill();
fs.rmSync(tmp, { recursive: true, force: true });
const save = median(saves);
const reload = median(plain);
rows.push(["serve: a plain reload of a topic page: baseline", reload, "", ""]);
rows.push(["serve: save the built-in dataset → page reloaded", save, `${(save / reload).toFixed(1)}×`, "≤ 1.5 s"]);

console.log(`counterpoint command, medians of ${runs} runs (ms)\n`);
console.log("| measure | ms | vs baseline | target |\n| --- | ---: | ---: | --- |");
for (const [m, v, r, t] of rows) console.log(`| ${m} | ${Math.round(v)} | ${r} | ${t} |`);
