import { scanXml, xmlAttrs } from './xml.ts';
import { isOn, wordNames } from './wordml.ts';

/**
 * Word's automatic numbering, written out as Word shows it. A numbered paragraph names a list
 * (`w:numId`) and a level (`w:ilvl`), directly or through its style; word/numbering.xml maps the
 * list to an abstract definition whose level says where to start, the number format and the text
 * around the number (`%1、`, `（%2）`). Lists that share an abstract definition share its counters
 * and continue each other, as in Word; a list with a start override restarts those levels where it
 * is first used. Using a level restarts the levels below it (unless `w:lvlRestart` says otherwise).
 */

interface Level {
  start: number;
  format: string;
  /** `w:lvlText`; null when the level has none (nothing is written). */
  text: string | null;
  legal: boolean;
  /** `w:lvlRestart`: null restarts after any higher level, 0 never, n after levels 1..n (1-based). */
  restart: number | null;
  suffix: string;
  style: string | null;
}

interface Abstract {
  levels: Map<number, Level>;
  /** `w:numStyleLink`: the levels are the ones of the list this numbering style names. */
  styleLink: string | null;
}

interface List {
  abstract: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

/** A paragraph style's numbering and the style it is based on. */
interface Style {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

const DEFAULT_LEVEL: Level = { start: 0, format: 'decimal', text: null, legal: false, restart: null, suffix: 'tab', style: null };

const int = (v: string | undefined, otherwise: number): number => {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : otherwise;
};

/** The paragraph styles of word/styles.xml, and which one is the default. */
export function parseStyles(xml: string | null): { styles: Map<string, Style>; defaultStyle: string | null } {
  const styles = new Map<string, Style>();
  let defaultStyle: string | null = null;
  if (xml === null) return { styles, defaultStyle };
  const n = wordNames(xml);
  const [STYLE, BASED, NUMID, ILVL, VAL] = ['style', 'basedOn', 'numId', 'ilvl', 'val'].map(n.w) as [
    string,
    string,
    string,
    string,
    string,
  ];
  let current: Style | null = null;
  scanXml(xml, {
    open(name, raw) {
      if (name === STYLE) {
        const a = xmlAttrs(raw);
        current = null;
        if (a.get(n.w('type')) !== 'paragraph') return;
        const id = a.get(n.w('styleId')) ?? '';
        current = { basedOn: null, numId: null, ilvl: null };
        styles.set(id, current);
        if (isOn(a.get(n.w('default'))) && a.has(n.w('default'))) defaultStyle = id;
      } else if (current !== null && (name === BASED || name === NUMID || name === ILVL)) {
        const v = xmlAttrs(raw).get(VAL);
        if (name === BASED) current.basedOn = v ?? null;
        else if (name === NUMID) current.numId = v ?? null;
        else current.ilvl = int(v, 0);
      }
    },
    close(name) {
      if (name === STYLE) current = null;
    },
    text() {},
  });
  return { styles, defaultStyle };
}

/** The lists and abstract definitions of word/numbering.xml. */
function parseNumbering(xml: string | null): { abstracts: Map<string, Abstract>; lists: Map<string, List> } {
  const abstracts = new Map<string, Abstract>();
  const lists = new Map<string, List>();
  if (xml === null) return { abstracts, lists };
  const n = wordNames(xml);
  const tag = (local: string) => n.w(local);
  const VAL = n.w('val');
  let abstract: Abstract | null = null;
  let list: List | null = null;
  let overrideLevel: number | null = null;
  let level: Level | null = null;
  scanXml(xml, {
    open(name, raw) {
      const a = () => xmlAttrs(raw);
      if (name === tag('abstractNum')) {
        abstract = { levels: new Map(), styleLink: null };
        abstracts.set(a().get(n.w('abstractNumId')) ?? '', abstract);
      } else if (name === tag('num')) {
        list = { abstract: '', starts: new Map(), levels: new Map() };
        lists.set(a().get(n.w('numId')) ?? '', list);
      } else if (name === tag('abstractNumId') && list !== null) list.abstract = a().get(VAL) ?? '';
      else if (name === tag('lvlOverride') && list !== null) overrideLevel = int(a().get(n.w('ilvl')), 0);
      else if (name === tag('startOverride') && list !== null && overrideLevel !== null)
        list.starts.set(overrideLevel, int(a().get(VAL), 0));
      else if (name === tag('numStyleLink') && abstract !== null) abstract.styleLink = a().get(VAL) ?? null;
      else if (name === tag('lvl')) {
        level = { ...DEFAULT_LEVEL };
        const ilvl = int(a().get(n.w('ilvl')), 0);
        if (list !== null && overrideLevel !== null) list.levels.set(overrideLevel, level);
        else abstract?.levels.set(ilvl, level);
      } else if (level !== null) {
        const v = a().get(VAL);
        if (name === tag('start')) level.start = int(v, 0);
        // A newer format (`custom`) comes with a fallback Word's older versions read: keep that one.
        else if (name === tag('numFmt') && v !== undefined && v !== 'custom') level.format = v;
        else if (name === tag('lvlText')) level.text = v ?? null;
        else if (name === tag('isLgl')) level.legal = isOn(v);
        else if (name === tag('lvlRestart')) level.restart = int(v, 0);
        else if (name === tag('suff')) level.suffix = v ?? 'tab';
        else if (name === tag('pStyle')) level.style = v ?? null;
      }
    },
    close(name) {
      if (name === tag('lvl')) level = null;
      else if (name === tag('lvlOverride')) overrideLevel = null;
      else if (name === tag('abstractNum')) abstract = null;
      else if (name === tag('num')) list = null;
    },
    text() {},
  });
  return { abstracts, lists };
}

/** The counters of a document's lists, advanced paragraph by paragraph in document order. */
export class WordNumbering {
  private readonly abstracts: Map<string, Abstract>;
  private readonly lists: Map<string, List>;
  private readonly styles: Map<string, Style>;
  private readonly defaultStyle: string | null;
  /** Per abstract definition (shared by its lists), the last number of each level; absent = not started. */
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly used = new Set<string>();

  constructor(numberingXml: string | null, stylesXml: string | null) {
    ({ abstracts: this.abstracts, lists: this.lists } = parseNumbering(numberingXml));
    ({ styles: this.styles, defaultStyle: this.defaultStyle } = parseStyles(stylesXml));
  }

  /** The numbering a style gives, through the styles it is based on. */
  private styleNumbering(styleId: string | null): { numId: string | null; ilvl: number | null } {
    const seen = new Set<string>();
    let numId: string | null = null;
    let ilvl: number | null = null;
    for (let id = styleId ?? this.defaultStyle; id !== null && !seen.has(id);) {
      seen.add(id);
      const s = this.styles.get(id);
      if (s === undefined) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return { numId, ilvl };
  }

  /** The abstract definition a list uses, through a numbering style's link. */
  private abstractOf(list: List): { id: string; def: Abstract } | null {
    let id = list.abstract;
    for (let hops = 0; hops < 4; hops++) {
      const def = this.abstracts.get(id);
      if (def === undefined) return null;
      if (def.styleLink === null) return { id, def };
      const linked = this.styleNumbering(def.styleLink).numId;
      const next = linked === null ? undefined : this.lists.get(linked);
      if (next === undefined) return { id, def };
      id = next.abstract;
    }
    return null;
  }

  /**
   * The number Word shows before a paragraph with these properties (`w:pStyle`, `w:numPr`), with
   * its counters advanced; null when the paragraph is not numbered.
   */
  next(style: string | null, numId: string | null, ilvl: number | null): string | null {
    const fromStyle = this.styleNumbering(style);
    const id = numId ?? fromStyle.numId;
    if (id === null || id === '0') return null;
    const list = this.lists.get(id);
    if (list === undefined) return null;
    const abstract = this.abstractOf(list);
    if (abstract === null) return null;
    let lvl = ilvl ?? fromStyle.ilvl;
    if (lvl === null) {
      // A style linked to a level (`w:pStyle` in `w:lvl`) is numbered at that level.
      const linked = [...abstract.def.levels].find(([, l]) => l.style !== null && l.style === style);
      lvl = linked?.[0] ?? 0;
    }
    const levelOf = (i: number): Level => list.levels.get(i) ?? abstract.def.levels.get(i) ?? DEFAULT_LEVEL;
    const startOf = (i: number): number => list.starts.get(i) ?? levelOf(i).start;
    let counters = this.counters.get(abstract.id);
    if (counters === undefined) this.counters.set(abstract.id, (counters = new Map()));
    if (!this.used.has(id)) {
      this.used.add(id);
      for (const i of list.starts.keys()) counters.delete(i);
    }
    const current = counters.get(lvl);
    counters.set(lvl, current === undefined ? startOf(lvl) : current + 1);
    for (const [i] of [...counters]) {
      if (i <= lvl) continue;
      const restart = levelOf(i).restart;
      if (restart === null || (restart > 0 && lvl < restart)) counters.delete(i);
    }
    const level = levelOf(lvl);
    if (level.text === null) return '';
    const text =
      level.format === 'bullet'
        ? bulletText(level.text)
        : level.text.replace(/%([1-9])/gu, (_, k: string) => {
            const i = Number(k) - 1;
            const format = level.legal ? 'decimal' : levelOf(i).format;
            return formatNumber(counters.get(i) ?? startOf(i), format);
          });
    // A tab after the number only aligns the text; Chinese headings have none in their text.
    return level.suffix === 'space' && text !== '' ? `${text} ` : text;
  }
}

/** Symbol and Wingdings bullets are private-use characters: show what the font draws. */
const BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf06c': '●',
  '\uf0a7': '▪',
  '\uf06e': '■',
  '\uf075': '◆',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
  '\uf076': '❖',
};

function bulletText(text: string): string {
  return [...text].map((c) => BULLETS[c] ?? (c >= '\ue000' && c <= '\uf8ff' ? '•' : c)).join('');
}

const CHINESE = { digits: '〇一二三四五六七八九', units: ['', '十', '百', '千'], wan: '万', yi: '亿', zero: '零' };
const LEGAL_SIMPLIFIED = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'], wan: '万', yi: '亿', zero: '零' };
const LEGAL_TRADITIONAL = { digits: '零壹貳參肆伍陸柒捌玖', units: ['', '拾', '佰', '仟'], wan: '萬', yi: '億', zero: '零' };
const TRADITIONAL_COUNTING = { ...CHINESE, wan: '萬', yi: '億' };

/** A number in Chinese counting: 10 十, 11 十一, 20 二十, 101 一百零一, 110 一百一十, 10000 一万. */
function chineseNumber(n: number, s: typeof CHINESE, tenAlone: boolean): string {
  if (n === 0) return s.digits[0]!;
  const groups: number[] = [];
  for (let m = n; m > 0; m = Math.floor(m / 10000)) groups.push(m % 10000);
  let out = '';
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g]!;
    if (v === 0) continue;
    if (out !== '' && v < 1000) out += s.zero;
    let part = '';
    let pendingZero = false;
    for (let u = 3; u >= 0; u--) {
      const d = Math.floor(v / 10 ** u) % 10;
      if (d === 0) {
        if (part !== '') pendingZero = true;
        continue;
      }
      if (pendingZero) part += s.zero;
      pendingZero = false;
      part += (u === 1 && d === 1 && part === '' && out === '' && tenAlone ? '' : s.digits.charAt(d)) + (s.units[u] ?? '');
    }
    out += part + (g === 0 ? '' : g % 2 === 1 ? s.wan : s.yi);
  }
  return out;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** A: 1, Z: 26, AA: 27, as Word letters lists. */
const letter = (n: number): string => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** Enclosed numbers: ① U+2460 for 1 to 20, ㉑ U+3251 to 35, ㊱ U+32B1 to 50; decimal beyond. */
function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

const inRange = (n: number, max: number, base: number): string => (n >= 1 && n <= max ? String.fromCodePoint(base + n - 1) : String(n));
const cycle = (n: number, signs: string): string => (n >= 1 ? [...signs][(n - 1) % [...signs].length]! : String(n));

/** One number in one of Word's number formats (`w:numFmt`); an unknown format as a decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'upperRoman':
      return n > 0 ? roman(n) : String(n);
    case 'lowerRoman':
      return n > 0 ? roman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return n > 0 ? letter(n) : String(n);
    case 'lowerLetter':
      return n > 0 ? letter(n).toLowerCase() : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
      return chineseNumber(n, CHINESE, true);
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n, TRADITIONAL_COUNTING, true);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_SIMPLIFIED, false);
    case 'ideographLegalTraditional':
      return chineseNumber(n, LEGAL_TRADITIONAL, false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => CHINESE.digits[Number(d)] ?? d).join('');
    case 'ideographTraditional':
      return cycle(n, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
      return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'ideographEnclosedCircle':
      return inRange(n, 10, 0x3280);
    case 'decimalEnclosedFullstop':
      return inRange(n, 20, 0x2488);
    case 'decimalEnclosedParen':
      return inRange(n, 20, 0x2474);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    default:
      return String(n);
  }
}
