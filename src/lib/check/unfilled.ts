import { lineIndex } from '../structure/lines.ts';
import { findPlaceholders } from '../structure/placeholders.ts';
import { SLOT_TYPES, slotLabel } from '../format/slot.ts';

/** A placeholder (`XX`, `20XX`, `*`) or a template slot (`【数量】`) left in a draft, with where it is. */
export interface Unfilled {
  token: string;
  kind: 'placeholder' | 'slot';
  count: number;
  /** 1-based draft lines, in order, each once. */
  lines: number[];
}

// Slot labels hold no character special in a pattern.
const SLOT = new RegExp(SLOT_TYPES.map(slotLabel).join('|'), 'gu');

/**
 * What is still to be filled in, over the whole draft (title lines too, where `20XX年` is
 * common): the engine's placeholders, and the slots our copy-as-template feature pastes.
 * One entry per token, in order of first appearance.
 */
export function unfilled(text: string): Unfilled[] {
  const lines = lineIndex(text, 1);
  const found = [
    ...findPlaceholders(text, lines).map((p) => ({ token: p.token, kind: 'placeholder' as const, at: p.start, line: p.line })),
    ...[...text.matchAll(SLOT)].map((m) => ({ token: m[0], kind: 'slot' as const, at: m.index, line: lines.lineOf(m.index) })),
  ].sort((a, b) => a.at - b.at);
  const byToken = new Map<string, Unfilled>();
  for (const f of found) {
    const entry = byToken.get(f.token) ?? { token: f.token, kind: f.kind, count: 0, lines: [] };
    entry.count++;
    if (entry.lines.at(-1) !== f.line) entry.lines.push(f.line);
    byToken.set(f.token, entry);
  }
  return [...byToken.values()];
}
