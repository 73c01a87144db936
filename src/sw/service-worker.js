/* SSB Atlas service worker: keeps the explorer usable offline (a lecture hall with bad wifi).
 *
 * The build fills PRECACHE with what a browser that runs service workers can use (scripts,
 * stylesheets, woff2 fonts, icons, the manifest: no woff or ttf), VERSION with a hash of that list
 * and ENTRY with the entry script of this build.
 *
 * Updates never break an open tab:
 * - a new worker installs its own cache and then WAITS: it takes over only when the user accepts
 *   the "new version" note (the page posts SKIP_WAITING) or when every tab of the old version is
 *   closed (the browser's own rule for a waiting worker);
 * - old caches are kept as long as a tab still runs their version (each tab says which entry
 *   script it runs), and every asset request looks in every cache, so an old tab can still open a
 *   view it had not opened before.
 * Page navigations are served from the cache (the app shell of this worker's version) and fall back
 * to the network only when the cache has no copy: a reload on a network that connects but never
 * answers shows the cached app at once. Only same-origin GETs are handled. */
const PRECACHE = __PRECACHE__;
const VERSION = __VERSION__;
const ENTRY = __ENTRY__;
const PREFIX = 'ssb-atlas-';
const CACHE = `${PREFIX}${VERSION}`;
/** A record in each cache of the entry script it belongs to, so that old caches can be matched to tabs. */
const ENTRY_KEY = '/__ssb-atlas-entry';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(PRECACHE);
      await cache.put(ENTRY_KEY, new Response(ENTRY));
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(removeUnusedCaches));
});

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
  if (data.type === 'HELLO') event.waitUntil(removeUnusedCaches());
});

/** Asks one tab which entry script it runs; a tab that does not answer within 2 s counts as unknown. */
function entryOf(client) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 2000);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(typeof e.data?.entry === 'string' ? e.data.entry : null);
    };
    client.postMessage({ type: 'WHICH_ENTRY' }, [channel.port2]);
  });
}

/** Deletes the caches of versions that no open tab runs any more (never this worker's own).
 * While a newer version installs or waits, nothing is deleted: its cache is not used by any tab yet
 * and must survive until it takes over (it cleans up itself when it activates). Without this, a
 * second tab's hello made the old worker delete the waiting version's precache. */
async function removeUnusedCaches() {
  if (self.registration.installing || self.registration.waiting) return;
  const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const entries = await Promise.all(tabs.map(entryOf));
  // A tab that could not say what it runs may need any version: keep everything then.
  if (entries.includes(null)) return;
  const inUse = new Set(entries);
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const marker = await (await caches.open(key)).match(ENTRY_KEY);
    const entry = marker ? await marker.text() : null;
    if (!entry || !inUse.has(entry)) await caches.delete(key);
  }
}

/** The copy in this version's cache first, then in any older one that is still kept. */
async function cached(request) {
  // ignoreVary: servers send "Vary: Origin" and module scripts carry an Origin header that the
  // precache requests did not, so a strict match would miss every script when offline.
  const own = await caches.open(CACHE).then((c) => c.match(request, { ignoreVary: true }));
  return own ?? caches.match(request, { ignoreVary: true });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches
        .open(CACHE)
        .then((c) => c.match('/index.html', { ignoreVary: true }))
        .then((shell) => shell ?? fetch(request)),
    );
    return;
  }
  event.respondWith(cached(request).then((hit) => hit ?? fetch(request)));
});
