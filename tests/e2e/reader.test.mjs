// The reader's tools: "Copy citation" on a quote (Clipboard API, and the fallback where that
// API is missing), with visible, announced feedback; and the stored theme applied before the
// app loads (no flash of the system theme).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withSite, visit } from "./harness.mjs";

const data = JSON.parse(fs.readFileSync(path.resolve("data/us-china-2025.json"), "utf8"));

const site = withSite();

async function clipboardContext() {
  const context = await site.context({ serviceWorkers: "block" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  return context;
}

/// What the citation of a quote must hold, from the dataset itself.
function expectCitation(text, quoteId) {
  const q = data.quotes.find((x) => x.id === quoteId);
  const who = data.actors.find((a) => a.id === q.speaker);
  assert.ok(text.startsWith(`“${q.text.trim()}” — ${who.name}, ${who.role}, `), text);
  assert.ok(text.includes(q.venue), `venue in ${text}`);
  for (const c of q.cites) {
    const s = data.sources.find((x) => x.id === c.source);
    assert.ok(text.includes(s.outlet || s.outlet_description), `outlet in ${text}`);
    assert.ok(text.includes(s.title), `title in ${text}`);
    if (s.url) assert.ok(text.includes(s.url));
  }
}

test("Copy citation puts the quote's full citation on the clipboard and says so, by mouse and by keyboard", async () => {
  const context = await clipboardContext();
  const page = await context.newPage();
  await visit(page, site.url("topics/tariffs/"));
  const quote = page.locator("figure.quote").first();
  const id = (await quote.getAttribute("id")).replace(/^quote-/, "");
  const status = quote.locator(".copy-cite-status");
  assert.equal(await status.getAttribute("role"), "status", "feedback is announced");
  assert.equal((await status.textContent()).trim(), "");
  await quote.locator(".copy-cite-button").click();
  await page.waitForFunction((el) => el.textContent === "Copied", await status.elementHandle());
  expectCitation(await page.evaluate(() => navigator.clipboard.readText()), id);
  // The feedback goes after about two seconds.
  await page.waitForFunction((el) => el.textContent === "", await status.elementHandle(), { timeout: 4000 });

  // Keyboard: focus the second quote's button and press Enter.
  const second = page.locator("figure.quote").nth(1);
  const id2 = (await second.getAttribute("id")).replace(/^quote-/, "");
  await second.locator(".copy-cite-button").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((el) => el.textContent === "Copied", await second.locator(".copy-cite-status").elementHandle());
  expectCitation(await page.evaluate(() => navigator.clipboard.readText()), id2);
  assert.equal(await page.evaluate(() => document.activeElement.className), "copy-cite-button", "focus stays on the button");
  await context.close();
});

test("Copy citation falls back to a selected textarea where the Clipboard API is missing", async () => {
  const context = await clipboardContext();
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await visit(page, site.url("topics/tariffs/"));
  assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
  const quote = page.locator("figure.quote").first();
  const id = (await quote.getAttribute("id")).replace(/^quote-/, "");
  await quote.locator(".copy-cite-button").click();
  await page.waitForFunction((el) => el.textContent === "Copied", await quote.locator(".copy-cite-status").elementHandle());
  assert.equal(await page.locator("body > textarea").count(), 0, "the helper textarea is removed");
  // Read the clipboard from a page that still has the API.
  const reader = await context.newPage();
  await reader.goto(site.url("sources/"));
  expectCitation(await reader.evaluate(() => navigator.clipboard.readText()), id);
  await context.close();
});

test("a stored dark theme applies before the app loads (WASM blocked), on a light system", async () => {
  const background = async (stored) => {
    const context = await site.context({ colorScheme: "light", serviceWorkers: "block" });
    if (stored) await context.addInitScript((t) => localStorage.setItem("counterpoint-theme", t), stored);
    await context.route("**/*.wasm", (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.url("topics/tariffs/"));
    const r = await page.evaluate(() => ({ theme: document.documentElement.dataset.theme ?? null, bg: getComputedStyle(document.body).backgroundColor, live: document.documentElement.dataset.live ?? null }));
    await context.close();
    return r;
  };
  const dark = await background("dark");
  assert.equal(dark.live, null, "no script started");
  assert.equal(dark.theme, "dark");
  assert.equal(dark.bg, "rgb(20, 24, 28)");
  const none = await background(null);
  assert.equal(none.theme, null);
  assert.equal(none.bg, "rgb(251, 250, 247)", "the system's light theme without a stored choice");
  assert.equal((await background("light")).bg, "rgb(251, 250, 247)");
});

test("the toggle stays in charge after loading, and its choice is what the next page starts with", async () => {
  const context = await site.context({ colorScheme: "dark", serviceWorkers: "block" });
  const page = await context.newPage();
  await visit(page, site.url());
  await page.click(".theme-toggle");
  assert.equal(await page.evaluate(() => localStorage.getItem("counterpoint-theme")), "light");
  await context.route("**/*.wasm", (route) => route.abort());
  await page.goto(site.url("timeline/"));
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(251, 250, 247)");
  await context.close();
});
