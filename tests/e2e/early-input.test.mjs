// A click or key press before the islands are live is never lost: on a throttled page whose
// islands binary is held back, a click on Pin, a click on the theme toggle and "?" are kept and
// take effect once the islands run (index.html's inline script queues them; <html data-live>
// releases them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite, live } from "./harness.mjs";

const site = withSite();

/// A page whose islands WebAssembly is held until `release()`, with the CPU slowed 4×.
async function heldPage() {
  const page = await site.page();
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route(/islands-[^/]*_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { page, release };
}

test("a click on Pin and a press of ? before the islands run take effect when they do", async () => {
  const { page, release } = await heldPage();
  await page.goto(site.url("topics/tariffs/"), { waitUntil: "domcontentloaded" });
  const pin = page.locator(".page-head .pin-button");
  await pin.click();
  await page.locator("body").press("?");
  // Not live yet: nothing happened, but both are kept.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.live ?? null), null);
  assert.equal(await pin.getAttribute("aria-pressed"), "false");
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-pending-input")), true);
  release();
  await live(page, "islands");
  await page.waitForFunction(() => document.querySelector(".page-head .pin-button")?.getAttribute("aria-pressed") === "true");
  await page.locator(".dialog[role=dialog]").waitFor();
  assert.match(await page.locator(".dialog[role=dialog]").textContent(), /Keyboard shortcuts/);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-pending-input")), false);
  // The pin is kept like any other: My briefing's count says 1.
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => /1/.test(document.querySelector(".nav-my")?.textContent ?? ""));
  await page.context().close();
});

test("the theme toggle's first click works before the islands run", async () => {
  const { page, release } = await heldPage();
  await page.goto(site.url(), { waitUntil: "domcontentloaded" });
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.locator(".theme-toggle, [data-island=theme] button").first().click();
  release();
  await live(page, "islands");
  await page.waitForFunction((b) => getComputedStyle(document.body).backgroundColor !== b, before);
  assert.ok(["light", "dark"].includes(await page.evaluate(() => document.documentElement.dataset.theme)));
  await page.context().close();
});
