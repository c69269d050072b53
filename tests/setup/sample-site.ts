/**
 * Starts, once per run, the builds of the sites several test files only read: the sample site at the root and
 * under /timeline/, the publishing fixture, and a site imported from TimelineJS. They run in the background while
 * the first group of files runs; a file waits for the one it reads with `await sharedSite(…)`
 * (tests/helpers/shared-site.ts). Files that change a tree or need other options keep their own build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { NODE, runBuildAsync, type BuildOptions } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { statusFile, type SharedSite } from '../helpers/shared-site.ts';
import { FIXTURES, PROJECT, removeTempDirs, TEMP } from '../helpers/trees.ts';

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

export default function setup(project: TestProject): () => Promise<void> {
  mkdirSync(TEMP, { recursive: true });
  // On a fresh clone the first builds also make what every build shares (the project's .astro/ folder, the kept
  // editing-interface bundle): one `astro sync` makes them before the builds below and the benchmark start side by
  // side, so they never race to create them (a fresh clone's run lost a build that way).
  const sync = spawnSync(NODE, [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}${sync.stderr}`);
  const scratch = mkdtempSync(path.join(TEMP, 'sample-'));
  /** Builds one site and says how it ended in its status file. */
  const build = async (options: BuildOptions) => {
    const run = await runBuildAsync(options);
    writeFileSync(statusFile(options.outDir), JSON.stringify(run));
  };
  /** Says a site cannot be built, for the files that wait for it. */
  const failed = (outDir: string, output: string) =>
    writeFileSync(statusFile(outDir), JSON.stringify({ status: 1, output }));
  const publishing = path.join(scratch, 'publishing');
  cpSync(path.join(FIXTURES, 'publishing'), path.join(publishing, 'content'), { recursive: true });
  const houston = path.join(scratch, 'houston');
  mkdirSync(houston);
  const houstonFile = path.join(FIXTURES, 'timelinejs/houston.json');
  const imported = runScript('import', ['timelinejs', houstonFile], path.join(houston, 'content'));
  const sites: Record<SharedSite, string> = {
    sampleSite: path.join(scratch, 'root'),
    sampleSiteUnderPath: path.join(scratch, 'sub'),
    publishingSite: path.join(publishing, 'dist'),
    houstonSite: path.join(houston, 'dist'),
  };
  for (const [key, outDir] of Object.entries(sites)) project.provide(key as SharedSite, outDir);
  const builds = Promise.all([
    // One after the other: both builds of the sample use the project's own build cache.
    (async () => {
      await build({ outDir: sites.sampleSite });
      await build({ outDir: sites.sampleSiteUnderPath, args: ['--base', '/timeline/'] });
    })(),
    build({ outDir: sites.publishingSite, content: path.join(publishing, 'content') }),
    imported.status === 0
      ? build({ outDir: sites.houstonSite, content: path.join(houston, 'content') })
      : failed(sites.houstonSite, imported.stdout + imported.stderr),
  ]);
  return async () => {
    await builds;
    rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
    removeTempDirs();
  };
}
