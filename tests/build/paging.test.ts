/** Long lists are split into pages, so no page grows with the archive (checked on 400 generated entries). */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { loadContent, type TimelineModel } from '../../src/core/index.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { page, runBuild } from '../helpers/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'timeline-paging-'));
const outDir = path.join(work, 'dist');
let model: TimelineModel;

beforeAll(async () => {
  const { dir } = await generateContent(work, 400);
  model = await loadContent(dir, work);
  const run = runBuild({ outDir, content: dir });
  expect(run.status, run.output).toBe(0);
});

describe('paging', () => {
  it('splits a storyline and a person over pages, in order, with previous and next links', () => {
    const thread = model.threads.find((item) => item.entries.length > PAGE_SIZE);
    expect(thread, 'a storyline longer than a page').toBeDefined();
    const first = page(outDir, `threads/${thread?.id}`);
    const second = page(outDir, `threads/${thread?.id}/2`);
    const shown = [first, second].flatMap((doc) => doc.querySelectorAll('.storyline-step').map((li) => li.getAttribute('data-entry')));
    expect(shown).toEqual(thread?.entries);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe(`/threads/${thread?.id}/2/`);
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe(`/threads/${thread?.id}/`);
    expect(second.querySelector('.step-position')?.text).toBe(`Step ${PAGE_SIZE + 1} of ${thread?.entries.length}`);
    const person = model.people.find((item) => item.entries.length > PAGE_SIZE);
    expect(page(outDir, `people/${person?.id}/2`).querySelectorAll('.card').length).toBe((person?.entries.length ?? 0) - PAGE_SIZE);
  });

  it('keeps every HTML page under 50 KB gzipped', () => {
    const pages = readdirSync(outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
    const largest = Math.max(...pages.map((file) => gzipSync(readFileSync(path.join(outDir, file))).length));
    expect(largest).toBeLessThan(50 * 1024);
  });
});
