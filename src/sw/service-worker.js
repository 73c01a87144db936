/* SSB Atlas service worker: keeps the explorer usable offline (a lecture hall with bad wifi).
 * The build fills PRECACHE with every file it emitted and CACHE with a hash of them.
 * Strategy: precache everything on install; hashed assets cache-first; page navigations
 * network-first with the cached app shell as the fallback. Only same-origin GETs are handled. */
const PRECACHE = __PRECACHE__;
const CACHE = `ssb-atlas-${__VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('ssb-atlas-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .match('/index.html', { cacheName: CACHE, ignoreVary: true })
          .then((r) => r ?? Response.error()),
      ),
    );
    return;
  }
  // ignoreVary: servers send "Vary: Origin" and module scripts carry an Origin header that the
  // precache requests did not, so a strict match would miss every script when offline.
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreVary: true }).then((hit) => hit ?? fetch(request)),
  );
});
