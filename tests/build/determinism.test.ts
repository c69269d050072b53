/**
 * Determinism: two clean builds of the same content, from two different folders, write the same files with the same
 * bytes, search index included. A newsroom can diff two builds, and a deploy only uploads what changed.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, runBuild } from '../helpers/build.ts';
import { FIXTURES, tempDir } from '../helpers/trees.ts';
import { sharedSite } from '../helpers/shared-site.ts';

/** Copies a fixture to a fresh folder (a fresh folder also means a fresh build cache) and builds it. */
function cleanBuild(fixture: string): string {
  const root = tempDir('timeline-same');
  cpSync(path.join(FIXTURES, fixture), path.join(root, 'content'), { recursive: true });
  const outDir = path.join(root, 'dist');
  const run = runBuild({ outDir, content: path.join(root, 'content') });
  expect(run.status, run.output).toBe(0);
  return outDir;
}

describe('two clean builds of the same content', () => {
  it('are byte-identical, file for file', async () => {
    // The first build is the one the run shares (tests/setup/sample-site.ts), made the same way.
    const first = fingerprint(await sharedSite('publishingSite'));
    const second = fingerprint(cleanBuild('publishing'));
    expect(Object.keys(first).some((name) => name.endsWith('.pf_fragment'))).toBe(true);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((name) => first[name] !== second[name]);
    expect(differing).toEqual([]);
  });
});
