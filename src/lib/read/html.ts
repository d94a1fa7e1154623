import { Tokenizer } from 'htmlparser2';
import { decode } from '../import/decode.ts';
import { ImportError } from '../import/errors.ts';
import type { ReadText, Reader } from './reader.ts';

/**
 * A saved web page (.html/.htm, or a browser's single-file .mhtml/.mht): the article's text, one
 * line per block, without the site's chrome around it, and the page's address.
 *
 * The page is tokenized with htmlparser2's tokenizer and laid out here as a flat list of text
 * blocks with their elements' block ranges, using our own stack: htmlparser2's tree builder
 * keeps its stack with `unshift`, quadratic on a deeply nested page. The article is the element
 * that holds nearly all the page's prose (lines of sentences, not links), outside boxes that are
 * site furniture by tag or class; its title is the nearest `<h1>` before it that matches the page
 * title. Every step is linear in the page's size.
 */

/** Elements whose end starts a new line. */
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);
/** Elements without an end tag. */
const VOID = new Set('area base br col embed hr img input keygen link meta param source track wbr'.split(' '));
/** Elements whose text is not the page's text: code, styles, form controls, embedded documents. */
const HIDDEN = new Set('script style noscript template textarea select button svg math iframe object head'.split(' '));
const IN_HEAD = new Set('title style script noscript template base'.split(' '));
/** What an opening tag closes when open a few levels down, short of a list or table (`LIST_SCOPE`). */
const IMPLIED_BY: Record<string, string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr'],
  td: ['td', 'th'],
  th: ['td', 'th'],
};
const LIST_SCOPE = new Set(['ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot']);
/** Furniture by tag; `header` only outside an `<article>`/`<main>`, where it holds the title. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
/** Class and id words of site furniture (pinyin too: xiangguan = 相关), unless a content word is there. */
const CHROME_WORDS = new Set(
  (
    'nav navbar navi menu menus topbar toolbar header footer foot sidebar side aside breadcrumb breadcrumbs crumb crumbs ' +
    'position location login ad ads advert adv banner share related relate xiangguan xgwz hot hots rank recommend tuijian ' +
    'comment comments pager pagination prenext prevnext copyright tags search links friendlink'
  ).split(' '),
);
const CONTENT_WORDS = new Set('content article main body text post entry detail zw neirong'.split(' '));

/** A line of sentences: what an article is made of and furniture mostly is not. */
const SENTENCE = /[，。；！？]/;
/** "时间：… 来源：… 浏览：…": the article's info line. */
const INFO_LABEL = /(?:发布|更新|录入|上传)?(?:时间|日期)[:：]|(?:来源|作者|浏览|点击|阅读|编辑|责任编辑|浏览次数|点击数)[:：]/g;
const PREV_NEXT = /^(?:上一篇|下一篇|上一页|下一页|上篇|下篇)\s*[:：]?/;
const RELATED_HEADING = /^(?:相关|热门|推荐|最新|猜你喜欢|延伸阅读|精选|更多|热点)(?:范文|文章|阅读|推荐|内容|资料|专题|标签)?[:：]?$/;
const PROMPT =
  /(?:VIP|会员|登录|注册|积分).{0,30}(?:下载|复制|查看全文|阅读全文)|(?:下载|复制)(?:本文|全文|Word|文档)|(?:下载|复制).{0,30}(?:VIP|会员|登录)/i;
const COPYRIGHT = /^(?:Copyright|版权所有|©)|ICP备/i;
const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[:：]/;

interface Block {
  text: string;
  /** Characters inside links. */
  link: number;
  /** Inside an element that is site furniture by its tag or class. */
  chromeBox: boolean;
}

interface Element {
  parent: number;
  /** Blocks [start, end) lie inside the element. */
  start: number;
  end: number;
  /** The child element holding the most prose. */
  best: number;
}

interface Page {
  blocks: Block[];
  /** Element 0 is the document. */
  elements: Element[];
  h1s: number[];
  title: string;
  meta: { canonical: string | null; ogUrl: string | null; ogTitle: string | null; savedFrom: string | null; generator: string | null };
}

// Runs of HTML's white space are one space; a no-break or ideographic space inside a line is the
// text's own (a browser shows each); every kind of space around a line is indentation.
const collapse = (s: string) =>
  s
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\u200c\u200d]/g, '')
    .trim();
const bare = (s: string) => s.replace(/[\s\u3000\u00a0]/g, '');

/** Tokenize a page into blocks and the elements' block ranges. Linear: each element is pushed and popped once. */
function layOut(html: string): Page {
  const blocks: Block[] = [];
  const elements: Element[] = [{ parent: -1, start: 0, end: 0, best: -1 }];
  const stack: { tag: string; id: number; chrome: boolean }[] = [];
  const open = new Map<string, number>();
  const opened = (tag: string) => open.get(tag) ?? 0;
  let hidden = 0;
  let chromeDepth = 0;
  let links = 0;
  let line = '';
  let linkChars = 0;
  const h1s: number[] = [];
  const meta: Page['meta'] = { canonical: null, ogUrl: null, ogTitle: null, savedFrom: null, generator: null };
  let title = '';
  let inTitle = false;

  const flush = () => {
    if (line === '') return;
    const text = collapse(line);
    if (text !== '') blocks.push({ text, link: Math.min(linkChars, text.length), chromeBox: chromeDepth > 0 });
    line = '';
    linkChars = 0;
  };
  const append = (text: string) => {
    if (inTitle) title += text;
    else if (hidden > 0) return;
    else if (opened('pre') > 0 && text.includes('\n')) {
      text.split('\n').forEach((part, k) => {
        if (k > 0) flush();
        line += part;
      });
    } else {
      line += text;
      if (links > 0) linkChars += text.replace(/\s/g, '').length;
    }
  };
  const pop = () => {
    const top = stack.pop()!;
    if (BLOCK.has(top.tag)) flush();
    open.set(top.tag, opened(top.tag) - 1);
    if (HIDDEN.has(top.tag)) hidden--;
    if (top.chrome) chromeDepth--;
    if (top.tag === 'a') links--;
    const el = elements[top.id]!;
    el.end = blocks.length;
    return top;
  };
  /** Close an element an opening tag implies closed (`<p>` by a block, `<li>` by an `<li>`), looking a few levels down only. */
  const closeImplied = (tag: string) => {
    const top = stack.at(-1)?.tag;
    if (top === 'p' && (BLOCK.has(tag) || tag === 'p')) pop();
    const closes = IMPLIED_BY[tag];
    if (!closes) return;
    for (let k = stack.length - 1; k >= Math.max(0, stack.length - 6); k--) {
      const t = stack[k]!.tag;
      if (closes.includes(t)) {
        while (stack.length > k) pop();
        return;
      }
      if (LIST_SCOPE.has(t) || ((tag === 'td' || tag === 'th') && t === 'tr')) return;
    }
  };

  let tag = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  const openTag = () => {
    const name = tag;
    if (name === 'meta') {
      const property = (attrs.property ?? attrs.name ?? '').toLowerCase();
      if (property === 'og:url') meta.ogUrl ??= attrs.content ?? null;
      if (property === 'og:title') meta.ogTitle ??= attrs.content ?? null;
      if (property === 'generator') meta.generator ??= attrs.content ?? null;
    }
    if (name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) meta.canonical ??= attrs.href ?? null;
    if (name === 'title' && opened('svg') === 0 && title === '') inTitle = true;
    if (name === 'br') {
      if (hidden === 0) flush();
      return;
    }
    if (VOID.has(name)) return;
    // A page whose head is never closed: its first body tag ends it.
    if (stack.at(-1)?.tag === 'head' && !IN_HEAD.has(name)) pop();
    closeImplied(name);
    if (BLOCK.has(name)) flush();
    const words =
      attrs.class === undefined && attrs.id === undefined ? [] : `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
    const chrome =
      CHROME_TAGS.has(name) ||
      (name === 'header' && opened('article') + opened('main') === 0) ||
      (BLOCK.has(name) && words.some((w) => CHROME_WORDS.has(w)) && !words.some((w) => CONTENT_WORDS.has(w)));
    const id = elements.length;
    elements.push({ parent: stack.at(-1)?.id ?? 0, start: blocks.length, end: blocks.length, best: -1 });
    stack.push({ tag: name, id, chrome });
    open.set(name, opened(name) + 1);
    if (HIDDEN.has(name)) hidden++;
    if (chrome) chromeDepth++;
    if (name === 'a') links++;
    if (name === 'h1') h1s.push(id);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => append(html.slice(start, end)),
      ontextentity: (codepoint) => append(String.fromCodePoint(codepoint)),
      onopentagname: (start, end) => {
        tag = html.slice(start, end).toLowerCase();
        attrs = {};
      },
      onattribname: (start, end) => {
        attrName = html.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata: (start, end) => {
        attrValue += html.slice(start, end);
      },
      onattribentity: (codepoint) => {
        attrValue += String.fromCodePoint(codepoint);
      },
      onattribend: () => {
        attrs[attrName] ??= attrValue;
      },
      onopentagend: openTag,
      // As browsers do: `<div/>` opens a div.
      onselfclosingtag: openTag,
      onclosetag: (start, end) => {
        const name = html.slice(start, end).toLowerCase();
        if (name === 'title') inTitle = false;
        if (name === 'br') return flush();
        if (opened(name) === 0) return;
        while (pop().tag !== name);
      },
      oncomment: (start, end) => {
        meta.savedFrom ??= /saved from url=\(\d+\)(\S+)/i.exec(html.slice(start, end))?.[1] ?? null;
      },
      oncdata: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  flush();
  elements[0]!.end = blocks.length;
  return { blocks, elements, h1s, title: collapse(title), meta };
}

/** Whether a line is mostly sentences and not links: the stuff of an article. */
const isProse = (b: Block) => {
  const own = b.text.length - b.link;
  return b.link < b.text.length / 2 && ((own >= 10 && SENTENCE.test(b.text)) || own >= 30);
};
const linkDense = (b: Block) => b.link >= b.text.length / 2;
const infoLabels = (text: string) => text.match(INFO_LABEL)?.length ?? 0;

/** Site furniture inside the article's own element: only lines no article has, short and of a known form. */
function chromeInArticle(text: string): boolean {
  if (text.length > 100) return false;
  return PREV_NEXT.test(text) || infoLabels(text) >= 2 || PROMPT.test(text) || COPYRIGHT.test(text) || RELATED_HEADING.test(text);
}
/** Furniture between the title and the article's element: any of those forms, or a line of links. */
function chromeNearArticle(b: Block): boolean {
  return (
    b.chromeBox || linkDense(b) || BREADCRUMB.test(b.text) || (b.text.length <= 100 && infoLabels(b.text) >= 1) || chromeInArticle(b.text)
  );
}

/**
 * The page title's first part (`标题_栏目_网站名`), or null. Not that of a document Word or WPS
 * saved as a web page: its title is a file property, often stale ("Document1"), never shown.
 */
function pageTitle(page: Page): string | null {
  if (/Microsoft Word|WPS|Kingsoft/i.test(page.meta.generator ?? '')) return null;
  const title = page.meta.ogTitle ?? page.title;
  const first = collapse(title.split(/[_|｜]| - | — | – /)[0] ?? '');
  return first === '' ? null : first;
}
/** Two titles name the same article: one holds the other, or they share most characters. */
function sameTitle(a: string, b: string): boolean {
  const [x, y] = [bare(a), bare(b)].sort((p, q) => p.length - q.length) as [string, string];
  if (x === '' || y.includes(x)) return x !== '';
  const ys = new Set(y.slice(0, 500));
  let shared = 0;
  for (const ch of x.slice(0, 500)) if (ys.has(ch)) shared++;
  return shared >= Math.min(x.length, 500) * 0.6;
}

/** The article's lines and how many blocks of furniture were dropped; null if the page holds no prose. */
function extract(page: Page): { lines: string[]; chrome: number } | null {
  const { blocks, elements } = page;
  // Prose characters before each block, outside furniture boxes (or anywhere, if all prose is in one).
  const proseBefore = (ignoreBoxes: boolean) => {
    const sums = [0];
    for (const b of blocks) sums.push(sums.at(-1)! + (isProse(b) && (ignoreBoxes || !b.chromeBox) ? b.text.length - b.link : 0));
    return sums;
  };
  let sums = proseBefore(false);
  let boxes = true;
  if (sums.at(-1) === 0) {
    sums = proseBefore(true);
    boxes = false;
  }
  if (sums.at(-1) === 0) return null;
  const counts = [0];
  for (const b of blocks) counts.push(counts.at(-1)! + (isProse(b) ? 1 : 0));
  const prose = (id: number) => sums[elements[id]!.end]! - sums[elements[id]!.start]!;
  const proseBlocks = (id: number) => counts[elements[id]!.end]! - counts[elements[id]!.start]!;
  for (let id = elements.length - 1; id > 0; id--) {
    const parent = elements[elements[id]!.parent]!;
    if (parent.best < 0 || prose(id) > prose(parent.best)) parent.best = id;
  }
  // Descend while one child holds nearly all the prose, and more than one line of it.
  let article = 0;
  for (let child = elements[0]!.best; child > 0; child = elements[child]!.best) {
    if (prose(child) < prose(article) * 0.9 || proseBlocks(child) < 2) break;
    article = child;
  }
  const c = elements[article]!;

  const wanted = pageTitle(page);
  const inArticle = (id: number) => elements[id]!.start >= c.start && elements[id]!.end <= c.end;
  // The title: an h1 in the article, else the nearest one before it that is not furniture and a line
  // or two long (a longer "h1" is not one, and is not read through), preferring one that matches the
  // page title; one that does not must lie within the region found below.
  const before = page.h1s.filter((id) => {
    const e = elements[id]!;
    return e.end <= c.start && e.end > e.start && e.end - e.start <= 4 && !(boxes && blocks.slice(e.start, e.end).some((b) => b.chromeBox));
  });
  const h1Text = (id: number) =>
    blocks
      .slice(elements[id]!.start, elements[id]!.end)
      .map((b) => b.text)
      .join('');
  const matching = wanted === null ? undefined : before.findLast((id) => sameTitle(wanted, h1Text(id)));
  let h1 = page.h1s.find((id) => inArticle(id) && elements[id]!.end > elements[id]!.start) ?? matching ?? before.at(-1);
  // The article's region: its element, widened a few levels to take in the title.
  let region = article;
  if (h1 !== undefined && !inArticle(h1)) {
    for (let up = c.parent, k = 0; up >= 0 && k < 4; up = elements[up]!.parent, k++) {
      if (elements[up]!.start <= elements[h1]!.start) {
        region = up;
        break;
      }
    }
    if (region === article && h1 !== matching) h1 = undefined;
  }
  const r = elements[region]!;
  const keep = new Array<boolean>(blocks.length).fill(false);
  let related = false;
  for (let k = r.start; k < c.end; k++) {
    const b = blocks[k]!;
    if (k >= c.start) {
      // A list of links under a 相关范文 heading is furniture; the article's own lines never are.
      if (RELATED_HEADING.test(b.text)) related = true;
      else if (!linkDense(b)) related = false;
      keep[k] = !(chromeInArticle(b.text) || (boxes && b.chromeBox) || (related && linkDense(b)));
    } else if (h1 !== undefined && k >= elements[h1]!.start && k < elements[h1]!.end) keep[k] = true;
    else keep[k] = !chromeNearArticle(b);
  }
  // The title is followed by a blank line, as in a text file, where it tells the title from the body.
  const lines: string[] = [];
  if (h1 !== undefined && region === article && !inArticle(h1))
    for (let k = elements[h1]!.start; k < elements[h1]!.end; k++) lines.push(blocks[k]!.text);
  const prepended = lines.length;
  if (prepended > 0) lines.push('');
  let kept = 0;
  for (let k = 0; k < blocks.length; k++) {
    if (!keep[k]) continue;
    lines.push(blocks[k]!.text);
    kept++;
    if (h1 !== undefined && prepended === 0 && k === elements[h1]!.end - 1) lines.push('');
  }
  const dropped = blocks.length - kept - prepended;
  // No title element: the page title leads, unless the article's first lines already hold it.
  if (h1 === undefined && wanted !== null && !lines.slice(0, 3).some((l) => sameTitle(l, wanted) && bare(l).includes(bare(wanted))))
    lines.unshift(wanted, '');
  return { lines, chrome: dropped };
}

/** Bytes as a string of a character per byte (TextDecoder's `latin1` is windows-1252, which moves 0x80–0x9F). */
function binary(bytes: Uint8Array): string {
  let text = '';
  for (let k = 0; k < bytes.length; k += 32768) text += String.fromCharCode(...bytes.subarray(k, k + 32768));
  return text;
}

/** The charset a page declares in its first bytes: `<meta charset>` or `http-equiv` Content-Type. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = binary(bytes.subarray(0, 4096));
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * The page's text from its bytes: a BOM, else bytes that are valid UTF-8 (an editor's re-save
 * keeps the old declaration), else the declared charset, else the text reader's guess.
 */
function decodePage(bytes: Uint8Array, file: string, declared: string | null): string {
  if (bytes.length === 0) throw new ImportError(file, 1, '文件为空（0 字节）');
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const label = declared ?? declaredCharset(bytes);
  if (bom || bytes.includes(0) || label === null) return decode(bytes, file).text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declared charset.
  }
  let text: string;
  try {
    // GB2312 and GBK pages often hold characters only GB18030 has; it decodes both.
    const encoding = /^(?:gb2312|gbk|x-gbk|gb_2312-80|csgb2312|gb18030|chinese)$/i.test(label) ? 'gb18030' : label;
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return decode(bytes, file).text;
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) throw new ImportError(file, 1, '二进制文件：含控制字符，不是网页文件');
  return text;
}

/** An .mhtml file's page part: its bytes, charset and address; null when the file is not MIME. */
function mhtmlPart(bytes: Uint8Array, file: string): { bytes: Uint8Array; charset: string | null; location: string | null } | null {
  const start = binary(bytes.subarray(0, 65536));
  const headerEnd = start.search(/\r?\n\r?\n/);
  const headers = (text: string) => text.replace(/\r?\n[ \t]+/g, ' ');
  const top = headers(start.slice(0, headerEnd < 0 ? 0 : headerEnd));
  if (!/^MIME-Version:/im.test(top) || !/^Content-Type:/im.test(top)) return null;
  const raw = binary(bytes);
  const snapshot = /^Snapshot-Content-Location:\s*(\S+)/im.exec(top)?.[1] ?? null;
  const parts: { head: string; body: string }[] = [];
  const boundary = /boundary="?([^";\s]+)"?/i.exec(/^Content-Type:.*$/im.exec(top)![0])?.[1];
  if (boundary === undefined) parts.push({ head: top, body: raw.slice(headerEnd).replace(/^\r?\n\r?\n/, '') });
  else
    for (const chunk of raw.split(`--${boundary}`).slice(1)) {
      const split = chunk.search(/\r?\n\r?\n/);
      if (split < 0) continue;
      parts.push({
        head: headers(chunk.slice(0, split)),
        body: chunk
          .slice(split)
          .replace(/^\r?\n\r?\n/, '')
          .replace(/\r?\n$/, ''),
      });
    }
  const html = parts.find((p) => /^Content-Type:\s*text\/html/im.test(p.head));
  if (!html) throw new ImportError(file, 1, '单文件网页（MHTML）中没有 HTML 页面部分');
  const encoding = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(html.head)?.[1]?.toLowerCase();
  let body: Uint8Array;
  if (encoding === 'base64') {
    try {
      body = Uint8Array.from(atob(html.body.replace(/\s/g, '')), (ch) => ch.charCodeAt(0));
    } catch {
      throw new ImportError(file, 1, '单文件网页（MHTML）的页面部分不是有效的 base64 编码');
    }
  } else {
    const text =
      encoding === 'quoted-printable'
        ? html.body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        : html.body;
    body = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  }
  const charset = /^Content-Type:[^\n]*?charset="?([\w:.-]+)/im.exec(html.head)?.[1] ?? null;
  const location = /^Content-Location:\s*(\S+)/im.exec(html.head)?.[1] ?? snapshot;
  return { bytes: body, charset, location };
}

export const readHtml: Reader = async (bytes, file) => {
  const part = mhtmlPart(bytes, file);
  const html = decodePage(part?.bytes ?? bytes, file, part?.charset ?? null);
  const page = layOut(html);
  const article = extract(page);
  if (article === null || article.lines.length === 0)
    throw new ImportError(file, 1, '没有找到正文：页面中没有成段的文字（可能是目录页、导航页或需要登录才能看的页面）');
  const url = page.meta.canonical ?? page.meta.ogUrl ?? page.meta.savedFrom ?? part?.location ?? null;
  return {
    format: 'html',
    text: article.lines.join('\n'),
    encoding: null,
    bom: false,
    lineEnding: 'lf',
    normalisations: article.chrome > 0 ? [{ kind: 'chrome', count: article.chrome }] : [],
    url,
    origins: null,
  } satisfies ReadText;
};
