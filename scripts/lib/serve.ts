/**
 * Serves a built site on a loopback port, as a static host would (folders answer with their index.html), with
 * Astro's bundled files (`_astro/`, named by a hash of their content) cached for good; everything else is checked
 * again on every visit. A test that opens hundreds of pages no longer asks again for the same styles and fonts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` under `base` (e.g. `/` or `/timeline/`) on 127.0.0.1 and a free port. */
export async function serve(dir: string, base = '/'): Promise<Served> {
  const files = sirv(dir, {
    dev: true,
    etag: true,
    setHeaders: (response, pathname) => {
      if (pathname.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('not under the base path');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
