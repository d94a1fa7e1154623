import type { SlotTally } from '../../lib/compose/compose.ts';
import type { Draft } from '../../lib/compose/deskDraft.ts';
import { SLOT_TYPES, slotLabel, type SlotType } from '../../lib/format/slot.ts';
import { el } from '../dom.ts';

/**
 * One field per slot type the document uses (`#compose-slots input[data-slot]`), in the order of
 * `SLOT_TYPES`, each saying how many slots it fills and how many are still empty. 单位 is always
 * there: it is also the writer's organ. Fields are kept while the reader types in them (focus and
 * caret stay); only fields for types that come or go are added or removed.
 */

const HINTS: Partial<Record<SlotType, string>> = { 单位: '写作单位，如“某某县人民政府办公室”', 年份: '如“2024”' };

function field(type: SlotType): HTMLElement {
  const id = `compose-slot-${SLOT_TYPES.indexOf(type)}`;
  const input = el('input', { id, type: 'text', autocomplete: 'off', 'data-slot': type, 'aria-describedby': `${id}-count` });
  if (HINTS[type]) input.placeholder = HINTS[type]!;
  if (type === '单位') input.setAttribute('autocomplete', 'organization');
  return el(
    'div',
    { class: 'compose-slot', 'data-slot-field': type },
    el('label', { for: id }, type === '单位' ? `写作单位 ${slotLabel(type)}` : slotLabel(type)),
    input,
    el('span', { id: `${id}-count`, class: 'compose-slot-count text-sm' }),
  );
}

const countText = (t: SlotTally | undefined) =>
  t === undefined ? '文中没有' : t.unfilled === 0 ? `共 ${t.count} 处，已填` : `共 ${t.count} 处，未填 ${t.unfilled} 处`;

export function renderSlotFields(box: HTMLElement, draft: Draft, tallies: readonly SlotTally[]): void {
  const byType = new Map(tallies.map((t) => [t.type, t]));
  const wanted = SLOT_TYPES.filter((t) => t === '单位' || byType.has(t));
  const existing = new Map([...box.querySelectorAll<HTMLElement>('[data-slot-field]')].map((f) => [f.dataset.slotField as SlotType, f]));
  for (const [type, f] of existing) if (!wanted.includes(type)) f.remove();
  const list = box.querySelector('.compose-slots-list')!;
  let before: Element | null = null;
  for (const type of wanted) {
    const f = existing.get(type) ?? field(type);
    const input = f.querySelector('input')!;
    const value = draft.values[type] ?? '';
    if (document.activeElement !== input && input.value !== value) input.value = value;
    f.querySelector('.compose-slot-count')!.textContent = countText(byType.get(type));
    // Moved only when out of place: moving a field would take the focus from its input.
    if (before === null ? list.firstElementChild !== f : before.nextElementSibling !== f) {
      if (before === null) list.prepend(f);
      else before.after(f);
    }
    before = f;
  }
}
