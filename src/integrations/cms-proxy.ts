/**
 * In `astro dev` only: forwards the CMS's requests to /api/v1 to decap-server (the local backend `npm run cms`
 * starts), so /admin/ talks to its own origin and decap-server stays on a loopback port of its own.
 */
import { request } from 'node:http';
import type { AstroIntegration } from 'astro';
import { LOCAL_PROXY_PATH } from '../core/cms/config.ts';

/** The integration; `port` is decap-server's (DECAP_SERVER_PORT, else decap-server's default 8081). */
export default function cmsProxy(port = Number(process.env['DECAP_SERVER_PORT'] ?? 8081)): AstroIntegration {
  return {
    name: 'fact-timeline:cms-proxy',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(LOCAL_PROXY_PATH, (incoming, outgoing) => {
          const forwarded = request(
            { host: '127.0.0.1', port, path: '/api/v1', method: incoming.method, headers: incoming.headers },
            (answer) => {
              outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(outgoing);
            },
          );
          forwarded.on('error', () => {
            outgoing.statusCode = 502;
            outgoing.end(
              JSON.stringify({ error: 'the local backend is not running: start the editor with npm run cms' }),
            );
          });
          incoming.pipe(forwarded);
        });
      },
    },
  };
}
