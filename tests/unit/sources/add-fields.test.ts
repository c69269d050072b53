/**
 * Adding `archived` and `archiveDate` to a source in the entry's own file: only the new lines change, for every way
 * an editor may have written the entry (Markdown frontmatter, a YAML list of entries, flow mappings, CRLF, a BOM).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Document, parse, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addFieldsInPlace, type Field } from '../../../src/core/sources/add-fields.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ARCHIVED = 'https://web.archive.org/web/20250120123456/https://example.org/a';
const FIELDS: Field[] = [
  ['archived', ARCHIVED],
  ['archiveDate', '2025-01-20'],
];

/** The edited text, failing the test with the problem when there is one. */
function added(file: string, text: string, at: (string | number)[], fields: readonly Field[] = FIELDS): string {
  const result = addFieldsInPlace(file, text, at, fields);
  if ('problem' in result) throw new Error(result.problem);
  return result.text;
}

/** The problem reported, failing the test when the edit went through. */
function problem(file: string, text: string, at: (string | number)[], fields: readonly Field[] = FIELDS): string {
  const result = addFieldsInPlace(file, text, at, fields);
  if ('text' in result) throw new Error(`expected a problem, got:\n${result.text}`);
  return result.problem;
}

/** The original text when the one inserted stretch is taken out of the edited text. */
function withoutInsertion(original: string, edited: string): string {
  let start = 0;
  while (start < original.length && original[start] === edited[start]) start++;
  return edited.slice(0, start) + edited.slice(start + edited.length - original.length);
}

describe('a Markdown entry', () => {
  const file = 'content/entries/2025/leaked-peace-pitch.md';
  const text = readFileSync(path.join(ROOT, file), 'utf8');

  it('gets the fields at the end of a source without a url, the body untouched', () => {
    const edited = added(file, text, ['sources', 0]);
    const quoteLine = text.split('\n').findIndex((line) => line.startsWith('    quote: '));
    const lines = edited.split('\n');
    expect(lines.slice(quoteLine + 1, quoteLine + 3)).toEqual([
      `    archived: ${ARCHIVED}`,
      '    archiveDate: 2025-01-20',
    ]);
    expect(withoutInsertion(text, edited)).toBe(text);
    expect(edited.slice(edited.indexOf('\n---\n'))).toBe(text.slice(text.indexOf('\n---\n')));
  });

  it('gets the fields right after the url line, past its comment, before the fields that follow', () => {
    const source = [
      '---',
      'title: T',
      'sources:',
      '  - outlet: Gazette   ',
      '    url: "https://example.org/a" # the print edition',
      '',
      '    # why we cite it',
      '    note: n',
      '---',
      'Body with --- and url: lines',
      '',
    ].join('\n');
    const edited = added('entry.md', source, ['sources', 0]);
    expect(edited.split('\n').slice(4, 7)).toEqual([
      '    url: "https://example.org/a" # the print edition',
      `    archived: ${ARCHIVED}`,
      '    archiveDate: 2025-01-20',
    ]);
    expect(withoutInsertion(source, edited)).toBe(source);
  });

  it('indents the new keys like a mapping whose first key shares its line with "- "', () => {
    const source = '---\ntitle: T\nsources:\n-   url: https://example.org/a\n    title: A\n---\n';
    expect(added('entry.md', source, ['sources', 0])).toBe(
      `---\ntitle: T\nsources:\n-   url: https://example.org/a\n    archived: ${ARCHIVED}\n    archiveDate: 2025-01-20\n` +
        '    title: A\n---\n',
    );
  });

  it('keeps CRLF line endings, a byte-order mark and a missing final newline', () => {
    const source = '\uFEFF---\r\ntitle: T\r\nsources:\r\n  - url: https://example.org/a\r\n---\r\nBody';
    const edited = added('entry.markdown', source, ['sources', 0]);
    expect(edited).toBe(
      `\uFEFF---\r\ntitle: T\r\nsources:\r\n  - url: https://example.org/a\r\n    archived: ${ARCHIVED}\r\n` +
        '    archiveDate: 2025-01-20\r\n---\r\nBody',
    );
  });

  it('needs frontmatter', () => {
    expect(problem('entry.md', 'title: T\n', ['sources', 0])).toMatch(/no frontmatter/);
    expect(problem('entry.md', '---\ntitle: T\n', ['sources', 0])).toMatch(/not closed/);
    expect(problem('entry.md', '---\n---\nBody\n', ['sources', 0])).toMatch(/the YAML is empty/);
    expect(problem('entry.md', '---\ntitle: T\n---\nBody\n', ['sources', 0])).toMatch(/sources does not exist/);
  });
});

describe('a YAML file holding a list of entries', () => {
  const file = 'content/entries/2025/context.yaml';
  const text = readFileSync(path.join(ROOT, file), 'utf8');

  it('gets the fields in the source at the path, comments and the rest byte for byte', () => {
    const edited = added(file, text, [1, 'sources', 0]);
    expect(withoutInsertion(text, edited)).toBe(text);
    const before = parse(text) as { sources: Record<string, unknown>[] }[];
    before[1]!.sources[0] = { ...before[1]!.sources[0], archived: ARCHIVED, archiveDate: '2025-01-20' };
    expect(parse(edited)).toEqual(before);
    expect(edited).toContain(`      archived: ${ARCHIVED}\n      archiveDate: 2025-01-20\n  body: |\n`);
  });

  it('keeps the last line without a newline', () => {
    const source = '- id: a\n  sources:\n    - url: https://example.org/a';
    expect(added('x.yml', source, [0, 'sources', 0])).toBe(
      `${source}\n      archived: ${ARCHIVED}\n      archiveDate: 2025-01-20`,
    );
  });

  it('follows the indentation the file uses', () => {
    const source = '-   id: a\n    sources:\n        -   note: n\n            title: t\n';
    expect(added('x.yaml', source, [0, 'sources', 0])).toBe(
      `${source}            archived: ${ARCHIVED}\n            archiveDate: 2025-01-20\n`,
    );
  });
});

describe('every source of the sample content', () => {
  const folder = path.join(ROOT, 'content/entries');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(md|ya?ml)$/.test(name));

  it.each(files)('%s takes the fields in each source, nothing else changed', (name) => {
    const text = readFileSync(path.join(folder, name), 'utf8');
    const markdown = name.endsWith('.md');
    const yaml = markdown ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text;
    const data = parse(yaml) as { sources?: unknown[] } | { sources?: unknown[] }[];
    const entries = Array.isArray(data) ? data.map((entry, at) => [[at], entry] as const) : [[[], data] as const];
    for (const [at, entry] of entries) {
      for (const index of (entry.sources ?? []).keys()) {
        const edited = added(name, text, [...at, 'sources', index]);
        expect(withoutInsertion(text, edited)).toBe(text);
        const indent = ' '.repeat(markdown ? 4 : 6);
        const lines = `\n${indent}archived: ${ARCHIVED}\n${indent}archiveDate: 2025-01-20`;
        expect(edited.length - text.length).toBe(lines.length);
      }
    }
  });
});

describe('a flow mapping', () => {
  it('gets ", key: value" pairs after its url', () => {
    const source = 'sources:\n  - {title: A, url: "https://example.org/a", note: n}  # kept\n';
    expect(added('x.yaml', source, ['sources', 0])).toBe(
      `sources:\n  - {title: A, url: "https://example.org/a", archived: ${ARCHIVED}, archiveDate: 2025-01-20, note: n}  # kept\n`,
    );
  });

  it('gets them at its end without a url, and inside an empty one', () => {
    expect(added('x.yaml', 'a: {note: n}\n', ['a'])).toBe(
      `a: {note: n, archived: ${ARCHIVED}, archiveDate: 2025-01-20}\n`,
    );
    expect(added('x.yaml', 'a: { }\n', ['a'])).toBe(`a: {archived: ${ARCHIVED}, archiveDate: 2025-01-20 }\n`);
  });

  it('quotes what a flow mapping would split', () => {
    const edited = added('x.yaml', 'a: {url: x}\n', ['a'], [['archived', 'https://example.org/a,b{c}']]);
    expect(edited).toBe('a: {url: x, archived: "https://example.org/a,b{c}"}\n');
  });
});

describe('values', () => {
  it('are quoted only when they must be', () => {
    const values = [
      'https://example.org/page#part',
      'https://example.org/a #not-a-comment',
      'https://example.org/a: b',
      "it's",
      '"quoted"',
      '2025-01-20',
      'true',
      '12',
      'line\nbreak',
      '',
    ];
    for (const value of values) {
      const edited = added('x.yaml', 'a:\n  url: x\n', ['a'], [['archived', value]]);
      expect(parse(edited)).toEqual({ a: { url: 'x', archived: value } });
    }
    expect(added('x.yaml', 'a:\n  url: x\n', ['a'])).toBe(
      `a:\n  url: x\n  archived: ${ARCHIVED}\n  archiveDate: 2025-01-20\n`,
    );
    expect(added('x.yaml', 'a:\n  url: x\n', ['a'], [['archived', 'https://example.org/a: b']])).toBe(
      'a:\n  url: x\n  archived: "https://example.org/a: b"\n',
    );
  });
});

describe('what cannot be edited is a problem, never a throw', () => {
  it('names the field that already exists, and never overwrites it', () => {
    expect(problem('x.yaml', 'a:\n  url: x\n  archived: y\n', ['a'])).toBe(
      'x.yaml:3:3: a already has archived; it is left as it is',
    );
  });

  it('names what is not a mapping, or missing', () => {
    expect(problem('x.yaml', 'a: [1]\n', ['a'])).toMatch(/a is not a mapping/);
    expect(problem('x.yaml', '- a: 1\n', [0, 'sources', 0])).toMatch(/\[0\]\.sources does not exist/);
    expect(problem('x.yaml', '- a: 1\n', [3])).toMatch(/\[3\] does not exist/);
    expect(problem('x.yaml', 'a: 1\n', ['a', 'b'])).toMatch(/a\.b does not exist/);
  });

  it('leaves aliases, anchors and tags alone', () => {
    const source = 'base: &base {url: x}\ncopy: *base\ntagged: !thing {url: x}\n';
    expect(problem('x.yaml', source, ['copy'])).toMatch(/alias \(\*base\)/);
    expect(problem('x.yaml', source, ['base'])).toMatch(/anchor \(&base\)/);
    expect(problem('x.yaml', source, ['tagged'])).toMatch(/tag/);
  });

  it('reads one document, and names where the YAML is broken', () => {
    expect(problem('x.yaml', 'a: 1\n---\nb: 2\n', ['a'])).toMatch(/one YAML document, found 2/);
    expect(problem('entry.md', '---\ntitle: T\nsources: [\n---\n', ['sources'])).toMatch(/^entry\.md:4:1: the YAML/);
    expect(problem('notes.txt', 'a: 1', ['a'])).toMatch(/not a Markdown or YAML file/);
  });
});

describe('for any source and any way of writing it', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', ':', '#', ',', "'", '"', '-', '{', '[', '\n', 'é', '1'),
  });
  const source = fc.dictionary(fc.constantFrom('id', 'outlet', 'title', 'url', 'published', 'note', 'quote'), text, {
    minKeys: 1,
  });
  const layout = fc.record({
    markdown: fc.boolean(),
    indent: fc.integer({ min: 1, max: 4 }),
    indentSeq: fc.boolean(),
    flow: fc.boolean(),
    comment: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  });
  const field = fc.tuple(fc.constantFrom('archived', 'archiveDate', 'x-y'), text);

  it('adds exactly the fields and leaves every other byte', () => {
    fc.assert(
      fc.property(
        fc.array(source, { minLength: 1, maxLength: 3 }),
        layout,
        fc.nat(),
        fc.uniqueArray(field, { minLength: 1, maxLength: 2, selector: ([key]) => key }),
        (sources, style, pick, fields) => {
          const index = pick % sources.length;
          const entry = { title: 'T', sources };
          const document = new Document(style.markdown ? entry : [entry]);
          const list = document.getIn(style.markdown ? ['sources'] : [0, 'sources']) as { items: YAMLMap[] };
          list.items.forEach((map, at) => {
            map.flow = style.flow && at === index;
            if (style.comment) map.comment = 'a comment';
          });
          let yaml = document.toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 });
          if (!style.finalNewline) yaml = yaml.replace(/\n$/, '');
          let original = style.markdown ? `---\n${yaml}${style.finalNewline ? '' : '\n'}---\nBody\n` : yaml;
          if (style.crlf) original = original.replace(/\n/g, '\r\n');
          if (style.bom) original = `\uFEFF${original}`;
          const file = style.markdown ? 'entry.md' : 'entries.yaml';
          const at = style.markdown ? ['sources', index] : [0, 'sources', index];
          const frontmatter = (t: string) =>
            style.markdown ? /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(t)![1]! : t.replace(/^\uFEFF/, '');
          // The generator's own writing must read back as the data (the yaml package misreads some of its output).
          fc.pre(isDeepStrictEqual(parseDocument(frontmatter(original)).toJS(), style.markdown ? entry : [entry]));
          const taken = fields.some(([key]) => key in sources[index]!);
          const result = addFieldsInPlace(file, original, at, fields);
          if (taken) return 'problem' in result;
          if ('problem' in result) throw new Error(`${result.problem}\n${original}`);
          const expected = structuredClone(entry);
          Object.assign(expected.sources[index]!, Object.fromEntries(fields));
          expect(parseDocument(frontmatter(result.text)).toJS()).toEqual(style.markdown ? expected : [expected]);
          expect(withoutInsertion(original, result.text)).toBe(original);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
