/** A small run of the benchmark, so it cannot rot: it must build both sites and print the whole table. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE } from '../helpers/build.ts';
import { PROJECT, tempDir } from '../helpers/trees.ts';

describe('npm run bench', () => {
  it('builds ours and the baseline over 20 generated entries and prints every figure', () => {
    const run = spawnSync(
      NODE,
      [path.join(PROJECT, 'scripts/bench/run.ts'), '--entries', '20', '--work', tempDir('bench')],
      { cwd: PROJECT, encoding: 'utf8', timeout: 280_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    for (const row of [
      'wall time (cold build)',
      'peak RSS',
      'HTML pages',
      'output bytes',
      'search index bytes',
      'largest page (raw)',
      'largest page (gzip)',
      'rebuild after one edit',
      'rebuild after one new entry',
    ]) {
      expect(run.stdout, row).toMatch(new RegExp(`^${row.replace(/[()]/g, '\\$&')} +\\S`, 'm'));
    }
    expect(run.stdout).toMatch(/^entries +20 +20/m);
    expect(run.stdout).toMatch(/^wall time \(cold build\) +[\d.]+ s +[\d.]+ s +[\d.]+×/m);
  });
});
