// The search page: reads its state from the URL, runs the phrase through Pagefind, confirms
// every match on the sample's text and renders results as text nodes.
import { phraseQuery } from '../../lib/search/encode.ts';
import { withBase } from '../../lib/base.ts';
import { resultUrl, sampleUrl } from '../../lib/search/links.ts';
import { facetCounts, facetQueries, mergeFacetCounts, passes, type FacetCounts, type FacetedResult } from '../../lib/search/facetCounts.ts';
import { hitRoles, sampleHits, type Excerpt, type SampleHits } from '../../lib/search/matches.ts';
import { FILTER_KEYS, searchFilters } from '../../lib/search/meta.ts';
import {
  FACET_GROUPS,
  emptyFilters,
  facetSelection,
  formatState,
  hasFilters,
  pagefindFilters,
  parseState,
  RESULT_BATCH,
  type SearchState,
} from '../../lib/search/state.ts';
import { queryVariants } from '../../lib/search/variants.ts';
import { search, type Candidate, type FoundSample } from './pagefindClient.ts';

/** Samples shown before the reader asks for more. */
const DEBOUNCE_MS = 250;
/** A query finding fewer samples than this is offered its variants (other case, width, quotes) that find more. */
const FEW = 3;
/** Variants offered at most, those finding most first. */
const SUGGESTIONS = 3;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const list = results.querySelector<HTMLOListElement>('ol')!;
const more = results.querySelector<HTMLButtonElement>('button[data-more]')!;
const retry = document.querySelector<HTMLButtonElement>('button[data-retry]')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const emptyReason = empty.querySelector<HTMLElement>('[data-empty-reason]')!;
const emptyPhrase = empty.querySelector<HTMLElement>('[data-empty-phrase]')!;
const suggest = document.querySelector<HTMLElement>('#search-suggest')!;
const roleSet = form.querySelector<HTMLFieldSetElement>('fieldset[data-filter="role"]')!;
const filters = form.querySelector<HTMLDetailsElement>('details.search-filters')!;
const clearButtons = document.querySelectorAll<HTMLButtonElement>('button[data-clear-filters]');
const panelClear = filters.querySelector<HTMLButtonElement>('button[data-clear-filters]')!;
const emptyClear = empty.querySelector<HTMLButtonElement>('button[data-clear-filters]')!;
const chosenNote = filters.querySelector<HTMLElement>('[data-filters-chosen]')!;
const jump = filters.querySelector<HTMLButtonElement>('button[data-jump]')!;

interface Run {
  id: number;
  state: SearchState;
  /** The phrase as typed, trimmed; empty when only browsing by filters. */
  phrase: string;
  /**
   * True when the page checks every sample containing the phrase itself and applies the filters to
   * them (a phrase too short for the index, or a role chosen, which no index filter knows): the
   * counts are known once every candidate is checked.
   */
  local: boolean;
  candidates: Candidate[];
  /** Samples containing the phrase, filters aside; null until known. */
  unfiltered: number | null;
  /** The samples listed (index) or checked (local) so far, each with its filter values and the roles of its matches. */
  checked: FacetedResult[];
  /** The index's counts of the filters (index only; the roles' come from `checked`). */
  indexCounts: FacetCounts | null;
  next: number;
  samples: number;
  occurrences: number;
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
    // A ticked value can always be unticked, whatever the last counts said.
    if (box.checked) box.disabled = false;
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

const complete = (run: Run) => run.next >= run.candidates.length;

/** Counts per group that are known: every count shown is what ticking or unticking that value gives. */
function knownCounts(run: Run): Partial<FacetCounts> {
  const done = complete(run);
  if (run.local) return done ? facetCounts(run.checked, facetSelection(run.state), FACET_GROUPS) : {};
  // Without a role chosen, the index lists exactly the samples with every filter: their roles are counted once all are checked.
  const roles = done && run.phrase !== '' ? facetCounts(run.checked, {}, ['role']) : {};
  return { ...run.indexCounts, ...roles };
}

function setCounts(run: Run): void {
  const counts = knownCounts(run);
  for (const label of form.querySelectorAll<HTMLElement>('[data-filter-count]')) {
    const box = label.closest('label')!.querySelector<HTMLInputElement>('input')!;
    const group = counts[box.name];
    const n = group === undefined ? undefined : (group[box.value] ?? 0);
    label.textContent = n === undefined ? '' : `（${n}）`;
    // A value that would list nothing cannot be ticked; a ticked one can always be unticked.
    box.disabled = n === 0 && !box.checked;
  }
}

/** How many results the current filters give, once known. */
function total(run: Run): number | null {
  return run.local ? (complete(run) ? run.samples : null) : run.candidates.length;
}

function announce(run: Run): void {
  const done = run.next >= run.candidates.length;
  delete status.dataset.error;
  retry.hidden = true;
  jump.hidden = false;
  status.dataset.samples = String(run.samples);
  status.dataset.occurrences = String(run.occurrences);
  status.dataset.complete = String(done);
  if (run.phrase === '') {
    // Every sample the filters allow, not only the batches listed so far.
    status.textContent = done ? `共 ${run.samples} 篇范文` : `共 ${total(run) ?? run.samples} 篇范文，已列出 ${list.children.length} 篇`;
  } else if (done) {
    status.textContent = `“${run.phrase}”：共 ${run.samples} 篇，${run.occurrences} 处`;
  } else if (run.local) {
    status.textContent = `“${run.phrase}”：已查 ${run.next} / ${run.candidates.length} 篇，其中 ${run.samples} 篇含此短语，${run.occurrences} 处`;
  } else {
    status.textContent = `“${run.phrase}”：共 ${run.candidates.length} 篇，已列出 ${list.children.length} 篇中的 ${run.occurrences} 处`;
  }
  const none = done && run.samples === 0;
  empty.hidden = !none;
  if (none) {
    // Say what excludes everything: the phrase itself, or the filters (then one click clears them).
    const byPhrase = run.phrase !== '' && run.unfiltered === 0;
    empty.dataset.emptyReason = byPhrase ? 'phrase' : 'filters';
    emptyReason.textContent = byPhrase
      ? `没有范文包含“${run.phrase}”。`
      : run.phrase === ''
        ? '没有范文符合所选的筛选条件。'
        : `有 ${run.unfiltered} 篇范文包含“${run.phrase}”，但都不符合所选的筛选条件。`;
    emptyPhrase.hidden = !byPhrase;
    emptyClear.hidden = byPhrase;
  }
  more.hidden = done;
  const n = total(run);
  jump.textContent = n === null ? '查看结果' : `查看 ${n} 篇`;
}

/**
 * Load candidates until `RESULT_BATCH` more samples are shown. With a role filter or a one-character
 * phrase not every candidate is shown, so candidates are checked until enough are.
 */
async function showMore(run: Run): Promise<void> {
  results.setAttribute('aria-busy', 'true');
  const q = run.phrase;
  let shown = 0;
  while (run.next < run.candidates.length && shown < RESULT_BATCH) {
    const batch = run.candidates.slice(run.next, run.next + RESULT_BATCH - shown);
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
      const result = { values: { ...searchFilters(f.meta), role: hitRoles(every) } };
      run.checked.push(result);
      if (run.local && !passes(result.values, facetSelection(run.state))) continue;
      const hits = run.state.roles.length > 0 ? sampleHits(f.meta, f.text, q, run.state.roles) : every;
      list.append(resultNode(f, q, hits));
      shown++;
      run.samples++;
      run.occurrences += hits.occurrences;
    }
  }
  if (run.local && complete(run)) run.unfiltered = run.checked.length;
  announce(run);
  setCounts(run);
  results.setAttribute('aria-busy', 'false');
  void suggestVariants(run);
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
  suggest.hidden = true;
  suggest.setAttribute('aria-busy', 'false');
  jump.hidden = true;
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
  showChoices(state);
  try {
    results.setAttribute('aria-busy', 'true');
    suggest.hidden = true;
    suggest.setAttribute('aria-busy', 'true');
    const query = phraseQuery(state.q);
    roleSet.disabled = query === null;
    const plain = { ...state, roles: query === null ? [] : state.roles };
    // A phrase too short for the index is checked on every sample, and so is a phrase with a role
    // chosen; filters then apply to what matches.
    const term = query?.kind === 'index' ? query.term : null;
    const local = query?.kind === 'scan' || plain.roles.length > 0;
    const r: Run = {
      id,
      state: plain,
      phrase: query === null ? '' : state.q.trim(),
      local,
      candidates: [],
      unfiltered: null,
      checked: [],
      indexCounts: null,
      next: 0,
      samples: 0,
      occurrences: 0,
    };
    if (local) {
      r.candidates = (await search(term, {})).candidates;
    } else {
      // One query for the whole selection, and one per filter with a choice, without it: its values' counts.
      const queries = facetQueries(facetSelection({ ...plain, roles: [] }));
      const everything = hasFilters(plain) ? search(term, {}) : null;
      const answers = await Promise.all(queries.map((fq) => search(term, pagefindFilters(fq.selection))));
      const whole = answers[0]!;
      r.candidates = whole.candidates;
      r.unfiltered = (everything === null ? whole : await everything).candidates.length;
      r.indexCounts = mergeFacetCounts(
        FILTER_KEYS,
        queries.map((fq, i) => ({ group: fq.group, counts: answers[i]!.counts })),
      );
    }
    if (id !== runs) return;
    current = r;
    list.replaceChildren();
    await showMore(r);
  } catch (error) {
    if (id === runs) failed(error);
  }
}

/** The query with its filters (roles aside: the index counts without them), as a URL on this page. */
function variantState(run: Run, q: string): SearchState {
  return { q, filters: run.state.filters, roles: [] };
}

/** The variants of a run's phrase that find more samples with its filters, most first; null when the run was replaced. */
async function betterVariants(run: Run): Promise<{ q: string; count: number }[] | null> {
  const found: { q: string; count: number }[] = [];
  for (const q of queryVariants(run.phrase)) {
    const query = phraseQuery(q);
    // A variant too short for the index would need every sample checked: not worth it for a hint.
    if (query?.kind !== 'index') continue;
    const count = (await search(query.term, pagefindFilters(facetSelection(variantState(run, q))))).candidates.length;
    if (run.id !== runs) return null;
    if (count > run.samples) found.push({ q, count });
  }
  return found.sort((a, b) => b.count - a.count).slice(0, SUGGESTIONS);
}

/**
 * When a query finds nothing or few, offer the variants (other case, width, no quotes) that find
 * more, each with the number of samples a click lists; never a silent zero. `#search-suggest` is
 * busy until that is settled.
 */
async function suggestVariants(run: Run): Promise<void> {
  let best: { q: string; count: number }[] | null = [];
  try {
    if (run.phrase !== '' && complete(run) && run.samples < FEW) best = await betterVariants(run);
  } catch (error) {
    // A hint that could not be counted is left out; the results stand.
    console.error(error);
  }
  if (best === null) return;
  suggest.replaceChildren();
  if (best.length > 0) suggest.append('也可以：');
  for (const [i, v] of best.entries()) {
    const link = el('a', { href: `${withBase('/search/')}${formatState(variantState(run, v.q))}` }, `改搜 ${v.q}（${v.count} 篇）`);
    link.dataset.suggest = v.q;
    link.dataset.count = String(v.count);
    suggest.append(i === 0 ? '' : '；', link);
  }
  suggest.hidden = best.length === 0;
  suggest.setAttribute('aria-busy', 'false');
}

/** The number of filters chosen, by the filters' summary, and 清除筛选 while there are any. */
function showChoices(state: SearchState): void {
  const n = FILTER_KEYS.reduce((k, key) => k + state.filters[key].length, state.roles.length);
  chosenNote.textContent = n === 0 ? '' : `（已选 ${n} 项）`;
  panelClear.hidden = n === 0;
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
for (const button of clearButtons) {
  button.addEventListener('click', () => {
    fillForm({ q: input.value, filters: emptyFilters(), roles: [] });
    // The button goes away with the filters; the filters' summary is where the reader continues.
    filters.querySelector('summary')!.focus();
    go(true);
  });
}
jump.addEventListener('click', () => {
  status.scrollIntoView({ block: 'start' });
  status.focus({ preventScroll: true });
});
suggest.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggest]');
  if (link === null || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  fillForm(parseState(new URL(link.href).search));
  input.focus();
  go(true);
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
filters.open = matchMedia('(min-width: 48rem)').matches || hasFilters(initial);
void run(initial);
