// End to end: the release build, prerendered and served as plain static files, driven in
// headless Chromium. Run by scripts/test.sh after scripts/build.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { withSite, hydrated, live, workshop, visit, shot, DIST } from "./harness.mjs";

const data = JSON.parse(fs.readFileSync(path.resolve("data/us-china-2025.json"), "utf8"));

const site = withSite();

function hydrationProblems(page) {
  // A not-found page's own 404 response is expected; anything else is a problem.
  const expected404 = page.status === 404 ? /status of 404/ : /^$/;
  return page.logs.filter((l) => /hydrat|mismatch|panicked|pageerror|^error/i.test(l) && !expected404.test(l));
}

test("every route is a static file that answers 200 with its own content and title", async () => {
  const routes = [
    ["", data.title],
    ["compare/", "Who wants what"],
    ["sources/", "articles"],
    ...data.topics.map((t) => [`topics/${t.id}/`, t.title]),
    ...data.sources.map((s) => [`sources/${s.id}/`, s.title]),
    ["as-of/eve-of-geneva/", data.title],
  ];
  for (const [p, heading] of routes) {
    const res = await fetch(site.url(p));
    assert.equal(res.status, 200, p);
    const html = await res.text();
    assert.ok(html.includes(heading.replace(/&/g, "&amp;").replace(/"/g, "&quot;")) || html.includes(heading), `${p} raw HTML lacks "${heading}"`);
    assert.match(html, /<title>[^<]+· Counterpoint<\/title>/, `${p} has a page title`);
  }
  const missing = await fetch(site.url("no/such/page/"));
  assert.equal(missing.status, 404);
  assert.ok((await missing.text()).includes("Page not found"));
});

test("the tariff topic shows both rates and both lead negotiators, side by side", async () => {
  const page = await site.open("topics/tariffs/");
  await hydrated(page);
  const text = await page.textContent("main");
  for (const s of ["145%", "125%", "30%", "10%", "Scott Bessent", "He Lifeng"]) assert.ok(text.includes(s), `tariffs page lacks ${s}`);
  const heads = await page.$$eval(".positions .side-name", (els) => els.map((e) => e.textContent));
  assert.deepEqual(heads, ["United States", "China"]);
  const boxes = await page.$$eval(".point:first-of-type .stance", (els) => els.map((e) => e.getBoundingClientRect().top));
  assert.equal(boxes.length, 2);
  assert.ok(Math.abs(boxes[0] - boxes[1]) < 2, "the two stances of a point sit side by side");
  await shot(page, "e2e-topic-tariffs");
  assert.deepEqual(hydrationProblems(page), []);
  await page.close();
});

test("a citation shows its excerpt on hover and on keyboard focus, and leads to the right source", async () => {
  const page = await site.open("topics/tariffs/");
  await hydrated(page);
  const cite = page.locator("main a.cite").first();
  const href = await cite.getAttribute("href");
  const sourceId = href.match(/^\/sources\/([^/]+)\/$/)[1];
  const source = data.sources.find((s) => s.id === sourceId);
  assert.ok(source, `citation points at a real source: ${href}`);
  const tip = cite.locator(".cite-tip");
  assert.equal(await tip.isVisible(), false);
  await cite.hover();
  assert.equal(await tip.isVisible(), true, "visible on hover");
  // "Donald Trump, claimed — “…”": whose voice, then the passage in quotation marks.
  const passage = await tip.locator(".cite-tip-ex").first().textContent();
  const excerpt = passage.match(/“(.*)”$/s)[1];
  await page.mouse.move(0, 0);
  assert.equal(await tip.isVisible(), false);
  await cite.focus();
  assert.equal(await tip.isVisible(), true, "visible on keyboard focus");
  await cite.click();
  await page.waitForURL(site.url(`sources/${sourceId}/`));
  assert.equal((await page.textContent("h1")).trim(), source.title);
  const cited = await page.textContent(".cited");
  assert.ok(cited.includes(excerpt), "the source page lists the cited passage");
  await page.close();
});

test("reading pages are plain links between static pages; back, forward and reload keep the page; once the full app runs, navigation is client-side", async () => {
  const page = await site.open("");
  await live(page, "islands");
  await page.evaluate(() => (window.__marker = 42));
  await page.click(".main-nav >> text=Compare");
  await page.waitForURL(site.url("compare/"));
  await live(page, "islands");
  assert.equal(await page.evaluate(() => window.__marker), undefined, "a plain link: a new document");
  assert.equal(await page.locator("table.matrix tbody tr").count(), data.topics.length);
  assert.match(await page.title(), /^Compare all topics/);
  await page.click("table.matrix tbody tr:first-child th a");
  await page.waitForURL(/\/topics\/[^/]+\/$/);
  const topicUrl = page.url();
  const h1 = await page.textContent("h1");
  await page.goBack();
  await page.waitForURL(site.url("compare/"));
  await page.goForward();
  await page.waitForURL(topicUrl);
  assert.equal(await page.textContent("h1"), h1);
  await page.reload();
  await live(page, "islands");
  assert.equal(await page.textContent("h1"), h1, "a reload of a deep link shows the same page");
  assert.equal(await page.evaluate(() => document.querySelector("script[src*=workshop]")), null, "a reading page does not load the full app");
  // My briefing runs the full app; from there, links are client-side.
  await page.click(".main-nav >> text=My briefing");
  await page.waitForURL(site.url("my/"));
  await workshop(page);
  await page.evaluate(() => (window.__marker = 43));
  await page.click(".main-nav >> text=Compare");
  await page.waitForURL(site.url("compare/"));
  assert.equal(await page.evaluate(() => window.__marker), 43, "no full page load in the full app");
  await page.click("table.matrix tbody tr:first-child th a");
  await page.waitForURL(topicUrl);
  assert.equal(await page.textContent("h1"), h1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main", "focus moves to the new page");
  await page.goBack();
  await page.waitForURL(site.url("compare/"));
  assert.equal(await page.evaluate(() => window.__marker), 43);
  assert.deepEqual(hydrationProblems(page), []);
  await page.close();
});

test("islands hydrate on the prerendered page (the full app renders it afresh): content once, no console errors", async () => {
  for (const p of ["", "topics/tariffs/", "compare/", `sources/${data.sources[0].id}/`, "as-of/eve-of-geneva/", "timeline/", "no/such/page/", "search/", "data/"]) {
    const page = await site.open(p);
    await hydrated(page);
    const mode = await page.evaluate(() => document.documentElement.dataset.live);
    assert.equal(mode, ["no/such/page/", "search/", "data/"].includes(p) ? "workshop" : "islands", `${p}: what runs`);
    assert.equal(await page.locator("h1").count(), 1, `${p}: one h1 after hydration`);
    assert.equal(await page.locator("header.site-header").count(), 1, `${p}: header not duplicated`);
    assert.deepEqual(hydrationProblems(page), [], p);
    await page.close();
  }
});

test("pages read with JavaScript off", async () => {
  const page = await site.open("topics/tariffs/", { javaScriptEnabled: false });
  const text = await page.textContent("main");
  assert.ok(text.includes("145%") && text.includes("He Lifeng"));
  assert.equal(await page.locator("a.cite").first().getAttribute("href").then((h) => h.startsWith("/sources/")), true);
  await page.close();
});

test("the eve-of-Geneva snapshot shows the talks as they stood on 9 May 2025", async () => {
  const page = await site.open("as-of/eve-of-geneva/");
  await hydrated(page);
  assert.match(await page.textContent(".as-of"), /9 May 2025/);
  const main = await page.textContent("main");
  assert.ok(main.includes("145%"));
  assert.ok(!main.includes("Student visas"), "student visas arose only in June");
  await page.click(".topic-card >> text=Tariff levels");
  await page.waitForURL(/as-of\/eve-of-geneva\/topics\/tariffs\/$/);
  const topic = await page.textContent("main");
  assert.ok(topic.includes("145%") && !topic.includes("30%"), "no truce rate before the truce");
  await page.click(".snapshot-switch >> text=After the Geneva truce");
  await page.waitForURL(site.url("topics/tariffs/"));
  assert.ok((await page.textContent("main")).includes("30%"));
  await page.close();
});

test("phone width: no sideways scrolling, columns stack with side labels", async () => {
  for (const p of ["", "topics/tariffs/", "compare/", `sources/${data.sources[1].id}/`, "timeline/", "figures/", "people/", "contested/", "coverage/", "changes/", "search/"]) {
    const page = await site.open(p, { width: 375, height: 740 });
    await hydrated(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${p} overflows by ${overflow}px at 375px`);
    if (p === "topics/tariffs/") {
      const xs = await page.$$eval(".point:first-of-type .stance", (els) => els.map((e) => e.getBoundingClientRect().left));
      assert.equal(xs[0], xs[1], "stances stack");
      const labels = await page.$$eval(".point:first-of-type .stance .side-label", (els) => els.map((e) => getComputedStyle(e).display !== "none" && e.textContent));
      assert.ok(labels[0].startsWith("US") && labels[1].startsWith("China"), `side labels visible: ${labels}`);
    }
    await shot(page, `e2e-375-${p.replace(/\//g, "_") || "home"}`);
    await page.close();
  }
});

test("unknown topic ids and routes show the not-found page", async () => {
  const page = await site.open("topics/no-such-topic/");
  assert.equal(page.status, 404);
  await hydrated(page);
  assert.match(await page.textContent("h1"), /Page not found/);
  await page.click("text=Go to the briefing");
  await page.waitForURL(site.url());
  assert.equal(await page.locator(".topic-card").count(), data.topics.length);
  await page.close();
});

test("the build ships what a static host needs", () => {
  for (const f of ["index.html", "404.html", "compare/index.html", "topics/tariffs/index.html", "as-of/eve-of-geneva/topics/tariffs/index.html"]) {
    assert.ok(fs.existsSync(path.join(DIST, f)), f);
  }
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  assert.match(html, /integrity="sha384-/, "assets carry Subresource Integrity");
  // Every script and WebAssembly file is named after its content (a host may cache it for
  // good), the validator worker included: Trunk's unhashed worker files are gone.
  const worker = html.match(/data-worker="\/(validator-\w+\.js)"/)?.[1];
  assert.ok(worker && fs.existsSync(path.join(DIST, worker)), `the pages name the worker: ${worker}`);
  const unhashed = fs.readdirSync(DIST).filter((f) => /\.(js|wasm)$/.test(f) && f !== "sw.js" && !/-[A-Za-z0-9]{8,}(_bg)?\.(js|wasm)$/.test(f));
  assert.deepEqual(unhashed, [], "files without a content hash in their name");
});

test("what changed: generated summary, moved figures, new topics, both sides' new positions", async () => {
  const page = await site.open("");
  await hydrated(page);
  await page.click(".main-nav >> text=What changed");
  await page.waitForURL(site.url("changes/"));
  const main = await page.textContent("main");
  assert.match(main, /Between 9 May 2025 and \d+ June 2025/);
  assert.ok(main.includes("145% → 30% (−115 points)"), "US tariff move computed");
  assert.ok(main.includes("125% → 10% (−115 points)"), "China tariff move computed");
  const newTopics = await page.textContent("#new-h + ul");
  assert.ok(newTopics.includes("Student visas"), "student visas appear only after the truce");
  assert.ok(await page.locator(".change-topic .stance.side-a").count() > 0 && await page.locator(".change-topic .stance.side-b").count() > 0);
  await shot(page, "e2e-changes");
  // The same page prerendered for the explicit pair.
  const res = await fetch(site.url("changes/eve-of-geneva/after-geneva-truce/"));
  assert.equal(res.status, 200);
  assert.deepEqual(hydrationProblems(page), []);
  await page.close();
});

test("timeline: every event, counter-moves linked, filters by side and topic", async () => {
  const page = await site.open("timeline/");
  await hydrated(page);
  const all = await page.locator(".tl-item").count();
  assert.equal(all, data.events.length, "the latest briefing shows every event");
  const years = await page.$$eval(".year-h", (els) => els.map((e) => Number(e.textContent)));
  assert.ok(years[0] <= 2018, `starts by 2018: ${years[0]}`);
  assert.equal(years[years.length - 1], 2025);
  assert.ok(await page.locator(".tl-link >> text=Answers").count() > 0, "counter-moves name the move they answer");
  // The static page's filters hide the rows that do not match (the full app leaves them out).
  await page.click(".segmented >> text=China");
  const cn = await page.$$eval(".tl-item:not([hidden]) .ev-side", (els) => els.map((e) => e.textContent));
  assert.ok(cn.length > 0 && cn.length < all && cn.every((s) => s === "China" || s === "Both"), `China filter: ${cn}`);
  await page.click(".segmented >> text=All sides");
  await page.selectOption(".select select", "tariffs");
  const tariffEvents = data.events.filter((e) => (e.topics || []).includes("tariffs")).length;
  assert.equal(await page.locator(".tl-item:not([hidden])").count(), tariffEvents);
  assert.match(await page.textContent(".filters [aria-live]"), new RegExp(`^${tariffEvents} events`));
  // The same filters in the full app (another dataset or My briefing loads it): rows left out.
  await visit(page, site.url("my/"));
  await workshop(page);
  await page.click(".main-nav >> text=Timeline");
  await page.waitForURL(site.url("timeline/"));
  await page.click(".segmented >> text=China");
  const cnApp = await page.$$eval(".tl-item .ev-side", (els) => els.map((e) => e.textContent));
  assert.deepEqual(cnApp, cn, "the same rows as the static page's filter");
  await shot(page, "e2e-timeline");
  await page.close();
});

test("figures: the chart's last US step is 30% and China's 10%, with a table and computed changes", async () => {
  const page = await site.open("figures/");
  await hydrated(page);
  const lastTitle = async (side) => page.locator(`.chart .series.${side} .step title`).last().textContent();
  assert.match(await lastTitle("side-a"), /: 30% from/);
  assert.match(await lastTitle("side-b"), /: 10% from/);
  assert.equal(await page.locator("#chart-all-t ~ g .series.side-a .step.partial").count(), 2, "the two 2018 rates on part of trade are marked as partial");
  assert.match(await page.locator(".derived").textContent(), /\(30 − 145\) \/ 145 = −79\.3%/, "headline US change computed from headline rates only");
  const table = await page.textContent(".chart-table");
  for (const s of ["145%", "125%", "30%", "10%", "$34 billion"]) assert.ok(table.includes(s), `chart table lacks ${s}`);
  const derived = await page.textContent(".derived");
  assert.ok(derived.includes("−11.7%") && derived.includes("(582.4 − 659.8) / 659.8"), "trade change computed with its working");
  assert.equal(await page.locator(".figures-table tbody tr").count(), data.figures.length);
  await shot(page, "e2e-figures");
  const eve = await site.open("as-of/eve-of-geneva/figures/");
  await hydrated(eve);
  assert.match(await eve.locator(".chart .series.side-a .step title").last().textContent(), /: 145% from/);
  await eve.close();
  await page.close();
});

test("who's who: sides, Chinese names, roles and quotes", async () => {
  const page = await site.open("people/");
  await hydrated(page);
  const he = page.locator("#actor-he-lifeng");
  assert.match(await he.textContent(), /何立峰/);
  assert.match(await he.textContent(), /Vice Premier/);
  assert.equal(await page.locator(".person").count(), data.actors.length);
  const bessentQuotes = data.quotes.filter((q) => q.speaker === "scott-bessent").length;
  assert.match(await page.locator("#actor-scott-bessent summary").textContent(), new RegExp(`^${bessentQuotes} quotes`));
  await page.close();
});

test("contested claims: who asked for the talks shows both governments' accounts", async () => {
  const page = await site.open("contested/");
  await hydrated(page);
  const d = page.locator("#dispute-who-asked-for-talks");
  assert.ok(await d.locator(".claim.side-a").count() >= 1 && await d.locator(".claim.side-b").count() >= 1);
  const text = await d.textContent();
  assert.ok(/Trump|Rubio/.test(text) && /Commerce|MOFCOM/.test(text), "both governments named");
  assert.ok(await page.locator("#dispute-bessent-statement-renderings .quote").count() >= 2, "two renderings of one statement side by side");
  await shot(page, "e2e-contested");
  await page.close();
});

test("coverage: a row per topic, blindspots named, voices per outlet", async () => {
  const page = await site.open("coverage/");
  await hydrated(page);
  assert.equal(await page.locator("table.coverage tbody tr").count(), data.topics.length);
  const blind = await page.textContent("#blind-h + ul");
  assert.ok(blind.includes("Student visas"), "student visas are covered by one outlet only");
  assert.equal(await page.locator(".voices").count(), data.sources.length);
  await page.close();
});

test("search: / focuses the header field, results show as you type, Enter opens the chosen one; the search page ranks, highlights and deep-links", async () => {
  const page = await site.open("");
  await live(page, "islands");
  await page.keyboard.press("/");
  await page.waitForFunction(() => document.activeElement?.id === "site-search");
  // Typed at once: the full app arrives while typing and keeps what was typed.
  await page.keyboard.type("fentanyl");
  await workshop(page);
  await page.waitForFunction(() => document.activeElement?.id === "site-search");
  assert.equal(await page.inputValue("#site-search"), "fentanyl");
  await page.waitForSelector("#site-search-list li");
  assert.equal(await page.getAttribute("#site-search", "aria-expanded"), "true");
  assert.match(await page.locator("#site-search-list li").first().textContent(), /Fentanyl/);
  assert.ok(await page.locator("#site-search-list mark").count() > 0, "matches highlighted");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.getAttribute("#site-search", "aria-activedescendant"), "site-search-1");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.waitForURL(site.url("topics/fentanyl/"));
  assert.match(await page.textContent("h1"), /Fentanyl/);
  assert.equal(await page.getAttribute("#site-search", "aria-expanded"), "false", "the list closes");
  // Esc closes the list; with JavaScript off the field is a form that opens the search page.
  await page.fill("#site-search", "bessent");
  await page.waitForSelector("#site-search-list li");
  await page.keyboard.press("Escape");
  assert.equal(await page.getAttribute("#site-search", "aria-expanded"), "false");
  // Tab out of the field closes the list; a click on a result opens it.
  await page.fill("#site-search", "bessent");
  await page.waitForSelector("#site-search-list li");
  await page.keyboard.press("Tab");
  assert.equal(await page.getAttribute("#site-search", "aria-expanded"), "false", "focus left the field");
  await page.fill("#site-search", "fentanyl");
  await page.locator("#site-search-list li").first().click();
  await page.waitForURL(site.url("topics/fentanyl/"));
  const off = await site.open("", { javaScriptEnabled: false });
  await off.fill("#site-search", "tariff");
  await off.press("#site-search", "Enter");
  await off.waitForURL(site.url("search/?q=tariff"));
  await off.close();
  // The search page: typed into, ranked, highlighted, in the address.
  await visit(page, site.url("search/"));
  await workshop(page);
  await page.fill("#search-input", "fentanyl");
  await page.waitForSelector(".hit");
  assert.match(await page.locator(".hit").first().textContent(), /Fentanyl/);
  assert.ok(await page.locator(".hit mark").count() > 0, "matches highlighted");
  assert.match(page.url(), /\?q=fentanyl$/);
  await page.keyboard.press("Enter");
  await page.waitForURL(site.url("topics/fentanyl/"));
  assert.match(await page.textContent("h1"), /Fentanyl/);
  // Case and accents do not matter; a Chinese name is found; arrows move the choice.
  await visit(page, site.url("search/?q=BESS%C3%89NT"));
  await page.waitForSelector(".hit");
  assert.match(await page.locator(".hit").first().textContent(), /Bessent/);
  assert.ok(await page.locator(".hit").count() > 2);
  await page.focus("#search-input");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.locator(".hit.active").getAttribute("id"), "hit-1");
  await visit(page, site.url("search/?q=" + encodeURIComponent("何立峰")));
  await page.waitForSelector(".hit");
  assert.match(await page.locator(".hit").first().textContent(), /He Lifeng/);
  await shot(page, "e2e-search");
  await page.close();
});

test("keyboard only: arrows move between topics, ? opens the shortcut list, Esc closes it", async () => {
  const page = await site.open("topics/tariffs/");
  await hydrated(page);
  const order = data.topics.map((t) => t.id);
  await page.keyboard.press("ArrowRight");
  await page.waitForURL(site.url(`topics/${order[1]}/`));
  await live(page, "islands");
  await page.keyboard.press("ArrowLeft");
  await page.waitForURL(site.url("topics/tariffs/"));
  await live(page, "islands");
  await page.keyboard.press("ArrowLeft"); // the first topic has no previous one: stay
  await page.waitForTimeout(100);
  assert.equal(page.url(), site.url("topics/tariffs/"));
  await page.keyboard.press("?");
  const dialog = page.locator("[role=dialog]");
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Keyboard shortcuts.*Search.*Previous topic/s);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "help-close", "focus moves into the dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.keyboard.press("Tab");
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY", "focus is not lost after closing");
  await page.close();
});

test("theme: follows the system, the reader's choice persists across reloads", async () => {
  const page = await site.open("", { colorScheme: "dark" });
  await hydrated(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBg = await bg();
  assert.match(await page.textContent(".theme-toggle"), /Light theme/, "system dark: offers light");
  await page.click(".theme-toggle");
  assert.equal(await page.getAttribute("html", "data-theme"), "light");
  const lightBg = await bg();
  assert.notEqual(lightBg, darkBg);
  await page.reload();
  await hydrated(page);
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
  assert.equal(await bg(), lightBg, "the choice survives a reload");
  assert.match(await page.textContent(".theme-toggle"), /Dark theme/);
  await shot(page, "e2e-theme-light-after-dark-system");
  await page.click(".theme-toggle");
  await shot(page, "e2e-theme-dark");
  await page.close();
});
