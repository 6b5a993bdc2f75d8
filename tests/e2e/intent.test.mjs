// The reader pays only for what they use (#23): a reading page loads no binary until the reader
// presses, touches or focuses an interactive part (index.html's start script); the pointer
// coming near prefetches it after the load (never with Save-Data); readers who already use the
// islands get them at once; a binary that fails its integrity check is refused and the page
// stays a working static page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite } from "./harness.mjs";

const site = withSite();

/// A fresh page recording the address of every request it makes.
async function recordingPage(options) {
  const page = await site.page(options);
  page.requested = [];
  page.on("request", (r) => page.requested.push(new URL(r.url()).pathname));
  return page;
}

const binaries = (page) => page.requested.filter((p) => /\/(islands|app|workshop|validator)-[^/]*\.(js|wasm)$/.test(p));
const isLive = (page) => page.evaluate(() => document.documentElement.dataset.live ?? null);
const settle = (page) => page.evaluate(() => new Promise((ok) => setTimeout(ok, 800)));

test("a reading page loads no binary until the reader uses it; a click on Pin then loads the islands and pins", async () => {
  const page = await recordingPage();
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  await settle(page);
  assert.deepEqual(binaries(page), [], "nothing but the page, its stylesheet and icon");
  assert.equal(await isLive(page), null);
  // Scrolling and reading (a press on plain text) are not use.
  await page.mouse.wheel(0, 600);
  await page.locator("main h1").click({ position: { x: 4, y: 4 } });
  await settle(page);
  assert.deepEqual(binaries(page), []);
  const pin = page.locator(".page-head .pin-button");
  await pin.click();
  await page.waitForFunction(() => document.querySelector(".page-head .pin-button")?.getAttribute("aria-pressed") === "true");
  // The pressed island answers first; the page is live once every island's effects ran.
  await page.waitForFunction(() => document.documentElement.dataset.live === "islands");
  // The pinned count, hydrated after the press, shows it (its first render is the server's).
  await page.waitForFunction(() => /1/.test(document.querySelector(".nav-my .nav-count")?.textContent ?? ""));
  const loaded = binaries(page);
  assert.ok(loaded.some((p) => /islands-.*\.js$/.test(p)) && loaded.some((p) => /islands-.*_bg\.wasm$/.test(p)), `${loaded}`);
  assert.ok(!loaded.some((p) => /\/app-/.test(p)), `the full app stays unloaded: ${loaded}`);
  // The pointer's approach prefetched it, the click used that fetch: downloaded once.
  assert.equal(loaded.filter((p) => /islands-.*_bg\.wasm$/.test(p)).length, 1, `${loaded}`);
  await page.context().close();
});

test("a keyboard reader's Tab to Pin and Enter before the islands run pins", async () => {
  const page = await recordingPage();
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  const pin = page.locator(".page-head .pin-button");
  await pin.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".page-head .pin-button")?.getAttribute("aria-pressed") === "true");
  await page.context().close();
});

test("the pointer near an island prefetches the binary after the load, without running it", async () => {
  const page = await recordingPage();
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  await page.locator(".page-head .pin-button").hover();
  await page.waitForFunction(() => [...document.querySelectorAll("link[rel=prefetch], link[rel=modulepreload]")].some((l) => /islands-/.test(l.href)));
  await settle(page);
  assert.ok(binaries(page).some((p) => /islands-.*_bg\.wasm$/.test(p)), `${binaries(page)}`);
  assert.equal(await isLive(page), null, "prefetched, not started");
  await page.context().close();
});

test("with Save-Data on, the pointer prefetches nothing; a click still works", async () => {
  const page = await recordingPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }) }));
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  await page.locator(".page-head .pin-button").hover();
  await page.locator(".nav-my").hover();
  await settle(page);
  assert.deepEqual(binaries(page), []);
  await page.locator(".page-head .pin-button").click();
  await page.waitForFunction(() => document.querySelector(".page-head .pin-button")?.getAttribute("aria-pressed") === "true");
  await page.context().close();
});

test("a reader with pins gets the islands at once: their pins and count show without a press", async () => {
  const page = await recordingPage();
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  await page.locator(".page-head .pin-button").click();
  await page.waitForFunction(() => document.querySelector(".page-head .pin-button")?.getAttribute("aria-pressed") === "true");
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.live === "islands");
  assert.equal(await page.locator(".page-head .pin-button").getAttribute("aria-pressed"), "true");
  assert.match(await page.locator(".nav-my").textContent(), /1/);
  await page.context().close();
});

test("an islands binary that fails its integrity check is refused; the page stays readable and a held click is released", async () => {
  const page = await recordingPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.route(/islands-[^/]*_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "load" });
  await page.locator(".page-head .pin-button").click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-pending-input") && !document.documentElement.hasAttribute("data-waking"));
  assert.equal(await isLive(page), null, "the tampered binary never ran");
  assert.ok(warnings.some((w) => /could not start/.test(w)), warnings.join("\n"));
  assert.equal(await page.locator(".page-head .pin-button").getAttribute("aria-pressed"), "false");
  assert.ok((await page.locator("main h1").textContent()).length > 0, "the page is still there");
  await page.context().close();
});

test("a page of the full app and an address with a query start at once", async () => {
  for (const path of ["my/", "?dataset=datasets/us-japan-2019.json"]) {
    const page = await recordingPage();
    await page.goto(site.url(path), { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.live === "workshop", null, { timeout: 30000 });
    await page.context().close();
  }
});
