// The draft checker: the structure engine checks the draft in a Web Worker (analysis.ts) on every
// pause in typing, and the page shows the report of the newest text. The draft never leaves the
// page: it is kept in localStorage only, until the reader clears it. Replacing a draft (a file
// opened, 清空, the renumbering applied) asks first when it would drop text, and can be undone.
import { shortDraft, type LengthStats } from '../../lib/check/draftLength.ts';
import { renumberDraft } from '../../lib/check/renumberDraft.ts';
import { marksToChange } from '../../lib/check/tally.ts';
import { analyzer, type EarlyReport, type Message, type Shard } from './analysis.ts';
import { fileText } from './fileInput.ts';
import { DRAFT_CHARS, SAVE_CHARS, charCount } from './limits.ts';
import { hideReport, renderReport, renderSimilar } from './render.ts';

const STORAGE_KEY = 'fanwenku:check-draft';
const DEBOUNCE_MS = 300;

const draft = document.querySelector<HTMLTextAreaElement>('textarea#draft')!;
const fileInput = document.querySelector<HTMLInputElement>('input#draft-file')!;
const clear = document.querySelector<HTMLButtonElement>('button[data-clear]')!;
const results = document.getElementById('check-results')!;
const status = document.getElementById('check-status')!;
const shards = JSON.parse(document.getElementById('check-shards')!.textContent!) as Shard[];
const lengths = JSON.parse(results.dataset.lengths!) as LengthStats;
const undoButton = document.querySelector<HTMLButtonElement>('button[data-undo]')!;
const renumberButton = document.querySelector<HTMLButtonElement>('button[data-renumber]')!;
const confirmBox = document.getElementById('check-confirm')!;
const confirmButton = confirmBox.querySelector<HTMLButtonElement>('button[data-confirm]')!;

/**
 * What #check-status says, in this order: the last file opened or 清空 (or why a file was
 * refused), why the draft is not saved, why it was not checked. Each part lasts until replaced.
 */
const said = { action: '', saving: '', checking: '' };
function say(part: keyof typeof said, text: string): void {
  said[part] = text;
  const line = Object.values(said).filter(Boolean).join('；');
  // Only on change: a live region may announce every write.
  if (status.textContent !== line) status.textContent = line;
}

/**
 * Keep the draft for the next visit, or say plainly why it is not kept (and drop an outdated
 * copy). Its length is read without copying the text out of the textarea (`textLength`): a
 * keystroke in a huge draft costs no copy.
 */
function save(): void {
  let problem = '';
  try {
    if (draft.textLength === 0) localStorage.removeItem(STORAGE_KEY);
    else if (draft.textLength > SAVE_CHARS)
      problem = `草稿未能保存：超过 ${charCount(SAVE_CHARS)}字的草稿不保存在浏览器中，关闭或刷新页面后不会保留`;
    else localStorage.setItem(STORAGE_KEY, draft.value);
  } catch (e) {
    const full = e instanceof DOMException && e.name === 'QuotaExceededError';
    problem = `草稿未能保存：${full ? '浏览器存储已满' : '浏览器不允许本页保存数据'}，关闭或刷新页面后不会保留`;
  }
  if (problem !== '') {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* storage unavailable: nothing kept to drop */
    }
  }
  say('saving', problem);
}
function load(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The draft's versions: every edit makes a new one, and only the newest one's outcome is shown. */
let version = 0;
/** The version whose report (or failure) is shown, that report, and whether its similar samples are still to come. */
let shownVersion = -1;
let shown: EarlyReport | null = null;
let early = false;
/** A file is being read. */
let reading = false;
/** When the newest version was posted, and whether its draft is blank. */
let posted = { at: 0, blank: true };

const showBusy = () => results.setAttribute('aria-busy', String(reading || shownVersion !== version || early));

/** A User Timing measure per analysis, from posting the draft to its whole report (devtools show it; `npm run bench:check` reads it). */
const MEASURE_ANALYZE = 'check:analyze';

/**
 * Once the report shown has been out of date this long, the page says so. Counted from the first
 * text posted since the last report, not the newest: a reader who keeps typing into a draft that
 * takes seconds to check would otherwise never be told.
 */
const SLOW_MS = 1000;
let slow: ReturnType<typeof setTimeout> | undefined;

function received(m: Message): void {
  if (m.version !== version) return;
  clearTimeout(slow);
  slow = undefined;
  if ('error' in m) {
    hideReport();
    shown = null;
    say('checking', `检查没能完成：${m.error}`);
  } else {
    const report = 'early' in m ? m.early : m.report;
    // The answer after a version's early report changes its similar samples only: the reader's
    // focus and scroll in the rest of the report stay.
    if (!early || shownVersion !== m.version) {
      renderReport(report, posted.blank, shortDraft(report.chars, report.metadata.level, lengths));
      results.dataset.chars = String(report.chars);
      shown = report;
    }
    if ('early' in m) {
      renderSimilar(null);
      say('checking', '');
    } else {
      performance.measure(MEASURE_ANALYZE, { start: posted.at, detail: { chars: m.report.chars } });
      renderSimilar(m.report, m.warning);
      say('checking', m.warning ?? '');
    }
  }
  early = 'early' in m;
  shownVersion = m.version;
  showBusy();
}

const analysis = analyzer(shards, received);

function analyze(): void {
  if (draft.textLength > DRAFT_CHARS) {
    analysis.cancel();
    received({ version, error: `草稿有 ${charCount(draft.textLength)}字，超过 ${charCount(DRAFT_CHARS)}字的上限` });
    return;
  }
  const text = draft.value;
  posted = { at: performance.now(), blank: text.trim() === '' };
  analysis.check(version, text);
  slow ??= setTimeout(() => say('checking', '正在检查，请稍候…'), SLOW_MS);
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** A new version of the draft: saved now, checked after a pause in typing or at once. */
function changed(now: boolean): void {
  version++;
  save();
  showBusy();
  clearTimeout(timer);
  if (now) analyze();
  else timer = setTimeout(analyze, DEBOUNCE_MS);
}

/** What 撤销 gives back: the draft before the last file opened, 清空 or renumbering, until the next edit. */
let undo: string | null = null;
function offerUndo(before: string | null): void {
  undo = before;
  undoButton.hidden = before === null;
}

/** Replace the draft by script (the textarea's own undo does not reach it), saying so; `undoable` offers 撤销. */
function setDraft(text: string, message: string, undoable: boolean): void {
  const before = draft.value;
  draft.value = text;
  say('action', message);
  offerUndo(undoable && before !== text ? before : null);
  changed(true);
}

draft.addEventListener('input', () => {
  offerUndo(null);
  changed(false);
});

/** The replacement waiting for the reader's answer in #check-confirm, and the control that asked for it. */
let pending: { replace: () => void; from: HTMLElement } | null = null;
function closeConfirm(): void {
  confirmBox.hidden = true;
  clear.setAttribute('aria-expanded', 'false');
}

/** Run `replace` at once on a blank draft; otherwise once the reader confirms it in the page. */
function askFirst(from: HTMLElement, question: string, label: string, replace: () => void): void {
  if (draft.value.trim() === '') {
    replace();
    return;
  }
  pending = { replace, from };
  document.getElementById('check-confirm-what')!.textContent =
    `${question}当前草稿有 ${charCount(draft.textLength)} 字，${label}后可以撤销。`;
  confirmButton.textContent = label;
  confirmBox.hidden = false;
  clear.setAttribute('aria-expanded', String(from === clear));
  confirmBox.querySelector<HTMLButtonElement>('button[data-confirm-cancel]')!.focus();
}

confirmBox.addEventListener('click', (e) => {
  const button = (e.target as Element).closest('button');
  if (!button || !pending) return;
  const { replace, from } = pending;
  pending = null;
  closeConfirm();
  if (button !== confirmButton) {
    from.focus();
    return;
  }
  replace();
  undoButton.focus();
});

undoButton.addEventListener('click', () => {
  if (undo === null) return;
  setDraft(undo, '已撤销，草稿已恢复', false);
  draft.focus();
});

/** Counts files opened: a slow read (a .docx waits for its reader) must not overwrite a file opened after it. */
let opened = 0;

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const ticket = ++opened;
  // Cleared so that opening the same file again reads it again.
  fileInput.value = '';
  reading = true;
  showBusy();
  const read = await fileText(file);
  if (ticket !== opened) return;
  reading = false;
  showBusy();
  if ('error' in read) {
    say('action', read.error);
    return;
  }
  askFirst(fileInput, `打开 ${file.name} 会替换当前草稿。`, '替换草稿', () => setDraft(read.text, `已打开 ${file.name}`, true));
});

clear.addEventListener('click', () => {
  askFirst(clear, '确定清空草稿？', '清空', () => setDraft('', '草稿已清空，本机保存的副本也已删除', true));
});

renumberButton.addEventListener('click', () => {
  // Only the report of the text in the textarea names its lines.
  if (shown === null || shownVersion !== version) return;
  setDraft(renumberDraft(draft.value, shown.numbering), `已按建议改正 ${marksToChange(shown.numbering)} 处序号`, true);
  undoButton.focus();
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
