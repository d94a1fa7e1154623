import type { Sample } from '../content/schema.ts';
import { byId } from '../content/order.ts';
import { listed, type Listed } from './listed.ts';

/**
 * Title forms of a 工作总结, told apart by the title lines as written:
 * - `organ-first`: 单位 + 时间 + 文种 (`党政办公室2019年工作总结`), the form 公文 titles take;
 * - `year-first`: 时间 + 文种, the unit in brackets or left out (`2018年办公室工作总结（县政府办）`);
 * - `with-plan`: a summary and the next period's plan in one title (`…工作总结及2020年工作计划`), either order of unit and year;
 * - `subtitle`: a main title followed by a `——…` subtitle line naming the summary;
 * - `thematic`: a headline of the year's theme with no 文种 (`主动作为 提质增效`);
 * - `none`: no title line in the source.
 */
export const TITLE_FORMS = ['organ-first', 'year-first', 'with-plan', 'subtitle', 'thematic', 'none'] as const;
export type TitleForm = (typeof TITLE_FORMS)[number];

type Entry = Pick<Sample, 'id' | 'title' | 'titleLines' | 'titleInferred'>;

const KIND = /总结/u;
const PLAN = /总结[^，。]*[及和与暨][^，。]*(计划|打算|思路)/u;
const YEAR = /^(19|20)\d{2}年|^(上|下)半年|^全年|^今年/u;

export function titleForm(entry: Pick<Entry, 'titleLines' | 'titleInferred'>): TitleForm {
  const lines = entry.titleLines.map((l) => l.trim()).filter((l) => l !== '');
  if (entry.titleInferred || lines.length === 0) return 'none';
  if (lines.slice(1).some((l) => /^[—－-]{1,2}/u.test(l) && KIND.test(l))) return 'subtitle';
  const title = lines.join('');
  if (!KIND.test(title)) return 'thematic';
  if (PLAN.test(title)) return 'with-plan';
  return YEAR.test(title) ? 'year-first' : 'organ-first';
}

export interface TitleFormGroup {
  form: TitleForm;
  /** Samples of this form. */
  count: number;
  /** The first of them, in collection order, that a guide lists. */
  samples: Listed<{ id: string; title: string; lines: string[] }>;
}

/** Samples grouped by title form, in `TITLE_FORMS` order, forms no sample uses left out. */
export function titleForms(entries: readonly Entry[]): TitleFormGroup[] {
  const sorted = byId(entries);
  return TITLE_FORMS.map((form) => {
    const samples = sorted.filter((e) => titleForm(e) === form);
    return {
      form,
      count: samples.length,
      samples: listed(
        samples.map((e) => ({
          id: e.id,
          title: e.title,
          lines: e.titleInferred ? [] : e.titleLines.map((l) => l.trim()).filter((l) => l !== ''),
        })),
      ),
    };
  }).filter((g) => g.count > 0);
}
