import { INDEX_LANGUAGE } from '../../lib/search/encode.ts';
import type { SearchMeta } from '../../lib/search/meta.ts';
import { withBase } from '../../lib/base.ts';
import { bundlePath } from '../../lib/search/bundles.ts';

/** The part of Pagefind's browser API we use. */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  search(term: string | null, options?: { filters?: object }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A sample found by search: its stored meta and its searchable text, decoded from the index words. */
export interface FoundSample {
  meta: SearchMeta;
  text: string;
}

export interface Candidate {
  load(): Promise<FoundSample>;
}

// Pagefind takes an instance's language from <html lang> when it is created, so the
// document says INDEX_LANGUAGE for that one synchronous call.
let instance: Promise<PagefindInstance> | null = null;

function pagefind(): Promise<PagefindInstance> {
  instance ??= load().catch((error: unknown) => {
    // A failed load is not kept, so the next search loads again: browsers fetch a module again
    // after its fetch failed (the HTML module map no longer caches failures).
    instance = null;
    throw error;
  });
  return instance;
}

async function load(): Promise<PagefindInstance> {
  const url = withBase(`${bundlePath(0)}pagefind.js`);
  const module = (await import(/* @vite-ignore */ url)) as { createInstance(options: object): PagefindInstance };
  const html = document.documentElement;
  const lang = html.lang;
  html.lang = INDEX_LANGUAGE;
  let created: PagefindInstance;
  try {
    // In the page, not a worker: one script fewer to download (pagefind-worker.js, 43 kB),
    // and searches over one record per sample are quick.
    created = module.createInstance({ noWorker: true });
  } finally {
    html.lang = lang;
  }
  await created.init();
  // A large library's index comes in several bundles (src/lib/search/bundles.ts): the page says how many.
  const bundles = Number(document.querySelector<HTMLElement>('[data-search-bundles]')?.dataset.searchBundles ?? '1');
  await Promise.all(Array.from({ length: bundles - 1 }, (_, i) => created.mergeIndex(withBase(bundlePath(i + 1)))));
  // Loads the filter index, so every search also counts the results per filter value.
  await created.filters();
  return created;
}

/** Run a Pagefind search; `term` null lists every sample the filters allow. */
export async function search(
  term: string | null,
  filters: object,
): Promise<{ candidates: Candidate[]; counts: Record<string, Record<string, number>> }> {
  const pf = await pagefind();
  const response = await pf.search(term, { filters });
  return {
    counts: response.filters,
    candidates: response.results.map((r) => ({
      load: async () => {
        const data = await r.data();
        return { meta: JSON.parse(data.meta.sample ?? '{}') as SearchMeta, text: data.content };
      },
    })),
  };
}
