import { z } from 'zod';
import { FAMILIES, type Family } from './families.ts';
import { ROLES, type Role } from './partRoles.ts';

export { ROLES, type Role };
export const roleSchema = z.enum(ROLES);

/** Mark families (see families.ts): every mark of one family sits at one depth in a document. */
export { FAMILIES, type Family };

/** One heading of the outline. Offsets are UTF-16 offsets into the body text. */
export const headingSchema = z.object({
  /** Stable anchor: `h-` and the heading's position path in the outline tree, e.g. `h-2-1-3`. */
  id: z.string(),
  /** Depth in the outline: 1 for the top level; fixed per mark family within a document. */
  depth: z.number().int().positive(),
  /** The mark as written, without indentation (`一、`, `（一）`, `1.`, `一是`, `——`); `''` for an unnumbered heading line. */
  marker: z.string(),
  /** The heading text as written after the mark; without the closing `。` of an inline heading. */
  text: z.string(),
  /** True when the heading shares its paragraph with body text (its paragraph's first sentence, or an item inside a paragraph). */
  inline: z.boolean(),
  /** Role of the part the heading sits in. */
  role: roleSchema,
  /** 1-based line in the source file where the mark is. */
  line: z.number().int().positive(),
  /** Mark family: `cn` for 一、, `enum` for 一是, `plain` for an unnumbered line… (families.ts has them all). */
  family: z.enum(FAMILIES),
  /** The mark's ordinal (一是 → 1, 最后 → null). */
  number: z.number().int().positive().nullable(),
  /** Where the mark starts. */
  start: z.number().int().nonnegative(),
  /** Where the heading text starts and ends (end exclusive, before any closing 。). */
  textStart: z.number().int().nonnegative(),
  textEnd: z.number().int().nonnegative(),
  /** Where the heading's section ends: the next heading of the same or a lower depth, the next part, or the end of the body. */
  sectionEnd: z.number().int().nonnegative(),
  /** Index of the parent heading in the outline, or null at the top or when no shallower heading precedes it in its part. */
  parent: z.number().int().nonnegative().nullable(),
});
export type Heading = z.infer<typeof headingSchema>;

/** A top-level part: a run of whole lines with one role. Parts tile the body. */
export const partSchema = z.object({
  /** Stable anchor: the role, numbered when the role occurs more than once (`achievements-2`). */
  id: z.string(),
  role: roleSchema,
  /** 1-based line where the part's first paragraph starts. */
  line: z.number().int().positive(),
  /** Offsets of the part in the body: from a line start to the next part's first line. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Index of the depth-1 heading that starts the part, or null for an unheaded part. */
  heading: z.number().int().nonnegative().nullable(),
});
export type Part = z.infer<typeof partSchema>;

export const ANOMALY_KINDS = [
  'placeholders',
  'numbering-repeat',
  'numbering-skip',
  'numbering-restart',
  'enumeration-restart',
  'mixed-markers',
  'heading-punctuation',
  'heading-text',
  'unheaded-part',
  'title-body-mismatch',
  'missing-title',
  'whitespace',
  'punctuation',
] as const;
export const anomalyKindSchema = z.enum(ANOMALY_KINDS);
export type AnomalyKind = z.infer<typeof anomalyKindSchema>;

/** Something a careful editor would fix or a reader should know, with the lines it concerns. */
export const anomalySchema = z.object({
  kind: anomalyKindSchema,
  /** 1-based source lines concerned, in order; empty when it concerns the whole text. */
  lines: z.array(z.number().int().positive()),
  /** What is wrong, in Chinese, quoting the text. */
  detail: z.string(),
  /** For numbering anomalies: the mark the heading should carry (`四、`). */
  expected: z.string().nullable(),
});
export type Anomaly = z.infer<typeof anomalySchema>;

/** One run of placeholder characters (`XX`, `*`, `20XX`). */
export const placeholderSchema = z.object({
  token: z.string(),
  start: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});
export type Placeholder = z.infer<typeof placeholderSchema>;

/** The engine's view of a body: outline, parts, placeholders and anomalies. */
export const structureSchema = z.object({
  outline: z.array(headingSchema),
  parts: z.array(partSchema),
  placeholders: z.array(placeholderSchema),
  anomalies: z.array(anomalySchema),
});
export type Structure = z.infer<typeof structureSchema>;
