/**
 * Local servers that play the sites an entry cites, one path per way a link can live or die: fine, moved, gone, slow,
 * busy, refusing, a "not found" page answering 200, and (on a second, HTTPS server) a certificate nobody trusts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir } from './trees.ts';

export interface CitedSites {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** `https://127.0.0.1:<port>`, whose certificate is self-signed. */
  tlsBase: string;
  /** Every request seen: method, path and User-Agent. */
  requests: { method: string; path: string; userAgent: string }[];
  close: () => Promise<void>;
}

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

type Route = (request: IncomingMessage, response: ServerResponse, seen: number) => void;

const html = (response: ServerResponse, status: number, title: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(page(title));
};
const redirect = (response: ServerResponse, status: number, to: string) => {
  response.writeHead(status, { location: to });
  response.end();
};

const routes: Record<string, Route> = {
  '/': (_q, r) => html(r, 200, 'Home'),
  '/ok': (_q, r) => html(r, 200, 'Envoy revises deadline'),
  '/report.pdf': (_q, r) => {
    r.writeHead(200, { 'content-type': 'application/pdf' });
    r.end('%PDF-1.4');
  },
  '/head-refused': (q, r) => (q.method === 'HEAD' ? (r.writeHead(405), r.end()) : html(r, 200, 'Fine with GET')),
  '/slash': (_q, r) => redirect(r, 301, '/slash/'),
  '/slash/': (_q, r) => html(r, 200, 'Same page'),
  '/moved': (_q, r) => redirect(r, 301, '/new-address'),
  '/new-address': (_q, r) => html(r, 200, 'The story, moved'),
  '/temporary': (_q, r) => redirect(r, 302, '/elsewhere'),
  '/elsewhere': (_q, r) => html(r, 200, 'For now'),
  '/to-home': (_q, r) => redirect(r, 301, '/'),
  '/behind-wall': (_q, r) => redirect(r, 302, '/account/login?next=%2Fstory'),
  '/account/login': (_q, r) => html(r, 200, 'Sign in'),
  '/missing': (_q, r) => html(r, 404, 'Not Found'),
  '/gone': (_q, r) => html(r, 410, 'Gone'),
  '/soft-404': (_q, r) => html(r, 200, 'Sorry, this page could not be found - 404'),
  '/titled-not-found': (_q, r) => html(r, 200, 'Page not found | The Daily Example'),
  // Live stories whose headlines hold the words a "not found" page uses.
  '/headline-404': (_q, r) => html(r, 200, 'Flight 404 crash: what we know'),
  '/headline-not-found': (_q, r) => html(r, 200, 'Not found &ndash; the missing millions | Gazette'),
  // Markup inside the heading, line breaks and entities in the title.
  '/marked-up-not-found': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    r.end('<title>\n  Page\n  not found &mdash; Gazette\n</title><h1>Page not <em>found</em></h1>');
  },
  '/forbidden': (_q, r) => html(r, 403, 'Forbidden'),
  '/busy-once': (_q, r, seen) => (seen < 1 ? html(r, 429, 'Slow down', { 'retry-after': '1' }) : html(r, 200, 'Calm')),
  '/always-busy': (_q, r) => html(r, 429, 'Slow down', { 'retry-after': '3600' }),
  '/flaky': (_q, r, seen) => (seen < 1 ? html(r, 503, 'Down') : html(r, 200, 'Back')),
  '/down': (_q, r) => html(r, 503, 'Down'),
  '/slow': (_q, r) => void setTimeout(() => html(r, 200, 'Slow but fine'), 400),
  '/hang': () => undefined,
};

/** Starts the cited sites (HTTP and HTTPS) on free local ports. */
export async function startCitedSites(): Promise<CitedSites> {
  const requests: CitedSites['requests'] = [];
  const seen = new Map<string, number>();
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://local');
    requests.push({ method: request.method ?? '', path: url.pathname, userAgent: request.headers['user-agent'] ?? '' });
    const route = routes[url.pathname];
    if (!route) return html(response, 404, 'Not Found');
    // Count GETs and HEADs apart, so a path's "first answer" is the first of each kind the checker sends.
    const key = `${request.method} ${url.pathname}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    route(request, response, count);
  };
  const http = createServer(handle);
  const { key, cert } = selfSignedCertificate();
  const https = createHttpsServer({ key, cert }, handle);
  const base = `http://127.0.0.1:${await listen(http)}`;
  const tlsBase = `https://127.0.0.1:${await listen(https)}`;
  return {
    base,
    tlsBase,
    requests,
    close: async () => {
      for (const server of [http, https]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A key and a certificate no one trusts, made for this run with openssl. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = tempDir('tls');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
