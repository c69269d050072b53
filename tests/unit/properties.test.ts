/**
 * Property-based tests of the content core (fast-check): any valid entry survives read → validate → render with its
 * words intact, and no mangling of a valid file's bytes makes loading throw: it gives a clean error or a valid result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContent } from '../../src/core/index.ts';
import { ENTRY_KINDS } from '../../src/core/schema/vocabulary.ts';
import { timelineMarkdown } from '../../src/markdown/processor.ts';
import { contentTree } from '../helpers/trees.ts';

const renderer = await timelineMarkdown().createRenderer({ syntaxHighlight: false, gfm: true, smartypants: false });
const ENTRY = 'entries/2025/2025-06-01-generated.md';

/** Words in several scripts, so a value is never only whitespace or Markdown punctuation. */
const word = fc.constantFrom(
  'Kellogg',
  'Київ',
  'переговори',
  'مفاوضات',
  '和平',
  'ceasefire',
  'talks',
  '100',
  'days',
  '🙂',
  'Zürich',
  'naïve',
);
const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const date = fc
  .record({
    year: fc.integer({ min: 1, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, day }) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
const entry = fc.record({
  title: text,
  summary: text,
  date,
  kind: fc.constantFrom(...ENTRY_KINDS.filter((kind) => !['pledge', 'report', 'proposal'].includes(kind))),
  sources: fc.array(
    fc.record({ outlet: text, url: fc.constantFrom('https://example.org/a', 'http://example.net/b?c=d') }),
    { minLength: 1, maxLength: 3 },
  ),
  body: fc.array(text, { minLength: 1, maxLength: 5 }).map((paragraphs) => paragraphs.join('\n\n')),
});

describe('the content core, on generated input', () => {
  it('reads, validates and renders any valid entry with its words intact', async () => {
    const { root, content } = contentTree();
    await fc.assert(
      fc.asyncProperty(entry, async ({ body, ...frontmatter }) => {
        writeFileSync(path.join(content, ENTRY), `---\n${stringify(frontmatter)}---\n${body}\n`);
        const model = await loadContent(content, root);
        expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const loaded = model.entries.find((candidate) => candidate.id === '2025-06-01-generated');
        expect(loaded?.title).toBe(frontmatter.title);
        expect(loaded?.summary).toBe(frontmatter.summary);
        expect(loaded?.sources.map((source) => source.url)).toEqual(frontmatter.sources.map((source) => source.url));
        const html = (await renderer.render(body, { frontmatter: { sources: loaded?.sources ?? [] } })).code;
        for (const paragraph of body.split('\n\n')) expect(html).toContain(`<p dir="auto">${paragraph}</p>`);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on a mangled file: every result is a valid model or names the file and line', async () => {
    const { root, content } = contentTree();
    const target = path.join(content, 'entries/2025/2025-02-03-second.md');
    const original = readFileSync(target);
    const mutation = fc.array(
      fc.record({
        kind: fc.constantFrom('flip', 'insert', 'delete'),
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (changes) => {
        const bytes = [...original];
        for (const { kind, at, byte } of changes) {
          const index = at % (bytes.length + 1);
          if (kind === 'insert') bytes.splice(index, 0, byte);
          else if (kind === 'delete') bytes.splice(index, 1);
          else bytes[index % bytes.length] = byte;
        }
        writeFileSync(target, Uint8Array.from(bytes));
        const model = await loadContent(content, root);
        for (const diagnostic of model.diagnostics) {
          expect(diagnostic.file).toMatch(/\.(md|ya?ml)$/);
          expect(diagnostic.message.length).toBeGreaterThan(0);
          if (diagnostic.severity === 'error') expect(diagnostic.line ?? 0).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
