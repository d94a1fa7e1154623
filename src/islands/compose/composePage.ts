// 写作台: the reader's draft, arranged, filled in and exported, all in this page. The draft lives
// in localStorage only (draftStore.ts); the engine in src/lib/compose composes it on every change.
import { composeDraft, composedGongwen, DEFAULT_TITLE, type Composed } from '../../lib/compose/compose.ts';
import {
  EMPTY_DRAFT,
  moveSection,
  removeSection,
  setMode,
  setOverride,
  setTitle,
  setValue,
  sortByRole,
  type Draft,
  type SectionMode,
} from '../../lib/compose/deskDraft.ts';
import { gongwenHtml, gongwenText, pieceText } from '../../lib/format/gongwen.ts';
import { slotLabel, type SlotType } from '../../lib/format/slot.ts';
import { manualCopy, writeClipboard } from '../clipboard.ts';
import { DRAFT_KEY, handToChecker, loadDraft, saveDraft } from './draftStore.ts';
import { renderPreview } from './preview.ts';
import { renderSections } from './sectionList.ts';
import { renderSlotFields } from './slotFields.ts';

/** A User Timing measure per re-render of fields and preview (devtools show it; `npm run bench:compose` reads it). */
const MEASURE_RENDER = 'compose:render';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const work = byId('compose-work');
const empty = byId('compose-empty');
const list = byId<HTMLOListElement>('compose-sections');
const count = byId('compose-count');
const titleInput = byId<HTMLInputElement>('compose-title');
const slotsBox = byId('compose-slots');
const unfilledNote = byId('compose-unfilled');
const preview = byId('compose-preview');
const status = byId('compose-status');
const undoButton = document.querySelector<HTMLButtonElement>('button[data-compose-undo]')!;
const clearButton = document.querySelector<HTMLButtonElement>('button[data-compose-clear]')!;
const confirmBox = byId('compose-confirm');
const dialog = byId<HTMLDialogElement>('compose-slot-dialog');
const dialogWhat = byId('compose-slot-dialog-what');
const dialogInput = byId<HTMLInputElement>('compose-slot-value');

let draft = loadDraft();
/** The draft as last composed: what the preview shows and the exports take. */
let composed: Composed;
/** What 撤销 gives back: the draft before the last removal or clearing, once. */
let undo: Draft | null = null;

function say(message: string, undoable = false): void {
  status.textContent = message;
  undoButton.hidden = !undoable;
  if (!undoable) undo = null;
}

/** Fields, counts and preview for the current draft; the list of sections too when `sections` is set. */
function render(sections: boolean): void {
  const started = performance.now();
  const has = draft.sections.length > 0;
  work.hidden = !has;
  empty.hidden = has;
  if (sections) renderSections(list, draft);
  count.textContent = `共 ${draft.sections.length} 节`;
  if (document.activeElement !== titleInput) titleInput.value = draft.title ?? DEFAULT_TITLE;
  composed = composeDraft(draft);
  renderSlotFields(slotsBox, draft, composed.slots);
  unfilledNote.textContent = composed.unfilled === 0 ? '待填项都已填好。' : `还有 ${composed.unfilled} 处待填，在预览中以【】标出。`;
  renderPreview(preview, composed);
  performance.measure(MEASURE_RENDER, { start: started, detail: { sections: draft.sections.length } });
}

function commit(next: Draft, sections = false): void {
  draft = next;
  if (!saveDraft(draft)) say('浏览器不允许本站保存数据：刷新页面后写作台的内容会丢失。');
  render(sections);
}

const indexOf = (el: Element) => Number(el.closest<HTMLElement>('[data-compose-item]')?.dataset.index ?? -1);
const itemByKey = (key: string) => [...list.querySelectorAll<HTMLElement>('[data-compose-item]')].find((li) => li.dataset.key === key);

function move(index: number, by: -1 | 1): void {
  const s = draft.sections[index];
  if (!s || index + by < 0 || index + by >= draft.sections.length) return;
  commit(moveSection(draft, index, by), true);
  say(`已将“${s.label}”${by < 0 ? '上移' : '下移'}，现为第 ${index + by + 1} 节`);
  // Focus stays on the moved section, on the same button unless it is now disabled at an end.
  const li = itemByKey(s.key)!;
  const same = li.querySelector<HTMLButtonElement>(`button[data-move="${by < 0 ? 'up' : 'down'}"]`)!;
  (same.disabled ? li.querySelector<HTMLButtonElement>(`button[data-move="${by < 0 ? 'down' : 'up'}"]`)! : same).focus();
}

function remove(index: number): void {
  const s = draft.sections[index];
  if (!s) return;
  const before = draft;
  commit(removeSection(draft, index), true);
  undo = before;
  say(`已移除“${s.label}”`, true);
  const next = list.querySelectorAll<HTMLElement>('[data-compose-item]')[Math.min(index, draft.sections.length - 1)];
  (next?.querySelector<HTMLButtonElement>('button[data-remove]') ?? undoButton).focus();
}

list.addEventListener('click', (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>('button');
  if (!button) return;
  if (button.dataset.move) move(indexOf(button), button.dataset.move === 'up' ? -1 : 1);
  else if (button.hasAttribute('data-remove')) remove(indexOf(button));
});

// Alt+↑ and Alt+↓ move the section that has the focus.
list.addEventListener('keydown', (e) => {
  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
  e.preventDefault();
  move(indexOf(e.target as Element), e.key === 'ArrowUp' ? -1 : 1);
});

list.addEventListener('change', (e) => {
  const select = (e.target as Element).closest<HTMLSelectElement>('select[data-mode]');
  if (!select) return;
  const index = indexOf(select);
  commit(setMode(draft, index, select.value as SectionMode));
  say(`第 ${index + 1} 节改为用作${select.value === 'original' ? '原文' : '模板'}`);
});

document.querySelector('button[data-compose-sort]')!.addEventListener('click', () => {
  commit(sortByRole(draft), true);
  say('已按作用排序：开头、主要成绩、存在问题、下一步打算、结尾');
});

function showConfirm(open: boolean): void {
  confirmBox.hidden = !open;
  clearButton.setAttribute('aria-expanded', String(open));
}
clearButton.addEventListener('click', () => {
  showConfirm(true);
  confirmBox.querySelector<HTMLButtonElement>('button[data-compose-clear-cancel]')!.focus();
});
confirmBox.addEventListener('click', (e) => {
  const button = (e.target as Element).closest('button');
  if (!button) return;
  showConfirm(false);
  if (button.hasAttribute('data-compose-clear-cancel')) {
    clearButton.focus();
    return;
  }
  const before = draft;
  commit(EMPTY_DRAFT, true);
  undo = before;
  say('写作台已清空，本机保存的内容也已删除。', true);
  undoButton.focus();
});

undoButton.addEventListener('click', () => {
  if (!undo) return;
  commit(undo, true);
  say('已撤销');
  list.querySelector<HTMLElement>('[data-compose-item] a')?.focus();
});

titleInput.addEventListener('input', () => commit(setTitle(draft, titleInput.value)));
// A title emptied goes back to the default, which the slot values fill.
titleInput.addEventListener('change', () => {
  if (titleInput.value.trim() === '') {
    commit(setTitle(draft, null));
    titleInput.value = DEFAULT_TITLE;
  }
});

slotsBox.addEventListener('input', (e) => {
  const input = (e.target as Element).closest<HTMLInputElement>('input[data-slot]');
  if (input) commit(setValue(draft, input.dataset.slot as SlotType, input.value));
});

// One slot, overridden from the preview.
let editing: string | null = null;
preview.addEventListener('click', (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>('button[data-slot-key]');
  if (!button) return;
  const key = button.dataset.slotKey!;
  const slot = [...composed.title, ...composed.paragraphs.flatMap((p) => p.runs.flatMap((r) => r.pieces))].find(
    (p) => typeof p !== 'string' && p.key === key,
  );
  if (!slot || typeof slot === 'string') return;
  editing = key;
  const label = slotLabel(slot.slot);
  dialogWhat.textContent = key.startsWith('title/')
    ? `标题中的${label}。只改这一处，其他${label}仍按统一填写。`
    : `这一处是${label}，范文原文为“${slot.text}”。只改这一处，其他${label}仍按统一填写。`;
  dialogInput.value = slot.overridden ? (slot.value ?? '') : '';
  dialog.showModal();
});
dialog.addEventListener('close', () => {
  const key = editing;
  editing = null;
  if (key === null) return;
  if (dialog.returnValue === 'save') commit(setOverride(draft, key, dialogInput.value.trim() === '' ? null : dialogInput.value));
  else if (dialog.returnValue === 'reset') commit(setOverride(draft, key, null));
  preview.querySelector<HTMLElement>(`button[data-slot-key="${CSS.escape(key)}"]`)?.focus();
});

/** The document as exported: the clipboard's text and HTML, the checker's text, the .docx's title. */
function exported() {
  const doc = composedGongwen(composed);
  return { doc, text: gongwenText(doc, true), title: (doc.title[0] ?? []).map((p) => pieceText(p, true)).join('') };
}

document.querySelector('[data-compose-export="docx"]')!.addEventListener('click', async () => {
  say('正在生成 Word 文档……');
  try {
    const { downloadDocx } = await import('./docxExport.ts');
    const { doc, title } = exported();
    say(`已下载 ${await downloadDocx(doc, title)}`);
  } catch {
    say('未能生成 Word 文档，请稍后重试。');
  }
});

document.querySelector('[data-compose-export="copy"]')!.addEventListener('click', async (e) => {
  const { doc, text } = exported();
  try {
    await writeClipboard(text, gongwenHtml(doc, true));
    say('已复制全文（公文格式），可粘贴到 Word、WPS');
  } catch {
    say('请在对话框中手动复制');
    manualCopy(text, e.currentTarget as HTMLElement);
  }
});

document.querySelector('[data-compose-export="print"]')!.addEventListener('click', () => window.print());

// The checker restores its draft from localStorage on load: the composed text is handed over on the way there.
const check = document.querySelector<HTMLAnchorElement>('a[data-compose-check]')!;
for (const type of ['click', 'auxclick'] as const) check.addEventListener(type, () => handToChecker(exported().text));

// A section added in another tab shows here at once.
addEventListener('storage', (e) => {
  if (e.key !== DRAFT_KEY) return;
  draft = loadDraft();
  render(true);
});

render(true);
