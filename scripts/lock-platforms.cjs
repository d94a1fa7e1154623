// Adds lock entries for optional platform binaries (other OSes and CPUs) that the registry this
// workplace reaches does not serve at the locked versions, so `npm ci` accepts the lock.
// Run after any `npm install` that rewrites package-lock.json: `node scripts/lock-platforms.cjs`.
const fs = require('fs');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = 'node_modules/' + name;
    if (pk[key] || pk[path + '/node_modules/' + name]) continue;
    const tail = name.split('/').pop();
    const os = /darwin/.test(tail)
      ? 'darwin'
      : /win32|windows/.test(tail)
        ? 'win32'
        : /freebsd/.test(tail)
          ? 'freebsd'
          : /android/.test(tail)
            ? 'android'
            : /linux/.test(tail)
              ? 'linux'
              : null;
    const cpu = /wasm32/.test(tail) ? 'wasm32' : /arm64/.test(tail) ? 'arm64' : /x64/.test(tail) ? 'x64' : /arm/.test(tail) ? 'arm' : null;
    const e = { version: range.replace(/^[\^~]/, ''), optional: true };
    if (cpu) e.cpu = [cpu];
    if (os) e.os = [os];
    if (/musl/.test(tail)) e.libc = ['musl'];
    if (/-gnu/.test(tail)) e.libc = ['glibc'];
    pk[key] = e;
    added++;
  }
}
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
