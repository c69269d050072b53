/**
 * `npm run bench:reader -- [--dir .bench/ours] [--query minister --query 4217]`: what a reader feels on a built site,
 * in headless Chromium with a cold cache: time from typing a query to the first results on screen, and the bytes that
 * query cost. The time is taken in the page, from the field's input event to the first frame painted with a result
 * (or with the status saying there is none); the time the driver takes to type and to notice is printed apart. The
 * default queries are the two ends on a generated archive: a word in nearly every entry (Pagefind scores every page
 * that holds it, its worst case) and a number in one entry's title (a specific query).
 * Build the site first (npm run bench builds .bench/ours).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../lib/browser.ts';
import { serve } from '../lib/serve.ts';
import { commandOptions, countOption } from '../lib/command-options.ts';

const usage = 'usage: npm run bench:reader [-- --dir .bench/ours] [--query WORDS …] [--runs N]';
const values = commandOptions(
  {
    dir: { type: 'string', default: '.bench/ours' },
    query: { type: 'string', multiple: true, default: ['minister', '4217'] },
    runs: { type: 'string', default: '3' },
  },
  usage,
);
const runs = countOption(values.runs, 'runs', usage);
const dir = path.resolve(values.dir ?? '.bench/ours');
if (!existsSync(path.join(dir, 'pagefind'))) {
  console.error(`${dir} has no search index: run npm run bench first (or pass --dir)`);
  process.exit(1);
}
interface Row {
  ms: number;
  driver: number;
  setup: number;
  bytes: number;
  requests: number;
  results: number;
}
const site = await serve(dir);
console.log(`site: ${dir}`);
const browser = await launchChromium();
/** One query typed into the search page of a new browser context (an empty cache) each run. */
async function measureQuery(query: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(); // a new context has an empty cache
    const page = await context.newPage();
    let typed = false;
    let setup = 0;
    let bytes = 0;
    let requests = 0;
    const pending: Promise<unknown>[] = [];
    page.on('requestfinished', (request) => {
      const afterTyping = typed;
      if (afterTyping) requests++;
      pending.push(
        request.sizes().then((sizes) => {
          const size = sizes.responseBodySize + sizes.responseHeadersSize;
          if (afterTyping) bytes += size;
          else setup += size;
        }),
      );
    });
    await page.goto(`${site.url}search/`);
    await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
    await page.waitForLoadState('networkidle');
    const painted = page.evaluate(firstResultPainted, query);
    typed = true;
    const started = performance.now();
    await page.locator('[data-search-input]').fill(query);
    // The first result, or the status saying there is none.
    await page
      .locator('.result')
      .first()
      .or(page.locator('[data-search-status]', { hasText: query }))
      .first()
      .waitFor();
    const driver = performance.now() - started;
    const ms = await painted;
    // The status names the query once the whole first page of results is listed.
    await page.locator('[data-search-status]', { hasText: query }).waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    rows.push({ ms, driver, setup, bytes, requests, results: await page.locator('.result').count() });
    await context.close();
  }
  return rows;
}

/**
 * Runs in the page: milliseconds from the search field's next input event to the first frame painted once a result
 * (or a status naming the query) is in the page. A callback of requestAnimationFrame runs before a frame is painted,
 * and a task it queues runs after.
 */
function firstResultPainted(query: string): Promise<number> {
  const field = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector('[data-search-status]');
  return new Promise((resolve) => {
    field?.addEventListener(
      'input',
      () => {
        const typed = performance.now();
        const answered = () => document.querySelector('.result') || status?.textContent?.includes(query);
        const observer = new MutationObserver(() => {
          if (!answered()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - typed)));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { once: true, capture: true },
    );
  });
}

for (const query of values.query ?? []) report(query, await measureQuery(query));
await browser.close();
await site.close();
/** Prints one query's medians. */
function report(query: string, rows: Row[]): void {
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  console.log(`\nquery: "${query}" (${rows[0]?.results} results shown), ${rows.length} cold runs`);
  const typingTimes = rows.map((row) => row.ms);
  console.log(
    `time from typing to first results painted: median ${median(typingTimes).toFixed(0)} ms ` +
      `(${typingTimes.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  const driverTimes = rows.map((row) => row.driver);
  console.log(
    `the same seen by the driver (typing and noticing included): median ${median(driverTimes).toFixed(0)} ms ` +
      `(${driverTimes.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  console.log(
    `transferred when the search page opens (page, script, Pagefind runtime and index entry): median ` +
      `${(median(rows.map((row) => row.setup)) / 1024).toFixed(1)} KB`,
  );
  console.log(
    `transferred for the first query: median ${(median(rows.map((row) => row.bytes)) / 1024).toFixed(1)} KB in ` +
      `${median(rows.map((row) => row.requests))} requests`,
  );
}
