import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeChar, indexWords, NGRAM, phraseQuery, searchable } from '../../../src/lib/search/encode.ts';
import { seedRecords } from './corpus.ts';

/** Pagefind keeps a word as it is when every character is alphanumeric, caseless-lowercase and NFD-stable. */
const pagefindKeeps = (word: string) =>
  [...word].every((c) => /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u.test(c) && c.toLowerCase() === c && c.normalize('NFD') === c);

/**
 * Pagefind's exact matching over our words, as its search code does it: the query's words
 * at consecutive positions. A phrase too short for the index is checked on the text itself.
 */
function modelFinds(plain: string, phrase: string, words = indexWords(plain)): boolean {
  const query = phraseQuery(phrase);
  if (query === null) return false;
  if (query.kind === 'scan') return plain.includes(searchable(phrase));
  const terms = query.term.slice(1, -1).split(' ');
  return words.some((_, p) => terms.every((t, i) => words[p + i] === t));
}

const texts = fc.string({
  unit: fc.constantFrom(...'以文辅政，。、“”（）XxＸ12１%+—…\u3000 \n的工作A-zqé廓\uF928\u{20000}ꀀ*〔〕'),
  maxLength: 40,
});

describe('encode', () => {
  it('keeps Chinese characters and digits, writes everything else in ASCII lowercase', () => {
    expect(encodeChar('政')).toBe('政');
    expect(encodeChar('1')).toBe('1');
    expect(encodeChar('１')).toBe('１');
    expect(encodeChar('，')).toBe('a');
    expect(encodeChar('+')).toBe('q' + (43).toString(36).padStart(4, '0'));
    for (const c of ['X', 'a', '，', '“', '%', '+', 'é', '\uF928', 'Ｘ']) {
      expect(encodeChar(c)).not.toBe(c);
      expect(pagefindKeeps(encodeChar(c))).toBe(true);
    }
  });

  it('removes every whitespace, so phrases match across line breaks', () => {
    expect(searchable('以文\n　　辅政 ')).toBe('以文辅政');
  });

  it('gives one word per position: the n-gram starting there', () => {
    expect(NGRAM).toBe(2);
    expect(indexWords('以文辅政')).toEqual(['以文', '文辅', '辅政', '政']);
  });

  it('queries phrases of two or more characters as consecutive n-grams, and scans for one character', () => {
    expect(phraseQuery('以')).toEqual({ kind: 'scan' });
    expect(phraseQuery('以文')).toEqual({ kind: 'index', term: '"以文"' });
    expect(phraseQuery(' 以文辅政 ')).toEqual({ kind: 'index', term: '"以文 文辅 辅政"' });
    expect(phraseQuery(' \n ')).toBeNull();
  });

  it('makes only words Pagefind keeps unchanged', () => {
    fc.assert(fc.property(texts, (t) => indexWords(searchable(t)).every(pagefindKeeps)));
  });

  it('writes each character as a code no other code begins, so the words tell every two texts apart', () => {
    const chars = fc.oneof(
      fc.constantFrom(...'以，。、“”（）XxＸ1１%…\u3000廓\uF928ꀀ*〔〕q'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(fc.property(chars, chars, (a, b) => a === b || !encodeChar(a).startsWith(encodeChar(b))));
    // Each position's word is its character's code and the next one's.
    const wordsOf = (t: string) => [...t].map((c, i, cs) => encodeChar(c) + (cs[i + 1] === undefined ? '' : encodeChar(cs[i + 1]!)));
    fc.assert(fc.property(texts, (t) => indexWords(searchable(t)).join(' ') === wordsOf(searchable(t)).join(' ')));
    for (const { record } of seedRecords()) expect(record.content).toBe(wordsOf(record.text).join(' '));
  });

  it('finds a phrase exactly when it is a substring (random texts)', () => {
    fc.assert(
      fc.property(texts, texts, (t, q) => modelFinds(searchable(t), q) === (searchable(q) !== '' && searchable(t).includes(searchable(q)))),
    );
  });

  it('finds every substring of the seeds, and nothing absent', () => {
    const records = seedRecords().map((r) => ({ text: r.record.text, words: indexWords(r.record.text) }));
    const finds = (r: { text: string; words: string[] }, phrase: string) => modelFinds(r.text, phrase, r.words);
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.nat(), fc.integer({ min: 1, max: 12 }), (k, start, length) => {
        const text = records[k]!.text;
        const phrase = text.slice(start % text.length, (start % text.length) + length);
        return records.every((r) => finds(r, phrase) === r.text.includes(phrase));
      }),
      { numRuns: 150 },
    );
    for (const absent of ['区块链', 'xx县', '以文辅政X']) expect(records.some((r) => finds(r, absent))).toBe(false);
  });
});
