import { describe, expect, it } from 'vitest';
import { realSamples, sourceText, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import { analyzeSource } from '../../../src/lib/source.ts';

const seeds = realSamples();

describe('sourceText', () => {
  // bench:scale imports synthetic samples through the CLI: each file must come back as the sample it was made from.
  it.each(syntheticSamples(seeds, 40).map((s) => [s.sample.id, s] as const))(
    '%s imports as one sample with its title lines and text',
    (_, s) => {
      const { samples } = analyzeSource(new TextEncoder().encode(sourceText(s)), `${s.sample.id}.txt`);
      expect(samples).toHaveLength(1);
      const [{ raw }] = samples as [(typeof samples)[0]];
      expect(raw.titleLines).toEqual(s.sample.titleInferred ? [] : s.sample.titleLines);
      expect(raw.body.trim()).toBe(s.sample.text.trim());
    },
  );

  // Hundreds of samples analysed or listed: seconds on a loaded 2-core machine, past the default 5 s.
  it('gives an imported synthetic corpus every level the seeds have', () => {
    const imported = syntheticSamples(seeds, 200).flatMap(
      (s) => analyzeSource(new TextEncoder().encode(sourceText(s)), `${s.sample.id}.txt`).samples,
    );
    expect(new Set(imported.map((s) => s.metadata.level))).toEqual(new Set(seeds.map((s) => s.sample.level)));
  }, 30_000);
});
