import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

const LINE =
  /^(?<file>[^:\s]+):(?<line>\d+):(?<column>\d+) {2}(?<severity>error|warning) {2}(?<message>.+) {2}\((?<rule>[a-z-]+)\)$/;

describe('npm run check', () => {
  it('prints each problem as path:line:column  severity  message  (rule), a summary, and exits 1 on errors', () => {
    const { content } = contentTree('unknown-person');
    const run = runScript('check', [], content);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const problems = lines.filter((line) => LINE.test(line)).map((line) => LINE.exec(line)?.groups);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/entries/2025/2025-03-01-x.md',
        line: '6',
        column: '20',
        severity: 'error',
        rule: 'unknown-reference',
      }),
    );
    expect(problems.filter((p) => p?.rule === 'source-without-archive').length).toBeGreaterThan(0);
    expect(lines).toContain(
      `${problems.filter((p) => p?.severity === 'error').length} error, ` +
        `${problems.filter((p) => p?.severity === 'warning').length} warnings`,
    );
  });

  it('exits 0 when there are only warnings, and reports the editorial ones', () => {
    const { content } = contentTree();
    const run = runScript('check', [], content);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 errors, 2 warnings/);
    expect(run.stdout).toMatch(
      /content\/entries\/2025\/2025-01-first\.md:10:5 {2}warning {2}sources\[0\]: no archived copy/,
    );
  });

  it('warns of an image at an http address, which the pages ask for over https', () => {
    const { content } = contentTree();
    const file = 'entries/2025/2025-03-01-pictured.md';
    const fields = 'title: P\nsummary: S.\ndate: 2025-03-01\nkind: event\nthreads: [the-story]\n';
    const source = 'sources:\n  - url: https://example.org/p\n    archived: https://web.archive.org/p\n';
    writeFiles(content, { [file]: `---\n${fields}${source}media:\n  url: http://example.org/p.jpg\n---\n` });
    const run = runScript('check', [], content);
    expect(run.stdout).toMatch(/2025-03-01-pictured\.md:11:8 {2}warning {2}media\.url: not https: .*\(insecure-url\)/);
  });

  it('gives the same in JSON with --format json', () => {
    const { content } = contentTree('invalid-date');
    const run = runScript('check', ['--format', 'json'], content);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      errors: number;
      warnings: number;
      diagnostics: { rule: string; line: number; field: string }[];
    };
    expect(report.errors).toBe(1);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'schema', line: 4, field: 'date', severity: 'error' }),
    );
  });

  it('rejects an unknown option with usage and exit 2', () => {
    const { content } = contentTree();
    const run = runScript('check', ['--format', 'xml'], content);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run check/);
  });
});

describe('npm run new', () => {
  it('writes a valid draft at entries/<year>/<date>-<slug>.md and prints its path', () => {
    const { content } = contentTree();
    const run = runScript(
      'new',
      [
        "Kellogg's plan: phase two",
        '--date',
        '2025-03-04',
        '--thread',
        'the-story',
        '--person',
        'jane-doe',
        '--kind',
        'statement',
      ],
      content,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('content/entries/2025/2025-03-04-kelloggs-plan-phase-two.md');
    const text = readFileSync(path.join(content, 'entries/2025/2025-03-04-kelloggs-plan-phase-two.md'), 'utf8');
    expect(text).toMatch(/^---\ntitle: "Kellogg's plan: phase two"\n/);
    expect(text).toMatch(/draft: true/);
    const check = runScript('check', ['--format', 'json'], content);
    expect(JSON.parse(check.stdout)).toMatchObject({ errors: 0, drafts: 1 });
  });

  it('names a BC entry so its id never meets the AD year of the same number', () => {
    const { content } = contentTree();
    const bc = runScript('new', ['The Ides of March', '--date=-0043-03-15'], content);
    expect(bc.status, bc.stderr).toBe(0);
    expect(bc.stdout.trim()).toBe('content/entries/44-bc/0044-bc-03-15-the-ides-of-march.md');
    const ad = runScript('new', ['The Ides of March', '--date', '0044-03-15'], content);
    expect(ad.stdout.trim()).toBe('content/entries/44/0044-03-15-the-ides-of-march.md');
    const deep = runScript('new', ['The Big Bang', '--date=-13799999999'], content);
    expect(deep.stdout.trim()).toBe('content/entries/13800000000-bc/13800000000-bc-the-big-bang.md');
    const check = runScript('check', ['--format', 'json'], content);
    expect(JSON.parse(check.stdout)).toMatchObject({ errors: 0, drafts: 3 });
  });

  it('refuses to overwrite an existing entry', () => {
    const { content } = contentTree();
    expect(runScript('new', ['Same', '--date', '2025-03-04'], content).status).toBe(0);
    const again = runScript('new', ['Same', '--date', '2025-03-04'], content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(readdirSync(path.join(content, 'entries/2025'))).toHaveLength(3);
  });

  it('refuses bad dates, kinds and unknown ids, with suggestions', () => {
    const { content } = contentTree();
    const run = runScript('new', ['X', '--date', '2025-02-30', '--kind', 'rumour', '--thread', 'the-stroy'], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/February 2025 has 28 days/);
    expect(run.stderr).toMatch(/"rumour" is not a kind/);
    expect(run.stderr).toMatch(/unknown id "the-stroy" \(did you mean "the-story"\?\)/);
  });
});
