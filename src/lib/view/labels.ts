import type { Sample, Source } from '../content/schema.ts';
import { chineseNumeral } from '../structure/families.ts';
import type { AnomalyKind, Role } from '../structure/model.ts';
import { roleOrdinals } from '../structure/partRoles.ts';

const NUMBER = new Intl.NumberFormat('zh-CN');

export function periodLabel(period: Sample['period']): string {
  return period === 'half-year' ? '半年总结' : period === 'annual' ? '全年总结' : '周期未注明';
}

export function yearLabel(year: number | null): string {
  return year === null ? '年份未注明' : `${year}年`;
}

/** `chars` counts non-whitespace characters, so it is an approximate length as readers count it. */
export function charsLabel(chars: number): string {
  return `约 ${NUMBER.format(chars)} 字`;
}

/** What readers call each kind of text. */
export const GENRE_LABELS: Record<Sample['genre'], string> = {
  summary: '工作总结',
  'duty-report': '述职报告',
  speech: '讲话',
  plan: '工作计划',
};

export function genreLabel(genre: Sample['genre']): string {
  return GENRE_LABELS[genre];
}

export function perspectiveLabel(perspective: Sample['perspective']): string {
  return perspective === 'individual' ? '个人总结' : '单位总结';
}

const ENCODINGS: Record<NonNullable<Source['encoding']>, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030（兼容 GBK）',
  big5: 'Big5（繁体中文）',
};

export function encodingLabel(encoding: NonNullable<Source['encoding']>, bom: boolean): string {
  return `${ENCODINGS[encoding]}，${bom ? '带 BOM' : '无 BOM'}`;
}

const FORMATS: Record<Source['format'], string> = {
  txt: '纯文本（.txt）',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97–2003 文档（.doc）',
  pdf: 'PDF',
  html: '网页（.html）',
};

export function formatLabel(format: Source['format']): string {
  return FORMATS[format];
}

const NORMALISATIONS: Record<Source['normalisations'][number]['kind'], (n: string) => string> = {
  'auto-number': (n) => `自动编号写出 ${n} 处`,
  radical: (n) => `PDF 字体码位折算 ${n} 处（康熙部首等写作对应汉字）`,
  'page-number': (n) => `去掉页码 ${n} 行`,
  'running-header': (n) => `去掉页眉页脚 ${n} 行`,
  chrome: (n) => `去掉网页导航、广告等 ${n} 块`,
  'text-box-copy': (n) => `文本框的备用副本 ${n} 份未重复计入`,
};

/** What a reader changed, one phrase per kind (`去掉页码 4 行`). */
export function normalisationLabel({ kind, count }: Source['normalisations'][number]): string {
  return NORMALISATIONS[kind](NUMBER.format(count));
}

const LINE_ENDINGS: Record<Source['lineEnding'], string> = {
  lf: 'LF（\\n）',
  crlf: 'CRLF（\\r\\n）',
  cr: 'CR（\\r）',
  mixed: '混用多种换行符',
  none: '无换行（仅一行）',
};

export function lineEndingLabel(lineEnding: Source['lineEnding']): string {
  return LINE_ENDINGS[lineEnding];
}

export function sizeLabel(bytes: number, lineCount: number): string {
  return `${NUMBER.format(bytes)} 字节，${NUMBER.format(lineCount)} 行`;
}

/** What each part of a 工作总结 is called by its readers. */
export const ROLE_LABELS: Record<Role, string> = {
  opening: '开头',
  achievements: '主要成绩',
  problems: '存在问题',
  plans: '下一步打算',
  closing: '结尾',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** Parts' labels: the role's name, numbered in order when a role has more than one part. */
export function partLabels(parts: readonly { role: Role }[]): string[] {
  const ordinals = roleOrdinals(parts);
  return parts.map((p, i) => (ordinals[i] === null ? roleLabel(p.role) : `${roleLabel(p.role)} ${ordinals[i]}`));
}

/** An outline depth as 公文 writers name it: 1 → 一级, 4 → 四级. */
export function depthLabel(depth: number): string {
  return `${chineseNumeral(depth)}级`;
}

/** A short name for each kind of anomaly; the anomaly's own detail says what exactly is wrong. */
export const ANOMALY_LABELS: Record<AnomalyKind, string> = {
  placeholders: '占位符',
  'numbering-repeat': '序号重复',
  'numbering-skip': '序号跳号',
  'numbering-restart': '序号重新起排',
  'enumeration-restart': '列举重新起排',
  'mixed-markers': '序号混用',
  'heading-punctuation': '标题标点',
  'heading-text': '标题文字',
  'unheaded-part': '部分缺标题',
  'title-body-mismatch': '标题与正文不符',
  'missing-title': '缺少标题',
  whitespace: '空白',
  punctuation: '标点',
};

export function anomalyLabel(kind: AnomalyKind): string {
  return ANOMALY_LABELS[kind];
}
