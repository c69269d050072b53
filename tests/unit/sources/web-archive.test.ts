/**
 * The web archive client against a local stand-in for the archive, over real HTTP: finding a snapshot, saving one
 * through SPN2 or the anonymous form, and every way the archive can say no.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  archive,
  availabilityAddress,
  credentialsFromEnvironment,
  findSnapshot,
  requestSnapshot,
  type ArchiveService,
} from '../../../scripts/lib/web-archive.ts';
import { startArchiveStandIn, type ArchiveStandIn } from '../../helpers/archive-stand-in.ts';

const PAGE = 'https://example.org/news/2025/story?id=7&lang=en';
const USER_AGENT = 'fact-timeline-sources/0.1 (+https://example.org/about)';

let standIn: ArchiveStandIn;
let service: ArchiveService;

beforeEach(async () => {
  standIn = await startArchiveStandIn({ timestamp: () => '20250120123456' });
  service = { base: standIn.base, userAgent: USER_AGENT, pollIntervalMs: 10, timeoutMs: 5_000 };
});
afterEach(() => standIn.close());

const withCredentials = (): ArchiveService => ({ ...service, credentials: { accessKey: 'key', secretKey: 'secret' } });

describe('finding a snapshot', () => {
  it('returns the snapshot the availability API names, as a playback address on the base', async () => {
    standIn.snapshots.set(PAGE, '20240302101112');
    expect(await findSnapshot(PAGE, service)).toEqual({
      kind: 'found',
      url: `${standIn.base}/web/20240302101112/${PAGE}`,
      date: '2024-03-02',
    });
    const [asked] = standIn.requests;
    expect(asked?.path).toBe(`/wayback/available?url=${encodeURIComponent(PAGE)}`);
    expect(asked?.headers['user-agent']).toBe(USER_AGENT);
    expect(asked?.headers.authorization).toBeUndefined();
  });

  it('returns nothing when there is no snapshot', async () => {
    expect(await findSnapshot(PAGE, service)).toBeUndefined();
  });

  it('does not count a snapshot of an error page', async () => {
    standIn.answerNext(1, {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        archived_snapshots: { closest: { available: true, status: '404', timestamp: '20240302101112', url: 'x' } },
      }),
    });
    expect(await findSnapshot(PAGE, service)).toBeUndefined();
  });

  it('asks the Wayback Machine on archive.org, where that API is documented; another archive on its base', () => {
    const wayback = { base: 'https://web.archive.org/', userAgent: USER_AGENT };
    expect(availabilityAddress('https://example.org/a?b=c', wayback)).toBe(
      'https://archive.org/wayback/available?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc',
    );
    expect(
      availabilityAddress('https://example.org/', { ...wayback, availabilityBase: 'https://mirror.example' }),
    ).toBe('https://mirror.example/wayback/available?url=https%3A%2F%2Fexample.org%2F');
    expect(availabilityAddress('https://example.org/', service)).toBe(
      `${standIn.base}/wayback/available?url=https%3A%2F%2Fexample.org%2F`,
    );
  });
});

describe('saving a snapshot', () => {
  it('with credentials: posts to SPN2 with if_not_archived_within, then follows the job to its end', async () => {
    expect(await requestSnapshot(PAGE, withCredentials())).toEqual({
      kind: 'saved',
      url: `${standIn.base}/web/20250120123456/${PAGE}`,
      date: '2025-01-20',
    });
    const [save, pending, success] = standIn.requests;
    expect(save?.method).toBe('POST');
    expect(save?.path).toBe('/save');
    expect(Object.fromEntries(new URLSearchParams(save?.body))).toEqual({ url: PAGE, if_not_archived_within: '30d' });
    expect(save?.headers.authorization).toBe('LOW key:secret');
    expect(save?.headers.accept).toBe('application/json');
    expect([pending?.path, success?.path]).toEqual(['/save/status/spn2-00000001', '/save/status/spn2-00000001']);
    for (const request of standIn.requests) expect(request.headers['user-agent']).toBe(USER_AGENT);
    expect(standIn.snapshots.get(PAGE)).toBe('20250120123456');
  });

  it('with credentials: gets the recent snapshot back instead of a new one', async () => {
    standIn.snapshots.set(PAGE, '20250101000000');
    expect(await requestSnapshot(PAGE, withCredentials())).toMatchObject({ kind: 'saved', date: '2025-01-01' });
  });

  it('without credentials: uses the anonymous form and sends no Authorization', async () => {
    expect(await requestSnapshot(PAGE, service)).toEqual({
      kind: 'saved',
      url: `${standIn.base}/web/20250120123456/${PAGE}`,
      date: '2025-01-20',
    });
    expect(standIn.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /save/${PAGE}`]);
    expect(standIn.requests[0]?.headers.authorization).toBeUndefined();
    expect(standIn.requests[0]?.headers['user-agent']).toBe(USER_AGENT);
  });

  it('without credentials: follows the job an SPN2 page names', async () => {
    standIn.answerNext(1, { status: 200, body: '<script>spn.watchJob("spn2-00000abc", "/_static/", 6000);</script>' });
    standIn.answerNext(1, {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'success', timestamp: '20250101000000', original_url: PAGE }),
    });
    expect(await requestSnapshot(PAGE, service)).toMatchObject({ kind: 'saved', date: '2025-01-01' });
    expect(standIn.requests[1]?.path).toBe('/save/status/spn2-00000abc');
  });

  it('gives up on a job still pending after maxWaitMs', async () => {
    await standIn.close();
    standIn = await startArchiveStandIn({ pendingPolls: 1_000 });
    const result = await requestSnapshot(PAGE, { ...withCredentials(), base: standIn.base, maxWaitMs: 50 });
    expect(result).toEqual({ kind: 'failed', message: expect.stringMatching(/still pending after 50 ms \(job spn2-/) });
  });
});

describe('archive', () => {
  it('takes an existing snapshot without saving', async () => {
    standIn.snapshots.set(PAGE, '20240302101112');
    expect(await archive(PAGE, withCredentials())).toMatchObject({ kind: 'found', date: '2024-03-02' });
    expect(standIn.requests).toHaveLength(1);
  });

  it('saves when there is none', async () => {
    expect(await archive(PAGE, withCredentials())).toMatchObject({ kind: 'saved', date: '2025-01-20' });
    expect(standIn.requests.map(({ method, path }) => `${method} ${path.replace(/\?.*/, '')}`)).toEqual([
      'GET /wayback/available',
      'POST /save',
      'GET /save/status/spn2-00000001',
      'GET /save/status/spn2-00000001',
    ]);
  });

  it('saves when the look-up fails, and stops when it is rate limited', async () => {
    standIn.answerNext(1, { status: 503, body: 'down' });
    expect(await archive(PAGE, service)).toMatchObject({ kind: 'saved' });
    standIn.rateLimitNext(1, 60);
    expect(await archive(PAGE, service)).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 60 });
    expect(standIn.requests).toHaveLength(3);
  });
});

describe('rate limits', () => {
  it('a 429 with Retry-After, on the look-up, the save or the status', async () => {
    standIn.rateLimitNext(1, 120);
    expect(await findSnapshot(PAGE, service)).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 120,
      message: expect.stringContaining('HTTP 429'),
    });
    standIn.rateLimitNext(1, 30);
    expect(await requestSnapshot(PAGE, withCredentials())).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 30,
    });
    standIn.answerNext(1, {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"job_id":"spn2-1"}',
    });
    standIn.answerNext(1, { status: 429, headers: { 'Retry-After': 'Thu, 01 Jan 2099 00:00:00 GMT' } });
    const later = await requestSnapshot(PAGE, withCredentials());
    expect(later.kind).toBe('rate-limited');
    expect(later.kind === 'rate-limited' && later.retryAfterSeconds! > 1_000_000).toBe(true);
  });

  it('an SPN2 error reply that means "not now"', async () => {
    standIn.failNext(1, 'error:too-many-daily-captures');
    expect(await requestSnapshot(PAGE, withCredentials())).toEqual({
      kind: 'rate-limited',
      message:
        `the archive did not save ${PAGE}: error:too-many-daily-captures ` +
        '(The stand-in refuses: error:too-many-daily-captures)',
    });
    standIn.failNext(1, 'error:user-session-limit');
    expect(await requestSnapshot(PAGE, service)).toMatchObject({ kind: 'rate-limited' });
  });
});

describe('failures are results, never exceptions', () => {
  it('an SPN2 error that the page cannot be saved, at the request or in the job', async () => {
    standIn.failNext(1, 'error:blocked-url');
    expect(await requestSnapshot(PAGE, withCredentials())).toEqual({
      kind: 'failed',
      message: expect.stringContaining('error:blocked-url'),
    });
    standIn.answerNext(1, {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"job_id":"spn2-2"}',
    });
    standIn.answerNext(1, {
      status: 200,
      body: JSON.stringify({ status: 'error', status_ext: 'error:invalid-host-resolution', message: 'No such host' }),
    });
    expect(await requestSnapshot(PAGE, withCredentials())).toEqual({
      kind: 'failed',
      message: `the archive did not save ${PAGE}: error:invalid-host-resolution (No such host)`,
    });
  });

  it('an error status', async () => {
    standIn.answerNext(2, { status: 500, body: 'Internal Server Error' });
    expect(await findSnapshot(PAGE, service)).toEqual({
      kind: 'failed',
      message: expect.stringMatching(/HTTP 500 to GET http:\/\/127\.0\.0\.1:\d+\/wayback\/available/),
    });
    expect(await requestSnapshot(PAGE, withCredentials())).toMatchObject({ kind: 'failed' });
  });

  it('an answer that is not JSON', async () => {
    standIn.answerNext(2, { status: 200, body: '<!doctype html><title>Maintenance</title>' });
    expect(await findSnapshot(PAGE, service)).toEqual({ kind: 'failed', message: expect.stringContaining('not JSON') });
    expect(await requestSnapshot(PAGE, withCredentials())).toEqual({
      kind: 'failed',
      message: expect.stringContaining('not JSON'),
    });
    standIn.answerNext(1, { status: 200, body: '<!doctype html><title>Saving</title>' });
    expect(await requestSnapshot(PAGE, service)).toEqual({
      kind: 'failed',
      message: expect.stringContaining('named no snapshot and no job'),
    });
  });

  it('no answer in time', async () => {
    standIn.answerNext(1, { status: 0, stall: true });
    expect(await findSnapshot(PAGE, { ...service, timeoutMs: 50 })).toEqual({
      kind: 'failed',
      message: expect.stringContaining('no answer within 50 ms'),
    });
  });

  it('no server at all', async () => {
    await standIn.close();
    const result = await archive(PAGE, service);
    expect(result).toEqual({ kind: 'failed', message: expect.stringContaining('ECONNREFUSED') });
    standIn = await startArchiveStandIn();
  });
});

describe('credentials', () => {
  it('come from ARCHIVE_ACCESS_KEY and ARCHIVE_SECRET_KEY, only when both are set', () => {
    expect(credentialsFromEnvironment({ ARCHIVE_ACCESS_KEY: 'a', ARCHIVE_SECRET_KEY: 'b' })).toEqual({
      accessKey: 'a',
      secretKey: 'b',
    });
    expect(credentialsFromEnvironment({ ARCHIVE_ACCESS_KEY: 'a', ARCHIVE_SECRET_KEY: ' ' })).toBeUndefined();
    expect(credentialsFromEnvironment({})).toBeUndefined();
  });

  it('that the archive refuses are named in the failure', async () => {
    standIn.answerNext(1, { status: 401, body: '{"message":"Bad credentials"}' });
    expect(await requestSnapshot(PAGE, withCredentials())).toEqual({
      kind: 'failed',
      message: expect.stringMatching(
        /HTTP 401 .*\(Bad credentials\); check ARCHIVE_ACCESS_KEY and ARCHIVE_SECRET_KEY$/,
      ),
    });
  });
});
