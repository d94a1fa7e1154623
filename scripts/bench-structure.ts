/**
 * `npm run bench:structure`: the engine over every seed, against the gold file. Prints per
 * sample and overall heading precision/recall/F1, depth, inline-flag and role accuracy,
 * part accuracy, anomaly-kind recall, placeholder counts, metadata accuracy, and time.
 * `--diff` also lists every difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSource, type SampleAnalysis } from '../src/lib/source.ts';
import { METADATA_FIELDS, scoreSample, type GoldSample } from './gold/score.ts';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;
const SEEDS = join(CORPUS, 'seeds');
const gold: GoldSample[] = JSON.parse(readFileSync(join(CORPUS, 'gold/seeds.json'), 'utf8'));
const showDiff = process.argv.includes('--diff');

const sources = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, data: readFileSync(join(SEEDS, file)) }));
const bytes = sources.reduce((n, s) => n + s.data.length, 0);
const analyzeAll = () =>
  sources.flatMap(({ file, data }) => analyzeSource(data, file).samples.map((s) => [`${file}#${s.raw.lines[0]}`, s] as const));

let started = performance.now();
const found = new Map<string, SampleAnalysis>(analyzeAll());
const cold = performance.now() - started;
const warm: number[] = [];
for (let i = 0; i < 20; i++) {
  started = performance.now();
  analyzeAll();
  warm.push(performance.now() - started);
}
warm.sort((a, b) => a - b);

const fmt = (x: number) => x.toFixed(3);
const rows = gold.map((g) => {
  const a = found.get(`${g.source.file}#${g.source.lines[0]}`);
  if (!a) throw new Error(`engine has no sample at ${g.source.file}:${g.source.lines[0]} (${g.id})`);
  return scoreSample(g, a);
});
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);

console.log('id      gold found   P     R     F1    depth inline role  parts       anomaly-kinds  placeholders  metadata');
for (const r of rows) {
  const kinds = r.anomalyKinds.filter((k) => r.anomalyKindsFound.includes(k)).length;
  console.log(
    [
      r.id.padEnd(7),
      String(r.gold).padStart(4),
      String(r.found).padStart(5),
      fmt(r.precision),
      fmt(r.recall),
      fmt(r.f1),
      fmt(r.depthRight / Math.max(1, r.matched)),
      fmt(r.inlineRight / Math.max(1, r.matched)),
      fmt(r.roleRight / Math.max(1, r.matched)),
      `${r.partsRight}/${r.partsGold} (${r.partsFound})`.padEnd(11),
      `${kinds}/${r.anomalyKinds.length}`.padEnd(14),
      `${r.placeholdersFound}/${r.placeholdersGold}${r.tokensEqual ? '' : ' tokens differ'}`.padEnd(13),
      `${METADATA_FIELDS.length - r.metadataWrong.length}/${METADATA_FIELDS.length}${r.metadataWrong.length ? ` (${r.metadataWrong.join(',')})` : ''}`,
    ].join(' '),
  );
  if (showDiff) for (const d of r.diffs) console.log(`        ${d}`);
}
const matched = sum((r) => r.matched);
const P = matched / sum((r) => r.found);
const R = matched / sum((r) => r.gold);
const kindsGold = sum((r) => r.anomalyKinds.length);
const kindsFound = sum((r) => r.anomalyKinds.filter((k) => r.anomalyKindsFound.includes(k)).length);
const extraKinds = sum((r) => r.anomalyKindsFound.filter((k) => !r.anomalyKinds.includes(k)).length);
console.log('');
console.log(`headings      gold ${sum((r) => r.gold)}, engine ${sum((r) => r.found)}, matched ${matched}`);
console.log(`heading       precision ${fmt(P)}  recall ${fmt(R)}  F1 ${fmt((2 * P * R) / (P + R))}`);
console.log(
  `depth         ${fmt(sum((r) => r.depthRight) / matched)}   inline ${fmt(sum((r) => r.inlineRight) / matched)}   heading role ${fmt(sum((r) => r.roleRight) / matched)}`,
);
console.log(
  `parts         ${sum((r) => r.partsRight)}/${sum((r) => r.partsGold)} right (role, line, start) = ${fmt(sum((r) => r.partsRight) / sum((r) => r.partsGold))}; engine found ${sum((r) => r.partsFound)}`,
);
console.log(
  `anomalies     kind recall ${kindsFound}/${kindsGold} = ${fmt(kindsFound / kindsGold)}; kinds the gold does not list: ${extraKinds}`,
);
console.log(
  `placeholders  ${sum((r) => r.placeholdersFound)}/${sum((r) => r.placeholdersGold)}; samples with equal token counts ${rows.filter((r) => r.tokensEqual).length}/${rows.length}`,
);
console.log(
  `metadata      ${fmt(1 - sum((r) => r.metadataWrong.length) / (rows.length * METADATA_FIELDS.length))} (${rows.length} samples × ${METADATA_FIELDS.length} fields)`,
);
console.log(
  `time          all seeds (${(bytes / 1024).toFixed(0)} KiB, decode + split + structure + metadata): first run ${cold.toFixed(1)} ms, then median of 20 runs ${warm[10]!.toFixed(1)} ms`,
);
