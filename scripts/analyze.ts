/**
 * Analyze CLI: `npm run --silent analyze -- [--json] FILE`
 * Prints the engine's view of any file the importer accepts (every format src/lib/read reads): metadata, outline,
 * parts and anomalies. With --json, one JSON object (an array of objects for a compilation),
 * in the shape documented in the README; otherwise a readable indented outline.
 * On a file the engine refuses, prints FILE:LINE: and the reason, and exits 1.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analysisJson, analyzeRead, analyzeSource, type AnalysisJson } from '../src/lib/source.ts';
import { formatOf, readSource } from '../src/lib/read/formats.ts';
import { formatDiagnostic, ImportError } from '../src/lib/import/errors.ts';
import { GROUP_LABELS } from '../src/lib/offices.ts';
import { ROLE_LABELS } from '../src/lib/view/labels.ts';

function usage(): never {
  console.error('用法：npm run --silent analyze -- [--json] <文件>');
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length !== 1 || files[0]!.startsWith('-')) usage();
const file = files[0]!;

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch {
  console.error(`${file}:1: 无法读取文件`);
  process.exit(1);
}

let results: AnalysisJson[];
let compilation: boolean;
try {
  const name = basename(file);
  const format = formatOf(name);
  // A text file's size is checked before it is decoded; another format's text after it is read.
  const analyzed = format === 'txt' || format === null ? analyzeSource(bytes, name) : analyzeRead(await readSource(bytes, name), name);
  results = analyzed.samples.map(analysisJson);
  compilation = analyzed.split.kind === 'compilation';
} catch (e) {
  if (!(e instanceof ImportError)) throw e;
  console.error(formatDiagnostic({ file, line: e.line, message: e.message }));
  process.exit(1);
}

function readable(a: AnalysisJson): string {
  const out: string[] = [];
  out.push(`《${a.title ?? '（无标题）'}》${a.titleInferred ? '（标题据正文拟定）' : ''}`);
  const facts = [
    a.level ? GROUP_LABELS[a.level] : '层级不明',
    a.perspective === 'individual' ? '个人总结' : '单位总结',
    a.organ ?? '机关不明',
    a.year ? `${a.year}年` : '年份不明',
    a.period === 'half-year' ? '半年' : a.period === 'annual' ? '全年' : '期间不明',
    a.hasPlan ? '含下一步打算' : '无下一步打算',
  ];
  out.push(facts.join(' · '));
  out.push('');
  for (const part of a.parts) {
    const end = a.parts[a.parts.indexOf(part) + 1]?.line ?? Infinity;
    out.push(`【${ROLE_LABELS[part.role]}】第 ${part.line} 行起`);
    for (const h of a.outline.filter((h) => h.line >= part.line && h.line < end))
      out.push(`${'  '.repeat(h.depth)}${h.marker}${h.text}  （第 ${h.line} 行${h.inline ? '，段内' : ''}）`);
  }
  out.push('');
  out.push('问题与提示：');
  for (const x of a.anomalies) out.push(`  - [${x.kind}]${x.line === null ? '' : ` 第 ${x.line} 行`} ${x.detail}`);
  return out.join('\n');
}

if (json) console.log(JSON.stringify(compilation ? results : results[0], null, 2));
else console.log(results.map(readable).join('\n\n────────\n\n'));
