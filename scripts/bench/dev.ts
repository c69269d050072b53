/**
 * The editor's loop with `npm run dev` on a generated archive: how long until the server answers, and how long until
 * an edit shows in the page (one entry, a new entry, a person's name in people.yaml that many entries show).
 * Run by `npm run bench -- --dev [--entries N]`.
 */
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../lib/free-port.ts';

export interface DevFigures {
  /** The first start on the archive, with nothing kept from an earlier run. */
  ready: number;
  edit: number;
  add: number;
  people: number;
  threads: number;
  /** A start again, with the rendered bodies and parsed files the first run kept. */
  readyAgain: number;
}

/** Seconds until `test` holds for the page at `url` (polled), or a failure after `limit` seconds. */
async function until(url: string, test: (status: number, html: string) => boolean, limit = 600): Promise<number> {
  const start = performance.now();
  for (;;) {
    try {
      // A request sent while the server starts may never be answered: ask again rather than wait on it.
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (test(response.status, await response.text())) return (performance.now() - start) / 1000;
    } catch {
      // not answering yet
    }
    if ((performance.now() - start) / 1000 > limit) throw new Error(`${url} did not show the change in ${limit} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `astro dev` on `content`, on a free port. */
async function startDev(root: string, content: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env: { ...process.env, TIMELINE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A text file's first `- id: …` record and the value of `field` in it: a record to rename. */
function firstRecord(text: string, field: string, file: string): { id: string; value: string } {
  const found = new RegExp(`^- id: (\\S+)\\n {2}${field}: (.*)$`, 'm').exec(text);
  if (!found?.[1] || !found[2]) throw new Error(`${file} has no record whose ${field} to change`);
  return { id: found[1], value: found[2] };
}

/**
 * Starts `astro dev` on `content` with nothing kept from earlier runs (`cacheDir`, the tree's cache, is emptied)
 * and measures the waits, then starts it again with what the first run kept.
 */
export async function measureDev(
  root: string,
  content: string,
  firstEntry: string,
  cacheDir: string,
): Promise<DevFigures> {
  const entryFile = path.join(content, 'entries', firstEntry);
  const id = path.basename(firstEntry, '.md');
  const people = path.join(content, 'people.yaml');
  const threads = path.join(content, 'threads.yaml');
  const originals = new Map(
    await Promise.all([entryFile, people, threads].map(async (file) => [file, await readFile(file, 'utf8')] as const)),
  );
  const original = (file: string) => originals.get(file) ?? '';
  const added = path.join(path.dirname(entryFile), 'a-new-entry-for-the-bench.md');
  await rm(cacheDir, { recursive: true, force: true });
  let dev = await startDev(root, content);
  try {
    const page = (pagePath: string) => `${dev.base}${pagePath}`;
    const ready = await until(page(`/entries/${id}/`), (status) => status === 200);
    await writeFile(entryFile, original(entryFile).replace(/^title: .*$/m, 'title: An edited title'));
    const edit = await until(page(`/entries/${id}/`), (_, html) => html.includes('An edited title'));
    await writeFile(added, original(entryFile).replace(/^title: .*$/m, 'title: A new entry'));
    const add = await until(page('/entries/a-new-entry-for-the-bench/'), (status) => status === 200);
    const person = firstRecord(original(people), 'name', people);
    await writeFile(people, original(people).replace(`name: ${person.value}`, 'name: A Renamed Person'));
    const renamed = await until(page(`/people/${person.id}/`), (_, html) => html.includes('A Renamed Person'));
    // A storyline's title shows on the page of every entry in it.
    const thread = firstRecord(original(threads), 'title', threads);
    await writeFile(threads, original(threads).replace(`title: ${thread.value}`, 'title: A Retitled Storyline'));
    const retitled = await until(page(`/threads/${thread.id}/`), (_, html) => html.includes('A Retitled Storyline'));
    await dev.stop();
    dev = await startDev(root, content);
    const readyAgain = await until(`${dev.base}/entries/${id}/`, (status) => status === 200);
    return { ready, edit, add, people: renamed, threads: retitled, readyAgain };
  } finally {
    await dev.stop();
    await Promise.all([...originals].map(([file, text]) => writeFile(file, text)));
    await rm(added, { force: true });
  }
}
