// Layout regressions seen by readers (issue #11), measured from bounding boxes at the desktop
// and phone widths, light and dark: the Coverage table's column headings do not overlap; the
// brand is inside the window on first load, after an in-app navigation and when a dataset kept
// from an earlier visit comes back; the topic head's Pin and Export buttons share one line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withSite, visit, workshop } from "./harness.mjs";

const site = withSite();
const WIDTHS = [1280, 375];
const SCHEMES = ["light", "dark"];
const OTHER = "data/?dataset=datasets/us-japan-2019.json";

/// Every pair of Coverage headings whose text boxes (the [n] link, the outlet name) overlap,
/// and every text box that reaches out of its own heading cell.
function headingClashes() {
  const box = (e) => e.getBoundingClientRect();
  const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const heads = [...document.querySelectorAll(".coverage thead th")].map((th) => ({
    name: th.textContent.trim(),
    cell: box(th),
    parts: [...th.querySelectorAll("a, .col-sub")].map(box),
  }));
  const clashes = [];
  heads.forEach((h, i) => {
    for (const p of h.parts) if (p.left < h.cell.left - 0.5 || p.right > h.cell.right + 0.5) clashes.push(`"${h.name}" leaves its cell`);
    for (const g of heads.slice(i + 1)) if (h.parts.some((a) => g.parts.some((b) => hit(a, b)))) clashes.push(`"${h.name}" overlaps "${g.name}"`);
  });
  return { count: heads.length, clashes };
}

const brandTop = (page) => page.evaluate(() => Math.min(...[".brand", ".brand-mark"].map((s) => document.querySelector(s).getBoundingClientRect().top)));

test("Coverage: no column heading overlaps another or leaves its cell (built-in and a 10-source dataset)", async () => {
  const failing = [];
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const page = await site.page({ width, colorScheme });
      await visit(page, site.url("coverage/"));
      const builtIn = await page.evaluate(headingClashes);
      assert.ok(builtIn.count > 3, `coverage headings not found (${builtIn.count})`);
      failing.push(...builtIn.clashes.map((c) => `built-in ${width}px ${colorScheme}: ${c}`));
      // Another dataset, kept by the browser, then the Coverage page again: its longer outlet names.
      await visit(page, site.url(OTHER));
      await page.waitForSelector(".dataset-banner .showing-other");
      await visit(page, site.url("coverage/"));
      await page.waitForSelector(".dataset-banner .showing-other");
      const other = await page.evaluate(headingClashes);
      assert.ok(other.count > builtIn.count, `the other dataset's headings not shown (${other.count})`);
      failing.push(...other.clashes.map((c) => `other dataset ${width}px ${colorScheme}: ${c}`));
      await page.context().close();
    }
  }
  assert.deepEqual(failing, []);
});

test("the brand is inside the window: first load, after an in-app navigation, with a kept dataset", async () => {
  for (const width of WIDTHS) {
    const page = await site.page({ width });
    await visit(page, site.url(""));
    assert.ok((await brandTop(page)) >= 0, `${width}px first load: brand top ${await brandTop(page)}`);
    // A click on the nav in the full app (it runs on My briefing): the app focuses <main> on the
    // new page; that must not scroll the header away.
    await visit(page, site.url("my/"));
    await workshop(page);
    await page.click(".main-nav a[href$='coverage/']");
    await page.waitForURL(/coverage\/$/);
    await page.waitForFunction(() => document.activeElement?.id === "main");
    assert.equal(await page.evaluate(() => scrollY), 0, `${width}px after navigation: page scrolled`);
    assert.ok((await brandTop(page)) >= 0, `${width}px after navigation: brand top ${await brandTop(page)}`);
    // The skip link still takes focus into <main>.
    await page.focus(".skip-link");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "main");
    // A dataset kept from an earlier visit replaces the built-in one just after load.
    await visit(page, site.url(OTHER));
    await page.waitForSelector(".dataset-banner .showing-other");
    await visit(page, site.url("timeline/"));
    await page.waitForSelector(".dataset-banner .showing-other");
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollY), 0, `${width}px kept dataset: page scrolled`);
    assert.ok((await brandTop(page)) >= 0, `${width}px kept dataset: brand top ${await brandTop(page)}`);
    await page.context().close();
  }
});

test("topic head: Pin and Export have one height and one vertical centre (±2 px)", async () => {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const page = await site.page({ width, colorScheme });
      await visit(page, site.url("topics/tariffs/"));
      const boxes = await page.evaluate(() =>
        [".page-tools .pin-button", ".page-tools .export-button"].map((s) => {
          const r = document.querySelector(s).getBoundingClientRect();
          return { mid: r.top + r.height / 2, height: r.height };
        }),
      );
      const [pin, exp] = boxes;
      const where = `${width}px ${colorScheme}: pin ${JSON.stringify(pin)}, export ${JSON.stringify(exp)}`;
      assert.ok(Math.abs(pin.mid - exp.mid) <= 2, where);
      assert.ok(Math.abs(pin.height - exp.height) <= 2, where);
      await page.context().close();
    }
  }
});
