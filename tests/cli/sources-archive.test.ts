/**
 * `npm run sources -- --archive` against a local stand-in for the Wayback Machine and local cited sites: existing
 * snapshots found, new ones requested, `archived:` written into Markdown and YAML entries with every other byte
 * kept, a dry run that writes nothing, and a run stopped by a rate limit that the next run finishes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startArchiveStandIn, type ArchiveStandIn } from '../helpers/archive-stand-in.ts';
import { startCitedSites, type CitedSites } from '../helpers/cited-sites.ts';
import { runScriptAsync } from '../helpers/cli.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

/** When the stand-in takes every new snapshot. */
const TIMESTAMP = '20261130120000';
const SAVED_DAY = '2026-11-30';

let sites: CitedSites;
let archive: ArchiveStandIn;

beforeAll(async () => {
  sites = await startCitedSites();
});
afterAll(async () => {
  await sites.close();
});
// An archive of its own for each test: what one test had saved would otherwise be found by the next.
beforeEach(async () => {
  archive = await startArchiveStandIn({ timestamp: () => TIMESTAMP });
});
afterEach(async () => {
  await archive.close();
});

/** A content tree with one Markdown entry and a YAML file of two entries, citing the local sites. */
function tree() {
  const { content } = contentTree();
  const markdown =
    '---\n# Written by hand: this comment stays.\ntitle: Cited in Markdown\nsummary: Cited in Markdown.\n' +
    'date: 2025-01-20\nkind: event\nthreads: [the-story]\nsources:\n' +
    `  - title: Found in the archive\n    url: ${sites.base}/ok?held   # the first report\n    quote: "It held."\n` +
    `  - {title: Saved now, url: "${sites.base}/slow"}\n---\nBody [@1].\n`;
  const yaml =
    '# Two entries in one file.\r\n' +
    '- id: first-in-list\r\n  title: First in the list\r\n  summary: First.\r\n  date: 2025-01-21\r\n' +
    '  kind: event\r\n  threads: [the-story]\r\n  sources:\r\n    - note: No address to archive.\r\n\r\n' +
    '- id: second-in-list\r\n  title: Second in the list\r\n  summary: Second.\r\n  date: 2025-01-22\r\n' +
    `  kind: event\r\n  threads: [the-story]\r\n  sources:\r\n    - url: ${sites.base}/temporary\r\n` +
    `    - url: ${sites.base}/missing\r\n`;
  writeFiles(content, {
    'entries/2025/2025-01-first.md': null,
    'entries/2025/2025-02-03-second.md': null,
    'entries/2025/cited.md': markdown,
    'entries/2025/list.yaml': yaml,
  });
  const read = (name: string) => readFileSync(path.join(content, 'entries/2025', name), 'utf8');
  return { content, markdown, yaml, read };
}

const args = () => ['--archive', '--archive-url', archive.base, '--timeout', '2'];

describe('npm run sources -- --archive', () => {
  it('writes nothing on a dry run, and says what it would write', async () => {
    archive.snapshots.set(`${sites.base}/ok?held`, '20240101120000');
    const { content, markdown, yaml, read } = tree();
    const checks = path.join(content, 'link-checks.json');
    const checksBefore = existsSync(checks) ? readFileSync(checks, 'utf8') : undefined;
    const run = await runScriptAsync('sources', [...args(), '--dry-run'], content);
    expect(run.status, run.stderr).toBe(0);
    // Only looks: not even what the links answered is written.
    expect(existsSync(checks) ? readFileSync(checks, 'utf8') : undefined).toBe(checksBefore);
    expect(read('cited.md')).toBe(markdown);
    expect(read('list.yaml')).toBe(yaml);
    expect(run.stdout).toMatch(/cited\.md \(cited, source 1\): would write .*\/web\/20240101120000\//);
    expect(run.stderr).toMatch(/would ask the archive to save .*\/slow/);
    expect(archive.requests.some((request) => request.path.startsWith('/save'))).toBe(false);
  });

  it('adds archived and archiveDate to each source in its own file, every other byte kept', async () => {
    archive.snapshots.set(`${sites.base}/ok?held`, '20240101120000');
    const { content, markdown, yaml, read } = tree();
    const run = await runScriptAsync('sources', args(), content);
    expect(run.status, run.stderr).toBe(0);
    const held = `${archive.base}/web/20240101120000/${sites.base}/ok?held`;
    const saved = (url: string) => `${archive.base}/web/${TIMESTAMP}/${url}`;
    expect(read('cited.md')).toBe(
      markdown
        .replace('# the first report\n', `# the first report\n    archived: ${held}\n    archiveDate: 2024-01-01\n`)
        .replace(
          `url: "${sites.base}/slow"}`,
          `url: "${sites.base}/slow", archived: ${saved(`${sites.base}/slow`)}, archiveDate: ${SAVED_DAY}}`,
        ),
    );
    // The page that is gone today cannot be saved: without an earlier snapshot it keeps no copy.
    expect(read('list.yaml')).toBe(
      yaml.replace(
        `url: ${sites.base}/temporary\r\n`,
        `url: ${sites.base}/temporary\r\n` +
          `      archived: ${saved(`${sites.base}/temporary`)}\r\n      archiveDate: ${SAVED_DAY}\r\n`,
      ),
    );
    expect(run.stderr).toMatch(/list\.yaml \(second-in-list, source 2\): not archived: no snapshot exists/);
    const check = await runScriptAsync('check', [], content);
    expect(check.status, check.stdout).toBe(0);
  });

  it('stops when the archive asks to wait, and the next run goes on where it stopped', async () => {
    archive.snapshots.delete(`${sites.base}/ok?held`);
    const { content, read } = tree();
    archive.rateLimitNext(1, 3600);
    const stopped = await runScriptAsync('sources', args(), content);
    expect(stopped.status).toBe(0);
    expect(stopped.stderr).toMatch(
      /the archive asks to wait .*stopped with 4 sources left: run the same command later/,
    );
    expect(read('cited.md')).not.toContain('archived:');
    const resumed = await runScriptAsync('sources', args(), content);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(read('cited.md').match(/archived:/g)).toHaveLength(2);
    expect(resumed.stderr).toMatch(/gave 3 sources an archived copy/);
    // Everything has a copy now (or cannot have one): a third run asks the archive nothing.
    const before = archive.requests.length;
    await runScriptAsync('sources', args(), content);
    // (The copies themselves are checked as links too: those are the /web/ requests.)
    const asked = archive.requests.slice(before).filter((request) => !request.path.startsWith('/web/'));
    expect(asked.map((request) => request.path)).toEqual([expect.stringMatching(/^\/wayback\/available/)]);
  });

  it('stops and fails when the archive does not answer, instead of trying every source', async () => {
    const { content, markdown, read } = tree();
    const run = await runScriptAsync(
      'sources',
      ['--archive', '--archive-url', 'http://127.0.0.1:9', '--timeout', '2'],
      content,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /the archive at http:\/\/127\.0\.0\.1:9 failed 3 times in a row: stopped with 1 source left/,
    );
    expect(read('cited.md')).toBe(markdown);
  });

  it('writes into a YAML file of one entry with a byte-order mark, and fails on a source it cannot edit', async () => {
    const { content } = tree();
    const single =
      '\uFEFF# One entry in its own file.\nid: single-yaml\ntitle: Alone in its file\nsummary: Alone.\n' +
      'date: 2025-01-23\nkind: event\nthreads: [the-story]\nsources:\n' +
      `  - url: ${sites.base}/ok?single # kept\n` +
      // A mapping with an anchor may be repeated by an alias elsewhere: a field added to it is refused, not guessed.
      `  - &shared\n    url: ${sites.base}/ok?anchored\n`;
    writeFiles(content, {
      'entries/2025/cited.md': null,
      'entries/2025/list.yaml': null,
      'entries/2025/single.yaml': single,
    });
    const run = await runScriptAsync('sources', args(), content);
    expect(run.status, run.stderr).toBe(1);
    const saved = `${archive.base}/web/${TIMESTAMP}/${sites.base}/ok?single`;
    expect(readFileSync(path.join(content, 'entries/2025/single.yaml'), 'utf8')).toBe(
      single.replace('# kept\n', `# kept\n    archived: ${saved}\n    archiveDate: ${SAVED_DAY}\n`),
    );
    expect(run.stderr).toMatch(/single\.yaml \(single-yaml, source 2\): could not write .*has an anchor \(&shared\)/);
    expect(run.stderr).toMatch(/gave 1 source an archived copy/);
  });

  it('stops at the time limit with nothing asked of the archive, to go on in the next run', async () => {
    const { content, markdown, read } = tree();
    const before = archive.requests.length;
    const run = await runScriptAsync('sources', [...args(), '--max-minutes', '0'], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/the time limit is reached: stopped with 4 sources left/);
    expect(archive.requests.length).toBe(before);
    expect(read('cited.md')).toBe(markdown);
  });

  it('refuses a snapshot older than the source it stands for', async () => {
    archive.snapshots.set(`${sites.base}/ok?held`, '20240101120000');
    const { content, read } = tree();
    const file = path.join(content, 'entries/2025/cited.md');
    const dated = read('cited.md').replace(
      '    quote: "It held."\n',
      '    quote: "It held."\n    published: 2025-01-20\n',
    );
    writeFileSync(file, dated);
    const run = await runScriptAsync('sources', args(), content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /cited\.md \(cited, source 1\): not archived: the only snapshot \(2024-01-01\) is older/,
    );
    expect(read('cited.md')).not.toContain('web/20240101120000');
  });
});
