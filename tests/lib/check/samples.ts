import { sampleFeatures } from '../../../src/lib/check/similar.ts';
import { committedEntries } from '../../committed.ts';

/** The committed samples with the structure the site's loader gives them. */
export const samples = committedEntries();

export const features = samples.map(sampleFeatures);

/** A sample as a reader pastes it: title lines, then the body. */
export const pasted = (s: (typeof samples)[number]) => [...s.titleLines, s.text].join('\n');
