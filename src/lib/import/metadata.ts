import { levelFromBody, levelOfOrgan, type Level } from '../levels.ts';
import { periodOf, yearOf, type Period } from './dates.ts';
import { topHeadingLines } from './headingLines.ts';
import { organFromBody, organFromTitle, withLevelWord, type Organ } from './organ.ts';
import { perspectiveOf, type Perspective } from './perspective.ts';
import { hasPlan } from './plan.ts';
import type { RawSample } from './split.ts';
import { constructTitle, joinTitleLines } from './title.ts';

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
}

function organOf(title: string | null, body: string): Organ | null {
  const fromTitle = title ? organFromTitle(title) : null;
  if (fromTitle) return fromTitle.short === fromTitle.long ? fromTitle : withLevelWord(fromTitle, body);
  return organFromBody(body);
}

/** Metadata of one sample, from its title lines and body only. */
export function inferMetadata(raw: RawSample): Metadata {
  const given = raw.titleLines.length > 0 ? joinTitleLines(raw.titleLines) : null;
  const headings = topHeadingLines(raw.body, raw.bodyStart);
  const organ = organOf(given, raw.body);
  const { year, inferred: yearInferred } = yearOf(given ?? '', raw.body);
  const period = periodOf(given ?? '', headings.map((h) => h.text), raw.body);
  const half = period === 'half-year' ? (/下半年/u.exec(headings.find((h) => /半年/u.test(h.text))?.text ?? '')?.[0] ?? '上半年') : null;
  const title = given ?? constructTitle(organ?.long ?? null, year, half);
  return {
    title,
    titleInferred: given === null,
    level: (organ && levelOfOrgan(organ.short)) ?? levelFromBody(raw.body)?.level ?? null,
    perspective: perspectiveOf(title, organ?.role ?? null, raw.body),
    organ: organ?.short ?? null,
    role: organ?.role ?? null,
    year,
    yearInferred,
    period,
    hasPlan: hasPlan(title, headings, raw.body, raw.bodyStart),
  };
}
