/**
 * The editing interface in Chromium against the real local backend: decap-server on a free port over a copy of the
 * minimal content tree, the dev server in front of it. An editor creates an entry from the lists, edits one, and is
 * stopped before saving one without a required field; what the CMS writes passes `check`; nothing comes from
 * another origin.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { freePort, startDecapServer, startDevServer, stop } from '../../scripts/lib/cms-servers.ts';
import { runScript } from '../helpers/cli.ts';
import { FIXTURES, PROJECT, removeAfterFile } from '../helpers/trees.ts';

let browser: Browser;
let decap: ChildProcess;
let dev: ChildProcess;
let origin: string;
let content: string;
const foreign: string[] = [];
let devOutput = '';

/** Waits until the dev server answers /admin/ (its first answer waits for the CMS bundle to be prepared). */
async function waitForAdmin(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const answer = await fetch(url).then(
    async (response) => `${response.status} ${(await response.text()).slice(0, 500)}`,
    String,
  );
  throw new Error(`the dev server did not answer ${url}: ${answer}\n${devOutput.slice(-3000)}`);
}

beforeAll(async () => {
  // Outside node_modules (where the other trees are): the dev server's file watcher ignores anything in there, and
  // this test follows a saved file to its page as an editor's dev server does.
  const root = removeAfterFile(mkdtempSync(path.join(tmpdir(), 'timeline-cms-')));
  const tree = { root, content: path.join(root, 'content') };
  cpSync(path.join(FIXTURES, 'minimal'), tree.content, { recursive: true });
  content = tree.content;
  const [decapPort, devPort] = [await freePort(), await freePort()];
  decap = startDecapServer(tree.root, decapPort);
  dev = startDevServer({ port: devPort, decapPort, contentDir: content, stdio: 'pipe' });
  dev.stdout?.setEncoding('utf8').on('data', (chunk: string) => (devOutput += chunk));
  dev.stderr?.setEncoding('utf8').on('data', (chunk: string) => (devOutput += chunk));
  origin = `http://127.0.0.1:${devPort}`;
  await waitForAdmin(`${origin}/admin/`);
  browser = await launchChromium();
});

// A step that waits too long says only where it waited: what the dev server said meanwhile goes with the failure.
afterEach(({ task }) => {
  if (task.result?.state === 'fail') console.error(`the dev server's last output:\n${devOutput.slice(-3000)}`);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([dev && stop(dev), decap && stop(decap)]);
});

/** Opens the CMS, logged in to the local backend, at `hash` (e.g. #/collections/entries). */
async function openCms(hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  let pending = 0;
  let lastAnswer = Date.now();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    pending++;
  });
  const answered = () => {
    pending--;
    lastAnswer = Date.now();
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
  await page.getByText('Collections').first().waitFor();
  await page.goto(`${origin}/admin/${hash}`);
  if (hash.endsWith('/new')) {
    // The editor makes a new entry's draft once the form shows, and again when the collection's entries arrive from
    // the backend: each time the fields are emptied, so typing before the backend has answered is lost on a busy
    // machine. Type once the preview has drawn the draft and no request has been open for a second.
    await page.frameLocator('iframe').first().locator('.entry-header').waitFor({ timeout: 60_000 });
    await expect.poll(() => pending === 0 && Date.now() - lastAnswer > 1000, { timeout: 60_000 }).toBe(true);
  }
  return page;
}

/** Fills a text field and checks that it kept what was typed. */
async function type(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await expect.poll(() => field.inputValue()).toBe(text);
}

/** Picks `option` in a select or relation field by typing part of it, as an editor does. */
async function pick(page: Page, input: ReturnType<Page['locator']>, typed: string, option: string | RegExp) {
  await input.click();
  await input.pressSequentially(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Publishes the open entry (Publish → Publish now) and waits for the CMS to say the backend has it; when it does not,
 * the failure quotes what the CMS said instead (a refused field, a backend error).
 */
async function publish(page: Page, expected: RegExp = /Entry (saved|published)/) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  const said = page.getByText(expected).first();
  const heard = await said.waitFor({ timeout: 60_000 }).then(
    () => true,
    () => false,
  );
  if (!heard) {
    const alerts = await page.locator('[role="alert"], [class*="Toast"], [class*="rror"]').allInnerTexts();
    throw new Error(`the CMS did not say ${expected}; it shows: ${JSON.stringify(alerts).slice(0, 2000)}`);
  }
}

/** The frontmatter as YAML 1.2 reads it (dates stay text, as the site reads them). */
const frontmatterOf = (text: string) => parse(text.slice(4, text.indexOf('\n---', 4))) as Record<string, unknown>;

/** The entry files, relative to entries/. */
const entryFiles = () =>
  readdirSync(path.join(content, 'entries'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();

describe('editing in the browser', () => {
  it('creates an entry with a person, a storyline, two sources and a relation picked from the lists', async () => {
    const before = entryFiles();
    const page = await openCms('#/collections/entries/new');
    await type(page, 'Title', 'A third thing');
    await type(page, 'Summary', 'It happened in March.');
    await type(page, 'Date', '2025-03-04');
    // A build run beside the editor (any content tree) rewrites these files in the project's .astro/ folder: the dev
    // server must not reload the form for it, emptying what was typed.
    for (const file of ['content-assets.mjs', 'content-modules.mjs']) {
      const written = path.join(PROJECT, '.astro', file);
      if (existsSync(written)) writeFileSync(written, readFileSync(written));
    }
    await pick(page, page.getByLabel('Kind', { exact: true }), 'state', 'statement');
    await pick(page, page.getByLabel(/^People/), 'Jane', 'Jane Doe');
    await pick(page, page.getByLabel(/^Threads/), 'story', 'The story');
    const sources = [
      ['First report', 'https://example.org/c'],
      ['Second report', 'https://example.org/d'],
    ] as const;
    // Only the fields on screen count: a collapsed object (media) keeps its own title and url hidden in the form.
    const titles = page.locator('[id^="title-field-"]:visible');
    const urls = page.locator('[id^="url-field-"]:visible');
    for (const [index, [title, url]] of sources.entries()) {
      await page.getByRole('button', { name: /Add sources/i }).click();
      // The new source's fields appear after a render, later on a busy machine: wait for them, not for a fixed time.
      await expect.poll(() => urls.count(), { timeout: 15_000 }).toBe(index + 1);
      // The entry's own title comes first, then one title per source.
      await titles.nth(index + 1).fill(title);
      await urls.nth(index).fill(url);
    }
    await page.getByRole('button', { name: /Add relations/i }).click();
    await pick(page, page.getByLabel('Type', { exact: true }), 'foll', /follows/);
    await pick(page, page.getByLabel('Entry', { exact: true }), 'second', 'The second thing');
    // The preview draws the entry in the site's markup and styles: its date, badges and sources.
    const preview = page.frameLocator('iframe').first();
    expect(await page.getByLabel('Date', { exact: true }).inputValue(), 'the date typed first is kept').toBe(
      '2025-03-04',
    );
    // The preview redraws after a pause in typing, later on a busy machine: give it the time a reader would.
    await expect.poll(() => preview.locator('.entry-date').textContent(), { timeout: 15_000 }).toBe('2025-03-04');
    await expect.poll(() => preview.locator('.badge.kind').textContent(), { timeout: 15_000 }).toBe('statement');
    await expect.poll(() => preview.locator('.sources li').count(), { timeout: 15_000 }).toBe(2);
    // ...with the site's own stylesheet, loaded from the site.
    const sheets = await preview
      .locator('body')
      .evaluate(() => [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })));
    expect(
      sheets.filter((sheet) => sheet.href?.startsWith(origin) && sheet.rules > 50),
      JSON.stringify(sheets),
    ).not.toEqual([]);
    await publish(page);
    await expect.poll(entryFiles, { timeout: 30_000 }).toHaveLength(before.length + 1);
    const added = entryFiles().find((name) => !before.includes(name))!;
    expect(added).toBe(`${new Date().getUTCFullYear()}/2025-03-04-a-third-thing.md`);
    const text = readFileSync(path.join(content, 'entries', added), 'utf8');
    const data = frontmatterOf(text);
    expect(data).toMatchObject({
      title: 'A third thing',
      date: '2025-03-04',
      kind: 'statement',
      people: ['jane-doe'],
      threads: ['the-story'],
      sources: [
        { title: 'First report', url: 'https://example.org/c' },
        { title: 'Second report', url: 'https://example.org/d' },
      ],
      relations: [{ type: expect.stringMatching(/follows/), entry: '2025-02-03-second' }],
    });
    const check = runScript('check', [], content);
    expect(check.stdout + check.stderr).toContain('0 errors');
    // As a file written by hand: no empty or default-valued fields.
    expect(Object.keys(data)).toEqual([
      'title',
      'summary',
      'date',
      'kind',
      'people',
      'threads',
      'sources',
      'relations',
    ]);
    expect(check.status).toBe(0);
    // The site shows it: the dev server behind the CMS serves its page, from the file the CMS wrote.
    const entryPage = () =>
      fetch(`${origin}/entries/2025-03-04-a-third-thing/`).then(
        async (response) => (response.ok ? await response.text() : `${response.status}`),
        String,
      );
    await expect.poll(entryPage, { timeout: 60_000, interval: 1000 }).toContain('A third thing');
    expect(await entryPage()).toContain('First report');
    await page.close();
  });

  it('changes only the edited field of an existing entry', async () => {
    const file = path.join(content, 'entries/2025/2025-02-03-second.md');
    // An editor's comments in the frontmatter stay where they were written, on an edited line too.
    const commented = readFileSync(file, 'utf8')
      .replace('---\n', '---\n# Checked against the original, 3 February.\n')
      .replace(/^(summary: .*)$/m, '$1 # the second paragraph');
    writeFileSync(file, commented);
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('# the second paragraph');
    const page = await openCms('#/collections/entries');
    await page.getByText('The second thing').click();
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe('The second thing');
    await page.getByLabel('Summary', { exact: true }).fill('It was revised, twice.');
    await publish(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 30_000 }).not.toBe(before);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('summary: It was revised, twice. # the second paragraph');
    expect(after).toContain('---\n# Checked against the original, 3 February.\n');
    expect(frontmatterOf(after)).toEqual({ ...frontmatterOf(before), summary: 'It was revised, twice.' });
    expect(after.slice(after.indexOf('\n---', 4))).toBe(before.slice(before.indexOf('\n---', 4)));
    await page.close();
  });

  it('refuses to save an entry without a required field, and says so', async () => {
    const before = entryFiles();
    const page = await openCms('#/collections/entries/new');
    await page.getByLabel('Title', { exact: true }).fill('No date yet');
    await publish(page, /missed a required field/i);
    expect(entryFiles()).toEqual(before);
    await page.close();
  });

  it('shows a renamed person on the pages the dev server has served already', async () => {
    const page = (route: string) =>
      fetch(`${origin}/${route}`).then(async (response) =>
        response.ok ? await response.text() : `${response.status}`,
      );
    // Served once before the change: the dev server keeps the view it made until the content changes.
    expect(await page('people/jane-doe/')).toContain('Jane Doe');
    expect(await page('entries/2025-01-first/')).toContain('Jane Doe');
    const file = path.join(content, 'people.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('name: Jane Doe', 'name: Jane A. Doe'));
    try {
      await expect.poll(() => page('people/jane-doe/'), { timeout: 60_000, interval: 500 }).toContain('Jane A. Doe');
      expect(await page('entries/2025-01-first/')).toContain('Jane A. Doe');
    } finally {
      writeFileSync(file, before);
    }
  });

  it('renders a body when its page is first asked for, and again once the body is edited', async () => {
    // The dev server renders each body on demand (src/loaders/timeline-loader.ts): the page must still show the
    // HTML the build would, citations numbered and linked to the sources.
    const page = () => fetch(`${origin}/entries/2025-02-03-second/`).then((response) => response.text());
    const file = path.join(content, 'entries/2025/2025-02-03-second.md');
    const before = readFileSync(file, 'utf8');
    expect(await page()).toMatch(/<a [^>]*class="citation"/);
    writeFileSync(file, `${before.trimEnd()}\n\nA paragraph added *while the server ran*.\n`);
    try {
      await expect
        .poll(page, { timeout: 60_000, interval: 500 })
        .toContain('A paragraph added <em>while the server ran</em>.');
    } finally {
      writeFileSync(file, before);
    }
  });

  it('serves timeline.json with every body as HTML, as a build writes it', async () => {
    // A build writes it apart (src/integrations/timeline-file.ts); the dev server answers it from the site's endpoint.
    const response = await fetch(`${origin}/timeline.json`);
    expect(response.headers.get('content-type')).toContain('application/json');
    const data = (await response.json()) as { $schema: string; entries: { id: string; html: string }[] };
    expect(data.$schema).toMatch(/^https?:\/\/[^/]+\/timeline\.schema\.json$/);
    const second = data.entries.find((entry) => entry.id === '2025-02-03-second');
    expect(second?.html).toMatch(/<a href="https?:\/\/[^"]+\/entries\/2025-02-03-second\/#source-1" class="citation"/);
  });

  it('asked nothing of another origin', () => {
    expect(foreign).toEqual([]);
  });
});
