// "My briefing" end to end: pin from four kinds of page (one by keyboard), reorder with focus
// following, notes, reload, a second tab, Markdown and file export, import (valid and not),
// and stored data that cannot be read (damaged, from a newer version). Also the Markdown
// export of the briefing and a topic, hydration logs, axe, and screenshots at 1280 and 375 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { withSite, recordLogs, hydrated, shot } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const data = JSON.parse(fs.readFileSync(path.resolve("data/us-china-2025.json"), "utf8"));
const KEY = "counterpoint-my-briefing";

const site = withSite();

/// A browser context (one profile: shared localStorage, like two tabs) with log capture.
async function newContext({ width = 1280, height = 900, colorScheme = "light", bypassCSP = false } = {}) {
  const context = await site.context({ viewport: { width, height }, colorScheme, acceptDownloads: true, bypassCSP });
  context.open = async (p) => {
    const page = recordLogs(await context.newPage());
    await page.goto(site.url(p));
    await ready(page);
    return page;
  };
  return context;
}

/// Live (the static page's islands, or the full app on /my/), and the reader's briefing read
/// from storage.
async function ready(page) {
  await hydrated(page);
  await page.waitForFunction(() => ["ready", "unreadable"].includes(document.documentElement.dataset.myBriefing), null, { timeout: 10000 });
}

function problems(page) {
  return page.logs.filter((l) => /hydrat|mismatch|panicked|pageerror|^error/i.test(l));
}

/// The Markdown escaping of dataset text (mirrors export::markdown::escape for plain text).
const mdEscape = (s) => s.replace(/[\\`*_[\]<>#|~&!$]/g, "\\$&");

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), "utf8"), path: await dl.path() };
}

const norm = (s) => s.replace(/\s+/g, " ").trim();
const itemIds = (page) => page.$$eval(".my-item", (els) => els.map((e) => e.id));
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test("pin four kinds of item, reorder, write notes, reload, second tab, export and import", async () => {
  const ctx = await newContext();
  const page = await ctx.open("topics/tariffs/");
  assert.deepEqual(problems(page), [], "topic page hydrates cleanly");

  // A topic, by mouse.
  const topicPin = page.locator(".page-head .pin-button");
  assert.equal(await topicPin.getAttribute("aria-pressed"), "false");
  assert.equal(norm(await topicPin.textContent()), "Pin to my briefing", "accessible name");
  await topicPin.click();
  assert.equal(await topicPin.getAttribute("aria-pressed"), "true");
  assert.equal(norm(await topicPin.textContent()), "Pinned to my briefing");
  assert.equal(await topicPin.locator(".pin-text").textContent(), "Pinned");
  assert.equal(await topicPin.getAttribute("title"), "Unpin from my briefing");

  // A quote, by keyboard.
  const quote = page.locator("figure.quote").first();
  const quoteId = (await quote.getAttribute("id")).replace(/^quote-/, "");
  const quoteText = data.quotes.find((q) => q.id === quoteId).text;
  const quotePin = quote.locator(".pin-button");
  await quotePin.focus();
  await page.keyboard.press("Enter");
  assert.equal(await quotePin.getAttribute("aria-pressed"), "true", "Enter on the focused button pins");
  // Every rendering of the same quote on the page shows it pinned.
  for (const b of await page.locator(`#quote-${quoteId} .pin-button`).all()) assert.equal(await b.getAttribute("aria-pressed"), "true");

  // An event.
  const eventPin = page.locator(".topic-events .mini-timeline li .pin-button").first();
  const eventId = (await eventPin.getAttribute("data-pin")).replace(/^event:/, "");
  await eventPin.click();

  // A key figure on the briefing page (a plain link: the next page reads the same storage).
  await page.click(".main-nav >> text=Briefing");
  await page.waitForURL(site.url());
  await ready(page);
  const figurePin = page.locator(".figure-card .pin-button").first();
  const figureId = (await figurePin.getAttribute("data-pin")).replace(/^figure:/, "");
  await figurePin.click();
  assert.equal(await page.locator(".main-nav .nav-count").textContent(), " (4 pinned)");
  // The same figure is shown pinned in the figures table.
  await page.click(".main-nav >> text=Figures");
  await page.waitForURL(site.url("figures/"));
  await ready(page);
  assert.equal(await page.locator(`#figure-${figureId} .pin-button`).getAttribute("aria-pressed"), "true");

  // My briefing: the four in pinning order, rendered in full.
  await page.click(".main-nav >> text=My briefing");
  await page.waitForURL(site.url("my/"));
  await ready(page);
  const ids = { t: "my-topic-tariffs", q: `my-quote-${quoteId}`, e: `my-event-${eventId}`, f: `my-figure-${figureId}` };
  assert.deepEqual(await itemIds(page), [ids.t, ids.q, ids.e, ids.f]);
  const topicItem = page.locator(`#${ids.t}`);
  assert.ok((await topicItem.locator(".point").count()) >= 2, "the topic shows its positions point by point");
  assert.ok((await topicItem.locator("a.cite").count()) > 0, "with citations");
  assert.ok((await page.locator(`#${ids.q} blockquote`).textContent()).includes(quoteText));
  assert.ok((await page.locator(`#${ids.q} a.cite`).count()) > 0);
  assert.ok((await page.locator(`#${ids.f} a.cite`).count()) > 0);
  assert.ok((await page.locator(`#${ids.e} a.cite`).count()) > 0);

  // Reorder: the figure up by mouse, then by keyboard; focus follows the moved item.
  await page.click(`#my-up-figure-${figureId}`);
  assert.deepEqual(await itemIds(page), [ids.t, ids.q, ids.f, ids.e]);
  assert.equal(await page.evaluate(() => document.activeElement.id), `my-up-figure-${figureId}`);
  await page.keyboard.press("Enter");
  assert.deepEqual(await itemIds(page), [ids.t, ids.f, ids.q, ids.e]);
  assert.equal(await page.evaluate(() => document.activeElement.id), `my-up-figure-${figureId}`);
  await page.keyboard.press("Enter");
  assert.deepEqual(await itemIds(page), [ids.f, ids.t, ids.q, ids.e]);
  // At the top "up" is disabled, so focus moves to the same item's "down".
  assert.equal(await page.evaluate(() => document.activeElement.id), `my-down-figure-${figureId}`);
  assert.equal(await page.locator(`#my-up-figure-${figureId}`).isDisabled(), true);
  const order = [ids.f, ids.t, ids.q, ids.e];

  // Notes: typed, then the page reloads at once (saved on page-hide, before the debounce).
  await page.fill("#my-notes", "Overall: the truce is fragile.");
  await page.fill(`#my-note-quote-${quoteId}`, "Ask Treasury about this.\nSecond line.");
  await page.reload();
  await ready(page);
  assert.deepEqual(await itemIds(page), order, "order kept across reload");
  // Typed, then straight to another page: saved when the editor goes away.
  await page.fill(`#my-note-topic-tariffs`, "Left at once");
  await page.click(".main-nav >> text=Briefing");
  await page.waitForURL(site.url());
  await ready(page);
  await page.click(".main-nav >> text=My briefing");
  await page.waitForURL(site.url("my/"));
  await ready(page);
  assert.equal(await page.inputValue("#my-note-topic-tariffs"), "Left at once");
  assert.equal(await page.inputValue("#my-notes"), "Overall: the truce is fragile.");
  assert.equal(await page.inputValue(`#my-note-quote-${quoteId}`), "Ask Treasury about this.\nSecond line.");
  assert.deepEqual(problems(page), [], "/my/ hydrates cleanly");
  await shot(page, "e2e-my-briefing-1280");

  // A second tab in the same profile: its changes reach the first without a reload.
  const page2 = await ctx.open("topics/fentanyl/");
  await page2.click(".page-head .pin-button");
  await page.waitForFunction(() => document.querySelectorAll(".my-item").length === 5);
  assert.equal((await itemIds(page)).at(-1), "my-topic-fentanyl");
  await page2.goto(site.url("my/"));
  await ready(page2);
  await page2.fill("#my-note-topic-fentanyl", "Written in the other tab");
  await page2.locator("#my-note-topic-fentanyl").blur();
  await page.waitForFunction(() => document.querySelector("#my-note-topic-fentanyl")?.value === "Written in the other tab");
  assert.equal(await page.locator(".main-nav .nav-count").textContent(), " (5 pinned)");
  await page2.close();

  // Remove, then undo: the item comes back in place with its note.
  await page.click(`#my-quote-${quoteId} >> text=Remove`);
  assert.equal(await page.locator(`#${ids.q}`).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), "my-undo");
  await page.keyboard.press("Enter");
  assert.deepEqual(await itemIds(page), [...order, "my-topic-fentanyl"]);
  assert.equal(await page.inputValue(`#my-note-quote-${quoteId}`), "Ask Treasury about this.\nSecond line.");

  // Export as Markdown: the quote verbatim, footnotes giving the source's address.
  const md = await download(page, () => page.click(".my-tools >> text=Export as Markdown"));
  assert.equal(md.name, "us-china-2025-my-briefing.md");
  assert.ok(md.text.startsWith(`# My briefing: ${mdEscape(data.title)}`), md.text.slice(0, 80));
  assert.ok(md.text.includes(`“${mdEscape(quoteText)}”`), "the quote verbatim");
  assert.ok(md.text.includes("**My note:** Ask Treasury about this.\\\nSecond line."), "the note, line break kept");
  const quoteSource = data.quotes.find((q) => q.id === quoteId).cites[0].source;
  const quoteLine = md.text.split("\n").find((l) => l.startsWith(`> “${mdEscape(quoteText)}”`));
  const n = quoteLine.match(/\[\^(\d+)\]/)[1];
  const footnote = md.text.split("\n").find((l) => l.startsWith(`[^${n}]: `));
  assert.ok(footnote.includes(`<${site.url()}sources/${quoteSource}/>`), `footnote ${n} gives the source's address: ${footnote}`);
  assert.ok(footnote.includes("Cited passage: “"), footnote);
  const headings = md.text.split("\n").filter((l) => /^## \d+\. /.test(l)).map((l) => l.split(":")[0]);
  assert.deepEqual(headings, ["## 1. Figure", "## 2. Topic", "## 3. Quote", "## 4. Event", "## 5. Topic"]);

  // Export the file, clear storage, import it back.
  const file = await download(page, () => page.click(".my-tools >> text=Export file"));
  assert.equal(file.name, "counterpoint-my-briefing.json");
  const exported = JSON.parse(file.text);
  assert.equal(exported.format, "counterpoint-my-briefing");
  assert.equal(exported.version, 1);
  assert.deepEqual(exported.datasets[data.id].items.map((x) => `my-${x.kind}-${x.id}`), [...order, "my-topic-fentanyl"]);
  const before = await stored(page);
  // An invalid file says why and changes nothing.
  await page.setInputFiles(".my-tools input[type=file]", { name: "dataset.json", mimeType: "application/json", buffer: fs.readFileSync("data/us-china-2025.json") });
  const alert = page.locator(".my-import[role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /“dataset\.json” cannot be imported\. It is not a My-briefing file: it looks like a dataset file.*Nothing was changed\./);
  assert.equal(await stored(page), before);
  await page.click(".my-import >> text=Dismiss");
  await page.setInputFiles(".my-tools input[type=file]", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"counterpoint-my-briefing","version":1,"datasets":{"x":{"items":[{"kind":"person","id":"a"}]}}}') });
  await alert.waitFor();
  assert.match(await alert.textContent(), /damaged: unknown variant `person`/);
  assert.equal(await stored(page), before);
  await page.click(".my-import >> text=Dismiss");

  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator(".my-item").count(), 0);
  assert.match(await page.textContent(".my-empty"), /Nothing pinned yet/);
  await shot(page, "e2e-my-briefing-empty");
  await page.setInputFiles(".my-tools input[type=file]", { name: "counterpoint-my-briefing.json", mimeType: "application/json", buffer: Buffer.from(file.text) });
  await page.locator(".my-import").waitFor();
  const plan = await page.textContent(".my-import");
  assert.match(plan, /Import “counterpoint-my-briefing\.json”\?/);
  assert.match(plan, /For this dataset the file has 5 items: 5 new, 0 already in your briefing\./);
  assert.match(plan, /You have nothing pinned now\./);
  await page.click("text=Merge into my briefing");
  assert.deepEqual(await itemIds(page), [...order, "my-topic-fentanyl"]);
  assert.equal(await page.inputValue("#my-notes"), "Overall: the truce is fragile.");
  assert.match(await page.textContent(".my-import-done"), /5 items added/);
  assert.deepEqual(JSON.parse(await stored(page)), exported, "storage holds what was exported");

  // Phone width: nothing overflows; a screenshot.
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `/my/ overflows by ${overflow}px at 375px`);
  await shot(page, "e2e-my-briefing-375");
  await ctx.close();
});

test("the briefing and a topic export as Markdown with footnotes", async () => {
  const ctx = await newContext();
  const page = await ctx.open("");
  const home = await download(page, () => page.click(".page-head >> text=Export as Markdown"));
  assert.equal(home.name, "us-china-2025-briefing.md");
  assert.ok(home.text.startsWith(`# ${mdEscape(data.title)}\n`));
  const latest = data.briefings.at(-1);
  assert.ok(home.text.includes(`- ${mdEscape(latest.what_happened[0].text)}[^1]`));
  assert.match(home.text, /\n\[\^1\]: .+, .+\. .*Cited passage: “.+”\n/);
  await page.goto(site.url("as-of/eve-of-geneva/topics/tariffs/"));
  await ready(page);
  const topic = await download(page, () => page.click(".page-head >> text=Export as Markdown"));
  assert.equal(topic.name, "us-china-2025-tariffs-as-of-eve-of-geneva.md");
  assert.ok(topic.text.includes("An earlier snapshot"));
  assert.ok(topic.text.includes("## Positions, point by point"));
  assert.ok(topic.text.includes("145%") && !topic.text.includes("30%"), "only what was known on the eve of Geneva");
  await shot(page, "e2e-topic-head-tools");
  await page.setViewportSize({ width: 375, height: 740 });
  await shot(page, "e2e-topic-head-tools-375");
  await ctx.close();
});

for (const [label, raw, pattern] of [
  ["damaged", '{"format":"counterpoint-my-briefing","version":1,"datasets":{"us-china-2025":{"items":[{"kind":"topic","id":"tariffs","note":"my precious note"', /cannot be read[\s\S]*The data is damaged: it is not valid JSON/],
  ["from a newer version", '{"format":"counterpoint-my-briefing","version":99,"datasets":{"us-china-2025":{"items":[],"new_thing":true}}}', /made by a newer version[\s\S]*format version 99\); this version reads version 1/],
]) {
  test(`stored data ${label}: said so, kept untouched, offered for download, start over keeps a backup`, async () => {
    const ctx = await newContext();
    const page = await ctx.open("my/");
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute(".my-briefing", "data-state"), "unreadable");
    assert.match(await page.textContent(".my-unreadable[role=alert]"), pattern);
    const dl = await download(page, () => page.click("text=Download the stored data"));
    assert.equal(dl.text, raw, "the download is exactly what was stored");
    assert.equal(await stored(page), raw, "storage untouched");
    assert.deepEqual(problems(page), []);
    await shot(page, `e2e-my-briefing-unreadable-${label.split(" ")[0]}`);
    // Elsewhere, pins are disabled rather than writing over it.
    await page.goto(site.url("topics/tariffs/"));
    await ready(page);
    const pin = page.locator(".page-head .pin-button");
    assert.equal(await pin.isDisabled(), true);
    assert.equal(await stored(page), raw);
    // Starting over is explicit, and keeps a backup.
    await page.goto(site.url("my/"));
    await ready(page);
    await page.click("text=Start over…");
    await page.click("text=Start over, keep a backup");
    await page.locator(".my-briefing[data-state=ready]").waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const backups = keys.filter((k) => k.startsWith(`${KEY}-backup-`));
    assert.equal(backups.length, 1, keys.join(", "));
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), raw);
    assert.deepEqual(JSON.parse(await stored(page)), { format: KEY, version: 1, datasets: {} });
    await ctx.close();
  });
}

test("an item the dataset no longer has is kept and shown as missing", async () => {
  const ctx = await newContext();
  const page = await ctx.open("my/");
  const doc = { format: KEY, version: 1, datasets: { [data.id]: { items: [{ kind: "topic", id: "tariffs" }, { kind: "quote", id: "q-renamed-long-ago", note: "still mine" }], notes: "" }, "other-dataset": { items: [{ kind: "figure", id: "f1" }], notes: "elsewhere" } } };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(doc)]);
  await page.reload();
  await ready(page);
  assert.deepEqual(await itemIds(page), ["my-topic-tariffs", "my-quote-q-renamed-long-ago"]);
  const missing = page.locator("#my-quote-q-renamed-long-ago");
  assert.match(await missing.textContent(), /missing from this dataset/);
  assert.equal(await page.inputValue("#my-note-quote-q-renamed-long-ago"), "still mine");
  // An edit keeps both the missing item and the other dataset's briefing.
  await page.click("#my-down-topic-tariffs");
  const after = JSON.parse(await stored(page));
  assert.deepEqual(after.datasets[data.id].items.map((x) => x.id), ["q-renamed-long-ago", "tariffs"]);
  assert.deepEqual(after.datasets["other-dataset"], { items: [{ kind: "figure", id: "f1", note: "", pinned_at: "" }], notes: "elsewhere" }, "the other dataset's briefing is kept (defaults filled in)");
  await ctx.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG A/AA violation on My briefing with items (${scheme})`, async () => {
    // axe is injected as an inline script, which the site's Content-Security-Policy forbids.
    const ctx = await newContext({ colorScheme: scheme, bypassCSP: true });
    const page = await ctx.open("my/");
    const doc = { format: KEY, version: 1, datasets: { [data.id]: { items: [{ kind: "topic", id: "tariffs" }, { kind: "quote", id: data.quotes[0].id }, { kind: "event", id: data.events[0].id }, { kind: "figure", id: data.figures[0].id }, { kind: "topic", id: "gone" }], notes: "n" } } };
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(doc)]);
    await page.reload();
    await ready(page);
    const violations = [];
    for (const p of ["my/", "topics/tariffs/", ""]) {
      await page.goto(site.url(p));
      await ready(page);
      await page.addScriptTag({ path: AXE });
      const v = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0].target.join(" ")}`);
      });
      violations.push(...v.map((x) => `/${p}: ${x}`));
    }
    if (scheme === "dark") await shot(page, "e2e-home-dark-pinned");
    assert.deepEqual(violations, []);
    await ctx.close();
  });
}
