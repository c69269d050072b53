/** The sample site, built for real: every entry published, relations shown both ways, storylines in order. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { check } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type TimelineModel } from '../../src/core/index.ts';
import { busiestFirst } from '../../src/core/scale/lanes.ts';
import { page } from '../helpers/build.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { PROJECT } from '../helpers/trees.ts';
import { sharedSite } from '../helpers/shared-site.ts';

// Built once for every file that reads it (tests/setup/sample-site.ts).
const outDir = await sharedSite('sampleSite');
const SEED = path.join(PROJECT, '../shared/seeds/000_10997c0b2c476a28.txt');
let model: TimelineModel;

beforeAll(async () => {
  model = await loadContent('content', PROJECT);
});

const entry = (id: string) => {
  const found = model.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('the sample content', () => {
  it('has every development of the article as a sourced entry, with no problems', () => {
    expect(model.diagnostics).toEqual([]);
    expect(model.entries.length).toBeGreaterThanOrEqual(12);
    for (const item of model.entries) expect(item.sources.length, item.id).toBeGreaterThan(0);
  });

  it.runIf(existsSync(SEED))('quotes the article word for word', () => {
    const normalise = (text: string) =>
      text
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/\s+/g, ' ');
    const article = normalise(readFileSync(SEED, 'utf8'));
    const quotes = model.entries.flatMap((item) =>
      item.sources.flatMap((source) => (source.quote ? [[item.id, source.quote]] : [])),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const [id, quote] of quotes) expect(article, `${id}: ${quote}`).toContain(normalise(quote ?? ''));
  });
});

describe('the built sample site', () => {
  it('has a page for every entry, thread, person, topic and year', () => {
    const routes = [
      ...model.entries.map((item) => `entries/${item.id}`),
      ...model.threads.map((item) => `threads/${item.id}`),
      ...model.people.map((item) => `people/${item.id}`),
      ...model.topics.map((item) => `topics/${item.id}`),
      ...model.years.map((item) => `years/${item.year}`),
    ];
    for (const route of routes) expect(existsSync(path.join(outDir, route, 'index.html')), route).toBe(true);
  });

  it('links the 100-day revision to the 24-hour pledge, and shows "revised by" on the pledge', () => {
    const revision = model.entries.find(
      (item) => /100 days/i.test(`${item.title} ${item.summary}`) && item.relations.some((r) => r.type === 'revises'),
    );
    expect(revision, 'an entry about 100 days that revises another').toBeDefined();
    const pledgeId = revision?.relations.find((r) => r.type === 'revises')?.entry ?? '';
    expect(`${entry(pledgeId).title} ${entry(pledgeId).summary}`).toMatch(/24 hours/i);

    const revisionPage = page(outDir, `entries/${revision?.id}`);
    const revises = revisionPage
      .querySelectorAll('.relation-list.outgoing li')
      .find((li) => li.text.includes('Revises'));
    expect(revises?.querySelector('a')?.getAttribute('href')).toBe(`/entries/${pledgeId}/`);

    const pledgePage = page(outDir, `entries/${pledgeId}`);
    const revisedBy = pledgePage
      .querySelectorAll('.relation-list.incoming li')
      .find((li) => li.text.includes('Revised by'));
    expect(revisedBy?.querySelector('a')?.getAttribute('href')).toBe(`/entries/${revision?.id}/`);
  });

  it('lists each storyline in story order, with previous and next on each entry', () => {
    for (const thread of model.threads) {
      const listed = page(outDir, `threads/${thread.id}`)
        .querySelectorAll('.storyline-step')
        .map((li) => li.getAttribute('data-entry'));
      expect(listed, thread.id).toEqual(thread.entries);
      expect(thread.entries.length, `${thread.id} has entries`).toBeGreaterThan(0);
    }
    const thread = model.threads.find((item) => item.entries.length > 2);
    const middle = thread?.entries[1] ?? '';
    const nav = page(outDir, `entries/${middle}`)
      .querySelectorAll('.thread-nav')
      .find((n) => n.querySelector(`a[href="/threads/${thread?.id}/"]`));
    expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/entries/${thread?.entries[0]}/`);
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/entries/${thread?.entries[2]}/`);
  });

  it('tracks every pledge with its status', () => {
    const tracker = page(outDir, 'pledges');
    const pledges = model.entries.filter((item) => item.kind === 'pledge');
    expect(
      tracker
        .querySelectorAll('.pledge')
        .map((p) => p.getAttribute('data-entry'))
        .sort(),
    ).toEqual(pledges.map((p) => p.id).sort());
    for (const pledge of pledges) {
      const card = tracker.querySelector(`.pledge[data-entry="${pledge.id}"]`);
      expect(card?.querySelector('.current-status')?.text).toMatch(/Current status: \w/);
    }
  });

  it('prints each date as the model says, with its machine form', () => {
    const home = page(outDir, '');
    for (const item of model.entries.slice(-model.site.homeEntries)) {
      const card = home.querySelector(`.card a[href="/entries/${item.id}/"]`)?.closest('.card');
      const date = card?.querySelector('.card-date time, .card-date .date');
      expect(date?.text, item.id).toBe(item.date.text);
      if (item.date.datetime) expect(date?.getAttribute('datetime')).toBe(item.date.datetime);
    }
  });
});

describe('the archive at a glance', () => {
  it('draws the days of the story to scale, each a link to where its entries are listed, counted', () => {
    const marks = page(outDir, '').querySelectorAll('.archive-strip a');
    const days = new Map<string, number>();
    for (const item of model.entries) {
      const start = item.spec.start;
      if (start.day === undefined) continue;
      const label = `${start.day} January ${start.year}`;
      days.set(label, (days.get(label) ?? 0) + 1);
    }
    const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
    expect(marks.map((mark) => mark.getAttribute('aria-label'))).toEqual(
      [...days].map(([label, n]) => `${label}: ${count(n)}`),
    );
    for (const mark of marks) {
      const [route = '', anchor] = (mark.getAttribute('href') ?? '').replace(/^\//, '').split('#');
      expect(page(outDir, route.replace(/\/$/, '')).querySelector(`#${anchor}`)?.tagName, mark.toString()).toBe('H2');
    }
  });
});

describe('the storylines side by side', () => {
  it('is linked from the storylines index, and links back to it', () => {
    expect(page(outDir, 'threads').querySelector('a[href="/threads/side-by-side/"]')).not.toBeNull();
    expect(page(outDir, 'threads/side-by-side').querySelector('main a[href="/threads/"]')).not.toBeNull();
  });

  it('draws a lane per storyline, busiest first, each named by a link to its storyline', () => {
    const names = page(outDir, 'threads/side-by-side').querySelectorAll('.lane-name a');
    expect(names.map((link) => [link.getAttribute('href'), link.text])).toEqual(
      busiestFirst(model.threads, model.site.language).map((thread) => [`/threads/${thread.id}/`, thread.title]),
    );
  });

  it('links each mark to an entry of its lane, in time order, named by title and date, counting what it groups', () => {
    const lanes = page(outDir, 'threads/side-by-side').querySelectorAll('.lane');
    const ordered = busiestFirst(model.threads, model.site.language);
    for (const [index, lane] of lanes.entries()) {
      const thread = ordered[index]!;
      let counted = 0;
      let previous = -1;
      for (const mark of lane.querySelectorAll('a.lane-mark')) {
        const id = /^\/entries\/([^/]+)\/$/.exec(mark.getAttribute('href') ?? '')?.[1] ?? '';
        const place = thread.entries.indexOf(id);
        expect(place, `${thread.id}: ${id}`).toBeGreaterThan(previous);
        previous = place;
        const name = mark.getAttribute('aria-label') ?? '';
        expect(name.startsWith(`${entry(id).title}, ${entry(id).date.text}`), name).toBe(true);
        expect(mark.querySelector('title')?.text).toBe(name);
        counted += 1 + Number(/\(and (\d+) more\)$/.exec(name)?.[1] ?? 0);
      }
      expect(counted, thread.id).toBe(thread.entries.length);
    }
  });
});

describe('the storyline page', () => {
  it('shows at a glance how the pledge evolved: 24 hours, revised; then 100 days, pledged, which revises it', () => {
    const steps = page(outDir, 'threads/ending-the-war-deadline').querySelectorAll('.evolution-step');
    const read = (index: number, selector: string) =>
      steps[index]?.querySelector(selector)?.text.replace(/\s+/g, ' ').trim();
    expect(steps.map((step) => step.querySelector('.evolution-title')?.text)).toEqual([
      entry('campaign-pledge-end-war-in-24-hours').title,
      entry('kellogg-revises-deadline-to-100-days').title,
    ]);
    expect([read(0, '.status'), read(1, '.status')]).toEqual([
      'Status after this step: Revised',
      'Status after this step: Pledged',
    ]);
    expect([read(0, '.evolution-relation'), read(1, '.evolution-relation')]).toEqual([undefined, 'Revises']);
  });

  it('draws each storyline to scale, on its page and in its embed: a link to every step in story order', () => {
    for (const thread of model.threads.filter((item) => item.entries.length >= 2)) {
      const steps = thread.entries.map(entry);
      for (const route of [`threads/${thread.id}`, `embed/threads/${thread.id}`]) {
        const figure = page(outDir, route).querySelector('.story-scale');
        expect(figure, route).not.toBeNull();
        const marks = figure!.querySelectorAll('svg.drawing a');
        // Named "title, date", as a reader sees the step in the list.
        expect(
          marks.map((mark) => mark.getAttribute('aria-label')),
          route,
        ).toEqual(steps.map((step) => `${step.title}, ${step.date.text}`));
        expect(
          marks.map((mark) => new URL(mark.getAttribute('href') ?? '', 'http://site.test/').pathname),
          route,
        ).toEqual(steps.map((step) => `/entries/${step.id}/`));
        // "Before 20 January" is a line reaching back, and the legend says so in words.
        const before = steps.filter((step) => step.spec.qualifier === 'before').length;
        expect(figure!.querySelectorAll('svg.drawing .reach'), route).toHaveLength(before);
        if (before) expect(figure!.querySelector('.story-scale-legend')?.text, route).toContain('before a date');
      }
    }
  });
});

describe('links and markup', () => {
  it('has no broken internal link on any page', async () => {
    // Served as a static host serves it; outside addresses (sources, the site's own public address) are not followed.
    const site = await serve(outDir);
    try {
      const result = await check({
        path: site.url,
        recurse: true,
        linksToSkip: async (link) => !link.startsWith(site.url),
      });
      const broken = result.links
        .filter((link) => link.state === 'BROKEN')
        .map((link) => `${link.url} (${String(link.status)}) on ${link.parent ?? ''}`);
      expect(broken).toEqual([]);
      // Every page a reader can reach by a link was reached and checked (embeds are reached from other sites, 404 by
      // mistake, search through the search form, and the editing interface by the editors who know its address).
      const pages = readdirSync(outDir, { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.html') && !name.startsWith('embed/'));
      const visited = new Set(
        result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url).pathname),
      );
      expect(pages.filter((name) => !visited.has(`/${name.replace(/index\.html$/, '')}`))).toEqual([
        '404.html',
        'admin/index.html',
        'search/index.html',
        'uk/search/index.html',
      ]);
    } finally {
      await site.close();
    }
  });

  const PAGE_TYPES = [
    'index.html',
    'entries/kellogg-revises-deadline-to-100-days/index.html',
    'threads/index.html',
    'threads/side-by-side/index.html',
    'people/index.html',
    'topics/index.html',
    '404.html',
    'search/index.html',
    'pledges/index.html',
  ];
  it('is valid HTML on every page type', async () => {
    const first = (dir: string) =>
      `${dir}/${
        readdirSync(path.join(outDir, dir), { withFileTypes: true })
          .filter((item) => item.isDirectory())
          .map((item) => item.name)
          .sort()[0] ?? ''
      }/index.html`;
    const pages = [
      ...PAGE_TYPES,
      first('years'),
      first('threads'),
      first('people'),
      first('topics'),
      first('embed/threads'),
    ];
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
    const problems: string[] = [];
    for (const file of pages) {
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
      const report = await validator.validateString(readFileSync(path.join(outDir, file), 'utf8'), file);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
