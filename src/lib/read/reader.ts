import type { Encoding, LineEnding } from '../import/decode.ts';

/**
 * What every format's reader gives the import pipeline: the text a person sees in the file, as
 * lines, and how it was obtained. The split → structure → metadata pipeline reads `text` only, so
 * a sample reads the same whichever format it came in.
 */

/** The formats a source may come in; `formatOf` names a file's by its extension. */
export const SOURCE_FORMATS = ['txt', 'docx', 'doc', 'pdf', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Changes a reader made so that the text reads as the file shows it, counted on the source page:
 * `auto-number`, Word's automatic numbering written out (`一、` before a heading);
 * `radical`, a PDF font's Kangxi or supplement radical folded to the ideograph it stands for;
 * `page-number`, a page number line dropped (`— 1 —`, `第 3 页`);
 * `running-header`, a header or footer repeated on every page dropped;
 * `chrome`, a saved page's site furniture (menus, ads, related lists) dropped;
 * `text-box-copy`, the fallback copy Word keeps of a text box dropped.
 */
export const NORMALISATION_KINDS = ['auto-number', 'radical', 'page-number', 'running-header', 'chrome', 'text-box-copy'] as const;
export type NormalisationKind = (typeof NORMALISATION_KINDS)[number];

export interface Normalisation {
  kind: NormalisationKind;
  /** How many times: numbers written, characters folded, lines or blocks dropped. */
  count: number;
}

export interface ReadText {
  format: SourceFormat;
  /** The lines, joined by `\n`; no `\r`, no BOM. */
  text: string;
  /** A text file's encoding, BOM and line ends; null, false and `lf` for the other formats. */
  encoding: Encoding | null;
  bom: boolean;
  lineEnding: LineEnding;
  /** Only what the list above names; nothing else is changed. Empty for a text file. */
  normalisations: Normalisation[];
  /** A saved page's address (`<link rel=canonical>`, `og:url`, the "saved from" comment); else null. */
  url: string | null;
  /**
   * Where each line of `text` came from, one entry per line: its 1-based page (PDF) or paragraph
   * (Word) in the file; null for a format without either (text, web pages).
   */
  origins: { unit: 'page' | 'paragraph'; of: number[] } | null;
}

/** One format's reader. Refuses a file it cannot read with an ImportError naming the file. */
export type Reader = (bytes: Uint8Array, file: string) => Promise<ReadText>;
