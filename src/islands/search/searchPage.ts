// The search page: reads its state from the URL, runs the phrase through Pagefind, confirms
// every match on the sample's text and renders results as text nodes.
import { phraseQuery } from '../../lib/search/encode.ts';
import { withBase } from '../../lib/base.ts';
import { resultUrl, sampleUrl } from '../../lib/search/links.ts';
import { sampleHits, type Excerpt, type SampleHits } from '../../lib/search/matches.ts';
import { FILTER_KEYS, searchFilters } from '../../lib/search/meta.ts';
import { allows, formatState, hasFilters, pagefindFilters, parseState, type SearchState } from '../../lib/search/state.ts';
import { ROLES, type Role } from '../../lib/structure/partRoles.ts';
import { search, type Candidate, type FoundSample } from './pagefindClient.ts';

/** Samples shown before the reader asks for more. */
const BATCH = 50;
const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const list = results.querySelector<HTMLOListElement>('ol')!;
const more = results.querySelector<HTMLButtonElement>('button[data-more]')!;
const retry = document.querySelector<HTMLButtonElement>('button[data-retry]')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const roleSet = form.querySelector<HTMLFieldSetElement>('fieldset[data-filter="role"]')!;

interface Run {
  id: number;
  state: SearchState;
  /** The phrase as typed, trimmed; empty when only browsing by filters. */
  phrase: string;
  /** True when every candidate's text is checked (a phrase too short for the index): counts grow as they are. */
  scan: boolean;
  candidates: Candidate[];
  /** Matching samples per filter value, counted while checking (scan only). */
  scanCounts: Record<string, Record<string, number>>;
  next: number;
  samples: number;
  occurrences: number;
  roleSamples: Map<Role, number>;
}
let current: Run | null = null;
let runs = 0;

function stateFromForm(): SearchState {
  return parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const chosen: readonly string[] = box.name === 'role' ? state.roles : (state.filters[box.name as (typeof FILTER_KEYS)[number]] ?? []);
    box.checked = chosen.includes(box.value);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function excerptNode(e: Excerpt): HTMLElement {
  return el('p', { className: 'excerpt' }, e.clippedStart ? '…' : '', e.before, el('mark', {}, e.match), e.after, e.clippedEnd ? '…' : '');
}

function chips(found: FoundSample): HTMLElement {
  const { genre, level, perspective, organ, year, period } = found.meta;
  // Summaries are the rule: only another genre, like an individual's text, is worth a chip.
  const values = [genre === '工作总结' ? null : genre, level, perspective === '个人总结' ? perspective : null, organ, year, period].filter(
    (v): v is string => v !== null,
  );
  return el('ul', { className: 'chips' }, ...values.map((v) => el('li', { className: 'chip' }, v)));
}

function resultNode(found: FoundSample, q: string, hits: SampleHits | null): HTMLLIElement {
  const { id, title, label } = found.meta;
  const item = el('li', { className: 'result' });
  item.dataset.sample = id;
  const name = el('a', { href: resultUrl(id, q, hits) }, title);
  if (label !== null) name.append(el('span', { className: 'title-label' }, `（${label}）`));
  item.append(el('h2', {}, name), chips(found));
  if (hits) {
    item.append(el('p', { className: 'muted text-sm' }, `本篇 ${hits.occurrences} 处`));
    const sections = el('ol', { className: 'hits' });
    for (const s of hits.sections) {
      const where = el('a', { href: sampleUrl(id, q, s.section.anchor) }, s.section.label);
      const head = el('p', { className: 'hit-where' }, where, s.count > 1 ? `（${s.count} 处）` : '');
      sections.append(el('li', {}, head, excerptNode(s.excerpt)));
    }
    item.append(sections);
  }
  return item;
}

function setCounts(counts: Record<string, Record<string, number>>, run: Run): void {
  for (const label of form.querySelectorAll<HTMLElement>('[data-filter-count]')) {
    const box = label.closest('label')!.querySelector<HTMLInputElement>('input')!;
    const n =
      box.name === 'role'
        ? run.phrase === ''
          ? undefined
          : (run.roleSamples.get(box.value as Role) ?? 0)
        : (counts[box.name]?.[box.value] ?? 0);
    label.textContent = n === undefined ? '' : `（${n}）`;
  }
}

function announce(run: Run): void {
  const done = run.next >= run.candidates.length;
  delete status.dataset.error;
  retry.hidden = true;
  status.dataset.samples = String(run.samples);
  status.dataset.occurrences = String(run.occurrences);
  status.dataset.complete = String(done);
  if (run.phrase === '') {
    status.textContent = `共 ${run.samples} 篇范文`;
  } else if (done) {
    status.textContent = `“${run.phrase}”：共 ${run.samples} 篇，${run.occurrences} 处`;
  } else if (run.scan || run.state.roles.length > 0) {
    status.textContent = `“${run.phrase}”：已查 ${run.next} / ${run.candidates.length} 篇，其中 ${run.samples} 篇含此短语，${run.occurrences} 处`;
  } else {
    status.textContent = `“${run.phrase}”：共 ${run.candidates.length} 篇，已列出 ${list.children.length} 篇中的 ${run.occurrences} 处`;
  }
  empty.hidden = !(done && run.samples === 0);
  more.hidden = done;
}

/**
 * Load candidates until `BATCH` more samples are shown. With a role filter or a one-character
 * phrase not every candidate is shown, so candidates are checked until enough are.
 */
async function showMore(run: Run): Promise<void> {
  results.setAttribute('aria-busy', 'true');
  const q = run.phrase;
  let shown = 0;
  while (run.next < run.candidates.length && shown < BATCH) {
    const batch = run.candidates.slice(run.next, run.next + BATCH - shown);
    run.next += batch.length;
    const found = await Promise.all(batch.map((c) => c.load()));
    if (run.id !== runs) return;
    for (const f of found) {
      if (q === '') {
        list.append(resultNode(f, '', null));
        shown++;
        run.samples++;
        continue;
      }
      // The index answers exactly; the text check guards what is shown all the same.
      const every = sampleHits(f.meta, f.text, q);
      if (every.occurrences === 0) continue;
      if (run.scan) {
        // Scanning goes over every sample, so the counts cover the phrase without filters, as Pagefind's do.
        const values = searchFilters(f.meta);
        for (const [key, vs] of Object.entries(values))
          for (const v of vs) (run.scanCounts[key] ??= {})[v] = (run.scanCounts[key]?.[v] ?? 0) + 1;
        if (!allows(run.state, values)) continue;
      }
      for (const role of ROLES)
        if (every.sections.some((s) => s.section.role === role)) run.roleSamples.set(role, (run.roleSamples.get(role) ?? 0) + 1);
      const hits = run.state.roles.length > 0 ? sampleHits(f.meta, f.text, q, run.state.roles) : every;
      if (hits.occurrences === 0) continue;
      list.append(resultNode(f, q, hits));
      shown++;
      run.samples++;
      run.occurrences += hits.occurrences;
    }
  }
  announce(run);
  if (run.scan) setCounts(run.scanCounts, run);
  results.setAttribute('aria-busy', 'false');
}

/**
 * A script or an index file did not load (offline, a server error): say so, drop what the failed
 * search would have replaced, and offer to search again. The reader is never left waiting.
 */
function failed(error: unknown): void {
  console.error(error);
  list.replaceChildren();
  empty.hidden = true;
  more.hidden = true;
  delete status.dataset.samples;
  delete status.dataset.occurrences;
  delete status.dataset.complete;
  status.dataset.error = '';
  status.textContent = '搜索索引加载失败，请检查网络后重试';
  retry.hidden = false;
  results.setAttribute('aria-busy', 'false');
}

async function run(state: SearchState): Promise<void> {
  const id = ++runs;
  try {
    results.setAttribute('aria-busy', 'true');
    const query = phraseQuery(state.q);
    roleSet.disabled = query === null;
    const plain = { ...state, roles: query === null ? [] : state.roles };
    const filtered = hasFilters({ ...plain, roles: [] });
    // A phrase too short for the index is checked on every sample; filters then apply to what matches.
    const term = query?.kind === 'index' ? query.term : null;
    const scan = query?.kind === 'scan';
    const [everything, chosen] = await Promise.all([search(term, {}), filtered && !scan ? search(term, pagefindFilters(plain)) : null]);
    if (id !== runs) return;
    const r: Run = {
      id,
      state: plain,
      phrase: query === null ? '' : state.q.trim(),
      scan,
      candidates: (scan ? everything : (chosen ?? everything)).candidates,
      scanCounts: {},
      next: 0,
      samples: 0,
      occurrences: 0,
      roleSamples: new Map(),
    };
    current = r;
    list.replaceChildren();
    await showMore(r);
    if (id === runs && !scan) setCounts(everything.counts, r);
  } catch (error) {
    if (id === runs) failed(error);
  }
}

function go(push: boolean): void {
  const state = stateFromForm();
  const url = `${withBase('/search/')}${formatState(state)}`;
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(state);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => go(false), DEBOUNCE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  go(true);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]')) go(true);
});
more.addEventListener('click', async () => {
  if (!current) return;
  const shown = current;
  const before = list.children.length;
  try {
    await showMore(shown);
  } catch (error) {
    if (shown.id === runs) failed(error);
    return;
  }
  // Keyboard and screen-reader users continue at the first sample just added.
  list.children[before]?.querySelector('a')?.focus();
});
retry.addEventListener('click', () => {
  // The button goes away with the message; the search box is where the reader continues.
  input.focus();
  retry.hidden = true;
  status.textContent = '正在重新加载搜索索引…';
  go(false);
});
window.addEventListener('popstate', () => {
  const state = parseState(location.search);
  fillForm(state);
  void run(state);
});

const initial = parseState(location.search);
fillForm(initial);
// Filters stand beside the results on wide screens; on a phone they stay folded unless in use.
const filters = form.querySelector<HTMLDetailsElement>('details.search-filters')!;
filters.open = matchMedia('(min-width: 48rem)').matches || hasFilters(initial);
void run(initial);
