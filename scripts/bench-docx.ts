/**
 * `npm run bench:docx`: the .docx downloads as the build writes them (each committed sample as its
 * original and its template, dated as a build dates them). Prints the CPU time per document
 * (median of `--runs`, default 5) and the documents' sizes.
 */
import { parseArgs } from 'node:util';
import { entryOf } from '../src/build/collection.ts';
import { gongwenOf } from '../src/lib/format/copy.ts';
import { gongwenDocx } from '../src/lib/format/docx.ts';
import { copyDoc } from '../src/lib/view/copyDoc.ts';
import { realSamples } from './bench/corpus.ts';
import { cpuMsAsync } from './bench/cpuTime.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const date = new Date('2024-05-06T07:08:09Z');
const docs = realSamples().flatMap(({ sample }) =>
  (['original', 'template'] as const).map((mode) => ({
    title: sample.title,
    slots: mode === 'template',
    doc: gongwenOf(copyDoc(entryOf(sample)), mode),
  })),
);
const write = () => Promise.all(docs.map((d) => gongwenDocx(d.doc, d.slots, { title: d.title, date })));
const bytes = (await write()).reduce((n, b) => n + b.length, 0);
const ms = await cpuMsAsync(async () => void (await write()), Number(values.runs));
console.log(
  `${docs.length} documents: ${(ms / docs.length).toFixed(1)} ms CPU each (median of ${values.runs} runs), ${Math.round(bytes / docs.length).toLocaleString('en')} B each on average`,
);
