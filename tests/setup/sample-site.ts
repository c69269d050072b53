/**
 * Builds, once per run, the sites several test files only read (they get each folder with `inject(…)`): the sample
 * site at the root and under /timeline/, the publishing fixture, and a site imported from TimelineJS. Files that
 * change a tree or need other options keep their own build. Builds of different trees go side by side.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuildAsync, type BuildOptions } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { FIXTURES, removeTempDirs, TEMP } from '../helpers/trees.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site (the project's own content/), built at the root path. */
    sampleSite: string;
    /** The same site built with `--base /timeline/`. */
    sampleSiteUnderPath: string;
    /** A fresh copy of tests/fixtures/publishing (its own build cache), built at the root path. */
    publishingSite: string;
    /** tests/fixtures/timelinejs/houston.json imported into an empty tree (`content/` beside the site) and built. */
    houstonSite: string;
  }
}

type Key = 'sampleSite' | 'sampleSiteUnderPath' | 'publishingSite' | 'houstonSite';

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(TEMP, { recursive: true });
  const scratch = mkdtempSync(path.join(TEMP, 'sample-'));
  const build = async (key: Key, options: BuildOptions) => {
    const run = await runBuildAsync(options);
    if (run.status !== 0) throw new Error(`The shared site ${key} did not build:\n${run.output}`);
    project.provide(key, options.outDir);
  };
  const publishing = path.join(scratch, 'publishing');
  cpSync(path.join(FIXTURES, 'publishing'), path.join(publishing, 'content'), { recursive: true });
  const houston = path.join(scratch, 'houston');
  mkdirSync(houston);
  const imported = runScript(
    'import',
    ['timelinejs', path.join(FIXTURES, 'timelinejs/houston.json')],
    path.join(houston, 'content'),
  );
  if (imported.status !== 0) throw new Error(`houston.json did not import:\n${imported.stdout}${imported.stderr}`);
  await Promise.all([
    // One after the other: both builds of the sample use the project's own build cache.
    (async () => {
      await build('sampleSite', { outDir: path.join(scratch, 'root') });
      await build('sampleSiteUnderPath', { outDir: path.join(scratch, 'sub'), args: ['--base', '/timeline/'] });
    })(),
    build('publishingSite', { outDir: path.join(publishing, 'dist'), content: path.join(publishing, 'content') }),
    build('houstonSite', { outDir: path.join(houston, 'dist'), content: path.join(houston, 'content') }),
  ]);
  return () => {
    rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
    removeTempDirs();
  };
}
