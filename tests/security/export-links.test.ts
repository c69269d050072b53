/**
 * No `javascript:`, `data:` or `vbscript:` link written in content reaches anything we hand out: the TimelineJS, JSON
 * and CSV exports, and the built site's timeline.json files, feeds and embeds. Bodies, captions and credits are full
 * of such links, in every way Markdown and HTML can write one; every HTML field, every address and every feed is
 * searched for them. Markdown fields (`body`, a caption's Markdown) carry the source as written, for tools that render
 * it with their own sanitizer: they are the one exception, checked to sit only where the schema says Markdown.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBuild } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { contentTree } from '../helpers/trees.ts';
import { unsafe } from './vectors.ts';

/** Every way we know to write a script or data link in Markdown and in the HTML a body may hold. */
const HOSTILE_LINKS = [
  `[a](javascript:alert('XSS'))`,
  `[b](JaVaScRiPt:alert('XSS'))`,
  `[c]( javascript:alert('XSS'))`,
  `[d](&#106;avascript:alert('XSS'))`,
  `[e](java%0Ascript:alert('XSS'))`,
  `[f](vbscript:alert('XSS'))`,
  `[g](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=)`,
  `![h](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
  `<javascript:alert('XSS')>`,
  `[i][ref]`,
  `<a href="javascript:alert('XSS')">j</a>`,
  `<a href="&#x6A;avascript:alert('XSS')">k</a>`,
  `<a href="java&#x0A;script:alert('XSS')">l</a>`,
  `<a href=" vbscript:alert('XSS')">m</a>`,
  `<img src="data:image/svg+xml,<svg onload=alert(1)>">`,
];
const BODY = `${HOSTILE_LINKS.map((link) => `A link: ${link} here.`).join('\n\n')}\n\n[ref]: javascript:alert('XSS')\n`;
/** A caption or credit is one line: every link in it. */
const LINE = HOSTILE_LINKS.join(' ');

/** A script or data address, as an attribute holds it once decoded. */
const SCRIPT_ADDRESS = /^\s*(javascript|data|vbscript):/i;
/** Fields that are Markdown as written, by schema (the JSON export's and timeline.json's). */
const MARKDOWN_FIELDS = /^entries\[\d+\]\.(body|media\.(caption|credit))$/;

/** Every string in a JSON value, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

/** What in a JSON file could run or leave the page: unsafe HTML anywhere, or a script address as a value. */
function jsonProblems(text: string, name: string): string[] {
  return strings(JSON.parse(text)).flatMap(([at, value]) => {
    if (MARKDOWN_FIELDS.test(at)) return [];
    return [...unsafe(value, `${name} ${at}`), ...(SCRIPT_ADDRESS.test(value) ? [`${name} ${at}: ${value}`] : [])];
  });
}

let root: string;
let content: string;

beforeAll(() => {
  ({ root, content } = contentTree());
  mkdirSync(path.join(content, 'entries/hostile'), { recursive: true });
  const frontmatter = {
    title: 'Hostile links',
    summary: 'Links that must not survive.',
    date: '2024-05-01',
    kind: 'statement',
    threads: ['the-story'],
    sources: [{ outlet: 'Example', url: 'https://example.org/a' }],
    media: { url: 'https://example.org/image.jpg', caption: LINE, credit: LINE },
  };
  writeFileSync(path.join(content, 'entries/hostile/hostile.md'), `---\n${stringify(frontmatter)}---\n${BODY}`);
});

describe('hostile links in content', () => {
  it('reach no TimelineJS, JSON or CSV export', () => {
    const problems: string[] = [];
    for (const format of ['timelinejs', 'json']) {
      const run = runScript('export', [format], content);
      expect(run.status, run.stderr).toBe(0);
      problems.push(...jsonProblems(run.stdout, format));
    }
    const csv = runScript('export', ['csv'], content);
    expect(csv.status, csv.stderr).toBe(0);
    const cells = (parseCsv(csv.stdout) as string[][]).flat();
    problems.push(...cells.filter((cell) => /(javascript|vbscript|data):/i.test(cell)).map((cell) => `csv: ${cell}`));
    expect(problems).toEqual([]);
    // The links' words stay: only the addresses go.
    const timeline = JSON.parse(runScript('export', ['timelinejs'], content).stdout) as {
      events: { unique_id: string; text: { text: string } }[];
    };
    expect(timeline.events.find((slide) => slide.unique_id === 'hostile')?.text.text).toContain(
      'A link: <a>a</a> here.',
    );
  });

  it("reach none of the built site's data files, feeds or embeds", () => {
    const outDir = path.join(root, 'dist');
    const build = runBuild({ outDir, content });
    expect(build.status, build.output).toBe(0);
    const files = readdirSync(outDir, { recursive: true }).map(String);
    const data = files.filter((file) => file.endsWith('timeline.json'));
    const feeds = files.filter((file) => /\.(xml|rss|atom)$|feed\.json$/.test(file));
    const embeds = files.filter((file) => file.startsWith('embed/') && file.endsWith('.html'));
    expect(data.length).toBeGreaterThan(1);
    expect(embeds.length).toBeGreaterThan(0);
    const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
    expect(feeds.length).toBeGreaterThan(0);
    // A page's own scripts and styles are the site's (xss.test.ts checks them): here, links and handlers.
    const linksAndHandlers = (problem: string) => /=\s*(javascript|data|vbscript):|\son\w+$/i.test(problem);
    const problems = [
      ...data.flatMap((file) => jsonProblems(read(file), file)),
      // Feeds carry titles and summaries, never a body or a caption: no such address may be in one at all.
      ...feeds.filter((file) => /\b(javascript|vbscript|data):/i.test(read(file))),
      ...embeds.flatMap((file) => unsafe(read(file), file).filter(linksAndHandlers)),
    ];
    expect(problems).toEqual([]);
  });
});
