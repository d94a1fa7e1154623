import { addSection, draftSection, type SectionSource } from '../lib/compose/deskDraft.ts';
import { COPY_LABELS, COPY_MODES, copyContent, type CopyDoc, type CopyMode } from '../lib/format/copy.ts';
import { ROLES, type Role } from '../lib/structure/partRoles.ts';
import { manualCopy, writeClipboard } from './clipboard.ts';
import { loadDraft, saveDraft } from './compose/draftStore.ts';

/**
 * The copy island. Each `<copy-actions>` names the JSON of its CopyDoc (`data-doc`) and the
 * range it copies (`data-from`, `data-to`, `data-title`); its buttons name a mode
 * (`data-copy`). A click puts `text/plain` and `text/html` on the clipboard and says so in the
 * group's status, which screen readers announce. Where the Clipboard API is missing (old WeChat
 * browsers) or refuses, the text opens selected in a dialog for a manual copy. A group's
 * 加入写作台 (`data-compose-add`, naming the section's sample, id, label and role) adds its range
 * to the draft in localStorage and says so; the page stays where it is. On a phone a group with
 * `data-menu` shows only its menu button (`data-copy-menu`), which opens and closes the rest.
 */

const docs = new Map<string, CopyDoc>();

function docOf(id: string): CopyDoc | null {
  if (!docs.has(id)) {
    const json = document.getElementById(id)?.textContent;
    if (!json) return null;
    docs.set(id, JSON.parse(json) as CopyDoc);
  }
  return docs.get(id)!;
}

const timers = new WeakMap<Element, number>();

function announce(group: Element, message: string): void {
  const status = group.querySelector('[role="status"]');
  if (!status) return;
  status.textContent = message;
  clearTimeout(timers.get(status));
  timers.set(
    status,
    window.setTimeout(() => (status.textContent = ''), 4000),
  );
}

function addToDraft(group: HTMLElement, doc: CopyDoc, button: HTMLElement): void {
  const { composeSample: sample, composeTitle: title, composeSection: section, composeLabel: label, composeRole: role } = button.dataset;
  if (!sample || !title || !section || !label || !ROLES.includes(role as Role)) return;
  const source: SectionSource = { sample, title, section, label, role: role as Role };
  const { draft, added } = addSection(
    loadDraft(),
    draftSection(doc, { from: Number(group.dataset.from), to: Number(group.dataset.to) }, source),
  );
  if (!added) announce(group, `写作台中已有这一节（共 ${draft.sections.length} 节）`);
  else if (saveDraft(draft)) announce(group, `已加入写作台（共 ${draft.sections.length} 节）`);
  else announce(group, '未能加入：浏览器不允许本站保存数据');
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('copy-actions button');
  const group = button?.closest<HTMLElement>('copy-actions');
  const doc = group && docOf(group.dataset.doc ?? '');
  if (!button || !group) return;
  if (button.hasAttribute('data-copy-menu')) {
    button.setAttribute('aria-expanded', String(group.toggleAttribute('data-open')));
    return;
  }
  if (!doc) return;
  if (button.hasAttribute('data-compose-add')) return addToDraft(group, doc, button);
  const mode = button.dataset.copy as CopyMode | undefined;
  if (!mode || !COPY_MODES.includes(mode)) return;
  const range = { from: Number(group.dataset.from), to: Number(group.dataset.to), title: group.hasAttribute('data-title') };
  const { text, html } = copyContent(doc, range, mode);
  try {
    await writeClipboard(text, html);
    announce(group, COPY_LABELS[mode].done);
  } catch {
    announce(group, '请在对话框中手动复制');
    manualCopy(text, button);
  }
});

// Defined, the groups show (hidden until then, so no dead buttons flash before the script runs).
if (window.customElements && !customElements.get('copy-actions')) customElements.define('copy-actions', class extends HTMLElement {});
