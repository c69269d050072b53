/** `npm run import` writes only what `npm run check` accepts, and `--dry-run` says exactly what a run would write. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/index.ts';
import { runScript } from '../helpers/cli.ts';
import { tempDir } from '../helpers/trees.ts';

function emptyTree(): { root: string; content: string } {
  const root = tempDir('timeline-import-check');
  const content = path.join(root, 'content');
  mkdirSync(content);
  return { root, content };
}

/** A timeline with everything `check` refused after an import: reserved ids, a huge text, odd ids, BC years. */
const awkward = {
  title: { text: { headline: 'Page' } },
  events: [
    { start_date: { year: '2020' }, text: { headline: 'Paged' }, group: 'page' },
    { start_date: { year: '2021' }, text: { headline: 'Side' }, group: 'side-by-side' },
    { start_date: { year: '2022' }, text: { headline: 'Huge', text: `<p>${'word '.repeat(200_000)}</p>`.repeat(3) } },
    { start_date: { year: '2023' }, text: { headline: 'Odd id' }, unique_id: 'Not An Id!' },
    { start_date: { year: '-3500' }, text: { headline: 'Writing' } },
    { start_date: { year: '2024' }, end_date: { year: '2020' }, text: { headline: 'Backwards' } },
  ],
};

describe('import timelinejs', () => {
  it('writes content that passes the checks, from a file that holds what they refuse', async () => {
    const { root, content } = emptyTree();
    const file = path.join(root, 'awkward.json');
    writeFileSync(file, JSON.stringify(awkward));
    const run = runScript('import', ['timelinejs', file], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^imported 6 entries from .*: 6 new, 0 updated, 0 unchanged; 3 new storylines$/m);
    expect(run.stdout).toMatch(/title slide: the id "page" is taken .*"page-storyline"/);
    expect(run.stdout).toMatch(/event 3 \(“Huge”\): text cut to its first/);
    expect(run.stdout).toMatch(/\n6 entries are sourced only by a note naming the timeline: add the sources .*\n$/);
    const model = await loadContent('content', root, { editorial: true });
    expect(model.diagnostics.filter((problem) => problem.severity === 'error')).toEqual([]);
    // Each imported entry rests on the importer's note until an editor adds a source: check says so, at `sources`.
    const unsourced = model.diagnostics.filter((problem) => problem.rule === 'unsourced');
    expect(unsourced).toHaveLength(6);
    expect(unsourced[0]).toMatchObject({ field: 'sources', line: expect.any(Number), severity: 'warning' });
    expect(model.threads.map((thread) => thread.id).sort()).toEqual([
      'page-storyline',
      'page-storyline-2',
      'side-by-side-storyline',
    ]);
  });

  it('puts BC entries in year folders as npm run new does, never a folder with a minus sign', () => {
    const { root, content } = emptyTree();
    const file = path.join(root, 'bc.json');
    writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: '-3500' }, text: { headline: 'Writing' } }] }));
    expect(runScript('import', ['timelinejs', file], content).status).toBe(0);
    expect(readdirSync(path.join(content, 'entries'))).toEqual(['3500-bc']);
  });

  it('with --dry-run, says what a run writes, line for line, and counts in words', () => {
    const { root, content } = emptyTree();
    const file = path.join(root, 'one.json');
    writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: '2020' }, text: { headline: 'Only' } }] }));
    const dry = runScript('import', ['timelinejs', file, '--dry-run'], content);
    expect(readdirSync(content)).toEqual([]);
    const real = runScript('import', ['timelinejs', file], content);
    const written = (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('would write '))
        .map((line) => line.replace(/^would write (.*?)( \(created\))?$/, '$1'));
    expect(written(dry.stdout).sort()).toEqual(
      ['content/entries/2020/2020-only.md', 'content/site.yaml', 'content/threads.yaml'].sort(),
    );
    expect(dry.stdout).toMatch(/^would import 1 entry from .*: 1 new, 0 updated, 0 unchanged; 1 new storyline$/m);
    expect(real.stdout).toMatch(/^imported 1 entry from .*: 1 new, 0 updated, 0 unchanged; 1 new storyline$/m);
    const notes = (stdout: string) => stdout.slice(stdout.indexOf('left out or changed'));
    expect(notes(real.stdout)).toBe(notes(dry.stdout));
    expect(readdirSync(path.join(content, 'entries', '2020'))).toEqual(['2020-only.md']);
  });

  it('writes nothing when the content it makes would fail the checks, and says why', () => {
    const { root, content } = emptyTree();
    // A translation, waiting for its entry, that cites a second source: only once the import creates the entry (with
    // one source) does check find the citation wrong, which no check of the import's own records could see.
    mkdirSync(path.join(content, 'entries', '2020'), { recursive: true });
    writeFileSync(path.join(content, 'site.yaml'), 'title: T\ndescription: D\ntranslations: [uk]\n');
    writeFileSync(
      path.join(content, 'entries', '2020', '2020-only.uk.md'),
      '---\ntitle: Єдине\nsummary: Єдине.\n---\nЯк сказано [@2].\n',
    );
    const file = path.join(root, 'one.json');
    writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: '2020' }, text: { headline: 'Only' } }] }));
    const before = readdirSync(content, { recursive: true }).map(String).sort();
    for (const args of [['--dry-run'], []]) {
      const run = runScript('import', ['timelinejs', file, ...args], content);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/not imported, nothing written: the content would not pass npm run check/);
      expect(run.stderr).toMatch(/2020-only\.uk\.md.*\[@2\] cites no source/);
      expect(readdirSync(content, { recursive: true }).map(String).sort()).toEqual(before);
    }
  });

  it('imports into content that already has errors of its own, and says so', async () => {
    const { root, content } = emptyTree();
    mkdirSync(path.join(content, 'entries', '2019'), { recursive: true });
    writeFileSync(path.join(content, 'entries', '2019', 'broken.md'), '---\ntitle: Broken\n---\n');
    const file = path.join(root, 'one.json');
    writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: '2020' }, text: { headline: 'Only' } }] }));
    const run = runScript('import', ['timelinejs', file], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/the content already had \d+ errors? before this import: run npm run check/);
    const model = await loadContent('content', root);
    expect(model.entries.map((entry) => entry.id)).toContain('2020-only');
  });
});
