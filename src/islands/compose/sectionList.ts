import type { Draft, SectionMode } from '../../lib/compose/deskDraft.ts';
import { sectionPath } from '../../lib/compose/paths.ts';
import { ROLE_LABELS } from '../../lib/view/labels.ts';
import { el, srOnly } from '../dom.ts';

/**
 * The draft's sections in order (`ol#compose-sections`): each names its role and where it came
 * from (the sample's title, linked to the section, and the section's label), whether it is used
 * as a template or as its original text, and its 上移, 下移 and 移除 buttons. The page's handlers
 * read `data-move`, `data-remove` and `data-mode` and the item's index.
 */

const MODE_LABELS: Record<SectionMode, string> = { template: '模板（待填项）', original: '原文' };

export function renderSections(list: HTMLOListElement, draft: Draft): void {
  const last = draft.sections.length - 1;
  list.replaceChildren(
    ...draft.sections.map((s, i) => {
      const which = `第 ${i + 1} 节（${s.label}）`;
      const select = el(
        'select',
        { id: `compose-mode-${i}`, 'data-mode': '' },
        ...Object.entries(MODE_LABELS).map(([mode, label]) => el('option', { value: mode }, label)),
      );
      select.value = s.mode;
      const up = el('button', { type: 'button', class: 'compose-button', 'data-move': 'up' }, '上移', srOnly(which));
      const down = el('button', { type: 'button', class: 'compose-button', 'data-move': 'down' }, '下移', srOnly(which));
      up.disabled = i === 0;
      down.disabled = i === last;
      return el(
        'li',
        { 'data-compose-item': '', 'data-sample': s.sample, 'data-key': s.key, 'data-index': String(i) },
        // A part's label is its role's name (`主要成绩 2`); a section's names its heading, so its role goes before it.
        el(
          'p',
          { class: 'ci-head' },
          ...(s.label.startsWith(ROLE_LABELS[s.role]) ? [] : [el('span', { class: 'chip' }, ROLE_LABELS[s.role]), ' ']),
          el('span', { class: 'ci-label' }, s.label),
        ),
        el('p', { class: 'ci-source text-sm' }, '出自 ', el('a', { href: sectionPath(s.sample, s.section) }, s.title)),
        el(
          'div',
          { class: 'ci-tools' },
          el('label', { for: select.id, class: 'text-sm' }, '用作', srOnly(which)),
          select,
          up,
          down,
          el('button', { type: 'button', class: 'compose-button', 'data-remove': '' }, '移除', srOnly(which)),
        ),
      );
    }),
  );
}
