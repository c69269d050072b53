/** TimelineJS import and export end to end, on Knight Lab's own files: import, build, re-import, round trip. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/index.ts';
import { contentJsonSchemas } from '../../src/core/json-schema.ts';
import type { TLTimeline } from '../../src/core/timelinejs.ts';
import { page } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { validatorFor } from '../helpers/json-schema.ts';
import { contentTree, FIXTURES, PROJECT, tempDir } from '../helpers/trees.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { printedTwice, timelineFiles } from '../helpers/slides.ts';

const fixture = (name: string) => path.join(FIXTURES, 'timelinejs', name);
/** An empty project folder with a `content/` to import into. */
function emptyTree(): { root: string; content: string } {
  const root = tempDir('timeline-import');
  const content = path.join(root, 'content');
  mkdirSync(content);
  return { root, content };
}
const entryFiles = (content: string) =>
  readdirSync(path.join(content, 'entries'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort();

describe('import timelinejs', () => {
  it('imports a published news timeline and builds a page for every event, at its own precision', async () => {
    const { root, content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('houston.json')], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/imported 18 entries .*: 18 new, 0 updated, 0 unchanged; 1 new storyline\n/);
    expect(run.stdout).toMatch(/media "\/static\/img\/examples\/houston\/family\.jpg" left out/);
    const model = await loadContent('content', root);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.threads.map((thread) => thread.title)).toEqual(['Whitney Houston 1963 - 2012']);
    // The site is named by the title slide's headline, as text (it holds a <br/>), not by the file.
    expect(model.site.title).toBe('Whitney Houston 1963 - 2012');
    expect(model.site.description).toMatch(/^Houston/);

    // The same file imported the same way and built, once for the run (tests/setup/sample-site.ts).
    const outDir = await sharedSite('houstonSite');
    for (const entry of model.entries) {
      const time = page(outDir, `entries/${entry.id}`).querySelector('.entry-date time');
      expect(time?.getAttribute('datetime'), entry.id).toBe(entry.date.datetime);
    }
    expect(
      page(outDir, 'entries/1963-08-09-a-musical-heritage').querySelector('.entry-date time')?.getAttribute('datetime'),
    ).toBe('1963-08-09');
    expect(page(outDir, 'entries/1978-first-recording').querySelector('.entry-date time')?.text).toBe('1978');
  });

  it('keeps years below 1000 and eras, as periods the site shows', async () => {
    const { root, content } = emptyTree();
    expect(runScript('import', ['timelinejs', fixture('eras.json')], content).status).toBe(0);
    const model = await loadContent('content', root);
    const periods = model.entries.filter((entry) => entry.kind === 'period');
    expect(periods.map((entry) => [entry.title, entry.date.text])).toEqual([
      ['Era Test 600-650', '600 – 650'],
      ['Era Test 650-700', '650 – 700'],
      ['Era Test 700-720', '700 – 720'],
    ]);
    expect(model.entries.find((entry) => entry.title.startsWith('Last great Roman-Persian War'))?.date).toMatchObject({
      datetime: '0602',
      text: '602 – 629',
    });
  });

  it('imports the Google Sheets template as CSV: title row, groups, media, quotations', async () => {
    const { root, content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('my-own-timeline.csv')], content);
    expect(run.status, run.stderr).toBe(0);
    const model = await loadContent('content', root);
    expect(model.entries).toHaveLength(10);
    expect(model.site.title).toBe('MY OWN CSV');
    const ada = model.entries.find((entry) => entry.title === 'Ada Lovelace');
    expect(ada?.date).toMatchObject({ datetime: '1815-12-10', endDatetime: '1852-11-27' });
    // The caption keeps its link, as inline Markdown.
    expect(ada?.media).toMatchObject({
      credit: 'Wikimedia Commons',
      caption:
        '[Portrait by Alfred Edward Chalon](https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg)',
    });
    expect(ada?.body).toContain('[Ada Lovelace](https://en.wikipedia.org/wiki/Ada_Lovelace)');
    expect(model.entries.find((entry) => entry.title.startsWith('Edith Clarke'))?.body).toMatch(
      /^> There is no demand for women engineers/m,
    );
  });

  it('maps negative years, empty fields and times of day, drops script, and reports what it left out', async () => {
    const { root, content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('edge-dates.json'), '--timezone', '+01:00'], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/event 4 \(“Impossible”\): left out, "2025-02-30" is not a real date/);
    expect(run.stdout).toMatch(/event 5 \(“No date”\): left out, it has no start date/);
    const model = await loadContent('content', root);
    // TimelineJS shows its year -500 as "500 BCE": a reader sees the same year here.
    expect(model.entries.find((entry) => entry.id === 'five-hundred-bc')?.date).toMatchObject({
      text: '500 BC',
      precision: 'year',
    });
    const timed = model.entries.find((entry) => entry.title === 'A time of day');
    expect(timed?.date.datetime).toBe('2025-01-19T14:30+01:00');
    expect(timed?.body.trim()).toBe('Afternoon **bold**.');
    // Times of day give portable, readable ids and file names (no colons), and keep their seconds.
    expect(timed?.id).toBe('2025-01-19-1430-a-time-of-day');
    const exact = model.entries.find((entry) => entry.title === 'To the second');
    expect(exact?.date.datetime).toBe('1900-01-01T12:30:45+01:00');
    expect(exact?.id).toBe('1900-01-01-123045-to-the-second');
    expect(entryFiles(content).filter((file) => /[:A-Z]/.test(file))).toEqual([]);
    expect(model.threads.map((thread) => thread.id).sort()).toEqual(['edge-dates', 'moments']);
  });

  it('imports deep time and BC years as TimelineJS shows them, with addresses that keep BC apart', async () => {
    const { root, content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('cosmo-mixed.json')], content);
    expect(run.status, run.stderr).toBe(0);
    const model = await loadContent('content', root);
    const shown = model.entries.map((entry) => [entry.id.split('-').slice(0, 3).join('-'), entry.date.text]);
    expect(shown.slice(0, 6)).toEqual([
      ['13800000000-bc-the', '13.8 billion years ago'],
      ['4600000000-bc-the', '4.6 billion years ago'],
      ['540000000-bc-the', '540 million years ago'],
      ['300000-bc-homo', '300 thousand years ago'],
      ['3500-bc-first', '3500 BC'],
      ['0300-bc-euclids', '300 BC'],
    ]);
    expect(model.years.map((group) => group.id).slice(0, 6)).toEqual([
      '13800000000-bc',
      '4600000000-bc',
      '540000000-bc',
      '300000-bc',
      '3500-bc',
      '300-bc',
    ]);
    expect(model.diagnostics).toEqual([]);
  });

  it('keeps groups apart whose names slug alike, eras as periods, and titles untitled slides', async () => {
    const { root, content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('groups-eras.json')], content);
    expect(run.status, run.stderr).toBe(0);
    const model = await loadContent('content', root);
    expect(model.threads.map((thread) => [thread.id, thread.title])).toEqual([
      ['groups-and-eras', 'Groups & eras'],
      ['politics', 'Politics'],
      ['politics-2', 'Politics!'],
      ['economie', 'Économie'],
    ]);
    const byTitle = (title: string) => model.entries.find((entry) => entry.title === title);
    expect(byTitle('Founding of Rome')?.date.text).toBe('April 21, 753 BC');
    expect(byTitle('Roman Republic')).toMatchObject({ kind: 'period', date: { text: '509 BC – 27 BC' } });
    expect(byTitle('Caesar is killed in the Theatre of Pompey.')?.threads).toEqual(['groups-and-eras', 'politics-2']);
    expect(byTitle('The Ides of March')?.threads).toEqual(['groups-and-eras', 'politics']);
    expect(byTitle('Augustus')?.threads).toEqual(['groups-and-eras']);
    expect(byTitle('Touchdown')?.date.datetime).toBe('1969-07-20T20:17:40Z');
    expect(byTitle('Event of July 20, 1969')).toBeDefined();
    expect(model.diagnostics.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('never names the site after the file: a timeline with no title slide gets a plain title', async () => {
    const { root, content } = emptyTree();
    const file = path.join(root, 'untitled-export-v2.json');
    writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: '2020' }, text: { headline: 'One' } }] }));
    expect(runScript('import', ['timelinejs', file], content).status).toBe(0);
    const model = await loadContent('content', root);
    expect(model.site.title).toBe('Timeline');
  });

  it('adds storylines to threads.yaml without touching a line of what was there, comments and long lines kept', () => {
    const { content } = emptyTree();
    const long = `- id: old\n  title: ${'A storyline whose title runs well past eighty columns, '.repeat(2).trim()}\n`;
    const before = `# Storylines, kept in this order.\n${long}  # a comment inside the record\n`;
    writeFileSync(path.join(content, 'threads.yaml'), before);
    expect(runScript('import', ['timelinejs', fixture('houston.json')], content).status).toBe(0);
    const after = readFileSync(path.join(content, 'threads.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after).toContain('title: Whitney Houston 1963 - 2012');
    // Entries too: a long summary stays on its line instead of folding at 80 columns.
    const files = entryFiles(content).map((file) => readFileSync(path.join(content, 'entries', file), 'utf8'));
    expect(files.some((text) => /^summary: .{100,}$/m.test(text))).toBe(true);
  });

  it('titles a slide without a headline by its text, caption or display date, and no two alike', async () => {
    const { root, content } = emptyTree();
    const file = path.join(root, 'untitled.json');
    const slides = [
      { start_date: { year: '2020' }, text: { text: '<p>Talks resumed in Geneva. More followed.</p>' } },
      { start_date: { year: '2020' }, media: { url: 'https://example.org/a.jpg', caption: 'Delegates <b>arrive</b>' } },
      { start_date: { year: '2020' }, display_date: 'Spring 2020' },
      { start_date: { year: '2020' } },
      { start_date: { year: '2020' } },
    ];
    writeFileSync(file, JSON.stringify({ events: slides }));
    const run = runScript('import', ['timelinejs', file], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/event 2: no headline; the title was made from its media caption/);
    const model = await loadContent('content', root);
    expect(model.entries.map((entry) => entry.title).sort()).toEqual([
      'Delegates arrive',
      'Event of 2020',
      'Event of 2020 (2)',
      'Spring 2020',
      'Talks resumed in Geneva.',
    ]);
  });

  it('ends each summary at its first real sentence, past abbreviations, initials and a link’s text', async () => {
    const { root, content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('abbreviations.json')], content);
    expect(run.status, run.stderr).toBe(0);
    const model = await loadContent('content', root);
    const summaries = Object.fromEntries(model.entries.map((entry) => [entry.title, entry.summary]));
    expect(summaries).toMatchObject({
      'A motorcade in Dallas':
        'President John F. Kennedy rode through Dealey Plaza in Dallas, Tex. at 12:30 p.m. with Gov. John Connally.',
      'A fair in St. Louis':
        'The Louisiana Purchase Exposition opened in St. Louis, Mo. on April 30, with Mr. and Mrs. Francis as hosts.',
      'D-Day': "The U.S. Army's 1st Infantry Division landed on Omaha Beach at 6:30 a.m. under Gen. Omar N. Bradley.",
      'A record': 'The single reached No. 1 and sold 3.5 million copies, e.g. in Canada... and elsewhere.',
      'A quotation': 'A guardsman shouted "fire."',
      'A film with a full stop in its title': 'The studio released Washington, D.C. The Movie in 1990.',
      'Університет у Києві': 'Університет св. Володимира, нині ім. Т. Г. Шевченка, відкрито в м. Києві 1834 р.',
      Незалежність: 'Акт проголошення незалежності ухвалено у Верховній Раді на вул. Грушевського 24 серпня 1991 р.',
    });
    // The site's description is the title slide's first sentence; a title made from a long one ends at a word.
    expect(model.site.description).toMatch(/runs past abbreviations, initials and links\.$/);
    const untitled = model.entries.find((entry) => entry.title.startsWith('Dr. Jane Q. Public'));
    expect(untitled?.title).toBe(
      'Dr. Jane Q. Public of the U.N. Development Programme wrote a report on the St. Lawrence River basin, covering ' +
        'Que., Ont.…',
    );
    // A first sentence longer than a summary's 200 characters is cut at a word too.
    expect(untitled?.summary).toMatch(/^Dr\. Jane Q\. Public .* Sen\. John Doe Jr\. and an appendix on water…$/);
  });

  it('finds the same entries when the same file is imported again, and replaces one only when asked', () => {
    const { content } = emptyTree();
    const source = path.join(path.dirname(content), 'houston.json');
    cpSync(fixture('houston.json'), source);
    runScript('import', ['timelinejs', source], content);
    const before = entryFiles(content);
    expect(runScript('import', ['timelinejs', source], content).stdout).toMatch(
      /0 new, 0 updated, 18 unchanged; 0 new storylines/,
    );
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('Houston grew up surrounded', 'Houston grew up, surrounded'),
    );
    const kept = runScript('import', ['timelinejs', source], content).stdout;
    expect(kept).toMatch(/0 new, 0 updated, 17 unchanged, 1 kept as edited here/);
    expect(kept).toMatch(/1 entry file differs from the timeline's version .* add --overwrite/);
    const overwritten = runScript('import', ['timelinejs', source, '--overwrite'], content).stdout;
    expect(overwritten).toMatch(/0 new, 1 updated, 17 unchanged/);
    expect(entryFiles(content)).toEqual(before);
  });

  it('never loses what an editor added to an imported entry when the file is imported again', () => {
    const { content } = emptyTree();
    const source = fixture('houston.json');
    runScript('import', ['timelinejs', source], content);
    const [first] = entryFiles(content);
    const file = path.join(content, 'entries', first ?? '');
    const edited = readFileSync(file, 'utf8').replace(
      /\nsources:\n/,
      '\nsources:\n  - outlet: Houston Chronicle\n    url: https://example.org/real-source\n',
    );
    writeFileSync(file, `${edited}\nA paragraph the editor wrote.\n`);
    const again = runScript('import', ['timelinejs', source], content);
    expect(again.stdout).toMatch(/1 kept as edited here/);
    expect(readFileSync(file, 'utf8')).toBe(`${edited}\nA paragraph the editor wrote.\n`);
  });

  it('writes nothing with --dry-run', () => {
    const { content } = emptyTree();
    const run = runScript('import', ['timelinejs', fixture('houston.json'), '--dry-run'], content);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/would write content\/entries\/1963\/1963-08-09-a-musical-heritage\.md \(created\)/);
    expect(existsSync(path.join(content, 'entries'))).toBe(false);
  });

  it('fails clearly on a missing file, invalid JSON or a broken CSV', () => {
    const { root, content } = emptyTree();
    expect(runScript('import', ['timelinejs', path.join(root, 'nope.json')], content)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/nope\.json: no such file/),
    });
    writeFileSync(path.join(root, 'bad.json'), '{"events": [ {"start_date": } ]}');
    expect(runScript('import', ['timelinejs', path.join(root, 'bad.json')], content)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/bad\.json: not valid JSON at line 1, column 29: expected a value/),
    });
    writeFileSync(path.join(root, 'bad.csv'), 'Year,Headline\n2025,"unclosed\n');
    expect(runScript('import', ['timelinejs', path.join(root, 'bad.csv')], content)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/bad\.csv: .*line 2/i),
    });
    expect(runScript('import', ['tjs', 'x.json'], content).status).toBe(2);
  });
});

describe('export', () => {
  it.each(timelineFiles().map((file) => [path.relative(PROJECT, file), file]))(
    'round-trips %s through TimelineJS: each sentence printed once, and imported again the same entries and storylines',
    (_relative, file) => {
      const name = path.basename(file);
      const first = emptyTree();
      expect(runScript('import', ['timelinejs', file], first.content).status).toBe(0);
      const exported = path.join(first.root, 'exported.json');
      const run = runScript('export', ['timelinejs', '--out', exported], first.content);
      expect(run.status, run.stderr).toBe(0);
      const timeline = JSON.parse(readFileSync(exported, 'utf8')) as TLTimeline;
      const repeated = [...timeline.events, ...(timeline.eras ?? [])].flatMap((slide) =>
        printedTwice(slide).map((sentence) => `${slide.unique_id}: ${sentence}`),
      );
      expect(repeated).toEqual([]);
      // The timeline's own storyline holds every entry: it is the title, never every event's group.
      const title = timeline.title?.text?.headline;
      expect(timeline.events.filter((event) => event.group !== undefined && event.group === title)).toEqual([]);
      const second = emptyTree();
      expect(runScript('import', ['timelinejs', exported], second.content).status).toBe(0);
      expect(entryFiles(second.content)).toEqual(entryFiles(first.content));
      // Only the source note's file name may differ: it names the file each import read.
      const asExported = (text: string) => text.replace(`(${name})`, '(exported.json)');
      for (const file of entryFiles(first.content)) {
        expect(readFileSync(path.join(second.content, 'entries', file), 'utf8'), file).toBe(
          asExported(readFileSync(path.join(first.content, 'entries', file), 'utf8')),
        );
      }
      const threads = (content: string) => readFileSync(path.join(content, 'threads.yaml'), 'utf8');
      expect(threads(second.content)).toBe(threads(first.content));
    },
  );

  it('links citations and [[id]]s in exported text to the published pages, not to the embedding page', () => {
    const { content } = contentTree();
    const run = runScript('export', ['timelinejs'], content);
    expect(run.status, run.stderr).toBe(0);
    const slide = (JSON.parse(run.stdout) as TLTimeline).events.find(
      (event) => event.unique_id === '2025-02-03-second',
    );
    const links = parse(slide?.text?.text ?? '')
      .querySelectorAll('a')
      .map((link) => [link.getAttribute('class'), link.getAttribute('href')]);
    expect(links).toContainEqual(['citation', expect.stringMatching(/\/entries\/2025-02-03-second\/#source-1$/)]);
    expect(links).toContainEqual(['entry-link', expect.stringMatching(/\/entries\/2025-01-first\/$/)]);
  });

  it('exports a time of day to the second, on its own clock, as TimelineJS reads a time with no zone', () => {
    const { content } = emptyTree();
    expect(
      runScript('import', ['timelinejs', fixture('edge-dates.json'), '--timezone', '+01:00'], content).status,
    ).toBe(0);
    const exported = runScript('export', ['timelinejs'], content);
    expect(exported.status, exported.stderr).toBe(0);
    const timeline = JSON.parse(exported.stdout) as TLTimeline;
    const slide = timeline.events.find((event) => event.unique_id === '1900-01-01-123045-to-the-second');
    // TimelineJS builds its dates with new Date(year, month, …): the reader's clock shows the time as written.
    expect(slide?.start_date).toEqual({ year: '1900', month: '1', day: '1', hour: '12', minute: '30', second: '45' });
    // …so importing it again with the same offset gives the same moment back.
    const again = emptyTree();
    const file = path.join(path.dirname(again.content), 'again.json');
    writeFileSync(file, exported.stdout);
    expect(runScript('import', ['timelinejs', file, '--timezone', '+01:00'], again.content).status).toBe(0);
    const texts = entryFiles(again.content).map((name) =>
      readFileSync(path.join(again.content, 'entries', name), 'utf8'),
    );
    expect(texts.join('\n')).toMatch(/date: 1900-01-01T12:30:45\+01:00/);
  });

  it('writes valid JSON to standard output through npm run -s, as its usage says for a redirect', () => {
    const { content } = contentTree();
    const run = spawnSync('npm', ['run', '-s', 'export', '--', 'json'], {
      cwd: PROJECT,
      env: { ...process.env, TIMELINE_CONTENT: content },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { entries: unknown[] }).entries).toHaveLength(2);
    expect(runScript('export', [], content).stderr).toMatch(/npm run -s export -- … > FILE/);
  });

  it('writes our JSON, valid against its published JSON Schema, and a CSV row per entry', async () => {
    const { root, content } = contentTree();
    const json = runScript('export', ['json'], content);
    expect(json.status, json.stderr).toBe(0);
    const validate = validatorFor(contentJsonSchemas()['timeline-export.schema.json'] ?? {});
    const data = JSON.parse(json.stdout) as { entries: { id: string }[] };
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.entries.map((entry) => entry.id)).toEqual(['2025-01-first', '2025-02-03-second']);
    const csv = parseCsv(runScript('export', ['csv'], content).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => [row['id'], row['date'], row['date_text']])).toEqual([
      ['2025-01-first', '2025-01', 'January 2025'],
      ['2025-02-03-second', '2025-02-03', '3 February 2025'],
    ]);
    void root;
  });

  it('refuses to export content with errors', () => {
    const { content } = contentTree('invalid-date');
    const run = runScript('export', ['json'], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Nothing was exported/);
  });
});
