/**
 * A local stand-in for a Wayback-compatible archive, a real HTTP server on 127.0.0.1: the availability API, Save Page
 * Now 2 (a capture request, then a job that is pending once and then succeeds) and the anonymous `GET /save/<url>`
 * form, with knobs for rate limits, SPN2 error replies and any other answer a test needs.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  method: string;
  /** The path with its query string, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A reply the stand-in gives instead of its own. */
export interface CannedAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer: the request hangs until the client gives up or the stand-in closes. */
  stall?: boolean;
}

export interface StandInOptions {
  /** The timestamp of the next capture, YYYYMMDDhhmmss; default the current time. */
  timestamp?: () => string;
  /** How many status polls of a job answer `pending` before it succeeds; default 1. */
  pendingPolls?: number;
  /** Snapshots the archive already holds: url → timestamp. */
  snapshots?: Iterable<[string, string]>;
}

export interface ArchiveStandIn {
  /** The service's base address, e.g. `http://127.0.0.1:40123`. */
  base: string;
  close: () => Promise<void>;
  /** Every request received, in order. */
  requests: StandInRequest[];
  /** The snapshots held: url → timestamp. Captures add to it. */
  snapshots: Map<string, string>;
  /** The next `n` requests (of any kind) answer 429 with `Retry-After`. */
  rateLimitNext: (n: number, retryAfterSeconds: number) => void;
  /** The next `n` save requests (either form) answer an SPN2 error: `{status: 'error', status_ext}`. */
  failNext: (n: number, statusExt: string) => void;
  /** The next `n` requests (of any kind) get `answer` instead: an error status, a page that is not JSON, a stall. */
  answerNext: (n: number, answer: CannedAnswer) => void;
}

interface Job {
  url: string;
  polls: number;
  /** Asked with `if_not_archived_within`: a snapshot already held is the answer (the stand-in ignores the window). */
  reuse: boolean;
}

/** Starts the stand-in on a free port. */
export async function startArchiveStandIn(options: StandInOptions = {}): Promise<ArchiveStandIn> {
  const requests: StandInRequest[] = [];
  const snapshots = new Map(options.snapshots ?? []);
  const jobs = new Map<string, Job>();
  const canned: CannedAnswer[] = [];
  const failures: string[] = [];
  const pendingPolls = options.pendingPolls ?? 1;
  const timestamp = options.timestamp ?? currentTimestamp;

  const capture = (url: string): string => {
    const at = timestamp();
    snapshots.set(url, at);
    return at;
  };

  const server = createServer((incoming, response) => {
    let body = '';
    incoming.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    incoming.on('end', () => {
      const path = incoming.url ?? '/';
      requests.push({ method: incoming.method ?? 'GET', path, headers: incoming.headers, body });
      const answer = canned.shift();
      if (answer) {
        if (!answer.stall) response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
        return;
      }
      const address = new URL(path, 'http://stand-in');
      if (address.pathname === '/wayback/available') {
        const url = address.searchParams.get('url') ?? '';
        const at = snapshots.get(url);
        const closest = at && {
          status: '200',
          available: true,
          url: `http://web.archive.org/web/${at}/${url}`,
          timestamp: at,
        };
        return json(response, 200, { url, archived_snapshots: closest ? { closest } : {} });
      }
      const saving = incoming.method === 'POST' && address.pathname === '/save';
      const savingAnonymously =
        incoming.method === 'GET' && path.startsWith('/save/') && !path.startsWith('/save/status/');
      if ((saving || savingAnonymously) && failures.length) {
        const statusExt = failures.shift()!;
        return json(response, 200, {
          status: 'error',
          status_ext: statusExt,
          message: `The stand-in refuses: ${statusExt}`,
        });
      }
      if (saving) {
        const form = new URLSearchParams(body);
        const url = form.get('url') ?? '';
        const job = `spn2-${(jobs.size + 1).toString(16).padStart(8, '0')}`;
        jobs.set(job, { url, polls: 0, reuse: form.has('if_not_archived_within') });
        return json(response, 200, { url, job_id: job });
      }
      if (path.startsWith('/save/status/')) {
        const id = decodeURIComponent(address.pathname.slice('/save/status/'.length));
        const job = jobs.get(id);
        if (!job) return json(response, 200, { status: 'error', status_ext: 'error:not-found', job_id: id });
        if (job.polls++ < pendingPolls) return json(response, 200, { status: 'pending', job_id: id, resources: [] });
        const at = (job.reuse && snapshots.get(job.url)) || capture(job.url);
        return json(response, 200, {
          status: 'success',
          job_id: id,
          original_url: job.url,
          timestamp: at,
          duration_sec: 1.5,
          resources: [],
          outlinks: {},
        });
      }
      if (savingAnonymously) {
        const url = path.slice('/save/'.length);
        const at = capture(url);
        response.writeHead(302, { Location: `/web/${at}/${url}`, 'Content-Type': 'text/html' }).end('Saved.');
        return undefined;
      }
      if (path.startsWith('/web/')) {
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>A snapshot</title>');
        return undefined;
      }
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Not found</title>');
      return undefined;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const repeat = <T>(list: T[], n: number, item: T) => list.push(...Array.from({ length: n }, () => item));
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    snapshots,
    rateLimitNext: (n, retryAfterSeconds) =>
      repeat(canned, n, {
        status: 429,
        headers: { 'Retry-After': String(retryAfterSeconds), 'Content-Type': 'text/html' },
        body: '<!doctype html><title>Too Many Requests</title>',
      }),
    failNext: (n, statusExt) => repeat(failures, n, statusExt),
    answerNext: (n, answer) => repeat(canned, n, answer),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function json(response: ServerResponse, status: number, value: unknown): undefined {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
  return undefined;
}

/** Now as a Wayback timestamp, YYYYMMDDhhmmss in UTC. */
function currentTimestamp(): string {
  return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}
