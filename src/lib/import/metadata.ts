import { levelFromBody, levelOfOrgan, type Level } from '../offices.ts';
import { periodOf, yearOf, type Period } from './dates.ts';
import { genreOf, type Genre } from './genre.ts';
import { withoutPdfSpaces } from './pdfSpaces.ts';
import { organFromBody, organFromTitle, withLevelWord, type Organ } from './organ.ts';
import { perspectiveOf, type Perspective } from './perspective.ts';
import type { Structure } from '../structure/model.ts';
import type { RawSample } from './split.ts';
import { constructTitle, givenTitle, runInTitle } from './title.ts';

export interface Metadata {
  title: string;
  titleInferred: boolean;
  level: Level | null;
  perspective: Perspective;
  organ: string | null;
  role: string | null;
  year: number | null;
  yearInferred: boolean;
  period: Period | null;
  hasPlan: boolean;
  genre: Genre;
}

function organOf(title: string | null, body: string): Organ | null {
  const fromTitle = title ? organFromTitle(title) : null;
  if (fromTitle) return withLevelWord(fromTitle, body);
  return organFromBody(body);
}

/** The level a title names through its organ (`…（市政协办）` → city). */
export function titleLevel(title: string): Level | null {
  const organ = organFromTitle(title);
  return organ ? levelOfOrgan(organ.short) : null;
}

/**
 * Metadata of one sample, from its title lines, body and structure: top-level headings
 * tell a half-year text (`一、今年上半年所做的主要工作`), a plans part tells hasPlan,
 * whether headed or not; a closing pledge is not a plan.
 */
export function inferMetadata(raw: RawSample, structure: Pick<Structure, 'outline' | 'parts'>): Metadata {
  const given = givenTitle(raw.titleLines);
  // Read as `2024年`, `X县`: a PDF extract's spaces around figures hide years and organs.
  const body = withoutPdfSpaces(raw.body);
  // A flattened text's title is no line of its own: it heads the first sentence.
  const named = given ?? runInTitle(raw.body);
  const headings = structure.outline.filter((h) => h.depth === 1);
  const organ = organOf(named, body);
  const { year, inferred: yearInferred } = yearOf(named ?? '', body);
  const period = periodOf(
    named ?? '',
    headings.map((h) => h.text),
    body,
  );
  const half = period === 'half-year' ? (/下半年/u.exec(headings.find((h) => /半年/u.test(h.text))?.text ?? '')?.[0] ?? '上半年') : null;
  // A title is only constructed when the source has none, so its year could only be a
  // deduction from the body: that stays in the year chip, out of the title.
  const title = named ?? constructTitle(organ?.long ?? null, null, half);
  return {
    title,
    titleInferred: given === null,
    level: (organ && levelOfOrgan(organ.short)) ?? levelFromBody(body)?.level ?? null,
    perspective: perspectiveOf(title, organ?.role ?? null, body),
    organ: organ?.short ?? null,
    role: organ?.role ?? null,
    year,
    yearInferred,
    period,
    hasPlan: structure.parts.some((p) => p.role === 'plans'),
    genre: genreOf(named, body),
  };
}
