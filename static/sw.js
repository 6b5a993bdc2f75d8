// Counterpoint's service worker: after a first visit the whole site reads without a network.
//
// This file is a template. The prerenderer (src/bin/prerender.rs) writes dist/sw.js from it,
// filling in BUILD (a hash of every file of the build) and FILES (every file of the build,
// relative to this script; a page as its folder URL, e.g. "topics/tariffs/"). Unfilled (a bare
// `trunk serve`), it caches nothing and leaves every request to the network.
//
// Strategy:
// - install: precache every file of this build into this build's own cache, bypassing the
//   HTTP cache. All or nothing: if one file fails, the install fails and the previous worker
//   stays in charge with its own, complete cache.
// - pages: network first (always the newest page when online); offline, this build's copy,
//   or the not-found page (which renders the requested URL itself) for a URL it does not have.
// - other files (hashed JS, WASM, CSS; icons): this build's cache first, else the network.
// - a new build's worker waits until no page uses the old one, then activates and deletes the
//   older builds' caches. A cache only ever holds one build, so a page offline never gets
//   HTML of one build with the WASM of another.
// Everything is relative to this script's folder, so the site works under a sub-path.

const BUILD = "__CP_BUILD__";
const FILES = /*__CP_FILES__*/ [];

const BASE = new URL("./", self.location.href).href;
// One cache family per site location: two copies of the site on one origin (say, /a/ and
// /b/) must not delete each other's caches.
const FAMILY = `counterpoint:${new URL(BASE).pathname}:`;
const CACHE = FAMILY + BUILD;
const FALLBACK = new URL("404.html", BASE).href;
const ready = FILES.length > 0;

self.addEventListener("install", (event) => {
  if (!ready) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(new URL(f, BASE).href, { cache: "reload" }))),
    ),
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
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});

async function page(request) {
  let response = null;
  try {
    response = await fetch(request);
    // A server error is worth less than the copy we hold.
    if (response.status < 500) return response;
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

async function file(request) {
  const cache = await own();
  return (cache && (await cache.match(request, { ignoreSearch: true }))) || fetch(request);
}

// This build's cache; null once a newer build has deleted it (opening it would make an
// empty one with the old name).
async function own() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : null;
}
