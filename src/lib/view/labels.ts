import type { Sample } from '../content/schema.ts';
import { GROUPS, type Group } from '../levels.ts';

const NUMBER = new Intl.NumberFormat('zh-CN');

export function periodLabel(period: Sample['period']): string {
  return period === 'half-year' ? '半年总结' : period === 'annual' ? '年度总结' : '周期未注明';
}

export function yearLabel(year: number | null): string {
  return year === null ? '年份未注明' : `${year}年`;
}

export function charsLabel(chars: number): string {
  return `${NUMBER.format(chars)} 字`;
}

export function perspectiveLabel(perspective: Sample['perspective']): string {
  return perspective === 'individual' ? '个人总结' : '单位总结';
}

/** Whether a sample is listed in a group: its level, and 个人 for a person's own summary. */
export function inGroup(sample: Pick<Sample, 'level' | 'perspective'>, group: Group): boolean {
  return group === 'individual' ? sample.perspective === 'individual' : sample.level === group;
}

/** Samples per reader-facing group, in GROUPS order; each group sorted by id. */
export function groupSamples<T extends Pick<Sample, 'id' | 'level' | 'perspective'>>(samples: readonly T[]): Array<{ group: Group; samples: T[] }> {
  const sorted = [...samples].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return GROUPS.map((group) => ({ group, samples: sorted.filter((s) => inGroup(s, group)) }));
}

/** A text's non-blank lines with their 1-based source line, indentation removed for display. */
export function sourceLines(text: string, firstLine: number): Array<{ line: number; text: string }> {
  return text.split('\n').flatMap((raw, i) => {
    const shown = raw.trim();
    return shown === '' ? [] : [{ line: firstLine + i, text: shown }];
  });
}
