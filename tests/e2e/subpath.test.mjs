// The site built with --public-url /counterpoint/ (as for a GitHub Pages project site) and
// served only under that path: links, assets, deep links and the fallback page all work.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { withSite, hydrated, visit } from "./harness.mjs";

const DIR = path.resolve("target/dist-sub");
const site = withSite({ base: "/counterpoint/", dir: DIR });

test("under a sub-path: prerendered links carry the prefix and navigation stays inside it", async () => {
  const raw = await (await fetch(site.url("topics/tariffs/"))).text();
  assert.match(raw, /href="\/counterpoint\/sources\/[^"]+\/"/, "citations link inside the sub-path");
  assert.ok(!/href="\/(topics|sources|compare)\//.test(raw), "no link escapes the sub-path");
  const page = await site.page();
  await visit(page, site.url());
  await page.click(".main-nav >> text=Compare");
  await page.waitForURL(site.url("compare/"));
  await page.click("table.matrix tbody tr:first-child th a");
  await page.waitForURL(/\/counterpoint\/topics\/[^/]+\/$/);
  await page.reload();
  await hydrated(page);
  assert.equal(await page.locator("h1").count(), 1);
  const errors = page.logs.filter((l) => /^error|pageerror|panicked/.test(l));
  assert.deepEqual(errors, []);
  await visit(page, site.url("no/such/page/"));
  assert.match(await page.textContent("h1"), /Page not found/);
  await page.click("text=Go to the briefing");
  await page.waitForURL(site.url());
  await page.close();
});
