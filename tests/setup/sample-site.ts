/**
 * Builds the sample site once per run, at the root and under /timeline/, for the test files that only read it
 * (they get the folders with `inject('sampleSite')` and `inject('sampleSiteUnderPath')`). Files that change a
 * tree or need other options keep their own build.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../helpers/build.ts';
import { TEMP } from '../helpers/trees.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site (the project's own content/), built at the root path. */
    sampleSite: string;
    /** The same site built with `--base /timeline/`. */
    sampleSiteUnderPath: string;
  }
}

export default function setup(project: TestProject): () => void {
  mkdirSync(TEMP, { recursive: true });
  const scratch = mkdtempSync(path.join(TEMP, 'sample-'));
  // One after the other: both builds use the project's own build cache.
  for (const [key, dir, args] of [
    ['sampleSite', 'root', []],
    ['sampleSiteUnderPath', 'sub', ['--base', '/timeline/']],
  ] as const) {
    const outDir = path.join(scratch, dir);
    const run = runBuild({ outDir, args: [...args] });
    if (run.status !== 0)
      throw new Error(`The sample site did not build (${args.join(' ') || 'root'}):\n${run.output}`);
    project.provide(key, outDir);
  }
  return () => rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
}
