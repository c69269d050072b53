/**
 * `npm run sources -- --archive`: gives every source without an archived copy one — an existing snapshot where the
 * archive has one, else a new one requested — and writes `archived:` and `archiveDate:` into the entry's own file in
 * place, nothing else in it changed. Each file is written as soon as its snapshot is known, so a stopped run loses
 * nothing and the next run goes on with the sources still without a copy.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { counted } from '../../src/core/counted.ts';
import { formatIso } from '../../src/core/dates.ts';
import { addFieldsInPlace } from '../../src/core/sources/add-fields.ts';
import type { LinkChecks } from '../../src/core/sources/link-checks.ts';
import type { CitedSource } from './source-report.ts';
import {
  archive,
  credentialsFromEnvironment,
  findSnapshot,
  WAYBACK,
  type ArchiveResult,
  type ArchiveService,
} from './web-archive.ts';

export interface ArchiveRunOptions {
  userAgent: string;
  dryRun: boolean;
  /** The archive service's address (default the Wayback Machine). */
  base?: string;
  /** The longest wait for a rate limit before the run stops to be resumed later. */
  maxWaitMs?: number;
  /** When (ms since the epoch) to stop, to be resumed by the next run. */
  deadline?: number;
}

/** What an archiving run did: sources given a copy, sources the archive failed on, and whether it stopped early. */
export interface ArchiveRun {
  given: number;
  failed: number;
  stopped: boolean;
}

/** After this many failures in a row with no success, the archive is taken to be unreachable and the run stops. */
const FAILURES_BEFORE_STOPPING = 3;

/** Archives every source of `sources` that has a `url` and no `archived` copy. */
export async function archiveSources(
  sources: readonly CitedSource[],
  checks: LinkChecks,
  options: ArchiveRunOptions,
): Promise<ArchiveRun> {
  const service = archiveService(options);
  const todo = sources.filter((source) => source.url !== undefined && source.archived === undefined);
  console.error(`${counted(todo.length, 'source')} without an archived copy`);
  let done = 0;
  let failed = 0;
  let failedInARow = 0;
  let stopped = false;
  for (const [position, source] of todo.entries()) {
    if (options.deadline !== undefined && Date.now() >= options.deadline) {
      console.error(
        `the time limit is reached: stopped with ${counted(todo.length - position, 'source')} left; ` +
          'run the same command again to go on',
      );
      stopped = true;
      break;
    }
    const url = source.url as string;
    const where = `${source.entry.file} (${source.entry.id}, source ${source.index + 1})`;
    // A page that no longer answers cannot be saved now: only an earlier snapshot can stand in for it.
    const gone = checks[url]?.status === 'dead' || checks[url]?.status === 'failing';
    // A dry run only looks: asking for a new snapshot is itself a change, made at the archive.
    const attempt = () => (options.dryRun || gone ? findSnapshot(url, service) : archive(url, service));
    let result = await attempt();
    if (result?.kind === 'rate-limited') {
      const waitMs = (result.retryAfterSeconds ?? 10) * 1000;
      if (waitMs <= (options.maxWaitMs ?? 60_000)) {
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        result = await attempt();
      }
    }
    if (result?.kind === 'rate-limited') {
      console.error(
        `${where}: the archive asks to wait (${result.message}); stopped with ` +
          `${counted(todo.length - position, 'source')} left: run the same command later to go on`,
      );
      stopped = true;
      break;
    }
    if (result?.kind === 'failed') {
      failed++;
      failedInARow++;
      console.error(`${where}: not archived: ${result.message}`);
      if (failedInARow >= FAILURES_BEFORE_STOPPING && done === 0) {
        console.error(
          `the archive at ${service.base} failed ${failedInARow} times in a row: stopped with ` +
            `${counted(todo.length - position - 1, 'source')} left; check --archive-url, then run again`,
        );
        stopped = true;
        break;
      }
      continue;
    }
    failedInARow = 0;
    if (result && snapshotBeforePublication(source, result.date)) {
      failed++;
      console.error(
        `${where}: not archived: the only snapshot (${result.date}) is older than the source's publication, so it ` +
          `is likely another page at that address; archive the page by hand`,
      );
      continue;
    }
    if (!result) {
      const why = gone ? 'no snapshot exists and the page no longer answers' : 'no snapshot';
      const wouldSave = options.dryRun && !gone;
      console.error(`${where}: ${wouldSave ? `would ask the archive to save ${url}` : `not archived: ${why}`}`);
      continue;
    }
    // A snapshot that cannot be written into the file is a failure too: the run must not look complete.
    if (await writeArchived(source, result, options.dryRun)) done++;
    else failed++;
  }
  console.error(`${options.dryRun ? 'would give' : 'gave'} ${counted(done, 'source')} an archived copy`);
  return { given: done, failed, stopped };
}

/** Whether a snapshot's day comes before the day (or month, or year) the source says it was published. */
function snapshotBeforePublication(source: CitedSource, snapshotDay: string): boolean {
  const published = source.entry.data?.sources[source.index]?.published;
  // ISO days compare as text; a month or a year of publication compares with its own prefix.
  return published !== undefined && published.year > 0 && snapshotDay < formatIso(published).slice(0, 10);
}

/** The service from the options and the environment (Save Page Now keys, when the team has them). */
function archiveService(options: ArchiveRunOptions): ArchiveService {
  const credentials = credentialsFromEnvironment();
  return { base: options.base ?? WAYBACK, userAgent: options.userAgent, ...(credentials ? { credentials } : {}) };
}

/** Adds the snapshot to the source in its file (read again: an earlier source may have changed it). */
async function writeArchived(
  source: CitedSource,
  snapshot: Extract<ArchiveResult, { url: string }>,
  dryRun: boolean,
): Promise<boolean> {
  const file = path.resolve(source.entry.file);
  const text = await readFile(file, 'utf8');
  const entryPath = /\.ya?ml$/i.test(file) ? entryPathInYaml(text, source.entry.id) : [];
  const fields = [
    ['archived', snapshot.url],
    ['archiveDate', snapshot.date],
  ] as const;
  const edited = entryPath
    ? addFieldsInPlace(file, text, [...entryPath, 'sources', source.index], fields)
    : { problem: 'the entry is no longer in this file' };
  const where = `${source.entry.file} (${source.entry.id}, source ${source.index + 1})`;
  if ('problem' in edited) {
    console.error(`${where}: could not write the archived copy ${snapshot.url}: ${edited.problem}`);
    return false;
  }
  const how = snapshot.kind === 'found' ? 'existing snapshot' : 'new snapshot';
  console.log(`${where}: ${dryRun ? 'would write' : 'archived:'} ${snapshot.url} (${how} of ${snapshot.date})`);
  if (!dryRun) await writeFile(file, edited.text);
  return true;
}

/**
 * Where the entry with this id stands in a YAML entry file: the whole document when the file holds one entry, its
 * place when it holds a list; undefined when it is not there.
 */
function entryPathInYaml(text: string, id: string): number[] | undefined {
  const isEntry = (item: unknown) => (item as { id?: unknown } | null)?.id === id;
  try {
    // A byte-order mark is not YAML: the reader drops it, and so must this look-up.
    const data: unknown = parse(text.replace(/^\uFEFF/, ''));
    if (Array.isArray(data)) {
      const index = data.findIndex(isEntry);
      return index < 0 ? undefined : [index];
    }
    return isEntry(data) ? [] : undefined;
  } catch {
    return undefined;
  }
}
