// The check report as DOM, in text nodes only: a draft is never markup. Every list is cut at
// LIST_ENTRIES entries: a draft of thousands of headings gets a usable report, and no array
// long enough to overflow the stack is ever spread into a call.
import type { CheckReport } from '../../lib/check/report.ts';
import type { ShortDraft } from '../../lib/check/draftLength.ts';
import { tally, type Tally, type TallyKey } from '../../lib/check/tally.ts';
import { GROUP_LABELS } from '../../lib/offices.ts';
import { withBase } from '../../lib/base.ts';
import { ROLE_LABELS, anomalyLabel, charsLabel, depthLabel, periodLabel, perspectiveLabel, yearLabel } from '../../lib/view/labels.ts';
import { el, type Child } from '../dom.ts';
import type { EarlyReport } from './analysis.ts';
import { LIST_ENTRIES } from './limits.ts';

/** A button that selects a draft line in the textarea (the page's click handler reads `data-goto-line`). */
const lineButton = (line: number, label: Child = `第 ${line} 行`) =>
  el('button', { type: 'button', class: 'line-button', 'data-goto-line': String(line) }, label);

/** Up to five line buttons, then how many more lines there are. */
function lineButtons(lines: readonly number[]): Child[] {
  const shown = lines.slice(0, 5).flatMap((l, i) => (i === 0 ? [lineButton(l)] : ['、', lineButton(l)]));
  return lines.length > 5 ? [...shown, ` 等 ${lines.length} 行`] : shown;
}

const byId = (id: string) => document.getElementById(id)!;

/** The entry that ends a cut list. */
const moreItem = (hidden: number) => el('li', { class: 'muted' }, `另有 ${hidden} 项未显示`);

/** The first LIST_ENTRIES items as list entries, then how many more there are. */
function capped<T>(items: readonly T[], entry: (item: T) => Node): Node[] {
  const shown = items.slice(0, LIST_ENTRIES).map(entry);
  return items.length > LIST_ENTRIES ? [...shown, moreItem(items.length - LIST_ENTRIES)] : shown;
}

/** One line about the draft as the engine reads it: title, length, level, organ, year, period. */
function summary(r: EarlyReport): Child[] {
  const m = r.metadata;
  const facts = [
    charsLabel(r.chars),
    m.level ? GROUP_LABELS[m.level] : '层级未识别',
    perspectiveLabel(m.perspective),
    ...(m.organ ? [m.organ] : []),
    yearLabel(m.year),
    periodLabel(m.period),
  ];
  const title = r.title ? ['标题：', lineButton(r.title.line, r.title.text)] : ['没有识别出标题行：标题应单独写在第一行。'];
  const extra = [
    ...(r.texts > 1 ? [`草稿里有 ${r.texts} 篇，只检查了第一篇。`] : []),
    ...(r.problem ? [`无法区分标题和正文（${r.problem}），全文按正文检查。`] : []),
  ];
  return [...title, el('br'), facts.join(' · '), ...extra.flatMap((x) => [el('br'), x])];
}

function outline(r: EarlyReport): Child[] {
  if (r.outline.length === 0) return [el('li', { class: 'muted' }, '没有找到标题。用“一、”“（一）”“1.”等序号开头的行会列在这里。')];
  return capped(r.outline, (h) => el('li', { 'data-depth': String(h.depth) }, lineButton(h.line, h.marker + h.text)));
}

const EXPECTATION_TEXT = { required: '缺少，这是总结的主体', expected: '缺少，建议补上', optional: '没有（可有可无）' } as const;

function parts(r: EarlyReport): Child[] {
  return r.parts.map((p) =>
    el(
      'li',
      { 'data-role': p.role, 'data-present': String(p.present), 'data-empty': String(p.empty), 'data-expectation': p.expectation },
      el('span', { class: 'part-mark', 'aria-hidden': 'true' }, p.present ? '✓' : p.expectation === 'optional' ? '–' : '!'),
      `${ROLE_LABELS[p.role]}：`,
      ...(p.line === null
        ? [EXPECTATION_TEXT[p.expectation]]
        : p.empty
          ? ['只有标题，还没有内容（', lineButton(p.line), '）']
          : ['有，', lineButton(p.line, `第 ${p.line} 行起`)]),
    ),
  );
}

function renumberItem(x: CheckReport['numbering'][number]['items'][number]): Node {
  const changed = x.marker !== x.expected;
  return el(
    'li',
    { 'data-line': String(x.line), 'data-marker': x.marker, 'data-expected': x.expected, 'data-changed': String(changed) },
    lineButton(x.line),
    ' ',
    changed
      ? el('span', { class: 'renumber-change' }, el('del', {}, x.marker), ' → ', el('ins', {}, x.expected))
      : el('span', { class: 'muted' }, `${x.marker}（不变）`),
    ' ',
    el('span', { class: 'renumber-text' }, x.text),
  );
}

/** Every sequence out of order, with LIST_ENTRIES headings at most over all of them. */
function numbering(r: EarlyReport): Child[] {
  if (r.numbering.length === 0) return [el('p', {}, r.outline.length === 0 ? '没有带序号的标题。' : '各级序号连续，无需调整。')];
  const shown: Child[] = [];
  let room = LIST_ENTRIES;
  for (const seq of r.numbering) {
    if (room === 0) break;
    const items = seq.items.slice(0, room);
    room -= items.length;
    shown.push(
      el(
        'div',
        { class: 'renumber' },
        el('p', {}, `${depthLabel(seq.depth)}标题序号不连续，建议改为：`),
        ...(seq.notes.length > 0 ? [el('ul', { class: 'renumber-notes text-sm muted' }, ...seq.notes.map((n) => el('li', {}, n)))] : []),
        el(
          'ol',
          { class: 'renumber-list' },
          ...items.map(renumberItem),
          ...(items.length < seq.items.length ? [moreItem(seq.items.length - items.length)] : []),
        ),
      ),
    );
  }
  const hidden = r.numbering.length - shown.length;
  return hidden > 0 ? [...shown, el('p', { class: 'muted' }, `另有 ${hidden} 组序号不连续的标题未显示`)] : shown;
}

function anomalies(r: EarlyReport): Child[] {
  if (r.anomalies.length === 0) return [el('li', { class: 'muted' }, '没有发现标点、空白或标题格式问题。')];
  return capped(r.anomalies, (a) =>
    el(
      'li',
      { 'data-anomaly': a.kind },
      el('strong', {}, anomalyLabel(a.kind)),
      '：',
      a.detail,
      ...(a.lines.length > 0 ? ['（', ...lineButtons(a.lines), '）'] : []),
    ),
  );
}

function placeholders(r: EarlyReport): Child[] {
  if (r.unfilled.length === 0) return [el('li', { class: 'muted' }, '没有 XX、* 等占位符，也没有【数量】等待填项。')];
  return capped(r.unfilled, (u) =>
    el(
      'li',
      { 'data-token': u.token, 'data-kind': u.kind },
      el('mark', {}, u.token),
      ` ${u.kind === 'slot' ? '待填项' : '占位符'} ${u.count} 处：`,
      ...lineButtons(u.lines),
    ),
  );
}

function similar(r: CheckReport): Child[] {
  return r.similar.samples.map((s) =>
    el(
      'li',
      { 'data-sample': s.id },
      el('a', { href: withBase(`/samples/${s.id}/`) }, s.title),
      el('span', { class: 'muted' }, `（${s.level ? GROUP_LABELS[s.level] : '层级未注明'}，相似度 ${Math.round(s.score * 100)}%）`),
    ),
  );
}

function similarNote(r: CheckReport): string {
  const level = r.metadata.level;
  if (r.similar.sameLevel && level) return `同为${GROUP_LABELS[level]}的范文中，提纲用语、组成部分和篇幅最接近的几篇：`;
  if (level) return `暂无${GROUP_LABELS[level]}的范文，以下从全部范文中选出：`;
  return '没能从标题或正文判断草稿的层级（如“县政府办”“我镇”），以下从全部范文中选出：';
}

/** Each tally entry's words and the heading of its section (the length note for `length`). */
const TALLY: Record<TallyKey, [string, string]> = {
  numbering: ['序号', 'check-numbering-h'],
  anomalies: ['标点与格式', 'check-anomalies-h'],
  unfilled: ['待填写', 'check-placeholders-h'],
  parts: ['组成部分', 'check-parts-h'],
  length: ['篇幅', 'check-length'],
};

/** The count of what to deal with, each section linked: the first thing a writer reads, above the draft. */
function tallyLine(t: Tally): Child[] {
  if (t.total === 0) return ['没有发现需要处理的问题。'];
  const links = t.items.flatMap((x, i) => [
    ...(i > 0 ? ['、'] : []),
    el('a', { href: `#${TALLY[x.key][1]}`, 'data-tally': x.key, 'data-count': String(x.count) }, `${TALLY[x.key][0]} ${x.count}`),
  ]);
  return [el('strong', {}, `发现 ${t.total} 处需要处理`), '：', ...links];
}

/** What a draft far shorter than its samples is told. */
function lengthNote(s: ShortDraft): string {
  const [n, min, median, max] = s.figure;
  const of = s.level ? `同为${GROUP_LABELS[s.level]}的 ${n} 篇范文` : `全部 ${n} 篇范文`;
  return `篇幅偏短：草稿只有 ${s.chars} 字，${of}有 ${min}–${max} 字（中间值 ${median} 字）。可以对照相近范文，把主要成绩、存在问题和下一步打算写充实。`;
}

/** Show nothing: the draft could not be checked, and the page says why. */
export function hideReport(): void {
  byId('check-empty').hidden = true;
  byId('check-report').hidden = true;
  byId('check-tally').hidden = true;
}

/**
 * Show a report but its similar samples (with `short` when the draft is far shorter than its samples),
 * or the empty state when the draft is blank.
 */
export function renderReport(r: EarlyReport, blank: boolean, short: ShortDraft | null): void {
  byId('check-empty').hidden = !blank;
  byId('check-report').hidden = blank;
  const tallied = byId('check-tally');
  tallied.hidden = blank;
  if (blank) return;
  const t = tally(r, short);
  tallied.replaceChildren(...tallyLine(t));
  tallied.dataset.total = String(t.total);
  const length = byId('check-length');
  length.hidden = short === null;
  length.textContent = short ? lengthNote(short) : '';
  (document.querySelector('button[data-renumber]') as HTMLElement).hidden = r.numbering.length === 0;
  byId('check-summary').replaceChildren(...summary(r));
  byId('check-outline').replaceChildren(...outline(r));
  byId('check-parts').replaceChildren(...parts(r));
  byId('check-numbering').replaceChildren(...numbering(r));
  byId('check-anomalies').replaceChildren(...anomalies(r));
  byId('check-placeholders').replaceChildren(...placeholders(r));
}

/** Set an element's text only when it changes: a live region may announce every write. */
function setText(e: HTMLElement, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

/**
 * Show the similar samples of a report, or that they are loading (`null`: their shards are on the
 * way), or, with `warning`, why they are missing. Nothing else of the report changes.
 */
export function renderSimilar(r: CheckReport | null, warning = ''): void {
  const list = byId('check-similar');
  setText(byId('check-similar-status'), r ? '' : '正在加载相近范文…');
  setText(byId('check-similar-note'), r ? warning || similarNote(r) : '');
  list.ariaBusy = r ? null : 'true';
  list.replaceChildren(...(r ? similar(r) : []));
}
