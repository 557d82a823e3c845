// CRM TrueCost service worker: the app works offline after the first load.
// This file is a template: the Trunk post_build hook (src/web/sw_manifest.mjs) fills in the
// cache version and the precache list of this build's (hashed) files.
const CACHE = "crm-truecost-__CACHE_VERSION__";
const PRECACHE = [/*__PRECACHE__*/];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((u) => new Request(u, { cache: "reload" })));
    await self.skipWaiting();
  })());
});

// A new deploy has a new CACHE name: drop every older cache of this app, take over open pages.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("crm-truecost-") && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Network first for the page itself, so an online user always gets the newest deploy.
    event.respondWith((async () => {
      try {
        return await fetch(req);
      } catch (err) {
        const cache = await caches.open(CACHE);
        return (await cache.match("./")) ?? (await cache.match(req, { ignoreSearch: true })) ?? Response.error();
      }
    })());
    return;
  }
  // Assets have content-hashed names: the cached copy is always right.
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    return hit ?? fetch(req);
  })());
});
