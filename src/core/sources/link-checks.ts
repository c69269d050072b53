/**
 * The kept results of checking source addresses (`content/link-checks.json`, committed by the editors): what each
 * address answered, and since when it fails. A link counts as dead only once it has failed on two separate days with
 * no success in between, so a host that is down for an afternoon is not reported.
 */
import { getNodeValue, parseTree, type ParseError } from 'jsonc-parser';
import { jsonErrorInWords } from '../json-errors.ts';
import { optional } from '../optional.ts';

/** The name of the kept results file in the content folder. */
export const LINK_CHECKS_FILE = 'link-checks.json';

/** What one check of an address found. */
export type LinkOutcome =
  /** The page answered, at this address or after a redirect to the same page (http → https, a trailing slash). */
  | { kind: 'ok'; finalUrl?: string }
  /** The page answered after a temporary redirect to another address. */
  | { kind: 'redirected'; finalUrl: string }
  /** A permanent redirect to another page that answered: the source's address should be updated. */
  | { kind: 'moved'; finalUrl: string }
  /** The page is gone: 404, 410, a redirect to a home page or a login wall, a "not found" page answering 200. */
  | { kind: 'gone'; problem: string; finalUrl?: string }
  /** The host did not answer properly: timeout, refused connection, TLS error, server error. Maybe passing. */
  | { kind: 'unreachable'; problem: string }
  /** The site refused an automated visit (401, 403…): most often a wall against bots, so never counted as dead. */
  | { kind: 'refused'; problem: string }
  /** The host asked us to slow down (429) even after waiting: nothing is learnt about the page. */
  | { kind: 'rate-limited'; problem: string };

/** What is kept about one address between runs. */
export interface LinkRecord {
  /**
   * `ok`, `redirected` and `moved` answered; `refused` turned the checker away (check by hand); `failing` failed on
   * one day; `dead` failed on separate days.
   */
  status: 'ok' | 'redirected' | 'moved' | 'refused' | 'failing' | 'dead';
  /** Why it failed, as the last check saw it ("404 Not Found", "timed out after 15 s"). */
  problem?: string;
  /** Where the address led, when that is another address. */
  finalUrl?: string;
  /** The first day (YYYY-MM-DD) of the failures since the last success. */
  firstFailed?: string;
  /** The distinct days it failed on since the last success. */
  failedDays?: number;
  /** The last day the address answered. */
  lastOk?: string;
  /** The last day it was checked. */
  lastChecked: string;
}

/** Every kept record, by address. */
export type LinkChecks = Record<string, LinkRecord>;

/**
 * The record after one more check on `day` (YYYY-MM-DD). A rate-limited check learnt nothing: the previous record
 * stays (undefined when there was none), so the address is checked again on the next run.
 */
export function recordCheck(
  previous: LinkRecord | undefined,
  outcome: LinkOutcome,
  day: string,
): LinkRecord | undefined {
  if (outcome.kind === 'rate-limited') return previous;
  if (outcome.kind === 'refused') {
    return { status: 'refused', problem: outcome.problem, ...optional('lastOk', previous?.lastOk), lastChecked: day };
  }
  if (outcome.kind === 'ok' || outcome.kind === 'redirected' || outcome.kind === 'moved') {
    return {
      status: outcome.kind,
      ...(outcome.finalUrl ? { finalUrl: outcome.finalUrl } : {}),
      lastOk: day,
      lastChecked: day,
    };
  }
  const stillFailing = previous?.status === 'failing' || previous?.status === 'dead';
  const firstFailed = stillFailing ? (previous.firstFailed ?? day) : day;
  const earlierDays = stillFailing ? (previous.failedDays ?? 0) : 0;
  const failedDays = stillFailing && previous.lastChecked === day ? Math.max(earlierDays, 1) : earlierDays + 1;
  // A host that never answers properly is as lost to readers as a page that is gone; both need separate days.
  return {
    status: failedDays >= 2 ? 'dead' : 'failing',
    problem: outcome.problem,
    ...('finalUrl' in outcome && outcome.finalUrl ? { finalUrl: outcome.finalUrl } : {}),
    firstFailed,
    failedDays,
    ...optional('lastOk', previous?.lastOk),
    lastChecked: day,
  };
}

/**
 * Two copies of the kept results as one (the committed file and an open pull request's, say): for each address, the
 * record checked last, so failures seen on separate days in either copy still add up to a dead link.
 */
export function mergeLinkChecks(ours: LinkChecks, theirs: LinkChecks): LinkChecks {
  const merged: LinkChecks = { ...ours };
  for (const [url, record] of Object.entries(theirs)) {
    const kept = merged[url];
    if (!kept || record.lastChecked > kept.lastChecked) merged[url] = record;
  }
  return merged;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How long a dead record has been seen dead: from its first failure to its last check, in days. */
export function deadForDays(record: LinkRecord): number {
  return record.status === 'dead' && record.firstFailed ? daysBetween(record.firstFailed, record.lastChecked) : 0;
}

/** The kept file's text: addresses sorted, one field per line, so that a run's changes read well in a diff. */
export function serializeLinkChecks(checks: LinkChecks): string {
  const sorted = Object.fromEntries(Object.entries(checks).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

const statuses = new Set(['ok', 'redirected', 'moved', 'refused', 'failing', 'dead']);
const day = /^\d{4}-\d{2}-\d{2}$/;

/** Something in the kept file that cannot be read, and where it starts in the text. */
export interface LinkChecksProblem {
  message: string;
  offset: number;
}

/**
 * The records in a kept file's text; what cannot be read (text that is not JSON, such as a merge conflict's markers,
 * or a record without the expected fields) is left out and named with its place.
 */
export function parseLinkChecks(text: string): { checks: LinkChecks; problems: LinkChecksProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !tree) {
    const first = errors[0];
    return {
      checks: {},
      problems: [
        {
          message: `not valid JSON: ${first ? jsonErrorInWords(first.error) : 'the file is empty'}`,
          offset: first?.offset ?? 0,
        },
      ],
    };
  }
  if (tree.type !== 'object')
    return { checks: {}, problems: [{ message: 'expected an object of addresses', offset: tree.offset }] };
  const checks: LinkChecks = {};
  const problems: LinkChecksProblem[] = [];
  for (const property of tree.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const url = String(key.value);
    const record: unknown = getNodeValue(value);
    // Two records of one address (a merge that kept both sides): which history is right is for an editor to say.
    if (Object.hasOwn(checks, url))
      problems.push({ message: `${url} is given twice: keep one of its records`, offset: key.offset });
    else if (isLinkRecord(record)) checks[url] = record;
    else
      problems.push({
        message: `the record of ${url} does not have the expected fields (status, lastChecked)`,
        offset: key.offset,
      });
  }
  return { checks, problems };
}

function isLinkRecord(value: unknown): value is LinkRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['status'] === 'string' &&
    statuses.has(record['status']) &&
    typeof record['lastChecked'] === 'string' &&
    day.test(record['lastChecked'])
  );
}
