/**
 * `npm run bench:timelinejs -- [--entries 1000]`: the same events as a TimelineJS timeline (Knight Lab's package,
 * self-hosted, fed by our TimelineJS export) and as our site, opened in the same headless Chromium with a cold cache:
 * time until the first events are visible and usable, and until the same events are drawn to scale, and the ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { serve } from '../lib/serve.ts';
import { writeTimelineJsPage } from '../lib/timelinejs-page.ts';
import { generateContent } from './generate.ts';
import { commandOptions, countOption } from '../lib/command-options.ts';

const usage = 'usage: npm run bench:timelinejs [-- --entries N] [--runs N]';
const values = commandOptions(
  { entries: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
  usage,
);
const count = countOption(values.entries, 'entries', usage);
const runs = countOption(values.runs, 'runs', usage);
const work = path.resolve('.bench/timelinejs');
const run = (script: string, args: string[], env: Record<string, string>) => {
  const result = spawnSync(process.execPath, [path.resolve('scripts', script), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr.slice(-3000)}`);
};

console.log(`generating ${count} entries and building both…`);
const { dir: content } = await generateContent(work, count);
rmSync(path.join(work, 'timelinejs'), { recursive: true, force: true });
run('build.ts', ['--outDir', path.join(work, 'ours')], { TIMELINE_CONTENT: content });
const tjs = path.join(work, 'timelinejs');
mkdirSync(tjs, { recursive: true });
run('editors/export.ts', ['timelinejs', '--out', path.join(tjs, 'timeline.json')], { TIMELINE_CONTENT: content });
writeTimelineJsPage(tjs, { style: 'width:100%;height:640px' });

const ours = await serve(path.join(work, 'ours'));
const theirs = await serve(tjs);
const browser: Browser = await launchChromium();
/** Milliseconds from navigation to the selector being visible (a new context each time: cold cache). */
async function timeTo(url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const ms = performance.now() - started;
  await context.close();
  return ms;
}
/** What is compared: the first events as a list or slide, and the same events drawn to scale. */
const views = [
  // An event slide with its headline, and the "next" control that makes it usable.
  { name: 'first events', ours: '.card-title a', timelinejs: '.tl-slide-content .tl-headline, .tl-slidenav-next' },
  // Our archive strip (built into the page) against TimelineJS's time navigation (drawn by its script).
  {
    name: 'drawn to scale',
    ours: '.archive-strip .strip-mark',
    timelinejs: '.tl-timenav .tl-timemarker-content-container',
  },
];
const times = views.map(() => ({ ours: [] as number[], timelinejs: [] as number[] }));
for (let i = 0; i < runs; i++) {
  for (const [index, view] of views.entries()) {
    times[index]!.ours.push(await timeTo(ours.url, view.ours));
    times[index]!.timelinejs.push(await timeTo(theirs.url, view.timelinejs));
  }
}
await browser.close();
await ours.close();
await theirs.close();
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const runTimes = (list: number[]) => list.map((ms) => ms.toFixed(0)).join(', ');
console.log(`${count} events, ${runs} cold runs each, time until visible:`);
for (const [index, view] of views.entries()) {
  const { ours: ourTimes, timelinejs } = times[index]!;
  console.log(`${view.name}:`);
  console.log(`  our site (home page):     median ${median(ourTimes).toFixed(0)} ms  (${runTimes(ourTimes)})`);
  console.log(`  TimelineJS (self-hosted): median ${median(timelinejs).toFixed(0)} ms  (${runTimes(timelinejs)})`);
  console.log(`  ratio TimelineJS/ours: ${(median(timelinejs) / median(ourTimes)).toFixed(1)}×`);
}
