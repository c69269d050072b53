/**
 * Determinism: two clean builds of the same content, from two different folders, write the same files with the same
 * bytes, search index included. A newsroom can diff two builds, and a deploy only uploads what changed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/trees.ts';

/** Each output file and the hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => statSync(path.join(dir, name)).isFile()).sort();
  return Object.fromEntries(files.map((name) => [name, createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')]));
}

/** Copies a fixture to a fresh folder (a fresh folder also means a fresh build cache) and builds it. */
function cleanBuild(fixture: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-same-'));
  cpSync(path.join(FIXTURES, fixture), path.join(root, 'content'), { recursive: true });
  const outDir = path.join(root, 'dist');
  const run = runBuild({ outDir, content: path.join(root, 'content') });
  expect(run.status, run.output).toBe(0);
  return outDir;
}

describe('two clean builds of the same content', () => {
  it('are byte-identical, file for file', () => {
    const first = fingerprint(cleanBuild('publishing'));
    const second = fingerprint(cleanBuild('publishing'));
    expect(Object.keys(first).some((name) => name.endsWith('.pf_fragment'))).toBe(true);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((name) => first[name] !== second[name]);
    expect(differing).toEqual([]);
  });
});
