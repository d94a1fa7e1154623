// Writes the offline files (offline.json and the service worker sw.js) from the finished build.
// Run by `npm run build` last, after astro build and the search index: both are in the manifest.
import { writeOffline } from '../src/build/offline.ts';
import { bytesLabel } from '../src/lib/view/bytes.ts';

const dist = process.argv[2] ?? 'dist';
const { manifest, serviceWorker } = await writeOffline(dist);
const shell = manifest.shell.reduce((n, p) => n + manifest.files[p]!.bytes, 0);
console.log(
  `offline: sw.js ${serviceWorker.length} B, shell ${manifest.shell.length} files ${bytesLabel(shell)}, whole site ${Object.keys(manifest.files).length} files ${bytesLabel(manifest.bytes)} → ${dist}`,
);
