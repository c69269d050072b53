/**
 * Checking one source address over HTTP, politely: HEAD first (GET when HEAD is refused, and for HTML pages, whose
 * first bytes tell a "not found" page answering 200), redirects followed one by one so each hop is seen, a timeout, and
 * a retry with backoff for hosts that are busy or briefly down.
 */
import type { LinkOutcome } from '../../src/core/sources/link-checks.ts';

export interface LinkCheckOptions {
  userAgent: string;
  /** Per request. */
  timeoutMs: number;
  /** Further tries after a failure that may pass (timeout, refused connection, 5xx, 429). */
  retries: number;
  /** Wait before the first retry; doubled for each further one. */
  backoffMs: number;
  /** The longest `Retry-After` honoured; a host asking for more is reported as rate limiting. */
  maxRetryAfterMs: number;
}

/** How much of an HTML page is read to tell a "not found" page: its title and first heading come early. */
const PEEK_BYTES = 64 * 1024;
const MAX_REDIRECTS = 10;
/**
 * A "not found" page answering 200 says so in its title or first heading, and says nothing else there: a title made of
 * parts (between the separators sites put before their name) that only say the page was not found, but for the site's
 * name at one end, or a heading that only says so. Each such part is made only of these words, with one of the
 * phrases below. A headline that merely holds one ("Flight 404 crash", "Not found – the missing millions | Gazette")
 * has other words, and stays a live page.
 */
const NOT_FOUND_WORDS = new Set(
  [
    '404 error http oops sorry whoops uh oh unfortunately the this that a page pages file document article story',
    'content link url address resource item post you we are were is was has have been be requested request looking',
    "look for could couldn’t couldn't can can’t can't cannot not does doesn’t doesn't do don’t don't exist exists",
    'found find no longer available unavailable removed deleted moved or may might there nothing here seems it it’s',
    "it's to at by of on in",
    // Ukrainian, the other language of this project's sites.
    'помилка вибачте на жаль сторінку сторінка сторінки не знайдено існує більше доступна',
  ]
    .join(' ')
    .split(' '),
);
const NOT_FOUND_PHRASE = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:404|not (?:be )?found|(?:can[’']?t|cannot|couldn[’']?t|could not) (?:be found|find)|" +
    "(?:doesn[’']?t|does not|don[’']?t|do not) exists?|no longer (?:available|exists?)|не знайдено|не існує)" +
    '(?![\\p{L}\\p{N}])',
  'iu',
);
/** Separators between a page's own title and the site's name: "Page not found | The Daily", "404 – Example". */
const TITLE_PARTS = /\s+(?:[|–—·•»«/-]|::)\s+|\s*[|–—·•»«]\s*/;
const LOGIN_PATH = /(?:^|[/.?=_-])(?:login|log-in|signin|sign-in|sign_in|auth|sso|account\/login)(?:$|[/.?=&_-])/i;

interface Answer {
  status: number;
  statusText: string;
  finalUrl: string;
  /** Each redirect followed: its status and where it led. */
  hops: { status: number; to: string }[];
  contentType: string;
  retryAfterMs?: number;
  /** The first bytes of the body (GET of an HTML page only). */
  peek?: string;
}

/** What `url` answers now, after the retries `options` allow. */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkOutcome> {
  let outcome: LinkOutcome = { kind: 'unreachable', problem: 'not checked' };
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    const { outcome: now, retryAfterMs } = await checkOnce(url, options);
    outcome = now;
    if (outcome.kind !== 'unreachable' && outcome.kind !== 'rate-limited') return outcome;
    if (attempt === options.retries) break;
    if (retryAfterMs !== undefined && retryAfterMs > options.maxRetryAfterMs) break;
    await sleep(retryAfterMs ?? options.backoffMs * 2 ** attempt);
  }
  return outcome;
}

async function checkOnce(
  url: string,
  options: LinkCheckOptions,
): Promise<{ outcome: LinkOutcome; retryAfterMs?: number }> {
  let answer: Answer;
  try {
    const head = await request(url, 'HEAD', options).catch(() => undefined);
    // Many servers refuse or mishandle HEAD; an HTML page is read to see whether it is a page saying "not found".
    answer = head && head.status < 300 && !isHtml(head.contentType) ? head : await request(url, 'GET', options);
  } catch (error) {
    return { outcome: { kind: 'unreachable', problem: networkProblem(error, options.timeoutMs) } };
  }
  return {
    outcome: classify(url, answer),
    ...(answer.retryAfterMs === undefined ? {} : { retryAfterMs: answer.retryAfterMs }),
  };
}

/** One request, following redirects by hand so that each hop is known. */
async function request(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Answer> {
  const hops: Answer['hops'] = [];
  let current = url;
  for (;;) {
    const response = await fetch(current, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      if (hops.length === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, current).href;
      hops.push({ status: response.status, to: current });
      continue;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const retryAfterMs = retryAfter(response.headers.get('retry-after'));
    const peek = method === 'GET' && isHtml(contentType) ? await readStart(response) : undefined;
    if (peek === undefined) await response.body?.cancel();
    return {
      status: response.status,
      statusText: response.statusText,
      finalUrl: current,
      hops,
      contentType,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(peek === undefined ? {} : { peek }),
    };
  }
}

/** What an answer means for a source: gone, moved, or fine. */
function classify(url: string, answer: Answer): LinkOutcome {
  const { status } = answer;
  const said = `${status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
  if (status === 429) return { kind: 'rate-limited', problem: `${said}: the site asks to slow down` };
  if (status >= 500) return { kind: 'unreachable', problem: said };
  if (status === 404 || status === 410) return { kind: 'gone', problem: said };
  // A refusal (401, 403, 451…) is most often a wall against automated visits, not a missing page: never "dead".
  if (status >= 400) return { kind: 'refused', problem: `${said}: the site turned the checker away` };
  const finalUrl = answer.finalUrl;
  if (answer.hops.length > 0 && !samePage(url, finalUrl)) {
    if (isHomePage(finalUrl) && !isHomePage(url))
      return { kind: 'gone', problem: 'redirects to the home page', finalUrl };
    if (LOGIN_PATH.test(new URL(finalUrl).pathname + new URL(finalUrl).search) && !LOGIN_PATH.test(url))
      return { kind: 'gone', problem: 'redirects to a login page', finalUrl };
  }
  if (answer.peek !== undefined && saysNotFound(pageHeading(answer.peek)))
    return { kind: 'gone', problem: 'the page says it was not found', ...(answer.hops.length ? { finalUrl } : {}) };
  if (answer.hops.length === 0 || samePage(url, finalUrl)) return { kind: 'ok' };
  const permanent = answer.hops.every((hop) => hop.status === 301 || hop.status === 308);
  return { kind: permanent ? 'moved' : 'redirected', finalUrl };
}

/** The page's title and first heading, where a "not found" page says so, as text on one line. */
function pageHeading(html: string): { title: string; heading: string } {
  const text = (element: string) => {
    const inner = new RegExp(`<${element}[^>]*>([\\s\\S]*?)</${element}>`, 'i').exec(html)?.[1] ?? '';
    return decodeEntities(inner.replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
  };
  return { title: text('title'), heading: text('h1') };
}

/** Whether a title or first heading says only that the page was not found (see NOT_FOUND_WORDS). */
export function saysNotFound({ title = '', heading = '' }: { title?: string; heading?: string }): boolean {
  const saysOnlyThat = (part: string) => {
    const words = part.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
    return words.length > 0 && NOT_FOUND_PHRASE.test(part) && words.every((word) => NOT_FOUND_WORDS.has(word));
  };
  const parts = title.split(TITLE_PARTS).filter((part) => /[\p{L}\p{N}]/u.test(part));
  // Every part says so, but for the site's name at the start or at the end.
  const others = parts.flatMap((part, index) => (saysOnlyThat(part) ? [] : [index]));
  const titleSays =
    parts.length > others.length &&
    (others.length === 0 || (others.length === 1 && (others[0] === 0 || others[0] === parts.length - 1)));
  const headingSays = heading.split(TITLE_PARTS).every(saysOnlyThat) && heading !== '';
  return titleSays || headingSays;
}

/** The few entities a title holds (`&#39;`, `&rsquo;`, `&amp;`), enough to read its words. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    ...{ amp: '&', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', nbsp: ' ', hellip: '…' },
    ...{ mdash: '—', ndash: '–', middot: '·', bull: '•', raquo: '»', laquo: '«', lt: '<', gt: '>' },
  };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return named[name!.toLowerCase()] ?? whole;
  });
}

/** Two addresses of the same page: only the scheme, `www.`, a trailing slash or a default port differ. */
export function samePage(a: string, b: string): boolean {
  const key = (address: string) => {
    const url = new URL(address);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  };
  return key(a) === key(b);
}

function isHomePage(address: string): boolean {
  const url = new URL(address);
  return /^\/?(?:index\.\w+)?$/.test(url.pathname) && url.search === '';
}

function isHtml(contentType: string): boolean {
  return /\btext\/html\b|\bapplication\/xhtml\+xml\b/i.test(contentType);
}

async function readStart(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < PEEK_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, PEEK_BYTES));
}

/** `Retry-After` in milliseconds: seconds, or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** A failed request in words: a timeout, a name that does not resolve, a refused connection, a TLS problem. */
function networkProblem(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was closed';
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code) || /certificate|tls|ssl/i.test(cause?.message ?? ''))
    return `TLS error: ${cause?.message ?? code}`;
  return (cause?.message ?? (error instanceof Error ? error.message : String(error))) || 'the request failed';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
