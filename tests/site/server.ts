import type { Server } from 'node:http';
import { staticServer } from '../../src/build/staticServer.ts';

/** Serve a built site at its base on a free port: the package's own server, so every browser test exercises it. */
export function serveStatic(root: string, base: string): Promise<{ server: Server; url: string }> {
  const server = staticServer(root, base);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}
