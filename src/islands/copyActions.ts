import { COPY_LABELS, COPY_MODES, copyContent, type CopyDoc, type CopyMode } from '../lib/format/copy.ts';

/**
 * The copy island. Each `<copy-actions>` names the JSON of its CopyDoc (`data-doc`) and the
 * range it copies (`data-from`, `data-to`, `data-title`); its buttons name a mode
 * (`data-copy`). A click puts `text/plain` and `text/html` on the clipboard and says so in the
 * group's status, which screen readers announce. Where the Clipboard API is missing (old WeChat
 * browsers) or refuses, the text opens selected in a dialog for a manual copy.
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

async function write(text: string, html: string): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard && typeof clipboard.write === 'function' && typeof ClipboardItem === 'function') {
    const blob = (type: string, body: string) => new Blob([body], { type });
    await clipboard.write([new ClipboardItem({ 'text/plain': blob('text/plain', text), 'text/html': blob('text/html', html) })]);
  } else if (clipboard && typeof clipboard.writeText === 'function') {
    await clipboard.writeText(text);
  } else {
    throw new Error('no Clipboard API');
  }
}

/** A dialog with the text selected in a read-only field, for a manual copy; focus returns to `opener` when it closes. */
function manualCopy(text: string, opener: HTMLElement): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'copy-dialog';
  dialog.setAttribute('aria-labelledby', 'copy-dialog-title');
  const title = Object.assign(document.createElement('h2'), { id: 'copy-dialog-title', textContent: '请手动复制' });
  const hint = Object.assign(document.createElement('p'), { textContent: '此浏览器不支持一键复制。下面的文字已全部选中，请长按后选择“复制”，或按 Ctrl+C（Mac 上按 ⌘+C）。' });
  const field = Object.assign(document.createElement('textarea'), { readOnly: true, value: text });
  field.setAttribute('aria-label', '要复制的文字');
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: '关闭' });
  dialog.append(title, hint, field, close);
  document.body.append(dialog);
  const done = () => {
    dialog.remove();
    opener.focus();
  };
  close.addEventListener('click', () => (typeof dialog.close === 'function' ? dialog.close() : done()));
  dialog.addEventListener('close', done);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else {
    dialog.setAttribute('open', '');
    dialog.classList.add('copy-dialog-fallback');
  }
  field.focus();
  field.select();
  field.setSelectionRange(0, text.length);
  field.scrollTop = 0;
}

const timers = new WeakMap<Element, number>();

function announce(group: Element, message: string): void {
  const status = group.querySelector('[role="status"]');
  if (!status) return;
  status.textContent = message;
  clearTimeout(timers.get(status));
  timers.set(status, window.setTimeout(() => (status.textContent = ''), 4000));
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('copy-actions button[data-copy]');
  const group = button?.closest<HTMLElement>('copy-actions');
  const mode = button?.dataset.copy as CopyMode | undefined;
  if (!button || !group || !mode || !COPY_MODES.includes(mode)) return;
  const doc = docOf(group.dataset.doc ?? '');
  if (!doc) return;
  const range = { from: Number(group.dataset.from), to: Number(group.dataset.to), title: group.hasAttribute('data-title') };
  const { text, html } = copyContent(doc, range, mode);
  try {
    await write(text, html);
    announce(group, COPY_LABELS[mode].done);
  } catch {
    announce(group, '请在对话框中手动复制');
    manualCopy(text, button);
  }
});

// Defined, the groups show (hidden until then, so no dead buttons flash before the script runs).
if (window.customElements && !customElements.get('copy-actions')) customElements.define('copy-actions', class extends HTMLElement {});
