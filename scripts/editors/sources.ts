/**
 * `npm run sources`: checks every source address (`url` and `archived`) of the published entries and keeps what it
 * found in `content/link-checks.json`, which `check` and the build read (the build never calls the network).
 * `--only PATH|ID` checks one entry or folder, `--since DAYS` only addresses not checked for that many days,
 * `--archive` then gives every source without an archived copy one (see archive-sources.ts); `--dry-run` writes
 * nothing, neither the results nor the entries, and only says what it would write. Exits 0 when the run
 * completed, whatever the links answered; 1 when the content cannot be read or the archive failed on a source (or
 * would only give a snapshot older than the source); 2 on a bad option.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectContent, type ParsedEntry } from '../../src/core/collect.ts';
import { contentFolder, contentOverride, errorMessage, formatReport, hasErrors } from '../../src/core/index.ts';
import { counted } from '../../src/core/counted.ts';
import { linkChecksIn } from '../../src/core/sources/read-link-checks.ts';
import {
  daysBetween,
  LINK_CHECKS_FILE,
  mergeLinkChecks,
  recordCheck,
  serializeLinkChecks,
  type LinkChecks,
} from '../../src/core/sources/link-checks.ts';
import { checkAll, progress } from '../lib/check-links.ts';
import { reportLinks, sourcesOf } from '../lib/source-report.ts';
import { commandOptions, misused } from '../lib/command-options.ts';

const usage =
  'usage: npm run sources [-- --only PATH|ID] [--since DAYS] [--archive] [--dry-run] [--content DIR]\n' +
  '       [--concurrency N] [--per-host N] [--timeout SECONDS] [--archive-url URL] [--merge-checks FILE]\n' +
  '       [--max-minutes N]';
const values = commandOptions(
  {
    only: { type: 'string', multiple: true },
    since: { type: 'string' },
    archive: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    content: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    'per-host': { type: 'string', default: '2' },
    timeout: { type: 'string', default: '15' },
    'archive-url': { type: 'string' },
    'merge-checks': { type: 'string' },
    'max-minutes': { type: 'string' },
  },
  usage,
);
const number = (name: 'since' | 'concurrency' | 'per-host' | 'timeout' | 'max-minutes', min: number) => {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  // Number('') is 0: an empty value (an unset variable in a workflow) must not read as "no time at all".
  if (text.trim() === '' || !Number.isFinite(value) || value < min)
    misused(`--${name} needs a number of at least ${min}, got "${text}"`, usage);
  return value;
};
const since = number('since', 0);
const concurrency = number('concurrency', 1) ?? 8;
const perHost = number('per-host', 1) ?? 2;
const timeoutSeconds = number('timeout', 1) ?? 15;
const maxMinutes = number('max-minutes', 0);
/** Past it, no new check or snapshot is started: the run keeps what it learnt, and the next one goes on. */
const deadline = maxMinutes === undefined ? undefined : Date.now() + maxMinutes * 60_000;

const contentDir = path.resolve(values.content ?? contentOverride() ?? contentFolder());
const collected = await collectContent(contentDir, process.cwd());
if (hasErrors(collected.diagnostics)) {
  console.error(formatReport(collected.diagnostics));
  console.error('fix these problems first: the addresses to check are read from the entries');
  process.exit(1);
}
// The kept file is history (since when each address fails): a run over a damaged one would start afresh and
// overwrite it, losing that history. It is left as it is until an editor mends it.
const damaged = collected.diagnostics.filter((diagnostic) => diagnostic.rule === 'link-checks-file');
if (damaged.length) {
  console.error(formatReport(damaged));
  console.error(`${LINK_CHECKS_FILE} was left as it is: mend it or delete it to start afresh, then run again`);
  process.exit(1);
}
const published = collected.entries.filter((entry) => entry.data && !entry.data.draft);
// Every --only must name something: a mistyped path among good ones would otherwise check less than asked, silently.
const unmatched = (values.only ?? []).filter((only) => !published.some((entry) => names(entry, only)));
if (unmatched.length) {
  console.error(`no published entry matches ${unmatched.map((only) => `"${only}"`).join(', ')}`);
  process.exit(1);
}
const entries = published.filter((entry) => !values.only || values.only.some((only) => names(entry, only)));

/** Whether `only` names this entry: by id, by its file, or by a folder holding it. */
function names(entry: ParsedEntry, only: string): boolean {
  const file = path.resolve(entry.file);
  // A path as typed from the project (content/entries/2025) or from inside the content folder (entries/2025).
  return [path.resolve(only), path.resolve(contentDir, only)].some(
    (wanted) => entry.id === only || file === wanted || file.startsWith(`${wanted}${path.sep}`),
  );
}

const today = new Date().toISOString().slice(0, 10);
const checksFile = path.join(contentDir, LINK_CHECKS_FILE);
const checks: LinkChecks = values['merge-checks']
  ? mergeLinkChecks(collected.linkChecks, await otherChecks(values['merge-checks']))
  : { ...collected.linkChecks };

/** Another copy of the kept results (the weekly pull request's, not merged yet), which must read whole. */
async function otherChecks(file: string): Promise<LinkChecks> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // No such file: the pull request has none yet. Any other failure (a folder, no permission) is a mistake.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    console.error(`--merge-checks ${file}: ${errorMessage(error)}; nothing was written`);
    process.exit(1);
  }
  const { checks: other, diagnostics } = linkChecksIn(text, path.relative(process.cwd(), file), 'error');
  if (diagnostics.length) {
    console.error(formatReport(diagnostics));
    console.error('--merge-checks needs a file of kept results that reads whole; nothing was written');
    process.exit(1);
  }
  return other;
}
const sources = sourcesOf(entries);
// A whole run forgets addresses no entry cites any more (drafts included), so the kept file does not only grow.
if (!values.only) {
  const cited = new Set(sourcesOf(collected.entries).flatMap((source) => [source.url, source.archived]));
  for (const url of Object.keys(checks)) if (!cited.has(url)) delete checks[url];
}
const addresses = [...new Set(sources.flatMap((source) => [source.url, source.archived]))].filter(
  (url): url is string => url !== undefined,
);
// Never checked first, then the longest unchecked: a run cut short by --max-minutes leaves the freshest for later.
const due = addresses
  .filter((url) => {
    const last = checks[url]?.lastChecked;
    return since === undefined || last === undefined || daysBetween(last, today) >= since;
  })
  .sort((a, b) => {
    const [first, second] = [checks[a]?.lastChecked ?? '', checks[b]?.lastChecked ?? ''];
    return first < second ? -1 : first > second ? 1 : 0;
  });

let unsaved = 0;
const dryRun = values['dry-run'] ?? false;
/** Writes what was learnt so far; a dry run writes nothing, not even that. One write at a time, the last one last. */
let saving: Promise<void> = Promise.resolve();
const save = () =>
  (saving = saving.then(() => (dryRun ? undefined : writeFile(checksFile, serializeLinkChecks(checks)))));
// A long run stopped with Ctrl-C keeps what it learnt; `--since 1` then resumes with the addresses not yet checked.
process.once('SIGINT', () => {
  void save().then(() => {
    const kept = dryRun
      ? 'nothing was written (a dry run)'
      : `what was checked is kept in ${path.relative(process.cwd(), checksFile)}`;
    console.error(`\nstopped: ${kept}`);
    process.exit(130);
  });
});

const userAgent = `fact-timeline-sources/0.1 (+${collected.site?.url ?? 'https://github.com'}; checks cited sources)`;
console.error(
  `checking ${counted(due.length, 'address', 'addresses')} of ${counted(entries.length, 'entry', 'entries')}` +
    (due.length < addresses.length ? ` (${addresses.length - due.length} checked within ${since} days kept)` : ''),
);
const tick = progress(due.length);
let checked = 0;
const unchecked = await checkAll(
  due,
  {
    userAgent,
    timeoutMs: timeoutSeconds * 1000,
    retries: 1,
    backoffMs: 2000,
    maxRetryAfterMs: 60_000,
    concurrency,
    perHost,
    ...(deadline === undefined ? {} : { deadline }),
  },
  (url, outcome) => {
    const record = recordCheck(checks[url], outcome, today);
    if (record) checks[url] = record;
    tick(++checked);
    if (++unsaved >= 50) {
      unsaved = 0;
      void save();
    }
  },
);
await save();
if (unchecked)
  console.error(
    `the time limit is reached: ${counted(unchecked, 'address was', 'addresses were')} not checked; ` +
      'the next run checks them first',
  );
console.log(reportLinks(sources, checks));

if (values.archive) {
  const archiveUrl = values['archive-url'] ?? process.env['ARCHIVE_URL'];
  const { archiveSources } = await import('../lib/archive-sources.ts');
  const run = await archiveSources(sources, checks, {
    userAgent,
    dryRun,
    ...(archiveUrl ? { base: archiveUrl } : {}),
    ...(deadline === undefined ? {} : { deadline }),
  });
  // A source the archive failed on is a failed run (the weekly workflow shows it), though every copy made is kept.
  if (run.failed > 0) process.exitCode = 1;
}
