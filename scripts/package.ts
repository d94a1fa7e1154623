// Makes the release package fanwenku-<version>.zip from the build in dist (or the folder given):
// `npm run package` builds, then runs this. FANWENKU_BASE names the path, as for the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { deploymentOf } from '../src/build/deployment.ts';
import { releasePackage } from '../src/build/releasePackage.ts';
import { sourceDate } from '../src/build/sourceDate.ts';
import { bytesLabel } from '../src/lib/view/bytes.ts';

const dist = process.argv[2] ?? 'dist';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const { base } = deploymentOf(process.env);
const { name, zip } = await releasePackage({ dist, base, version, date: sourceDate() });
writeFileSync(name, zip);
console.log(`package: ${name} (${bytesLabel(zip.length)}), path ${base}`);
