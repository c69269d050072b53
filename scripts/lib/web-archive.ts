/**
 * A client for a Wayback-compatible web archive: the Wayback Machine's availability API to find a snapshot, and Save
 * Page Now (SPN2) to make one. Every answer becomes a result, never an exception: a run over hundreds of sources
 * reports each one and goes on.
 */

/** The Wayback Machine: where snapshots are saved and played back. */
export const WAYBACK = 'https://web.archive.org';

/**
 * Where the Wayback Machine answers its availability API. Its documentation gives the API on archive.org, and
 * `web.archive.org/wayback/available` has been seen answering 404: the default base gets the documented address.
 */
const WAYBACK_AVAILABILITY = 'https://archive.org';

export interface ArchiveService {
  /** Base address of the Wayback-compatible service; default 'https://web.archive.org'. Tests pass a local server. */
  base: string;
  /**
   * Base address of the availability API (`/wayback/available`): 'https://archive.org' for the Wayback Machine, where
   * that API is documented; `base` for any other service.
   */
  availabilityBase?: string;
  /**
   * Save Page Now credentials (from env ARCHIVE_ACCESS_KEY / ARCHIVE_SECRET_KEY when set), sent as
   * `Authorization: LOW key:secret`.
   */
  credentials?: { accessKey: string; secretKey: string };
  userAgent: string;
  /** Per request, default 30 s. */
  timeoutMs?: number;
  /** SPN2 `if_not_archived_within`, default '30d': a capture that recent is returned instead of a new one. */
  ifNotArchivedWithin?: string;
  /** SPN2 status polling, default 5 s. */
  pollIntervalMs?: number;
  /** Give up polling after this long, default 3 min. */
  maxWaitMs?: number;
}

export type ArchiveResult =
  | { kind: 'found'; url: string; date: string /* YYYY-MM-DD of the snapshot */ }
  | { kind: 'saved'; url: string; date: string }
  | { kind: 'rate-limited'; retryAfterSeconds?: number; message: string }
  | { kind: 'failed'; message: string };

/** SPN2 errors that mean "not now": a quota or a busy host, not a page that cannot be saved. */
const RATE_LIMIT_ERRORS = new Set([
  'error:too-many-daily-captures',
  'error:user-session-limit',
  'error:too-many-requests',
  'error:host-crawling-paused',
]);

/**
 * Save Page Now credentials from ARCHIVE_ACCESS_KEY and ARCHIVE_SECRET_KEY (the S3-like keys of an archive.org
 * account), or undefined unless both are set.
 */
export function credentialsFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): ArchiveService['credentials'] {
  const accessKey = env.ARCHIVE_ACCESS_KEY?.trim();
  const secretKey = env.ARCHIVE_SECRET_KEY?.trim();
  return accessKey && secretKey ? { accessKey, secretKey } : undefined;
}

/** A service's settings, defaults filled in. */
type Settings = Required<Omit<ArchiveService, 'credentials'>> & Pick<ArchiveService, 'credentials'>;

function settings(service: ArchiveService): Settings {
  const base = service.base.replace(/\/+$/, '');
  const availabilityBase = service.availabilityBase ?? (base === WAYBACK ? WAYBACK_AVAILABILITY : base);
  return {
    base,
    availabilityBase: availabilityBase.replace(/\/+$/, ''),
    userAgent: service.userAgent,
    timeoutMs: service.timeoutMs ?? 30_000,
    ifNotArchivedWithin: service.ifNotArchivedWithin ?? '30d',
    pollIntervalMs: service.pollIntervalMs ?? 5_000,
    maxWaitMs: service.maxWaitMs ?? 180_000,
    ...(service.credentials ? { credentials: service.credentials } : {}),
  };
}

/** An existing snapshot of `url` (Wayback availability API, `${base}/wayback/available?url=…`), or undefined. */
export async function findSnapshot(url: string, service: ArchiveService): Promise<ArchiveResult | undefined> {
  const reply = await request(availabilityAddress(url, service), service);
  if (!reply.ok) return reply.result;
  const closest = field(field(reply.json, 'archived_snapshots'), 'closest');
  const timestamp = field(closest, 'timestamp');
  const status = field(closest, 'status');
  // A snapshot of an error page or of a redirect elsewhere is not a copy of the source.
  if (field(closest, 'available') !== true || typeof timestamp !== 'string' || !isTimestamp(timestamp))
    return undefined;
  if (status !== undefined && !/^2/.test(String(status))) return undefined;
  return { kind: 'found', url: snapshotUrl(settings(service).base, timestamp, url), date: dateOf(timestamp) };
}

/** Where the availability API is asked about `url`. */
export function availabilityAddress(url: string, service: ArchiveService): string {
  return `${settings(service).availabilityBase}/wayback/available?url=${encodeURIComponent(url)}`;
}

/**
 * Asks the service to save `url` (SPN2: POST `${base}/save` with credentials and poll `${base}/save/status/<job>`;
 * without credentials the anonymous `GET ${base}/save/<url>` form), then returns the snapshot.
 */
export async function requestSnapshot(url: string, service: ArchiveService): Promise<ArchiveResult> {
  const { base, credentials, ifNotArchivedWithin } = settings(service);
  if (!credentials) return saveAnonymously(url, service);
  const body = new URLSearchParams({ url, if_not_archived_within: ifNotArchivedWithin });
  const reply = await request(`${base}/save`, service, { method: 'POST', body });
  if (!reply.ok) return reply.result;
  const refused = spnError(reply.json, url);
  if (refused) return refused;
  const job = field(reply.json, 'job_id');
  if (typeof job !== 'string') return { kind: 'failed', message: `the archive gave no job for ${url}` };
  return followJob(job, url, service);
}

/** findSnapshot, else requestSnapshot. */
export async function archive(url: string, service: ArchiveService): Promise<ArchiveResult> {
  const found = await findSnapshot(url, service);
  // A failed look-up does not stop the save: with if_not_archived_within, saving returns a recent snapshot anyway.
  if (found && found.kind !== 'failed') return found;
  return requestSnapshot(url, service);
}

/**
 * The anonymous Save Page Now form: the service answers with a redirect to the new snapshot, or (SPN2) with a job to
 * follow, named in JSON or in the page it returns.
 */
async function saveAnonymously(url: string, service: ArchiveService): Promise<ArchiveResult> {
  const { base } = settings(service);
  const reply = await request(`${base}/save/${url}`, service, { redirect: 'manual', text: true });
  if (!reply.ok) return reply.result;
  for (const header of ['location', 'content-location']) {
    const timestamp = /\/web\/(\d{14})/.exec(reply.headers.get(header) ?? '')?.[1];
    if (timestamp) return { kind: 'saved', url: snapshotUrl(base, timestamp, url), date: dateOf(timestamp) };
  }
  const json = parseJson(reply.text);
  const refused = spnError(json, url);
  if (refused) return refused;
  const job = field(json, 'job_id') ?? /\bspn2-[0-9a-f]+\b/.exec(reply.text)?.[0];
  if (typeof job === 'string') return followJob(job, url, service);
  return { kind: 'failed', message: `the archive's answer to saving ${url} named no snapshot and no job` };
}

/** Polls an SPN2 job until it succeeds, fails, or has run longer than `maxWaitMs`. */
async function followJob(job: string, url: string, service: ArchiveService): Promise<ArchiveResult> {
  const { base, pollIntervalMs, maxWaitMs } = settings(service);
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    const reply = await request(`${base}/save/status/${encodeURIComponent(job)}`, service);
    if (!reply.ok) return reply.result;
    const status = field(reply.json, 'status');
    if (status === 'success') {
      const timestamp = field(reply.json, 'timestamp');
      if (typeof timestamp !== 'string' || !isTimestamp(timestamp))
        return { kind: 'failed', message: `the archive saved ${url} (job ${job}) but gave no timestamp` };
      // The source's own address, not the archive's normalised `original_url`: playback finds the capture by either.
      return { kind: 'saved', url: snapshotUrl(base, timestamp, url), date: dateOf(timestamp) };
    }
    if (status !== 'pending') return spnError(reply.json, url) ?? { kind: 'failed', message: `job ${job}: ${status}` };
    if (Date.now() - started >= maxWaitMs)
      return { kind: 'failed', message: `saving ${url} was still pending after ${seconds(maxWaitMs)} (job ${job})` };
  }
}

/** An SPN2 error reply (`{status: 'error', status_ext, message}`) as a result; undefined for any other reply. */
function spnError(json: unknown, url: string): ArchiveResult | undefined {
  if (field(json, 'status') !== 'error') return undefined;
  const code = String(field(json, 'status_ext') ?? 'error');
  const detail = field(json, 'message');
  const why = typeof detail === 'string' && detail ? ` (${detail})` : '';
  const message = `the archive did not save ${url}: ${code}${why}`;
  return RATE_LIMIT_ERRORS.has(code) ? { kind: 'rate-limited', message } : { kind: 'failed', message };
}

type Reply =
  | { ok: true; json: unknown; text: string; headers: Headers }
  | { ok: false; result: Extract<ArchiveResult, { kind: 'rate-limited' | 'failed' }> };

/**
 * One request to the service, with its User-Agent, credentials when set and a timeout. A 429 becomes `rate-limited`;
 * another error status, a reply that is not JSON (unless `text` is asked for), a timeout or a network error, `failed`.
 */
async function request(
  address: string,
  service: ArchiveService,
  options: { method?: 'GET' | 'POST'; body?: URLSearchParams; redirect?: RequestRedirect; text?: boolean } = {},
): Promise<Reply> {
  const { userAgent, credentials, timeoutMs } = settings(service);
  const headers: Record<string, string> = { 'User-Agent': userAgent, Accept: 'application/json' };
  if (credentials) headers.Authorization = `LOW ${credentials.accessKey}:${credentials.secretKey}`;
  const what = `${options.method ?? 'GET'} ${address}`;
  try {
    const response = await fetch(address, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body ? { body: options.body } : {}),
      redirect: options.redirect ?? 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (response.status === 429) {
      const retryAfterSeconds = retryAfter(response.headers.get('retry-after'));
      const wait = retryAfterSeconds === undefined ? '' : `; try again in ${retryAfterSeconds} s`;
      return {
        ok: false,
        result: {
          kind: 'rate-limited',
          message: `the archive asks to slow down (HTTP 429 for ${what}${wait})`,
          ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
        },
      };
    }
    const redirected = options.redirect === 'manual' && response.status >= 300 && response.status < 400;
    if (!response.ok && !redirected) {
      const json = parseJson(text);
      const code = field(json, 'status_ext') ?? field(json, 'message');
      const refused = credentials && (response.status === 401 || response.status === 403);
      const detail =
        (typeof code === 'string' ? ` (${code})` : '') +
        (refused ? '; check ARCHIVE_ACCESS_KEY and ARCHIVE_SECRET_KEY' : '');
      return {
        ok: false,
        result: { kind: 'failed', message: `the archive answered HTTP ${response.status} to ${what}${detail}` },
      };
    }
    const json = parseJson(text);
    if (json === undefined && !options.text)
      return { ok: false, result: { kind: 'failed', message: `the archive's answer to ${what} is not JSON` } };
    return { ok: true, json, text, headers: response.headers };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${seconds(timeoutMs)}` : networkError(error);
    return { ok: false, result: { kind: 'failed', message: `${what}: ${reason}` } };
  }
}

/** Why a request did not reach the service: fetch hides the system's reason in `cause`. */
function networkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A property of a JSON object, or undefined for anything else. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A Wayback timestamp, `YYYYMMDDhhmmss`. */
function isTimestamp(timestamp: string): boolean {
  return /^\d{14}$/.test(timestamp);
}

/** The snapshot's playback address, as the Wayback Machine writes it: `${base}/web/<timestamp>/<url>`. */
function snapshotUrl(base: string, timestamp: string, url: string): string {
  return `${base}/web/${timestamp}/${url}`;
}

/** `20250120123456` → `2025-01-20`. */
function dateOf(timestamp: string): string {
  return `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`;
}

/** A duration as a message gives it: `250 ms`, `30 s`. */
function seconds(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
