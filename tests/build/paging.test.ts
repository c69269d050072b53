/**
 * Long lists are split into pages, so no page grows with the archive: checked on 400 generated entries, with 230 more
 * people (three pages of the people index) and a storyline whose id, "2", is what a second index page would be named.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { loadContent, type TimelineModel } from '../../src/core/index.ts';
import { MOST_LANES, MOST_MARKS_PER_PAGE } from '../../src/core/scale/lanes.ts';
import { INDEX_PAGE_SIZE, PAGE_SIZE } from '../../src/lib/paging.ts';
import { page, runBuild } from '../helpers/build.ts';
import { tempDir } from '../helpers/trees.ts';

const work = tempDir('timeline-paging');
const outDir = path.join(work, 'dist');
let model: TimelineModel;

beforeAll(async () => {
  const { dir } = await generateContent(work, 400);
  // Names in no particular order (the index sorts them); "Zoë" and "Émile" sort by letter, not by code point.
  const extra = Array.from(
    { length: 230 },
    (_, i) =>
      `- id: extra-${i}\n  name: ${['Zoë', 'Émile', 'Anna', 'Bo'][i % 4]} ${String(229 - i).padStart(3, '0')}\n`,
  );
  appendFileSync(path.join(dir, 'people.yaml'), extra.join(''));
  appendFileSync(path.join(dir, 'threads.yaml'), '- id: "2"\n  title: A storyline called two\n');
  model = await loadContent(dir, work);
  const run = runBuild({ outDir, content: dir });
  expect(run.status, run.output).toBe(0);
});

describe('paging', () => {
  it('splits a storyline and a person over pages, in order, with previous and next links', () => {
    const thread = model.threads.find((item) => item.entries.length > PAGE_SIZE);
    expect(thread, 'a storyline longer than a page').toBeDefined();
    const first = page(outDir, `threads/${thread?.id}`);
    const second = page(outDir, `threads/${thread?.id}/page/2`);
    const shown = [first, second].flatMap((doc) =>
      doc.querySelectorAll('.storyline-step').map((li) => li.getAttribute('data-entry')),
    );
    expect(shown).toEqual(thread?.entries);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe(
      `/threads/${thread?.id}/page/2/`,
    );
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe(`/threads/${thread?.id}/`);
    expect(second.querySelector('.step-position')?.text).toBe(`Step ${PAGE_SIZE + 1} of ${thread?.entries.length}`);
    const person = model.people.find((item) => item.entries.length > PAGE_SIZE);
    expect(page(outDir, `people/${person?.id}/page/2`).querySelectorAll('.card').length).toBe(
      (person?.entries.length ?? 0) - PAGE_SIZE,
    );
  });

  it('splits the people index over pages of a hundred, sorted by name, next to a storyline with the id "2"', () => {
    const total = model.people.length;
    expect(total).toBeGreaterThan(2 * INDEX_PAGE_SIZE);
    const pages = [page(outDir, 'people'), page(outDir, 'people/page/2'), page(outDir, 'people/page/3')];
    const names = pages.flatMap((doc) => doc.querySelectorAll('.index-list h2 a').map((link) => link.text));
    expect(names).toHaveLength(total);
    expect(names).toEqual([...names].sort(new Intl.Collator('en-GB').compare));
    expect(names.indexOf('Émile 228')).toBeLessThan(names.indexOf('Person 0'));
    expect(pages[0]?.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/people/page/2/');
    expect(pages[2]?.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/people/page/2/');
    expect(pages[2]?.querySelector('.pagination a[rel="next"]')).toBeNull();
    expect(pages[1]?.querySelector('title')?.text).toMatch(/^People \(Page 2 of 3\)/);
    // The storyline "2" keeps its own page; the storylines index fits on one page here.
    expect(page(outDir, 'threads/2').querySelector('h1')?.text).toBe('A storyline called two');
    expect(page(outDir, 'threads').querySelector('.pagination')).toBeNull();
  });

  it('draws the busiest storylines side by side within the page budget of marks, each counting its entries', () => {
    const lanes = page(outDir, 'threads/side-by-side').querySelectorAll('.lane');
    const drawn = model.threads.filter((thread) => thread.entries.length > 0);
    expect(lanes).toHaveLength(Math.min(MOST_LANES, drawn.length));
    expect(lanes.flatMap((lane) => lane.querySelectorAll('.lane-mark')).length).toBeLessThanOrEqual(
      MOST_MARKS_PER_PAGE,
    );
    const counts = lanes.map((lane) => Number(/\d+/.exec(lane.querySelector('.lane-count')?.text ?? '')?.[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps every HTML page under 50 KB gzipped', () => {
    const pages = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'));
    const largest = Math.max(...pages.map((file) => gzipSync(readFileSync(path.join(outDir, file))).length));
    expect(largest).toBeLessThan(50 * 1024);
  });
});
