/**
 * `npm run bench:timelinejs -- [--entries 1000]`: the same events as a TimelineJS timeline (Knight Lab's package,
 * self-hosted, fed by our TimelineJS export) and as our site, opened in the same headless Chromium with a cold cache:
 * time until the first events are visible and usable, and the ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { serve } from '../lib/serve.ts';
import { writeTimelineJsPage } from '../lib/timelinejs-page.ts';
import { generateContent } from './generate.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.entries);
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
const times = { ours: [] as number[], timelinejs: [] as number[] };
for (let i = 0; i < Number(values.runs); i++) {
  times.ours.push(await timeTo(ours.url, '.card-title a'));
  // An event slide with its headline, and the "next" control that makes it usable.
  times.timelinejs.push(await timeTo(theirs.url, '.tl-slide-content .tl-headline, .tl-slidenav-next'));
}
await browser.close();
await ours.close();
await theirs.close();
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
console.log(`${count} events, ${values.runs} cold runs each, time until the first events are visible and usable:`);
const runTimes = (list: number[]) => list.map((ms) => ms.toFixed(0)).join(', ');
console.log(`  our site (home page):   median ${median(times.ours).toFixed(0)} ms  (${runTimes(times.ours)})`);
console.log(
  `  TimelineJS (self-hosted): median ${median(times.timelinejs).toFixed(0)} ms  (${runTimes(times.timelinejs)})`,
);
console.log(`  ratio TimelineJS/ours: ${(median(times.timelinejs) / median(times.ours)).toFixed(1)}×`);
