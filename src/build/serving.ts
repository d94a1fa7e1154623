import { isImmutable } from '../lib/offline/caches.ts';

/**
 * How a built site is served, in one place: the media type of every file extension a build
 * writes, which responses are compressed and how long each may be cached. The test server, the
 * package's local servers and its nginx, IIS and Apache configs are all written from it.
 */

/** Media types by extension. Servers refuse or mislabel the Pagefind files without these (IIS serves nothing it has no type for). */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // Sources kept as received (src/pages/originals/).
  doc: 'application/msword',
  pdf: 'application/pdf',
  // Pagefind's WebAssembly is `.pagefind` today; a plain `.wasm` must be typed for streaming compilation.
  wasm: 'application/wasm',
  // Pagefind's index, already gzip-compressed by Pagefind: binary, never compressed again.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Text types: served with `charset=utf-8` and compressed on the way out. */
export const TEXT_EXTENSIONS: readonly string[] = ['html', 'css', 'js', 'json', 'svg', 'xml', 'txt'];

/** The Content-Type header of a file extension (without the dot), or null when the site never writes one. */
export function contentType(extension: string): string | null {
  const type = MEDIA_TYPES[extension];
  if (type === undefined) return null;
  return TEXT_EXTENSIONS.includes(extension) ? `${type}; charset=utf-8` : type;
}

/** For files named by their content (Astro's `_astro/`, Pagefind's index chunks): they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For everything else (pages, the service worker, Pagefind's entry, .docx): the browser asks again each time. */
export const REVALIDATE = 'no-cache';

/** The Cache-Control header of a file, by its path relative to the base (`_astro/x.css`, `samples/002/`). */
export function cacheControl(path: string): string {
  return isImmutable(path) ? IMMUTABLE : REVALIDATE;
}
