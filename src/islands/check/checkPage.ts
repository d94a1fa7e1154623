// The draft checker: the structure engine runs here, in the browser, on every pause in typing.
// The draft never leaves the page: it is kept in localStorage only, until the reader clears it.
import { checkDraft } from '../../lib/check/report.ts';
import type { SampleFeatures } from '../../lib/check/similar.ts';
import { fileText } from './fileInput.ts';
import { renderReport } from './render.ts';

const STORAGE_KEY = 'fanwenku:check-draft';
const DEBOUNCE_MS = 300;

const draft = document.querySelector<HTMLTextAreaElement>('textarea#draft')!;
const fileInput = document.querySelector<HTMLInputElement>('input#draft-file')!;
const clear = document.querySelector<HTMLButtonElement>('button[data-clear]')!;
const results = document.getElementById('check-results')!;
const status = document.getElementById('check-status')!;
const samples = JSON.parse(document.getElementById('check-samples')!.textContent!) as SampleFeatures[];

// Storage may be unavailable (private mode, blocked); the checker works without it.
function save(text: string): void {
  try {
    if (text === '') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, text);
  } catch {
    /* not kept across reloads */
  }
}
function load(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** A User Timing measure per analysis (devtools show it; `npm run bench:check` reads it). */
const MEASURE_ANALYZE = 'check:analyze';

function analyze(): void {
  const text = draft.value;
  const started = performance.now();
  const report = checkDraft(text, samples);
  performance.measure(MEASURE_ANALYZE, { start: started, detail: { chars: report.chars } });
  renderReport(report, text.trim() === '');
  results.dataset.chars = String(report.chars);
  results.setAttribute('aria-busy', 'false');
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  results.setAttribute('aria-busy', 'true');
  clearTimeout(timer);
  timer = setTimeout(analyze, DEBOUNCE_MS);
}

function setDraft(text: string): void {
  draft.value = text;
  save(text);
  clearTimeout(timer);
  analyze();
}

draft.addEventListener('input', () => {
  save(draft.value);
  schedule();
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  results.setAttribute('aria-busy', 'true');
  const read = await fileText(file);
  // Cleared so that opening the same file again reads it again.
  fileInput.value = '';
  if ('error' in read) {
    status.textContent = read.error;
    results.setAttribute('aria-busy', 'false');
    return;
  }
  setDraft(read.text);
  status.textContent = `已打开 ${file.name}`;
});

clear.addEventListener('click', () => {
  setDraft('');
  status.textContent = '草稿已清空，本机保存的副本也已删除';
  draft.focus();
});

/** Select a draft line in the textarea and bring it into view. */
function selectLine(line: number): void {
  const lines = draft.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = start + (lines[line - 1]?.length ?? 0);
  // Selecting before focusing: focus scrolls the textarea to its selection.
  draft.blur();
  draft.setSelectionRange(start, end);
  draft.focus();
}

results.addEventListener('click', (e) => {
  const button = (e.target as Element).closest<HTMLElement>('[data-goto-line]');
  if (button) selectLine(Number(button.dataset.gotoLine));
});

draft.value = load();
analyze();
