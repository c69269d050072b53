/**
 * Incremental builds: a rebuild copies a page from the last build only while nothing it shows has changed
 * (src/lib/page-keys.ts), and reuses the search index files that did not change (src/integrations/pagefind-reuse.ts).
 * Each change below alters one thing another page shows, and that page must show it; at the end, the site rebuilt
 * step by step is the same, file for file, as a clean build of the same content.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, runBuild } from '../helpers/build.ts';
import { treeCacheDir } from '../../src/lib/cache-dir.ts';
import { contentTree, PROJECT } from '../helpers/trees.ts';

const { root, content } = contentTree();
const outDir = path.join(root, 'dist');
const FIRST = 'entries/2025-01-first/index.html';
const SECOND = 'entries/2025-02-03-second/index.html';
const html = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const edit = (file: string, from: string | RegExp, to: string) => {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  expect(text, `${file} holds ${String(from)}`).toMatch(from);
  writeFileSync(full, text.replace(from, to));
};
/** The search index was begun while Astro wrote the pages after the entry pages (scripts/lib/early-index.ts). */
const INDEXED_EARLY = /search index: the \d+ entry pages? read while Astro built the others/;
const build = () => {
  const run = runBuild({ outDir, content });
  expect(run.status, run.output).toBe(0);
  expect(run.output).toMatch(INDEXED_EARLY);
  expect(run.output).not.toMatch(/indexing them again/);
  return run.output;
};
// Astro logs each path as `├─ /entries/x/index.html (restored)`, a feed or data file by its address (`/feed.xml/`).
const restored = (output: string, file: string) =>
  output.includes(`─ /${file} (restored)`) || output.includes(`─ /${file}/ (restored)`);
/** Checks that the site rebuilt step by step has the same files, byte for byte, as a clean build of its content. */
const expectSameAsCleanBuild = () => {
  const clean = contentTree();
  rmSync(clean.content, { recursive: true });
  cpSync(content, clean.content, { recursive: true });
  const cleanOut = path.join(clean.root, 'dist');
  const run = runBuild({ outDir: cleanOut, content: clean.content });
  expect(run.status, run.output).toBe(0);
  expect(run.output).toMatch(INDEXED_EARLY);
  const rebuilt = fingerprint(outDir);
  expect(Object.keys(rebuilt).filter((name) => name.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
  expect(rebuilt).toEqual(fingerprint(cleanOut));
};

beforeAll(() => {
  writeFileSync(path.join(content, 'topics.yaml'), '- id: talks\n  name: Talks\n');
  edit('entries/2025/2025-01-first.md', 'threads: [the-story]', 'threads: [the-story]\ntopics: [talks]');
  build();
});

describe('a rebuild', () => {
  it('copies every entry page when nothing changed, byte for byte', () => {
    const before = [html(FIRST), html(SECOND)];
    const output = build();
    expect(restored(output, FIRST) && restored(output, SECOND), output).toBe(true);
    expect(restored(output, 'feed.xml') && restored(output, 'threads/the-story/timeline.json'), output).toBe(true);
    expect(restored(output, 'threads/side-by-side/index.html'), output).toBe(true);
    expect([html(FIRST), html(SECOND)]).toEqual(before);
  });

  it('renders a page again when a person, storyline, topic or related entry it shows was renamed', () => {
    edit('people.yaml', 'name: Jane Doe', 'name: Jane Roe');
    edit('threads.yaml', 'title: The story', 'title: The whole story');
    edit('topics.yaml', 'name: Talks', 'name: Peace talks');
    edit('entries/2025/2025-02-03-second.md', 'title: The second thing', 'title: The second thing, revised');
    const output = build();
    expect(restored(output, FIRST)).toBe(false);
    const first = html(FIRST);
    for (const shown of ['Jane Roe', 'The whole story', 'Peace talks', 'The second thing, revised'])
      expect(first).toContain(shown);
    expect(first).not.toContain('Jane Doe');
    expect(html(SECOND)).toContain('The whole story');
    // The storylines side by side name each lane and each mark.
    expect(html('threads/side-by-side/index.html')).toContain('The whole story');
    expect(html('threads/side-by-side/index.html')).toContain('The second thing, revised');
  });

  it('renders a list page again when only a name one of its cards shows changed', () => {
    // Whatever the name is now, so that this test does not depend on the one before it.
    edit('people.yaml', /name: Jane \w+/, 'name: Jane Poe');
    build();
    expect(html('years/2025/index.html')).toContain('Jane Poe');
  });

  it('renders every page of a storyline again when a step listed on another page moves: its drawing shows it', () => {
    // Enough steps for a second page of the storyline (50 to a page), the last of them on 22 April.
    for (let step = 1; step <= 50; step++) {
      const [month, day] = step <= 28 ? ['03', step] : ['04', step - 28];
      const date = `2025-${month}-${String(day).padStart(2, '0')}`;
      const entry = `---\ntitle: Step ${step}\nsummary: Step ${step}.\ndate: ${date}\nkind: event\n`;
      const rest =
        'threads: [the-story]\nsources:\n  - outlet: Example Gazette\n    url: https://example.org/c\n---\nA step.\n';
      writeFileSync(path.join(content, `entries/2025/step-${step}.md`), entry + rest);
    }
    build();
    const storyline = 'threads/the-story/index.html';
    expect(existsSync(path.join(outDir, 'threads/the-story/page/2/index.html'))).toBe(true);
    const before = html(storyline);
    edit('entries/2025/step-50.md', 'date: 2025-04-22', 'date: 2025-04-29');
    const output = build();
    expect(restored(output, storyline), output).toBe(false);
    expect(html(storyline)).not.toBe(before);
  });

  it('renders the pages that list a new entry, or count it, and copies the lists and files that do not show it', () => {
    const entry = '---\ntitle: An earlier thing\nsummary: An earlier thing.\ndate: 2024-11-05\nkind: event\n';
    const rest =
      'people: [jane-doe]\nsources:\n  - outlet: Example Gazette\n    url: https://example.org/e\n---\nEarlier.\n';
    mkdirSync(path.join(content, 'entries/2024'), { recursive: true });
    writeFileSync(path.join(content, 'entries/2024/2024-11-05-earlier.md'), entry + rest);
    const output = build();
    // Each year's page lists every year and its count, and the person's page lists the entry.
    expect(restored(output, 'years/2025/index.html'), output).toBe(false);
    expect(html('years/2025/index.html')).toContain('/years/2024/');
    expect(html('people/jane-doe/index.html')).toContain('An earlier thing');
    // A topic's and a storyline's pages, the storyline's embed and its data file (which names the person, not the
    // person's entries) show nothing of it: copied.
    for (const file of [
      'topics/talks/index.html',
      'threads/the-story/index.html',
      'embed/threads/the-story/index.html',
      'threads/the-story/timeline.json',
    ])
      expect(restored(output, file), `${file}\n${output}`).toBe(true);
  });

  it('renders a page again when only its body changed, and reuses the search index files of the others', () => {
    // The published page, as a host still serving it holds it while the next site is built.
    const served = path.join(root, 'served-second.html');
    linkSync(path.join(outDir, SECOND), served);
    const before = readFileSync(served, 'utf8');
    appendFileSync(path.join(content, 'entries/2025/2025-02-03-second.md'), '\nA sentence added later.\n');
    const output = build();
    expect(restored(output, FIRST), output).toBe(true);
    expect(html(SECOND)).toContain('A sentence added later.');
    // Unchanged pages are linked from Astro's cache, and the page rendered again is a new file, linked into it: the
    // one published before is as it was.
    const cached = (file: string) => statSync(path.join(PROJECT, treeCacheDir(content), 'dist', file)).ino;
    expect(statSync(path.join(outDir, FIRST)).ino).toBe(cached(FIRST));
    expect(statSync(path.join(outDir, SECOND)).ino).toBe(cached(SECOND));
    expect(readFileSync(served, 'utf8')).toBe(before);
    // The feeds carry no body; the data file does, and is written again.
    expect(restored(output, 'feed.xml'), output).toBe(true);
    expect(readFileSync(path.join(outDir, 'timeline.json'), 'utf8')).toContain('A sentence added later.');
    const [, written, reused] = /search index: (\d+) files? written, (\d+) reused/.exec(output) ?? [];
    expect(Number(written), output).toBeGreaterThan(0);
    expect(Number(reused), output).toBeGreaterThan(0);
  });

  it('leaves the published pages as they were when `astro build` renders them again into another folder', () => {
    const served = path.join(root, 'served-first.html');
    linkSync(path.join(outDir, FIRST), served);
    const before = readFileSync(served, 'utf8');
    appendFileSync(path.join(content, 'entries/2025/2025-01-first.md'), '\nAnother sentence.\n');
    const elsewhere = runBuild({ outDir: path.join(root, 'elsewhere'), content, script: 'astro' });
    expect(elsewhere.status, elsewhere.output).toBe(0);
    expect(readFileSync(path.join(root, 'elsewhere', FIRST), 'utf8')).toContain('Another sentence.');
    expect(readFileSync(served, 'utf8')).toBe(before);
    expect(html(FIRST)).toBe(before);
    build();
    expect(html(FIRST)).toContain('Another sentence.');
  });

  it('has, after those edits, the same files as a clean build: pages, feeds, data and search index', () => {
    expectSameAsCleanBuild();
  });

  it('does not reuse a kept search fragment that was cut short', () => {
    const kept = path.join(PROJECT, treeCacheDir(content), 'pagefind-kept', 'fragment');
    const [first] = readdirSync(kept);
    expect(first).toBeDefined();
    // The kept file is the published one too (a hard link): cutting it short breaks both, and the rebuild mends it.
    // The site was just found equal to a clean build, and no content changed: the rebuild must give it back as it was.
    const before = fingerprint(outDir);
    truncateSync(path.join(kept, first ?? ''), 10);
    const output = build();
    expect(output).toMatch(/search index: 1 file written/);
    expect(fingerprint(outDir)).toEqual(before);
  });

  it('renders every page again when the site settings changed', () => {
    edit('site.yaml', 'title: Minimal timeline', 'title: Renamed timeline');
    // A cache copy left half written by a build that has ended goes; one of a build still running stays.
    const incoming = path.join(PROJECT, treeCacheDir(content), 'dist.incoming');
    const [ended, running] = [path.join(incoming, '2147483646'), path.join(incoming, String(process.pid))];
    for (const folder of [ended, running]) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(ended, '0'), 'half');
    const output = build();
    expect([existsSync(ended), existsSync(running)]).toEqual([false, true]);
    rmSync(running, { recursive: true });
    expect(restored(output, FIRST) || restored(output, SECOND)).toBe(false);
    expect(html(FIRST)).toContain('Renamed timeline');
    // Compared with a clean build after the next edit, which renders every page again too.
  });

  it('renders every page again when a section of the menus empties or fills', () => {
    edit('topics.yaml', /[\s\S]*/, '[]\n');
    edit('entries/2025/2025-01-first.md', '\ntopics: [talks]', '');
    // A folder of the editor's beside the site, named like the ones the build replaces (see the next test).
    mkdirSync(path.join(root, 'dist.old-backup'));
    const output = build();
    expect(restored(output, SECOND)).toBe(false);
    expect(html(SECOND)).not.toContain('href="/topics/"');
    expectSameAsCleanBuild();
  });

  it('deletes the sites it replaced (in the background) and no folder it did not make', async () => {
    const backup = path.join(root, 'dist.old-backup');
    const olds = () => readdirSync(root).filter((name) => /^dist\.old-\d+$/.test(name));
    for (let waited = 0; olds().length > 0 && waited < 20_000; waited += 200)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(olds()).toEqual([]);
    expect(existsSync(backup)).toBe(true);
  });
});
