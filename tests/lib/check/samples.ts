import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structureOf } from '../../../src/lib/analyze.ts';
import { featuresOf, type SampleFeatures } from '../../../src/lib/check/similar.ts';
import { parseSample } from '../../../src/lib/content/files.ts';

const DIR = 'src/content/samples';

/** The committed samples with the structure the site's loader gives them. */
export const samples = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const sample = parseSample(readFileSync(join(DIR, f), 'utf8'), f);
    return { ...sample, structure: structureOf(sample) };
  });

export const features: SampleFeatures[] = samples.map((s) => ({ id: s.id, title: s.title, ...featuresOf(s.level, s.structure, s.chars) }));

/** A sample as a reader pastes it: title lines, then the body. */
export const pasted = (s: (typeof samples)[number]) => [...s.titleLines, s.text].join('\n');
