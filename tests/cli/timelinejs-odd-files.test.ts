/** Files people actually hand the importer that are not quite what it expects: each gets a clear answer. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { tempDir } from '../helpers/trees.ts';

/** An empty content folder, and `name` written beside it with `data`. */
function setUp(name: string, data: string | Uint8Array): { content: string; file: string } {
  const root = tempDir('timeline-odd');
  const content = path.join(root, 'content');
  mkdirSync(content);
  const file = path.join(root, name);
  writeFileSync(file, data);
  return { content, file };
}

const SHEET = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n';

describe('npm run import of odd files', () => {
  it('refuses a file that is not UTF-8, at the line of the first wrong byte, and writes nothing', () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${SHEET}2000,1,1,,,,,,,Fine,ok\n2000,2,1,,,,,,,Caf`),
      Buffer.from([0xe9]),
      Buffer.from(' in M\n'),
    ]);
    const { content, file } = setUp('sheet.csv', latin1);
    const run = runScript('import', ['timelinejs', file], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/sheet\.csv:3:\d+ .*not valid UTF-8 .*Windows-1252/);
    expect(run.stderr).not.toMatch(/usage:/);
    expect(existsSync(path.join(content, 'entries'))).toBe(false);
  });

  it('refuses a CSV that is not the TimelineJS sheet, and writes nothing', () => {
    const { content, file } = setUp('notes.csv', 'Headline,Text\nA,b\n');
    const run = runScript('import', ['timelinejs', file], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no "Year" column: this is not TimelineJS's Google Sheets template/);
    expect(readdirSync(content)).toEqual([]);
  });

  it('reads 12-hour times as a spreadsheet shows them', () => {
    const { content, file } = setUp(
      'times.csv',
      `${SHEET}2001,9,11,8:46 AM,,,,,,The first plane,x\n2001,9,11,12:05 p.m.,,,,,,Noon,y\n`,
    );
    const run = runScript('import', ['timelinejs', file], content);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const texts = readdirSync(path.join(content, 'entries'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(path.join(content, 'entries', name), 'utf8'));
    expect(texts.join('\n')).toMatch(/date: 2001-09-11T08:46/);
    expect(texts.join('\n')).toMatch(/date: 2001-09-11T12:05/);
  });

  it('imports a timeline into a new Ukrainian site, in Ukrainian where it makes up words', () => {
    const timeline = {
      events: [
        { start_date: { year: '2023' }, text: { headline: 'Гуска' } },
        { start_date: { year: '2024', month: '3' } },
      ],
    };
    const { content, file } = setUp('uk.json', JSON.stringify(timeline));
    const run = runScript('import', ['timelinejs', file, '--language', 'uk'], content);
    expect(run.status, run.stderr).toBe(0);
    const site = readFileSync(path.join(content, 'site.yaml'), 'utf8');
    expect(site).toMatch(/^language: uk$/m);
    // No title slide: the site's title and description are Ukrainian words, not English ones.
    expect(site).toMatch(/^title: Хронологія$/m);
    expect(site).toMatch(/^description: Хронологія, перенесена з TimelineJS\.$/m);
    expect(readdirSync(path.join(content, 'entries/2023'))).toEqual(['2023-huska.md']);
    const [untitled = ''] = readdirSync(path.join(content, 'entries/2024'));
    expect(readFileSync(path.join(content, 'entries/2024', untitled), 'utf8')).toMatch(
      /^title: "Подія: березень 2024 р\."$/m,
    );
    // The site now says its language: another one asked for is refused, nothing written.
    const again = runScript('import', ['timelinejs', file, '--language', 'en'], content);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/site\.yaml says language: uk; change it there/);
  });
});
