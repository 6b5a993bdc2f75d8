// Pages on a large dataset render only what is on screen (a batch of each list, a person's
// quotes once their list is opened, print notes when printing) and still reach everything:
// a fragment (`#actor-…`, `#quote-…`, `#event-…`, `#dispute-…`) renders its list up to its
// target, and printing (`beforeprint`) renders every item and the notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withSite, visit } from "./harness.mjs";

const SYNTHETIC = path.resolve(process.env.CP_SYNTHETIC || "target/synthetic-40.json");
const skip = !fs.existsSync(SYNTHETIC) && "run scripts/test.sh (it generates target/synthetic-40.json)";
const site = withSite();

/// A page with the synthetic dataset open in the full app.
async function opened() {
  const page = await site.page();
  await visit(page, site.url("data/"));
  await page.setInputFiles("#dataset-file", SYNTHETIC);
  await page.waitForSelector(".load-status.opened", { timeout: 60000 });
  return page;
}

async function go(page, link) {
  const before = await page.locator("main h1").textContent();
  await page.click(`nav[aria-label="Main"] >> text=${link}`);
  await page.waitForFunction((b) => document.querySelector("main h1")?.textContent !== b, before);
}

test("a large dataset: each person's quotes render when their list opens; print renders everything", { skip }, async () => {
  const data = JSON.parse(fs.readFileSync(SYNTHETIC, "utf8"));
  const page = await opened();
  await go(page, "People");
  assert.equal(await page.locator(".person-quotes .quote").count(), 0, "no quote rendered in a closed list");
  assert.equal(await page.locator(".print-notes").count(), 0, "print notes wait for print");
  const list = page.locator(".person-quotes").first();
  await list.locator("summary").click();
  await page.waitForFunction(() => document.querySelector(".person-quotes[open] .quote"));
  const people = await page.locator(".person").count();
  assert.ok(people < data.actors.length, `paged: ${people} of ${data.actors.length}`);

  // Print: every person, every quote, the notes; back to the batch afterwards.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.waitForFunction((n) => document.querySelectorAll(".person").length === n, data.actors.length);
  assert.equal(await page.locator(".person-quotes .quote").count(), data.quotes.length);
  assert.equal(await page.locator(".print-notes").count(), 1);
  assert.equal(await page.locator(".show-more").count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.waitForFunction((n) => document.querySelectorAll(".person").length === n, people);

  await go(page, "Timeline");
  const events = await page.locator(".tl-item").count();
  assert.ok(events < data.events.length);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.waitForFunction((n) => document.querySelectorAll(".tl-item").length === n, data.events.length);
  assert.equal(await page.locator(".print-notes").count(), 1);
  await page.context().close();
});

test("a large dataset: fragment links reach items beyond the first batch, and open a person's quotes", { skip }, async () => {
  const data = JSON.parse(fs.readFileSync(SYNTHETIC, "utf8"));
  const page = await opened();
  const last = (list) => list[list.length - 1].id;
  const quoted = data.quotes[data.quotes.length - 1];
  for (const [route, id] of [
    // Each on another page than the one before (the shell scrolls on a change of page).
    ["timeline/", `event-${last(data.events)}`],
    ["people/", `quote-${quoted.id}`],
    ["contested/", `dispute-${last(data.disputes)}`],
    ["people/", `actor-${last(data.actors)}`],
  ]) {
    // An in-app navigation to the link (as back/forward does: the router follows popstate);
    // a reload would lose a dataset too large to keep in the tab.
    await page.evaluate((url) => {
      history.pushState(null, "", url);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, new URL(site.url(`${route}#${id}`)).pathname + `#${id}`);
    await page.waitForSelector(`[id="${id}"]`, { state: "attached", timeout: 20000 });
    if (id.startsWith("quote-")) {
      assert.equal(await page.locator(`[id="${id}"]`).isVisible(), true, "its person's list is open");
    }
    const inView = await page.evaluate((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    }, id);
    assert.ok(inView, `${route}#${id} scrolled into view`);
  }
  await page.context().close();
});
