import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheControl, contentType } from './serving.ts';

/**
 * A static server over a built site at its base path, as a static host serves it: `index.html`
 * for a directory (redirecting to the path with its slash), `404.html` with status 404 for a
 * miss, and the media types and cache headers of `serving.ts`. The tests serve every build with
 * it, and the release package ships it as `serve.mjs` for a machine without a web server.
 */
export function staticServer(root: string, base: string): Server {
  const top = resolve(root);
  const statOf = (file: string): Stats | null => {
    try {
      return statSync(file);
    } catch {
      return null;
    }
  };
  return createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (`${path}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const rel = path.startsWith(base) ? path.slice(base.length) : null;
    let file = rel === null ? null : normalize(join(top, rel));
    if (file !== null && file !== top && !file.startsWith(top + sep)) file = null;
    let stat = file === null ? null : statOf(file);
    if (file !== null && stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
      stat = statOf(file);
    }
    const found = file !== null && stat?.isFile() === true;
    const served = found ? file! : join(top, '404.html');
    const ext = extname(served).slice(1);
    res.writeHead(found ? 200 : 404, {
      'content-type': contentType(ext) ?? 'application/octet-stream',
      'content-length': (found ? stat! : statSync(served)).size,
      'cache-control': cacheControl(found ? rel! : '404.html'),
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
}

/**
 * The package's `serve.mjs`: serve the `site` folder beside the script at `base` on localhost
 * (`--port 8080` by default, the next free port if taken) and say where. Localhost is a secure
 * context, so offline reading works from it too.
 */
export function runLocalServer(scriptUrl: string, base: string, args: readonly string[]): void {
  const root = fileURLToPath(new URL('site/', scriptUrl));
  const at = args.indexOf('--port');
  let port = at >= 0 ? Number(args[at + 1]) : 8080;
  const server = staticServer(root, base);
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE' && at < 0 && port < 8100) server.listen(++port, '127.0.0.1');
    else {
      console.error(`范文库无法启动：${error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 --port 换一个` : error.message}`);
      process.exitCode = 1;
    }
  });
  server.on('listening', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`范文库已启动：http://localhost:${actual}${base}\n在浏览器中打开上面的网址；关闭此窗口或按 Ctrl+C 即停止。`);
  });
  server.listen(port, '127.0.0.1');
}
