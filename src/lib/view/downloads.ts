import { withBase } from '../base.ts';

/** The .docx downloads of a sample: where they are and the file name a reader saves them under. */
export type DocxMode = 'original' | 'template';

/** The URL segment before `.docx`: `001-07`, `001-07-template`. */
export function docxName(id: string, mode: DocxMode): string {
  return mode === 'template' ? `${id}-template` : id;
}

export function docxHref(id: string, mode: DocxMode): string {
  return withBase(`/docx/${docxName(id, mode)}.docx`);
}

/** The saved file's name: the sample's title, `（模板）` for the template; characters Windows forbids become `_`. */
export function docxFileName(title: string, mode: DocxMode): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '_').trim()}${mode === 'template' ? '（模板）' : ''}.docx`;
}
