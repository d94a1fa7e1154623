import type { Role } from '../structure/schema.ts';
import type { Sample, Source } from '../content/schema.ts';

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

export function perspectiveLabel(perspective: Sample['perspective']): string {
  return perspective === 'individual' ? '个人总结' : '单位总结';
}

const ENCODINGS: Record<Source['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030（兼容 GBK）',
};

export function encodingLabel(encoding: Source['encoding'], bom: boolean): string {
  return `${ENCODINGS[encoding]}，${bom ? '带 BOM' : '无 BOM'}`;
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
