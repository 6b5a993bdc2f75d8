// Offline: after a first visit the whole site works with the network cut (the browser set
// offline AND the server stopped, so nothing can come from it): reload, links to a topic, the
// timeline and a search, deep links, an unknown URL; at the root and under a sub-path. And a
// new build (a changed sw.js) installs beside the old one, then takes over and deletes the
// old build's cache.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withSite, startSite, hydrated, visit, DIST } from "./harness.mjs";

// Each test serves its own build, so that it can cut the server.
const browser = withSite({ serve: false });

/// Waits until the service worker controls the page and has stored its build.
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  return page.evaluate(async () => {
    const keys = await caches.keys();
    const sizes = await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).length));
    return keys.map((k, i) => [k, sizes[i]]);
  });
}

function precacheList(dir) {
  const sw = fs.readFileSync(path.join(dir, "sw.js"), "utf8");
  const files = JSON.parse(sw.match(/const FILES = (\[[^\n]*\]);/)[1]);
  const build = sw.match(/const BUILD = "([0-9a-f]+)";/)[1];
  return { files, build };
}

async function offlineTour(dir, base) {
  const { files, build } = precacheList(dir);
  assert.ok(files.includes("./") && files.includes("404.html") && files.some((f) => f.endsWith(".wasm")) && files.some((f) => /^topics\/[^/]+\/$/.test(f)), "sw.js lists pages, 404.html and the hashed assets");
  const site = await startSite({ dir, base });
  const context = await browser.context();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await visit(page, site.url());
  const caches = await controlled(page);
  assert.deepEqual(caches, [[`counterpoint:${base}:${build}`, files.length]], "one cache, this build, every file");

  // Cut the network: browser offline, server gone.
  await context.setOffline(true);
  await site.close();
  await page.reload();
  await hydrated(page);
  assert.ok((await page.textContent("h1")).length > 0);

  // Links (client-side, then full loads).
  await page.click(".main-nav >> text=Timeline");
  await page.waitForURL(site.url("timeline/"));
  assert.ok(await page.locator(".tl-item").count() > 5, "timeline events offline");
  await page.click(".main-nav >> text=Compare");
  await page.click("table.matrix tbody tr:first-child th a");
  await page.waitForURL(/\/topics\/[^/]+\/$/);
  assert.ok(await page.locator(".point").count() > 0, "topic positions offline");
  await page.click(".main-nav >> text=Search");
  await page.fill("#search-input", "tariff");
  await page.waitForSelector(".hit");
  assert.ok(await page.locator(".hit").count() > 0, "search results offline");

  // Deep links, loaded afresh with no network.
  for (const [route, selector] of [["topics/tariffs/", ".point"], ["search/?q=tariff", ".hit"], ["timeline/", ".tl-item"], ["as-of/eve-of-geneva/", ".topic-card"]]) {
    await visit(page, site.url(route));
    assert.ok(await page.locator(selector).count() > 0, `${route} offline`);
  }
  await page.reload();
  await hydrated(page);
  // An address the site has no page for: the not-found page, rendered for that address.
  await visit(page, site.url("no/such/page/"));
  assert.match(await page.textContent("h1"), /Page not found/);
  assert.deepEqual(errors, []);
  await context.close();
}

test("after a first visit the site reads offline: reload, links, search, deep links, unknown URLs", async () => {
  await offlineTour(DIST, "/");
});

test("offline under a sub-path (--public-url /counterpoint/)", async () => {
  await offlineTour(path.resolve("target/dist-sub"), "/counterpoint/");
});

test("a new build installs beside the old one, then takes over and deletes the old cache", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-deploy-"));
  fs.cpSync(DIST, dir, { recursive: true });
  const { build } = precacheList(dir);
  const site = await startSite({ dir });
  const context = await browser.context();
  let page = await context.newPage();
  await visit(page, site.url());
  assert.deepEqual((await controlled(page)).map(([k]) => k), [`counterpoint:/:${build}`]);

  // Deploy: a new build id (as any change to a file gives).
  const next = "0123456789abcdef";
  const swFile = path.join(dir, "sw.js");
  fs.writeFileSync(swFile, fs.readFileSync(swFile, "utf8").replace(`"${build}"`, `"${next}"`));
  const waiting = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const worker = reg.installing || reg.waiting;
    if (worker && worker.state !== "installed") await new Promise((ok) => worker.addEventListener("statechange", () => worker.state === "installed" && ok()));
    return { waiting: !!reg.waiting, keys: await caches.keys() };
  });
  // The open page keeps its build; the new one has its own, complete cache.
  assert.equal(waiting.waiting, true, "the new worker waits while a page uses the old one");
  assert.deepEqual(waiting.keys.sort(), [`counterpoint:/:${build}`, `counterpoint:/:${next}`].sort());

  // Once no page uses the old build, the new worker activates and clears the old cache.
  await page.close();
  page = await context.newPage();
  await visit(page, site.url("timeline/"), { waitUntil: "domcontentloaded" });
  await page.waitForFunction(async (key) => { const k = await caches.keys(); return k.length === 1 && k[0] === key; }, `counterpoint:/:${next}`, { timeout: 20000, polling: 200 });
  const state = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.state);
  assert.equal(state, "activated");
  await context.close();
  await site.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
