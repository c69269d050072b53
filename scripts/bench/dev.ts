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
  ready: number;
  edit: number;
  add: number;
  people: number;
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

/** Starts `astro dev` on `content` and measures the four waits. */
export async function measureDev(root: string, content: string, firstEntry: string): Promise<DevFigures> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env: { ...process.env, TIMELINE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  const entryFile = path.join(content, 'entries', firstEntry);
  const original = await readFile(entryFile, 'utf8');
  const id = path.basename(firstEntry, '.md');
  const people = path.join(content, 'people.yaml');
  const originalPeople = await readFile(people, 'utf8');
  const added = path.join(path.dirname(entryFile), 'a-new-entry-for-the-bench.md');
  try {
    const ready = await until(`${base}/entries/${id}/`, (status) => status === 200);
    await writeFile(entryFile, original.replace(/^title: .*$/m, 'title: An edited title'));
    const edit = await until(`${base}/entries/${id}/`, (_, html) => html.includes('An edited title'));
    await writeFile(added, original.replace(/^title: .*$/m, 'title: A new entry'));
    const add = await until(`${base}/entries/a-new-entry-for-the-bench/`, (status) => status === 200);
    const firstPerson = /^- id: (\S+)\n {2}name: (.*)$/m.exec(originalPeople);
    if (!firstPerson) throw new Error('people.yaml has no person to rename');
    await writeFile(people, originalPeople.replace(`name: ${firstPerson[2]}`, 'name: A Renamed Person'));
    const renamed = await until(`${base}/people/${firstPerson[1]}/`, (_, html) => html.includes('A Renamed Person'));
    return { ready, edit, add, people: renamed };
  } finally {
    child.kill('SIGTERM');
    await writeFile(entryFile, original);
    await writeFile(people, originalPeople);
    await rm(added, { force: true });
  }
}
