// Counterpoint's service worker: after a first visit the whole site reads without a network.
//
// This file is a template. The prerenderer (src/bin/prerender.rs) writes dist/sw.js from it,
// filling in BUILD (a hash of every file of the build), FILES (every file of the build,
// relative to this script; a page as its folder URL, e.g. "topics/tariffs/") and SHELL (the
// files every page needs: stylesheet, scripts, WebAssembly, icons, the not-found page).
// Unfilled (a bare `trunk serve`), it caches nothing and leaves every request to the network.
//
// Strategy:
// - install: precache every file of this build into this build's own cache, bypassing the
//   HTTP cache. All or nothing: if one file fails, the install fails and the previous worker
//   stays in charge with its own, complete cache.
// - install with Save-Data on (`navigator.connection.saveData`): only SHELL and the pages open
//   now, revalidated rather than downloaded again where the host allows. Every other file of
//   the build is cached when the reader first fetches it (see `keep`).
// - pages: network first (always the newest page when online); offline, this build's copy,
//   or the not-found page (which renders the requested URL itself) for a URL it does not have.
// - other files (hashed JS, WASM, CSS; icons): this build's cache first, else the network.
// - a new build's worker waits until no page uses the old one, then activates and deletes the
//   older builds' caches. A cache only ever holds one build, so a page offline never gets
//   HTML of one build with the WASM of another.
// Everything is relative to this script's folder, so the site works under a sub-path.

const BUILD = "__CP_BUILD__";
const FILES = /*__CP_FILES__*/ [];
const SHELL = /*__CP_SHELL__*/ [];

const BASE = new URL("./", self.location.href).href;
// One cache family per site location: two copies of the site on one origin (say, /a/ and
// /b/) must not delete each other's caches.
const FAMILY = `counterpoint:${new URL(BASE).pathname}:`;
const CACHE = FAMILY + BUILD;
const FALLBACK = new URL("404.html", BASE).href;
const ready = FILES.length > 0;
// Every file of this build, as absolute URLs without query: what `keep` may add to the cache.
const OWN = new Set(FILES.map((f) => new URL(f, BASE).href));

self.addEventListener("install", (event) => {
  if (!ready) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const connection = self.navigator.connection;
      if (!(connection && connection.saveData)) {
        await cache.addAll(FILES.map((f) => new Request(new URL(f, BASE).href, { cache: "reload" })));
        return;
      }
      // The page the reader installs from is in no cache of ours yet: add the open ones.
      const open = (await self.clients.matchAll({ type: "window", includeUncontrolled: true }))
        .map((client) => bare(client.url))
        .filter((url) => OWN.has(url));
      const urls = new Set([...SHELL.map((f) => new URL(f, BASE).href), ...open]);
      await cache.addAll([...urls].map((url) => new Request(url, { cache: "no-cache" })));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(FAMILY) && key !== CACHE) await caches.delete(key);
      }
      // Take charge of pages opened before the first install, so they too work offline.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!ready || request.method !== "GET" || !request.url.startsWith(BASE)) return;
  event.respondWith(request.mode === "navigate" ? page(request, event) : file(request, event));
});

async function page(request, event) {
  let response = null;
  try {
    response = await fetch(request);
    // A server error is worth less than the copy we hold.
    if (response.status < 500) {
      keep(event, request, response, true);
      return response;
    }
  } catch {
    // Offline: fall through to the cached copy.
  }
  const cache = await own();
  if (cache) {
    const url = new URL(request.url);
    const path = url.origin + url.pathname;
    for (const key of [path, path.endsWith("/") ? path : path + "/", FALLBACK]) {
      const hit = await cache.match(key);
      if (hit) return hit;
    }
  }
  return response || Response.error();
}

async function file(request, event) {
  const cache = await own();
  const hit = cache && (await cache.match(request, { ignoreSearch: true }));
  if (hit) return hit;
  const response = await fetch(request);
  keep(event, request, response, false);
  return response;
}

// Caches a file of this build fetched from the network (after a Save-Data install, or one the
// install could not know). A page only if every script, WebAssembly and stylesheet it names is
// of this build too: a page of a newer build (deployed since this worker installed) must not
// join this build's cache, or offline it would ask for files this cache does not hold.
function keep(event, request, response, isPage) {
  const url = bare(request.url);
  if (!response.ok || response.status !== 200 || !OWN.has(url)) return;
  const copy = response.clone();
  event.waitUntil(
    (async () => {
      const cache = await own();
      if (!cache || (await cache.match(url))) return;
      if (isPage) {
        const html = await copy.clone().text();
        for (const m of html.matchAll(/["']([^"'\s]+\.(?:js|wasm|css))["']/g)) {
          const asset = bare(new URL(m[1], BASE).href);
          if (asset.startsWith(BASE) && !OWN.has(asset)) return;
        }
      }
      await cache.put(url, copy);
    })().catch(() => {}),
  );
}

// A URL without its query and fragment.
function bare(href) {
  const url = new URL(href);
  return url.origin + url.pathname;
}

// This build's cache; null once a newer build has deleted it (opening it would make an
// empty one with the old name).
async function own() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : null;
}
