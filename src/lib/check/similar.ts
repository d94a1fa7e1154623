import type { Level } from '../offices.ts';
import { ROLES, type Role } from '../structure/partRoles.ts';
import type { Heading, Part } from '../structure/model.ts';
import { compareIds } from '../content/order.ts';

/**
 * What the similarity of two texts is computed from, all of it engine output: the roles of
 * their parts, the character bigrams of their heading texts, and their length. Compact, so a
 * page can carry one per sample: `roles` as a string of role initials, `bigrams` as the
 * distinct bigrams concatenated (two BMP characters each, sorted).
 */
export interface Features {
  level: Level | null;
  roles: string;
  bigrams: string;
  chars: number;
}

/** A sample's features with what a link to it needs. */
export interface SampleFeatures extends Features {
  id: string;
  title: string;
}

const HAN = /^[\u3400-\u9fff]{2}$/u;
const ROLE_CODE: Record<Role, string> = { opening: 'o', achievements: 'a', problems: 'p', plans: 'n', closing: 'c' };

/** The role initials `roles` is made of, in role order. */
export const ROLE_CODES: readonly string[] = ROLES.map((r) => ROLE_CODE[r]);

/** Features of a text from its level, outline, parts and length (non-whitespace characters). */
export function featuresOf(
  level: Level | null,
  structure: { outline: readonly Pick<Heading, 'text'>[]; parts: readonly Pick<Part, 'role'>[] },
  chars: number,
): Features {
  const bigrams = new Set<string>();
  for (const h of structure.outline) {
    for (let i = 0; i + 2 <= h.text.length; i++) {
      const b = h.text.slice(i, i + 2);
      if (HAN.test(b)) bigrams.add(b);
    }
  }
  const present = new Set(structure.parts.map((p) => p.role));
  return {
    level,
    roles: ROLES.filter((r) => present.has(r))
      .map((r) => ROLE_CODE[r])
      .join(''),
    bigrams: [...bigrams].sort().join(''),
    chars,
  };
}

/** A sample's features, from the engine's output stored with it in the collection. */
export function sampleFeatures(sample: {
  id: string;
  title: string;
  level: Level | null;
  chars: number;
  structure: Parameters<typeof featuresOf>[1];
}): SampleFeatures {
  return { id: sample.id, title: sample.title, ...featuresOf(sample.level, sample.structure, sample.chars) };
}

const pairs = (s: string) => new Set(s.match(/[\s\S]{2}/gu) ?? []);
const jaccard = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const either = a.size + b.size - both;
  return either === 0 ? 0 : both / either;
};

/** Weights: what the headings say counts most, then which parts a text has, then its length. */
const W_HEADINGS = 0.6;
const W_ROLES = 0.25;
const W_LENGTH = 0.15;

/** The ratio of the shorter length to the longer, 0 when both are empty. */
export const lengthRatio = (a: number, b: number): number => (Math.max(a, b) === 0 ? 0 : Math.min(a, b) / Math.max(a, b));

/** The score from its three measures, each in [0, 1]: heading-bigram and role Jaccard indexes and the length ratio. */
export const weightedSimilarity = (headings: number, roles: number, length: number): number =>
  W_HEADINGS * headings + W_ROLES * roles + W_LENGTH * length;

/** Similarity in [0, 1]. */
export function similarity(a: Features, b: Features): number {
  return weightedSimilarity(
    jaccard(pairs(a.bigrams), pairs(b.bigrams)),
    jaccard(new Set(a.roles), new Set(b.roles)),
    lengthRatio(a.chars, b.chars),
  );
}

export interface Similar {
  /** False when the draft's level is unknown or no sample has it, so samples of every level were ranked. */
  sameLevel: boolean;
  samples: Array<{ id: string; title: string; level: Level | null; score: number }>;
}

/** The `n` samples closest to a draft, among those of its level when there are any. */
export function closestSamples(draft: Features, samples: readonly SampleFeatures[], n = 3): Similar {
  const same = draft.level === null ? [] : samples.filter((s) => s.level === draft.level);
  const pool = same.length > 0 ? same : samples;
  const ranked = pool
    .map((s) => ({ id: s.id, title: s.title, level: s.level, score: similarity(draft, s) }))
    .sort((a, b) => b.score - a.score || compareIds(a, b));
  return { sameLevel: same.length > 0, samples: ranked.slice(0, n) };
}
