/**
 * `npm run bench -- --entries N` (default 10000): generates a deterministic content tree of N entries, then in one
 * run builds our site (with its search index) and a bare baseline Astro site over the same Markdown, rebuilds ours
 * after editing one entry and after adding one, and prints a table with the ratio ours/baseline.
 * `--skip-baseline` measures ours alone; `--cold-only` skips the two
 * rebuilds; `--dev` measures the editor's loop with `npm run dev` instead
 * (scripts/bench/dev.ts). Work files go to .bench/ (ignored by git), or to `--work DIR`.
 */
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBaseline } from './baseline.ts';
import { generateContent } from './generate.ts';
import { measure, outputFigures, type OutputFigures, type RunFigures } from './measure.ts';
import { treeCacheDir } from '../../src/lib/cache-dir.ts';
import { isReplacedSite } from '../lib/build-folders.ts';
import { measureDev } from './dev.ts';
import { commandOptions, countOption } from '../lib/command-options.ts';

const usage = 'usage: npm run bench [-- --entries N] [--skip-baseline] [--cold-only] [--dev] [--work DIR]';
const values = commandOptions(
  {
    entries: { type: 'string', default: '10000' },
    'skip-baseline': { type: 'boolean' },
    'cold-only': { type: 'boolean' },
    work: { type: 'string', default: '.bench' },
    dev: { type: 'boolean' },
  },
  usage,
);
const count = countOption(values.entries, 'entries', usage);
const root = process.cwd();
// Inside the project, so the baseline site finds Astro in node_modules.
const work = path.resolve(root, values.work ?? '.bench');
const node = process.execPath;
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

console.log(`generating ${count} entries…`);
const { dir: content } = await generateContent(work, count);
const env = { TIMELINE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };

async function build(label: string, args: string[], cwd = root): Promise<RunFigures> {
  console.log(`${label}…`);
  const run = await measure(node, args, { cwd, env });
  // Each build's output is kept, with Astro's times of each step, for a look at where the time went.
  await writeFile(path.join(work, `${label.replace(/\W+/g, '-')}.log`), run.output);
  if (run.status !== 0) {
    console.error(run.output.slice(-4000));
    throw new Error(`${label} failed`);
  }
  return run;
}

if (values.dev) {
  const [first] = (await import('node:fs'))
    .readdirSync(path.join(content, 'entries'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort();
  console.log('starting npm run dev on it…');
  const dev = await measureDev(root, content, first ?? '', path.join(root, treeCacheDir(content)));
  const seconds = (value: number) => `${value.toFixed(1)} s`.padStart(7);
  console.log(`\nnpm run dev, ${count} entries`);
  console.log(`first start, nothing kept: first entry page answered   ${seconds(dev.ready)}`);
  console.log(`an edit to one entry shown                              ${seconds(dev.edit)}   (goal 2 s)`);
  console.log(`a new entry shown                                       ${seconds(dev.add)}   (goal 5 s)`);
  console.log(`a person renamed in people.yaml shown                   ${seconds(dev.people)}   (goal 2 s)`);
  console.log(`a storyline retitled in threads.yaml shown              ${seconds(dev.threads)}   (goal 2 s)`);
  console.log(`start again: first entry page answered                  ${seconds(dev.readyAgain)}   (goal 20 s)`);
  process.exit(0);
}

const oursDir = path.join(work, 'ours');
/** Our build as `npm run build` runs it (Node's compiled code kept between commands), into `oursDir`. */
const ourBuild = [
  '--import',
  path.join(root, 'scripts/lib/compile-cache.ts'),
  path.join(root, 'scripts/build.ts'),
  '--outDir',
  oursDir,
];

/**
 * Waits until the site a build replaced is deleted: the build leaves that to a process of its own, and the next
 * build measured while it still deletes 11,000 files would be measured against a busy disk.
 */
async function replacedSiteDeleted(): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (!(await readdir(work)).some((name) => isReplacedSite(oursDir, name))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// Cold means without this tree's cache; the site's own cache and other trees' (a test build beside) are left alone.
await rm(path.join(root, treeCacheDir(content)), { recursive: true, force: true });
await replacedSiteDeleted();
const ours = await build('building our site (cold)', ourBuild);
const oursOut = outputFigures(oursDir);

// One edit, then one new entry: the content layer keeps unchanged entries, so only what changed is rendered again.
const [firstFile] = (await import('node:fs'))
  .readdirSync(path.join(content, 'entries'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.md'))
  .sort();
const edited = path.join(content, 'entries', firstFile ?? '');
let afterEdit: RunFigures | undefined;
let afterAdd: RunFigures | undefined;
if (!values['cold-only']) {
  await appendFile(edited, '\nAn added sentence.\n');
  await replacedSiteDeleted();
  afterEdit = await build('rebuilding after editing one entry', ourBuild);
  const added = path.join(content, 'entries', 'added-entry.md');
  await writeFile(added, (await readFile(edited, 'utf8')).replace(/^title: .*$/m, 'title: A new entry'));
  await replacedSiteDeleted();
  afterAdd = await build('rebuilding after adding one entry', ourBuild);
  await rm(added);
}

let baseline: RunFigures | undefined;
let baselineOut: OutputFigures | undefined;
if (!values['skip-baseline']) {
  const baselineRoot = path.join(work, 'baseline');
  await rm(baselineRoot, { recursive: true, force: true });
  await writeBaseline(baselineRoot, content);
  baseline = await build('building the baseline (cold)', [
    astro,
    'build',
    '--root',
    baselineRoot,
    '--outDir',
    path.join(baselineRoot, 'dist'),
  ]);
  baselineOut = outputFigures(path.join(baselineRoot, 'dist'));
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '—');
const rows: [string, string, string, string][] = [
  ['entries', String(count), String(count), ''],
  [
    'wall time (cold build)',
    `${ours.seconds.toFixed(1)} s`,
    baseline ? `${baseline.seconds.toFixed(1)} s` : '—',
    ratio(ours.seconds, baseline?.seconds),
  ],
  ['peak RSS', mb(ours.peakRss), baseline ? mb(baseline.peakRss) : '—', ratio(ours.peakRss, baseline?.peakRss)],
  [
    'HTML pages',
    String(oursOut.pages),
    baselineOut ? String(baselineOut.pages) : '—',
    ratio(oursOut.pages, baselineOut?.pages),
  ],
  [
    'output bytes',
    mb(oursOut.bytes),
    baselineOut ? mb(baselineOut.bytes) : '—',
    ratio(oursOut.bytes, baselineOut?.bytes),
  ],
  [
    'search index bytes',
    mb(oursOut.searchBytes),
    baselineOut ? mb(baselineOut.searchBytes) : '—',
    ratio(oursOut.searchBytes, baselineOut?.searchBytes),
  ],
  [
    'largest page (raw)',
    kb(oursOut.largestPage.bytes),
    baselineOut ? kb(baselineOut.largestPage.bytes) : '—',
    ratio(oursOut.largestPage.bytes, baselineOut?.largestPage.bytes),
  ],
  [
    'largest page (gzip)',
    kb(oursOut.largestPage.gzip),
    baselineOut ? kb(baselineOut.largestPage.gzip) : '—',
    ratio(oursOut.largestPage.gzip, baselineOut?.largestPage.gzip),
  ],
  ['most JS on a non-search page', kb(oursOut.maxPageScript), baselineOut ? kb(baselineOut.maxPageScript) : '—', ''],
  ...(afterEdit && afterAdd
    ? ([
        [
          'rebuild after one edit',
          `${afterEdit.seconds.toFixed(1)} s`,
          '',
          `${((afterEdit.seconds / ours.seconds) * 100).toFixed(0)}% of cold`,
        ],
        [
          'rebuild after one new entry',
          `${afterAdd.seconds.toFixed(1)} s`,
          '',
          `${((afterAdd.seconds / ours.seconds) * 100).toFixed(0)}% of cold`,
        ],
      ] as [string, string, string, string][])
    : []),
];
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...[['', 'ours', 'baseline', 'ours/baseline'], ...rows].map((row) => (row[column] ?? '').length)),
);
const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(`\n${line(['', 'ours', 'baseline', 'ours/baseline'])}\n${rows.map(line).join('\n')}`);
console.log(`\nlargest page: ${oursOut.largestPage.file}`);
