// The research toolkit's reading aids: glossary popovers (keyboard, touch, no script), the
// /glossary/ page, "link to this" on every claim, stance, quote and event (the address is
// copied, the line is scrolled to and highlighted), the "since your last visit" notice (only
// after a newer briefing, never on a first visit), and the tariff chart's downloads (an SVG
// with title, sources and date; a PNG drawn from it) with no label cut off at the right edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withSite, visit, workshop } from "./harness.mjs";

const data = JSON.parse(fs.readFileSync(path.resolve("data/us-china-2025.json"), "utf8"));
const site = withSite();
const KEY = `counterpoint.last-briefing.${data.id}`;
const [older, latest] = [data.briefings[0], data.briefings[data.briefings.length - 1]];

test("a glossary term opens its definition by keyboard: Tab to it, Enter, read it, Esc closes", async () => {
  const page = await site.page();
  await visit(page, site.url(""));
  const terms = page.locator(".gloss-term");
  assert.ok((await terms.count()) >= 1, "the briefing marks glossary terms");
  // Each term is marked once per page.
  const targets = await terms.evaluateAll((els) => els.map((e) => e.getAttribute("popovertarget")));
  assert.equal(new Set(targets).size, targets.length, `a term marked twice: ${targets}`);
  // Tab from the top of the page to the first term.
  let onTerm = false;
  for (let i = 0; i < 300 && !onTerm; i++) {
    await page.keyboard.press("Tab");
    onTerm = await page.evaluate(() => document.activeElement?.classList.contains("gloss-term"));
  }
  assert.ok(onTerm, "Tab reaches a glossary term");
  // Tabbing past the header's search field only fetches the full app: starting it would
  // re-render the page under the reader (and close the definition opened next).
  assert.equal(await page.evaluate(() => document.querySelector("script[src*=workshop]")), null, "focus on the search field started the full app");
  const id = await page.evaluate(() => document.activeElement.getAttribute("popovertarget"));
  const term = data.glossary.find((g) => `gloss-${g.id}` === id);
  assert.ok(term, `popover ${id} names a glossary term`);
  await page.keyboard.press("Enter");
  const pop = page.locator(`#${id}`);
  await pop.waitFor({ state: "visible" });
  assert.ok(await pop.evaluate((el) => el.matches(":popover-open")));
  const text = await pop.innerText();
  assert.ok(text.includes(term.term), text);
  if (term.definition) assert.ok(text.includes(term.definition.slice(0, 40)), text);
  if (term.editor_note) assert.ok(text.includes("Editor’s note — not from the sources"), text);
  // The definition box is on screen, and the next Tab goes into it (its glossary link).
  const box = await pop.boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 900, JSON.stringify(box));
  await page.keyboard.press("Tab");
  const inside = await page.evaluate((pid) => !!document.activeElement.closest(`#${pid}`), id);
  assert.ok(inside, "Tab moves into the open definition");
  const href = await page.evaluate(() => document.activeElement.getAttribute("href"));
  assert.ok(href.endsWith(`/glossary/#${term.id}`), href);
  await page.keyboard.press("Escape");
  await pop.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("popovertarget")), id, "focus returns to the term");
  await page.context().close();
});

test("glossary popovers work by touch and with JavaScript off", async () => {
  const page = await site.page({ javaScriptEnabled: false, width: 375, height: 800, hasTouch: true, isMobile: true });
  await page.goto(site.url(""));
  const term = page.locator(".gloss-term").first();
  const id = await term.getAttribute("popovertarget");
  await term.tap();
  const pop = page.locator(`#${id}`);
  await pop.waitFor({ state: "visible" });
  const box = await pop.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, `inside a 375 px screen: ${JSON.stringify(box)}`);
  // Tapping elsewhere closes it (light dismiss).
  await page.locator("h1").tap();
  await pop.waitFor({ state: "hidden" });
  await page.context().close();
});

test("an earlier snapshot marks only terms whose sources it already knows", async () => {
  const page = await site.page();
  const asOf = older.as_of;
  const published = new Map(data.sources.map((s) => [s.id, s.published.replace(/^c\. /, "")]));
  let marked = 0;
  for (const p of ["as-of/eve-of-geneva/", "as-of/eve-of-geneva/topics/tariffs/", "as-of/eve-of-geneva/topics/rare-earths/"]) {
    await page.goto(site.url(p));
    const ids = await page.locator(".gloss-term").evaluateAll((els) => els.map((e) => e.getAttribute("popovertarget")));
    for (const id of ids) {
      const g = data.glossary.find((x) => `gloss-${x.id}` === id);
      for (const c of g.cites) assert.ok(published.get(c.source) <= asOf, `${p}: ${g.id} cites ${c.source}, published after ${asOf}`);
    }
    marked += ids.length;
  }
  assert.ok(marked >= 1, "some terms are marked in the earlier snapshot");
  await page.context().close();
});

test("quoted words are never marked: no term inside a quote", async () => {
  const page = await site.page();
  await page.goto(site.url("topics/tariffs/"));
  assert.equal(await page.locator("blockquote .gloss-term").count(), 0);
  assert.ok((await page.locator(".gloss-term").count()) >= 1);
  await page.context().close();
});

test("the glossary page lists every term with its definition, sources and editor's notes", async () => {
  const page = await site.open("glossary/");
  assert.equal(page.status, 200);
  assert.match(await page.title(), /^Glossary/);
  for (const g of data.glossary) {
    const entry = page.locator(`[id="${g.id}"]`);
    assert.equal(await entry.count(), 1, g.id);
    const text = await entry.innerText();
    assert.ok(text.includes(g.term), g.id);
    if (g.definition) assert.ok(text.includes(g.definition), `${g.id}: definition`);
    assert.equal(text.includes("Editor’s note — not from the sources"), !!g.editor_note, `${g.id}: editor's note marked`);
    for (const s of g.appears_in) {
      assert.equal(await entry.locator(`.gloss-appears a[href$="/sources/${s}/"]`).count(), 1, `${g.id} appears in ${s}`);
    }
  }
  // Reachable from every page's footer.
  const home = await site.open("");
  assert.equal(await home.locator('.site-footer a[href$="/glossary/"]').count(), 1);
  await page.context().close();
  await home.context().close();
});

test("search finds a glossary term by its name and an alias, and its result opens the definition", async () => {
  const pmi = data.glossary.find((g) => g.id === "g-pmi");
  const alias = pmi.aliases.find((a) => a.toLowerCase() !== pmi.term.toLowerCase());
  const page = await site.page();
  await visit(page, site.url("search/?q=" + encodeURIComponent(alias)));
  await workshop(page);
  const hit = page.locator(".hit", { hasText: "Glossary term" }).first();
  await hit.waitFor();
  assert.match(await hit.textContent(), new RegExp(pmi.term));
  // Only a snapshot whose sources include the definition's shows the term.
  await visit(page, site.url(`as-of/${older.id}/search/?q=` + encodeURIComponent("rare earths")));
  await workshop(page);
  await page.waitForFunction(() => document.querySelectorAll(".hit").length > 0 || /No results/.test(document.body.textContent));
  assert.equal(await page.locator(".hit", { hasText: "Glossary term" }).count(), 0, "the eve-of-Geneva snapshot cannot know the June article's definition");
  await visit(page, site.url(`as-of/${older.id}/search/?q=` + encodeURIComponent("reciprocal tariffs")));
  await workshop(page);
  await page.locator(".hit", { hasText: "Glossary term" }).first().waitFor();
  // The header field's result opens the term on the glossary page.
  await visit(page, site.url(""));
  await page.fill("#site-search", "overcapacity");
  await workshop(page);
  const option = page.locator("#site-search-list li", { hasText: "Glossary term" }).first();
  await option.waitFor();
  await option.click();
  await page.waitForURL(site.url("glossary/#g-overcapacity"));
  await page.waitForFunction(() => {
    const r = document.getElementById("g-overcapacity")?.getBoundingClientRect();
    return r && r.top >= 0 && r.top < innerHeight;
  });
  await page.close();
});

test("link to this: shown on hover and focus, copies the address with its fragment, and the address scrolls to its line", async () => {
  const context = await site.context({ serviceWorkers: "block" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  const page = await context.newPage();
  await visit(page, site.url("topics/tariffs/"));
  const quote = page.locator("figure.quote").last();
  const qid = await quote.getAttribute("id");
  const link = quote.locator(".link-here");
  assert.equal(await link.evaluate((el) => getComputedStyle(el).opacity), "0", "hidden until hover or focus");
  await quote.hover();
  await page.waitForFunction((el) => getComputedStyle(el).opacity === "1", await link.elementHandle());
  assert.ok((await link.getAttribute("href")).endsWith(`/topics/tariffs/#${qid}`));
  await link.click();
  await page.waitForFunction((el) => el.hasAttribute("data-copied"), await link.elementHandle());
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), site.url(`topics/tariffs/#${qid}`));
  assert.equal(new URL(page.url()).hash, `#${qid}`);
  // Keyboard focus shows it too.
  const other = page.locator(".stance .link-here").first();
  await other.focus();
  await page.waitForFunction((el) => getComputedStyle(el).opacity === "1", await other.elementHandle());
  // Every claim, stance, quote and event link points at an element of the page.
  const broken = await page.evaluate(() => [...document.querySelectorAll(".link-here")]
    .map((a) => new URL(a.href).hash.slice(1)).filter((id) => !document.getElementById(id)));
  assert.deepEqual(broken, []);
  await context.close();

  // Landing on the address: the line is in view and highlighted (:target).
  for (const url of [`topics/tariffs/#${qid}`, `timeline/#event-${data.events[data.events.length - 1].id}`]) {
    const p = await site.page();
    await p.goto(site.url(url));
    const id = url.split("#")[1];
    await p.waitForFunction((i) => {
      const r = document.getElementById(i).getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    }, id);
    assert.ok(await p.evaluate((i) => document.getElementById(i).matches(":target"), id), url);
    await p.context().close();
  }
  // Briefing claims have ids too, and a link each.
  const home = await site.open("");
  const claims = await home.locator(".bottom-line li").evaluateAll((els) => els.map((e) => [e.id, !!e.querySelector(".link-here")]));
  assert.ok(claims.length > 3 && claims.every(([id, has]) => /^claim-blu-[a-z]+-[0-9a-f]{8}$/.test(id) && has), JSON.stringify(claims));
  await home.context().close();
});

test("since your last visit: nothing on a first visit, a link to what changed after a newer briefing", async () => {
  const context = await site.context({ serviceWorkers: "block" });
  const page = await context.newPage();
  // First visit: the newest briefing is remembered, nothing is shown.
  await visit(page, site.url(""));
  assert.equal(await page.locator(".last-visit:not([hidden])").count(), 0);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), latest.id);
  await visit(page, site.url(""));
  assert.equal(await page.locator(".last-visit:not([hidden])").count(), 0, "nothing when the reader has seen the newest");
  // The reader last saw the older briefing: the notice links to what changed since.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, older.id]);
  await visit(page, site.url(""));
  const notice = page.locator(".last-visit");
  await notice.waitFor({ state: "visible" });
  assert.ok((await notice.innerText()).includes(latest.title));
  const href = await notice.locator("a").getAttribute("href");
  assert.ok(href.endsWith(`/changes/${older.id}/${latest.id}/`), href);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), latest.id, "now remembers the newest");
  // With JavaScript off the notice never shows.
  const noJs = await site.page({ javaScriptEnabled: false });
  await noJs.goto(site.url(""));
  assert.equal(await noJs.locator(".last-visit").isVisible(), false);
  await noJs.context().close();
  const changes = await context.newPage();
  assert.equal((await changes.goto(new URL(href, site.url("")).href)).status(), 200);
  // An unknown remembered id (another build's) shows nothing.
  await page.evaluate(([k]) => localStorage.setItem(k, "no-such-briefing"), [KEY]);
  await visit(page, site.url(""));
  assert.equal(await page.locator(".last-visit:not([hidden])").count(), 0);
  await context.close();
});

test("the tariff chart downloads as SVG (title, sources, date) and PNG, and no label is cut off at 1280 px", async () => {
  const context = await site.context({ serviceWorkers: "block", acceptDownloads: true });
  const page = await context.newPage();
  await visit(page, site.url("figures/"));
  const svgLink = page.locator(".chart-downloads a[download]");
  const href = await svgLink.getAttribute("href");
  assert.match(href, /\/figures\/us-china-2025-tariff-chart\.svg$/);
  const res = await page.request.get(new URL(href, site.url("")).href);
  assert.equal(res.status(), 200);
  const svg = await res.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = doc.documentElement;
    return { error: !!doc.querySelector("parsererror"), root: root.localName, ns: root.namespaceURI, text: root.textContent };
  }, svg);
  assert.equal(parsed.error, false);
  assert.equal(parsed.root, "svg");
  assert.equal(parsed.ns, "http://www.w3.org/2000/svg");
  assert.match(parsed.text, /Headline tariff rates, \d{4} to date/);
  assert.match(parsed.text, /Sources: [\s\S]*Kyodo/);
  assert.ok(parsed.text.includes("As of ") && parsed.text.includes(latest.title), parsed.text.slice(-300));
  assert.ok(parsed.text.includes("145%"));
  // PNG, drawn in the browser from the SVG.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".chart-png").click()]);
  assert.equal(download.suggestedFilename(), "us-china-2025-tariff-chart.png");
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG");
  // With JavaScript off only the SVG link is offered (the PNG is drawn by script).
  const noJs = await site.page({ javaScriptEnabled: false });
  await noJs.goto(site.url("figures/"));
  assert.equal(await noJs.locator(".chart-downloads a[download]").isVisible(), true);
  assert.equal(await noJs.locator(".chart-png").isVisible(), false);
  await noJs.context().close();
  // Every point label lies inside its chart (and its clip box).
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const cut = await page.evaluate(() => [...document.querySelectorAll("figure.chart svg")].flatMap((svg) => {
      const vb = svg.viewBox.baseVal;
      return [...svg.querySelectorAll(".step text")].map((t) => ({ t: t.textContent, b: t.getBBox(), w: vb.width }))
        .filter(({ b, w }) => b.x < 0 || b.y < 0 || b.x + b.width > w).map(({ t }) => t);
    }));
    assert.deepEqual(cut, [], `labels cut at ${width} px`);
  }
  await context.close();
});
