import { getResolvedPDFJS } from 'unpdf';
import { ImportError } from '../import/errors.ts';
import type { Normalisation, ReadText, Reader } from './reader.ts';

/**
 * A PDF's text layer as lines: text items grouped into visual lines by baseline, top to bottom and
 * left to right (the engine joins hard wraps), a blank line where the gap between two lines is
 * well over the document's usual line pitch. Page numbers and running headers/footers peeled from
 * the top and bottom of each page, and radicals folded to ideographs; nothing else changed.
 */

/** One visual line of a page: its text, baseline and largest font size, in PDF units. */
interface Line {
  text: string;
  y: number;
  size: number;
  page: number;
}

/**
 * Unicode's Equivalent_Unified_Ideograph (EquivalentUnifiedIdeograph.txt) for the CJK Radicals
 * Supplement, U+2E81 to U+2EF3, as radical–ideograph pairs: fonts map the glyph of 风, 长 or 门 to
 * ⻛, ⻓ or ⻔, and NFKC folds only ⺟ and ⻳ of this block. U+2E80 has no equivalent.
 */
const SUPPLEMENT =
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';
const SUPPLEMENT_TO_IDEOGRAPH = new Map(
  SUPPLEMENT.split(' ').map((pair) => {
    const [radical, ideograph] = [...pair] as [string, string];
    return [radical, ideograph];
  }),
);

/** A Kangxi radical (U+2F00–U+2FD5; its NFKC form is the ideograph) or a supplement radical. */
const RADICAL = /[\u2E81-\u2EF3\u2F00-\u2FD5]/gu;

/** Fold radicals to the ideographs they stand for; `count` says how many were folded. */
export function foldRadicals(text: string): { text: string; count: number } {
  let count = 0;
  const folded = text.replace(RADICAL, (r) => {
    const ideograph = r < '\u2F00' ? SUPPLEMENT_TO_IDEOGRAPH.get(r) : r.normalize('NFKC');
    if (ideograph === undefined) return r;
    count++;
    return ideograph;
  });
  return { text: folded, count };
}

const DASH = '\\-－—–‒―~～';
/** `— 1 —`, `-2-`, `- 3 -`, `第 3 页`, `第3页 共10页`, `3/10`, a bare number. */
const PAGE_NUMBER = new RegExp(
  `^(?:[${DASH}]?\\s*\\d{1,4}\\s*[${DASH}]?|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})$`,
  'u',
);

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

/** How many lines at each edge of a page may be header or footer. */
const EDGE_LINES = 3;

/**
 * Where a header or footer line sits and what it says, numbers left out (`XX 工作总结 第 3 页`
 * repeats as one key); the position in 4-unit bands absorbs a producer's rounding.
 */
const edgeKey = (line: Line): string => `${Math.round(line.y / 4)}|${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;

/**
 * Drop page numbers and running headers/footers: lines peeled from the top and bottom of each
 * page while they are a page number or a line repeated at the same place on most pages (at least
 * two, and at least 60% of them). Lines between body lines are never dropped.
 */
function dropPageFurniture(pages: Line[][]): { pages: Line[][]; pageNumbers: number; headers: number } {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map(edgeKey));
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const minPages = Math.max(2, Math.ceil(pages.length * 0.6));
  const running = (line: Line): boolean => (seen.get(edgeKey(line)) ?? 0) >= minPages;
  let pageNumbers = 0;
  let headers = 0;
  const kept = pages.map((lines) => {
    let top = 0;
    let bottom = lines.length;
    const furniture = (line: Line): boolean => {
      if (isPageNumber(line.text)) pageNumbers++;
      else if (running(line)) headers++;
      else return false;
      return true;
    };
    while (top < bottom && top < EDGE_LINES && furniture(lines[top]!)) top++;
    while (bottom > top && lines.length - bottom < EDGE_LINES && furniture(lines[bottom - 1]!)) bottom--;
    return lines.slice(top, bottom);
  });
  return { pages: kept, pageNumbers, headers };
}

/** The text items of a page as visual lines, top to bottom; each line's items left to right. */
function pageLines(items: { str: string; transform: number[]; height: number }[], page: number): Line[] {
  const placed = items
    .filter((it) => it.str !== '')
    .map((it) => {
      const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
      return { str: it.str, x, y, size: Math.hypot(c, d) || it.height || 1 };
    })
    .sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  let group: typeof placed = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const text = group
      .sort((a, b) => a.x - b.x)
      .map((it) => it.str)
      .join('')
      .trim();
    if (text !== '') lines.push({ text, y: group[0]!.y, size: group.reduce((max, it) => Math.max(max, it.size), 0), page });
    group = [];
  };
  for (const it of placed) {
    const first = group[0];
    // A baseline within half a font size of the line's first item is the same visual line.
    if (first !== undefined && first.y - it.y > 0.5 * Math.max(first.size, it.size)) flush();
    group.push(it);
  }
  flush();
  return lines;
}

/** A gap this many times the usual line pitch (both in font sizes) is a paragraph break. */
const BREAK_RATIO = 1.5;

/** The lines joined, a blank line where two lines of a page are set well apart. */
function withParagraphBreaks(pages: Line[][]): { text: string; origins: number[] } {
  const ratio = (a: Line, b: Line): number => (a.y - b.y) / Math.max(a.size, b.size);
  const pitches = pages.flatMap((lines) => lines.slice(1).map((line, i) => ratio(lines[i]!, line))).sort((a, b) => a - b);
  const usual = pitches[Math.floor(pitches.length / 2)] ?? Infinity;
  const out: string[] = [];
  const origins: number[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      if (i > 0 && ratio(lines[i - 1]!, line) > BREAK_RATIO * usual) {
        out.push('');
        origins.push(line.page);
      }
      out.push(line.text);
      origins.push(line.page);
    });
  }
  return { text: out.join('\n'), origins };
}

/** pdf.js's own exception names for a password and for a file that is no PDF. */
function openError(error: unknown, file: string): ImportError {
  const name = error instanceof Object && 'name' in error ? error.name : '';
  return new ImportError(
    file,
    1,
    name === 'PasswordException' ? 'PDF 文件有密码保护：请先去掉密码再导入' : 'PDF 文件已损坏或不是 PDF 文件，无法读取',
  );
}

export const readPdf: Reader = async (bytes, file) => {
  if (bytes.length === 0) throw new ImportError(file, 1, '空文件：文件里没有内容');
  const { getDocument, VerbosityLevel } = await getResolvedPDFJS();
  // pdf.js may take over the buffer it is given, and refuses a Node Buffer: it gets a plain copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw openError(error, file);
    });
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // Radicals are folded here, counted; pdf.js's own normalisation (NFKC of some ranges) is off.
      const content = await page.getTextContent({ disableNormalization: true });
      pages.push(
        pageLines(
          content.items.filter((it) => 'str' in it),
          n,
        ),
      );
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new ImportError(file, 1, 'PDF 没有文字层（可能是扫描件）：请先做文字识别（OCR）再导入');
    }
    const furniture = dropPageFurniture(pages);
    const { text, origins } = withParagraphBreaks(furniture.pages);
    const radicals = foldRadicals(text);
    const normalisations: Normalisation[] = [
      { kind: 'radical' as const, count: radicals.count },
      { kind: 'page-number' as const, count: furniture.pageNumbers },
      { kind: 'running-header' as const, count: furniture.headers },
    ].filter((n) => n.count > 0);
    return {
      format: 'pdf',
      text: radicals.text,
      encoding: null,
      bom: false,
      lineEnding: 'lf',
      normalisations,
      url: null,
      origins: { unit: 'page', of: origins },
    };
  } catch (error) {
    throw error instanceof ImportError ? error : openError(error, file);
  } finally {
    await task.destroy();
  }
};
