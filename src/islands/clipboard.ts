/**
 * Copying rich text: `text/plain` and `text/html` with the Clipboard API, the text alone where
 * only `writeText` exists; where neither exists (old WeChat browsers) or the browser refuses, the
 * caller opens the text selected in a dialog for a manual copy. Shared by the copy actions and
 * 写作台.
 */

export async function writeClipboard(text: string, html: string): Promise<void> {
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
export function manualCopy(text: string, opener: HTMLElement): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'modal copy-dialog';
  dialog.setAttribute('aria-labelledby', 'copy-dialog-title');
  const title = Object.assign(document.createElement('h2'), { id: 'copy-dialog-title', textContent: '请手动复制' });
  const hint = Object.assign(document.createElement('p'), {
    textContent: '此浏览器不支持一键复制。下面的文字已全部选中，请长按后选择“复制”，或按 Ctrl+C（Mac 上按 ⌘+C）。',
  });
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
