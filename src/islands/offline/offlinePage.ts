// The 离线阅读 page: lists the pages this browser keeps (from Cache Storage, titled by the build's
// manifest), offers to keep the whole site while it is small enough, and, when the service
// worker shows this page in place of a page not kept, says so.
import { withBase } from '../../lib/base.ts';
import { isOwnCache, keptCache, MANIFEST } from '../../lib/offline/caches.ts';
import { OFFLINE_PAGE, SAVE_ALL_LIMIT, type OfflineManifest } from '../../lib/offline/manifest.ts';
import { bytesLabel } from '../../lib/view/bytes.ts';

/** Parallel downloads while saving the whole site: a few, so a phone's connection stays usable. */
const PARALLEL = 4;

const scope = new URL(withBase('/'), location.href).href;
const status = document.querySelector<HTMLElement>('#offline-status')!;
const save = document.querySelector<HTMLElement>('#offline-save')!;
const button = save.querySelector<HTMLButtonElement>('button[data-save-all]')!;
const progress = save.querySelector<HTMLProgressElement>('progress')!;
const keptSection = document.querySelector<HTMLElement>('#offline-kept-section')!;
const list = document.querySelector<HTMLUListElement>('#offline-kept')!;

if (location.origin + location.pathname !== scope + OFFLINE_PAGE) document.querySelector<HTMLElement>('#offline-missing')!.hidden = false;

function say(text: string): void {
  status.textContent = text;
  status.setAttribute('aria-busy', 'false');
}

/** Paths (relative to the base) this deployment keeps in any of its caches. */
async function keptPaths(): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const name of await caches.keys()) {
    if (!isOwnCache(scope, name)) continue;
    for (const request of await (await caches.open(name)).keys()) paths.add(request.url.slice(scope.length));
  }
  return paths;
}

async function show(manifest: OfflineManifest, note = ''): Promise<void> {
  const kept = await keptPaths();
  const files = Object.entries(manifest.files);
  const pages = files.filter(([path, entry]) => entry.title !== undefined && path !== '404.html' && kept.has(path));
  list.replaceChildren(
    ...pages.map(([path, entry]) => {
      const item = document.createElement('li');
      item.dataset.path = path;
      item.append(Object.assign(document.createElement('a'), { href: scope + path, textContent: entry.title }));
      return item;
    }),
  );
  keptSection.hidden = pages.length === 0;
  const keptBytes = files.reduce((n, [path, entry]) => n + (kept.has(path) ? entry.bytes : 0), 0);
  const missing = files.filter(([path]) => !kept.has(path)).length;
  const whole = `全站 ${files.length} 个文件，${bytesLabel(manifest.bytes)}`;
  save.hidden = missing === 0 || manifest.bytes > SAVE_ALL_LIMIT;
  button.dataset.bytes = String(manifest.bytes);
  save.querySelector('[data-save-size]')!.textContent = bytesLabel(manifest.bytes);
  const state =
    missing === 0
      ? `全站都已保存在这台设备上（${bytesLabel(manifest.bytes)}），断网后每一页都能打开。`
      : `这台设备上已保存 ${pages.length} 页（连同样式和搜索数据共 ${bytesLabel(keptBytes)}）。${manifest.bytes > SAVE_ALL_LIMIT ? `${whole}，较大，只保存打开过的页面。` : ''}`;
  say(note + state);
}

async function saveAll(manifest: OfflineManifest): Promise<void> {
  const kept = await keptPaths();
  const todo = Object.keys(manifest.files).filter((path) => !kept.has(path));
  const cache = await caches.open(keptCache(scope));
  button.disabled = true;
  progress.max = todo.length;
  progress.value = 0;
  progress.hidden = false;
  status.setAttribute('aria-busy', 'true');
  status.textContent = `正在保存全站（${todo.length} 个文件）……`;
  let failed = 0;
  const next = async (): Promise<void> => {
    for (let path = todo.shift(); path !== undefined; path = todo.shift()) {
      await cache.add(scope + path).catch(() => failed++);
      progress.value++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  progress.hidden = true;
  button.disabled = false;
  await show(manifest, failed > 0 ? `有 ${failed} 个文件没能保存，请联网后再试。` : '');
}

async function start(): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('这个浏览器或这个网址不能离线保存本站：需要通过 HTTPS 网址或本机地址访问，且不在无痕窗口中。');
    return;
  }
  const manifest = await fetch(withBase(`/${MANIFEST}`))
    .then((r) => (r.ok ? (r.json() as Promise<OfflineManifest>) : null))
    .catch(() => null);
  if (!manifest) {
    say('暂时读不到本站的离线清单，请联网后再打开这一页。');
    return;
  }
  button.addEventListener('click', () => void saveAll(manifest));
  // The first visit's worker keeps the shell while this page shows: list again once it takes over.
  navigator.serviceWorker.addEventListener('controllerchange', () => void show(manifest));
  await show(manifest);
}

void start();
