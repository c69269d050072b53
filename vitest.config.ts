import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every Node process of the run (test workers, builds, the editors' commands, often a hundred of them) keeps the code
// it compiled on disk for the next: a command starts in a third less time, a build in a sixth. Node 22.1 and later.
process.env.NODE_COMPILE_CACHE ??= path.resolve('node_modules/.cache/node-compile');

/** Files that need neither a build nor a browser: the fast loop, `npm run test:unit`. */
const UNIT = [
  'tests/unit/**/*.test.ts',
  'tests/corpus/bad-content.test.ts',
  'tests/cli/check-and-new.test.ts',
  'tests/cli/sources.test.ts',
  'tests/cli/sources-archive.test.ts',
];
/** The benchmark smoke test: a build and a baseline build of its own, run beside the quick files to share the cores. */
const ALONE = ['tests/cli/bench.test.ts'];
/** The editing interface in Chromium, on a dev server and decap-server of its own (it needs no built site). */
const CMS = ['tests/e2e/cms.test.ts'];

export default defineConfig({
  test: {
    // Real builds and Chromium: give them time. Two files at once on two cores; each build runs in its own process.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    // Test files run in worker threads, not a process each: the quick files took 57–58 s instead of 62 s (two runs
    // each way, alternated). Builds, the editors' commands and Chromium still run in processes of their own.
    pool: 'threads',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    setupFiles: ['tests/setup/temp-dirs.ts'],
    // Groups run one after the other, the files of a group side by side: first the quick files and the benchmark,
    // then the builds and the browser tests, which share one build of the sample site.
    projects: [
      // The quick files share their workers' modules (48 s instead of 57–62 s for the project): they pass in any order
      // (`--sequence.shuffle`), and one that stubs the environment restores it.
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'bench', include: ALONE, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'cms', include: CMS, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...UNIT, ...ALONE, ...CMS],
          globalSetup: ['tests/setup/sample-site.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
