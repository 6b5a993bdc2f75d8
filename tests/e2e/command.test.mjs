// Sites made by the `counterpoint` command (crates/cli), in Chromium:
// - a shelf of both datasets, built under a sub-path (target/shelf, by scripts/test.sh), read
//   with JavaScript off and on: each briefing's pages, islands and its own full app and dataset;
// - `counterpoint serve`'s live reload: an edit reloads the page, a broken edit shows the
//   problems over the last good page, a fix clears them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { withSite, live, workshop, shot } from "./harness.mjs";

const SHELF = path.resolve("target/shelf");
const BIN = path.resolve("target/release/counterpoint");
const ASSETS = path.resolve("target/site-assets");
const site = withSite({ base: "/briefings/", dir: SHELF });

test("the shelf lists both briefings and each reads with JavaScript off, under the sub-path", async () => {
  const page = await site.page({ javaScriptEnabled: false });
  await page.goto(site.url());
  assert.equal(await page.textContent("h1"), "Briefings");
  const items = page.locator(".shelf-item");
  assert.equal(await items.count(), 2);
  assert.match(await items.nth(0).textContent(), /US–China trade talks, 2025.*Latest briefing/s);
  assert.match(await items.nth(1).textContent(), /US–Japan trade agreement/);
  await shot(page, "shelf-1280");
  await page.click("text=US–Japan trade agreement, 2018–2019");
  await page.waitForURL(site.url("us-japan-2019/"));
  assert.match(await page.textContent("h1"), /\S/);
  // Its own pages, inside its own folder: a topic, then its sources.
  await page.click(".topic-card h3 a >> nth=0");
  await page.waitForURL(/\/briefings\/us-japan-2019\/topics\/[^/]+\/$/);
  const html = await page.content();
  assert.ok(!/href="\/(topics|sources|us-china-2025)\//.test(html), "no link leaves the briefing's folder");
  const china = await site.page({ javaScriptEnabled: false });
  const r = await china.goto(site.url("us-china-2025/topics/tariffs/"));
  assert.equal(r.status(), 200);
  assert.match(await china.textContent("h1"), /Tariff/);
  await page.context().close();
  await china.context().close();
});

test("with JavaScript on, each briefing's islands and full app run on its own dataset", async () => {
  const page = await site.page();
  await page.goto(site.url("us-japan-2019/"));
  await live(page, "islands");
  // Typing into the header's search starts the full app, which fetches this briefing's dataset.
  await page.click("#site-search");
  await page.keyboard.type("Abe");
  await workshop(page);
  await page.waitForSelector("#site-search-list li");
  assert.match(await page.locator("#site-search-list").textContent(), /Abe/);
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".json"))
  );
  assert.ok(fetched.includes("/briefings/us-japan-2019/datasets/us-japan-2019.json"), fetched.join(" "));
  assert.ok(!fetched.some((p) => p.includes("us-china")), "not the other briefing's data");
  const errors = page.logs.filter((l) => /^error|pageerror|panicked/.test(l));
  assert.deepEqual(errors, []);
  await page.context().close();
});

/// `counterpoint serve` on a copy of the starter briefing (`counterpoint init`), on a free port.
async function serveStarter() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-serve-"));
  execFileSync(BIN, ["init", path.join(dir, "b")]);
  const child = spawn(BIN, ["serve", path.join(dir, "b/briefing.json"), "--port", "0", "--assets", ASSETS, "--debounce", "50"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const port = await new Promise((ok, fail) => {
    lines.on("line", (l) => {
      const m = l.match(/^serving on http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) ok(Number(m[1]));
    });
    child.on("exit", (code) => fail(new Error(`serve exited with ${code}`)));
  });
  child.stderr.resume();
  return {
    url: (p = "") => `http://127.0.0.1:${port}/${p}`,
    file: path.join(dir, "b/briefing.json"),
    stop() {
      child.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

test("serve: an edit reloads the page; a broken edit shows its problems over the last good page; a fix clears them", async () => {
  const server = await serveStarter();
  try {
    const page = await site.page();
    // Ready when the live-reload script knows the build's version (its first status reply).
    const known = page.waitForResponse((r) => r.url().includes("/__counterpoint/status"));
    await page.goto(server.url());
    await known;
    const original = fs.readFileSync(server.file, "utf8");
    // A good edit: the page reloads by itself with the new text.
    const edited = original.replace("After the first round, March 2026", "After round one");
    fs.writeFileSync(server.file, edited);
    await page.waitForFunction(() => document.body.textContent.includes("After round one"), null, { timeout: 20000 });
    // A broken edit: the problems over the page, with their place; the page stays.
    fs.writeFileSync(server.file, edited.replace('"quotes": [', '"quotes": [,'));
    const box = page.locator("#cp-live-problems");
    await box.waitFor({ timeout: 20000 });
    assert.match(await box.textContent(), /line \d+/);
    assert.ok(await page.locator("main h1").isVisible(), "the last good page stays under the problems");
    await shot(page, "serve-problems-1280");
    // The fix: the problems go and the page reloads.
    fs.writeFileSync(server.file, edited.replace("After round one", "After round two"));
    await page.waitForFunction(() => document.body.textContent.includes("After round two"), null, { timeout: 20000 });
    assert.equal(await page.locator("#cp-live-problems").count(), 0);
    await page.context().close();
  } finally {
    server.stop();
  }
});

test("serve adds live reload to the page it serves; a built site has none and keeps its policy", async () => {
  const built = fs.readFileSync(path.join(SHELF, "us-china-2025/index.html"), "utf8");
  assert.ok(!built.includes("__counterpoint"), "no live-reload hook in a built page");
  assert.match(built, /Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.ok(!built.includes("unsafe-inline"));
});
