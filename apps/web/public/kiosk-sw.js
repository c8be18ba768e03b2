/* Kinerja360 kiosk service worker: keeps /kiosk and its assets available offline. */
const CACHE = 'k360-kiosk-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const res = await fetch('/kiosk', { cache: 'no-store' });
      const html = await res.clone().text();
      await cache.put('/kiosk', res);
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      await cache.addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  if (event.request.mode === 'navigate' && url.pathname === '/kiosk') {
    // Network first, so a new version arrives when online; the cached page when not.
    event.respondWith(
      fetch(event.request)
        .then(async (res) => {
          (await caches.open(CACHE)).put('/kiosk', res.clone());
          return res;
        })
        .catch(async () => (await caches.match('/kiosk')) || Response.error()),
    );
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ||
          fetch(event.request).then(async (res) => {
            (await caches.open(CACHE)).put(event.request, res.clone());
            return res;
          }),
      ),
    );
  }
});
