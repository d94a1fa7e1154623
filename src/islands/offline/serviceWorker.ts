// The service worker (`sw.js` at the base, bundled after the build by src/build/offline.ts with
// the build's version and shell). It keeps the shell from the first visit and every page and
// search chunk the reader fetches, so a sample read and a search run before work offline.
// Pages and other files whose names do not change are fetched from the network first (a
// reader online always gets the current site), files named by their content from the cache.
// An update activates at once; each kept file it changed is refetched and each it removed is
// dropped, so the next visit shows the new site and nothing stale stays.
import { cacheKey, isImmutable, isOwnCache, keptCache, MANIFEST, shellCache } from '../../lib/offline/caches.ts';
import { OFFLINE_PAGE, type OfflineManifest } from '../../lib/offline/manifest.ts';

/** Written in by the build: the version (a digest of every file) and the shell to keep at install. */
declare const __OFFLINE__: { version: string; shell: string[] };

// The parts of the service worker scope used here (the WebWorker lib cannot share a program with the DOM lib).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
/** The absolute URL of the base, ending in `/`: every kept URL starts with it. */
const scope = sw.registration.scope;
const SHELL = shellCache(scope, __OFFLINE__.version);
const KEPT = keptCache(scope);
/** How long a page waits for a slow network before the kept copy answers (the network's answer still updates it). */
const NETWORK_WAIT_MS = 4000;

const at = (path: string) => new URL(path, scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await shell.addAll(__OFFLINE__.shell.map((path) => new Request(at(path), { cache: 'no-cache' })));
      // The page that registered the worker was fetched before the worker ran: keep it as if visited.
      const kept = await caches.open(KEPT);
      for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        if (client.url.startsWith(scope)) await kept.add(cacheKey(client.url)).catch(() => undefined);
      }
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await refreshKept();
      for (const name of await caches.keys()) if (isOwnCache(scope, name) && name !== SHELL && name !== KEPT) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

/**
 * Bring the kept files to the version now served: compare the manifest they were kept under with
 * the current one, refetch what changed, drop what is gone, and keep the current manifest.
 */
async function refreshKept(): Promise<void> {
  const current = await fetch(at(MANIFEST), { cache: 'no-cache' }).catch(() => null);
  // Offline while activating: the kept files stay as they are until the next update.
  if (!current?.ok) return;
  const kept = await caches.open(KEPT);
  const next = (await current.clone().json()) as OfflineManifest;
  const stored = await kept.match(at(MANIFEST));
  if (stored) {
    const previous = (await stored.json()) as OfflineManifest;
    for (const request of await kept.keys()) {
      const path = request.url.slice(scope.length);
      if (path === MANIFEST) continue;
      const now = next.files[path];
      if (now === undefined) await kept.delete(request);
      else if (previous.files[path]?.hash !== now.hash)
        await kept.add(new Request(request.url, { cache: 'no-cache' })).catch(() => kept.delete(request));
    }
  }
  await kept.put(at(MANIFEST), current);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const path = cacheKey(request.url).slice(scope.length);
  // The manifest kept is the one the kept files match: read it when offline, never overwrite it here.
  if (path === MANIFEST) event.respondWith(fetch(request).catch(async () => (await caches.match(at(MANIFEST))) ?? Response.error()));
  else event.respondWith(isImmutable(path) ? cacheFirst(request) : networkFirst(request));
});

async function keep(key: string, response: Response): Promise<void> {
  // A redirected response cannot answer a navigation; an error is no copy worth keeping.
  if (response.ok && response.type === 'basic' && !response.redirected) await (await caches.open(KEPT)).put(key, response.clone());
}

async function cacheFirst(request: Request): Promise<Response> {
  const key = cacheKey(request.url);
  const copy = await caches.match(key);
  if (copy) return copy;
  const response = await fetch(request);
  await keep(key, response);
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  const key = cacheKey(request.url);
  const network = fetch(request).then(async (response) => {
    await keep(key, response);
    return response;
  });
  // When a kept copy answers, no one awaits the network's failure.
  network.catch(() => undefined);
  const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), NETWORK_WAIT_MS));
  const first = await Promise.race([network, waited]).catch(() => null);
  if (first) return first;
  const copy = await caches.match(key);
  if (copy) return copy;
  // A page not kept, offline: the 离线阅读 page says so and lists what is kept.
  if (request.mode === 'navigate') {
    const page = await caches.match(at(OFFLINE_PAGE));
    if (page) return page;
  }
  return network;
}
