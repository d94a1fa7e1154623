import { decode } from '../import/decode.ts';
import type { ReadText } from './reader.ts';

/** A plain-text file: decoded, nothing else changed. Synchronous, as the importer's tests use it. */
export function readTxt(bytes: Uint8Array, file: string): ReadText {
  const { text, encoding, bom, lineEnding } = decode(bytes, file);
  return { format: 'txt', text, encoding, bom, lineEnding, normalisations: [], url: null, origins: null };
}
