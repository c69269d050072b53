/**
 * `npm run sources` against local servers playing the cited sites: what each kind of answer is kept as in
 * `link-checks.json`, what the editor is told (file:line:column), and what `check` warns of from the kept results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScriptAsync, type CliRun } from '../helpers/cli.ts';
import { startCitedSites, type CitedSites } from '../helpers/cited-sites.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

/** Every path of the cited sites, and what a check on one day keeps of it. */
const EXPECTED: Record<string, { status: string; problem?: RegExp; finalPath?: string }> = {
  '/ok': { status: 'ok' },
  '/report.pdf': { status: 'ok' },
  '/head-refused': { status: 'ok' },
  '/slash': { status: 'ok' },
  '/moved': { status: 'moved', finalPath: '/new-address' },
  '/temporary': { status: 'redirected', finalPath: '/elsewhere' },
  '/to-home': { status: 'failing', problem: /home page/ },
  '/behind-wall': { status: 'failing', problem: /login/ },
  '/missing': { status: 'failing', problem: /^404/ },
  '/gone': { status: 'failing', problem: /^410/ },
  '/soft-404': { status: 'failing', problem: /not found/ },
  '/titled-not-found': { status: 'failing', problem: /not found/ },
  '/headline-404': { status: 'ok' },
  '/headline-not-found': { status: 'ok' },
  '/marked-up-not-found': { status: 'failing', problem: /not found/ },
  '/forbidden': { status: 'refused', problem: /^403/ },
  '/busy-once': { status: 'ok' },
  '/flaky': { status: 'ok' },
  '/down': { status: 'failing', problem: /^503/ },
  '/slow': { status: 'ok' },
  '/hang': { status: 'failing', problem: /no answer within 1 s/ },
};

let sites: CitedSites;
let content: string;
let run: CliRun;
let kept: Record<string, { status: string; problem?: string; finalUrl?: string; firstFailed?: string }>;

/** An entry citing `urls`, one source each. */
function entry(title: string, urls: string[]): string {
  const sources = urls.map((url, index) => `  - title: Source ${index + 1}\n    url: ${url}\n`).join('');
  const fields = `title: ${title}\nsummary: ${title}.\ndate: 2025-01-20\nkind: event\nthreads: [the-story]`;
  return `---\n${fields}\nsources:\n${sources}---\nBody.\n`;
}

beforeAll(async () => {
  sites = await startCitedSites();
  ({ content } = contentTree());
  const paths = Object.keys(EXPECTED);
  writeFiles(content, {
    // The tree's own entries cite real sites: the test stays off the network.
    'entries/2025/2025-01-first.md': null,
    'entries/2025/2025-02-03-second.md': null,
    'entries/2025/cited.md': entry('Cited everywhere', [
      ...paths.map((p) => sites.base + p),
      `${sites.tlsBase}/ok`,
      `${sites.base}/always-busy`,
    ]),
    // Seen failing on an earlier day: a second failing day makes it dead.
    'entries/2025/earlier.md': entry('Failing before', [`${sites.base}/missing?earlier`]),
    'link-checks.json': JSON.stringify({
      [`${sites.base}/missing?earlier`]: {
        status: 'failing',
        problem: '404 Not Found',
        firstFailed: '2020-01-01',
        failedDays: 1,
        lastChecked: '2020-01-01',
      },
    }),
  });
  run = await runScriptAsync('sources', ['--timeout', '1', '--concurrency', '6'], content);
  kept = JSON.parse(readFileSync(path.join(content, 'link-checks.json'), 'utf8'));
}, 120_000);

afterAll(() => sites.close());

describe('npm run sources', () => {
  it('completes and keeps a record of every address', () => {
    expect(run.stderr).not.toMatch(/Error:|at .*\.ts:\d+/);
    expect(run.status).toBe(0);
    expect(Object.keys(kept)).toHaveLength(Object.keys(EXPECTED).length + 2);
  });

  it.each(Object.entries(EXPECTED))('keeps %s as what it answered', (urlPath, expected) => {
    const record = kept[sites.base + urlPath];
    expect(record?.status).toBe(expected.status);
    if (expected.problem) expect(record?.problem).toMatch(expected.problem);
    if (expected.finalPath) expect(record?.finalUrl).toBe(sites.base + expected.finalPath);
  });

  it('counts a certificate nobody trusts as a failure, named as such', () => {
    expect(kept[`${sites.tlsBase}/ok`]).toMatchObject({
      status: 'failing',
      problem: expect.stringMatching(/^TLS error/),
    });
  });

  it('keeps nothing of an address whose host keeps asking to wait: it is checked again next time', () => {
    expect(kept[`${sites.base}/always-busy`]).toBeUndefined();
  });

  it('calls an address dead only when it failed again on another day, keeping when it first failed', () => {
    expect(kept[`${sites.base}/missing?earlier`]).toMatchObject({
      status: 'dead',
      firstFailed: '2020-01-01',
      failedDays: 2,
    });
  });

  it('says who is asking, and sends HEAD before GET only for pages it need not read', () => {
    expect(new Set(sites.requests.map((request) => request.userAgent))).toEqual(
      new Set([expect.stringMatching(/^fact-timeline-sources\//)]),
    );
    const pdf = sites.requests.filter((request) => request.path === '/report.pdf').map((request) => request.method);
    expect(pdf).toEqual(['HEAD']);
    const refused = sites.requests.filter((request) => request.path === '/head-refused').map((r) => r.method);
    expect(refused).toEqual(['HEAD', 'GET']);
  });

  it('tells the editor where each problem source is written', () => {
    const cited = 'content/entries/2025/cited.md';
    const line = (urlPath: string) =>
      readFileSync(path.join(content, 'entries/2025/cited.md'), 'utf8')
        .split('\n')
        .findIndex((text) => text.endsWith(sites.base + urlPath)) + 1;
    expect(run.stdout).toContain(`${cited}:${line('/moved')}:10`);
    expect(run.stdout).toMatch(
      new RegExp(`${cited}:${line('/moved')}:10 .*moved permanently to ${sites.base}/new-address`),
    );
    expect(run.stdout).toMatch(new RegExp(`${cited}:${line('/missing')}:10 .*failed \\(404`));
    expect(run.stdout).toMatch(/earlier\.md:\d+:10 .*is dead \(404.*failing since 2020-01-01/);
    expect(run.stdout).not.toMatch(new RegExp(`${cited}:${line('/ok')}:`));
  });

  it('rechecks only stale addresses with --since, and only the named entry with --only', async () => {
    const before = sites.requests.length;
    const again = await runScriptAsync('sources', ['--since', '1'], content);
    expect(again.status).toBe(0);
    // Only the address whose host asked to wait has no record yet.
    expect(again.stderr).toMatch(/checking 1 address of 2 entries/);
    expect(new Set(sites.requests.slice(before).map((request) => request.path))).toEqual(new Set(['/always-busy']));
    const one = await runScriptAsync('sources', ['--only', 'entries/2025/earlier.md', '--timeout', '1'], content);
    expect(one.status).toBe(0);
    expect(one.stderr).toMatch(/checking 1 address of 1 entry/);
    const typo = await runScriptAsync('sources', ['--only', 'earlier', '--only', 'entries/2052'], content);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/no published entry matches "entries\/2052"/);
  });
});

describe('the exports', () => {
  it('carry what the link checks found: the day an original was found dead', async () => {
    const json = await runScriptAsync('export', ['json'], content);
    expect(json.status, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout) as {
      entries: { id: string; sources: { url?: string; urlDeadOn?: string }[] }[];
    };
    const earlier = data.entries.find((entry) => entry.id === 'earlier');
    expect(earlier?.sources[0]).toMatchObject({ url: `${sites.base}/missing?earlier`, urlDeadOn: expect.any(String) });
    const cited = data.entries.find((entry) => entry.id === 'cited');
    expect(cited?.sources.every((source) => source.urlDeadOn === undefined)).toBe(true);
    const csv = await runScriptAsync('export', ['csv'], content);
    expect(csv.stdout.split('\n')[0]).toContain('source_urls,archived_urls,dead_source_urls');
    expect(csv.stdout).toContain(`${sites.base}/missing?earlier,,${sites.base}/missing?earlier`);
  });
});

describe('npm run check with the kept results', () => {
  it('warns of a source dead for long enough without an archived copy, at the line of its url', async () => {
    const result = await runScriptAsync('check', [], content);
    expect(result.stdout).toMatch(/entries\/2025\/earlier\.md:\d+:10 +warning .*dead-source/);
    const strict = await runScriptAsync('check', ['--strict'], content);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/earlier\.md:\d+:10 +error .*dead-source/);
  });

  it('says nothing of a dead address once the source has an archived copy', async () => {
    const file = path.join(content, 'entries/2025/earlier.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/( {4}url: .*\n)/, '$1    archived: https://web.archive.org/web/2020/x\n'));
    const result = await runScriptAsync('check', [], content);
    expect(result.stdout).not.toMatch(/dead-source/);
    // ...unless that copy is itself dead.
    const checksFile = path.join(content, 'link-checks.json');
    const checks = readFileSync(checksFile, 'utf8');
    const copy = {
      status: 'dead',
      problem: '404 Not Found',
      firstFailed: '2020-01-01',
      failedDays: 2,
      lastChecked: '2020-02-01',
    };
    writeFileSync(checksFile, JSON.stringify({ ...JSON.parse(checks), 'https://web.archive.org/web/2020/x': copy }));
    const copyDead = await runScriptAsync('check', [], content);
    expect(copyDead.stdout).toMatch(/earlier\.md:\d+:15 +warning .*archived copy is dead.*dead-archive/);
    writeFileSync(checksFile, checks);
    writeFileSync(file, text);
  });
});

describe('a damaged link-checks.json', () => {
  it('stops the run with its place named, and is left as it was, so its history is not lost', async () => {
    const { content: damaged } = contentTree();
    const record = '{ "status": "failing", "firstFailed": "2026-01-05", "failedDays": 1, "lastChecked": "2026-01-05" }';
    // A merge conflict, as two runs of the weekly pull request may leave one.
    const text = `{\n<<<<<<< HEAD\n  "https://example.org/a": ${record}\n=======\n  "https://example.org/a": ${record}\n>>>>>>> sources/weekly\n}\n`;
    writeFiles(damaged, { 'link-checks.json': text });
    const stopped = await runScriptAsync('sources', [], damaged);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toMatch(/link-checks\.json:2:1 +warning +not valid JSON: .*mend it/);
    expect(stopped.stderr).toMatch(/link-checks\.json was left as it is/);
    expect(readFileSync(path.join(damaged, 'link-checks.json'), 'utf8')).toBe(text);
    const check = await runScriptAsync('check', [], damaged);
    expect(check.stdout).toMatch(/link-checks\.json:2:1 +warning +not valid JSON/);
  });
});

describe('npm run check -- --links', () => {
  it('checks every address first, then checks the content with what it found', async () => {
    const { content: tree } = contentTree();
    writeFiles(tree, {
      'entries/2025/2025-01-first.md': null,
      'entries/2025/2025-02-03-second.md': null,
      'entries/2025/cited.md': entry('Cited once', [`${sites.base}/ok?links`, `${sites.base}/missing?links`]),
    });
    const run = await runScriptAsync('check', ['--links'], tree);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/checking 2 addresses of 1 entry/);
    expect(run.stdout).toMatch(/cited\.md:\d+:10 .*failed \(404/);
    expect(run.stdout).toMatch(/checked 1 published entry/);
    const found = JSON.parse(readFileSync(path.join(tree, 'link-checks.json'), 'utf8')) as typeof kept;
    expect(found[`${sites.base}/missing?links`]).toMatchObject({ status: 'failing' });
  });
});

describe('a weekly run', () => {
  it('carries over the open pull request’s results, and stops starting checks at the time limit', async () => {
    const { content: tree } = contentTree();
    const missing = `${sites.base}/missing?weekly`;
    writeFiles(tree, {
      'entries/2025/2025-01-first.md': null,
      'entries/2025/2025-02-03-second.md': null,
      'entries/2025/cited.md': entry('Cited weekly', [missing, `${sites.base}/ok?weekly`]),
    });
    const pending = path.join(tree, '..', 'pending-link-checks.json');
    const failing = { status: 'failing', problem: '404', firstFailed: '2020-01-01', failedDays: 1 };
    writeFileSync(pending, JSON.stringify({ [missing]: { ...failing, lastChecked: '2020-01-01' } }));
    const none = await runScriptAsync('sources', ['--max-minutes', '0', '--merge-checks', pending], tree);
    expect(none.status, none.stderr).toBe(0);
    expect(none.stderr).toMatch(/the time limit is reached: 2 addresses were not checked/);
    const run = await runScriptAsync('sources', ['--merge-checks', pending, '--timeout', '2'], tree);
    expect(run.status, run.stderr).toBe(0);
    const found = JSON.parse(readFileSync(path.join(tree, 'link-checks.json'), 'utf8')) as typeof kept;
    // Failing in last week's pull request and again today: dead, from the day it first failed.
    expect(found[missing]).toMatchObject({ status: 'dead', firstFailed: '2020-01-01', failedDays: 2 });
    writeFileSync(pending, '{ "unfinished": ');
    const broken = await runScriptAsync('sources', ['--merge-checks', pending], tree);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/pending-link-checks\.json:1:\d+ +error +not valid JSON/);
  });
});

describe('a whole run', () => {
  it('forgets addresses no entry cites any more, and keeps those a draft cites', async () => {
    const { content: tree } = contentTree();
    const record = { status: 'ok', lastChecked: '2026-01-05' };
    writeFiles(tree, {
      'entries/2025/2025-01-first.md': null,
      'entries/2025/2025-02-03-second.md': null,
      'entries/2025/cited.md': entry('Cited now', [`${sites.base}/ok?now`]),
      'entries/2025/draft.md': entry('A draft', [`${sites.base}/ok?draft`]).replace(
        'kind: event',
        'kind: event\ndraft: true',
      ),
      'link-checks.json': JSON.stringify({
        [`${sites.base}/ok?now`]: record,
        [`${sites.base}/ok?draft`]: record,
        [`${sites.base}/ok?removed`]: record,
      }),
    });
    const run = await runScriptAsync('sources', ['--timeout', '2'], tree);
    expect(run.status, run.stderr).toBe(0);
    const found = JSON.parse(readFileSync(path.join(tree, 'link-checks.json'), 'utf8')) as typeof kept;
    expect(Object.keys(found).sort()).toEqual([`${sites.base}/ok?draft`, `${sites.base}/ok?now`]);
  });
});
