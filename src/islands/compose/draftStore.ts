import { EMPTY_DRAFT, parseDraft, serializeDraft, type Draft } from '../../lib/compose/deskDraft.ts';

/**
 * The draft of 写作台 in localStorage, the one place it is kept: the copy island adds to it, the
 * compose page reads and edits it. Nothing is sent anywhere.
 */

/** The key; the layout's header script reads it too, for the count beside 写作台. */
export const DRAFT_KEY = 'fanwenku:compose-draft';
/** Fired on the document when this page changed the draft (the header's count listens; other tabs get a `storage` event). */
export const DRAFT_EVENT = 'fanwenku:compose';

export function loadDraft(): Draft {
  try {
    return parseDraft(localStorage.getItem(DRAFT_KEY));
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Keep the draft (an empty one is removed); false when the browser refuses storage (private mode, full). */
export function saveDraft(draft: Draft): boolean {
  let kept = true;
  try {
    const empty = draft.sections.length === 0 && draft.title === null && Object.keys(draft.values).length === 0;
    if (empty) localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, serializeDraft(draft));
  } catch {
    kept = false;
  }
  document.dispatchEvent(new Event(DRAFT_EVENT));
  return kept;
}

/** The draft checker's key (docs/checker.md): /check/ restores its draft from it on load. */
const CHECK_DRAFT_KEY = 'fanwenku:check-draft';

/** Leave the composed text where the checker finds it; the checker then opens with it. */
export function handToChecker(text: string): void {
  try {
    localStorage.setItem(CHECK_DRAFT_KEY, text);
  } catch {
    /* the checker opens with its own draft */
  }
}
