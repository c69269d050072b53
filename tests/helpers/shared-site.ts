/**
 * The sites built once per run for the files that only read them (tests/setup/sample-site.ts). Their builds start
 * with the run and go on while the first files run; a file that needs one waits here until it is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { BuildRun } from './build.ts';

export type SharedSite = 'sampleSite' | 'sampleSiteUnderPath' | 'publishingSite' | 'houstonSite';

/** Where a shared build writes how it ended: beside its output folder. */
export const statusFile = (outDir: string): string => `${outDir}.status.json`;

/** The output folder of a shared site, once built; the build's own output when it failed. */
export async function sharedSite(key: SharedSite): Promise<string> {
  const outDir = inject(key);
  const deadline = Date.now() + 600_000;
  while (!existsSync(statusFile(outDir))) {
    if (Date.now() > deadline) throw new Error(`the shared site ${key} was not built within ten minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const run = JSON.parse(readFileSync(statusFile(outDir), 'utf8')) as BuildRun;
  if (run.status !== 0) throw new Error(`the shared site ${key} did not build:\n${run.output}`);
  return outDir;
}
