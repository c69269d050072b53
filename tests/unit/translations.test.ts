import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, type Diagnostic } from '../../src/core/index.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

const translation = (title: string, body: string) =>
  ['---', `title: ${title}`, 'summary: Щось сталося в січні.', '---', body, ''].join('\n');
const errors = (list: Diagnostic[]) =>
  list.filter((d) => d.severity === 'error').map(({ file, line, field, rule }) => ({ file, line, field, rule }));

/** The minimal tree with Ukrainian listed as a translation, plus the given files under content/entries/2025/. */
async function load(files: Record<string, string>, languages = '[uk]') {
  const { root, content } = contentTree();
  appendFileSync(path.join(content, 'site.yaml'), `translations: ${languages}\n`);
  writeFiles(content, Object.fromEntries(Object.entries(files).map(([name, text]) => [`entries/2025/${name}`, text])));
  return loadContent('content', root);
}

describe('translated entries', () => {
  it('are read from <id>.<language>.md with their own words and the original facts', async () => {
    const model = await load({ '2025-01-first.uk.md': translation('Перша подія', 'Див. [[2025-02-03-second]] [@1].') });
    expect(errors(model.diagnostics)).toEqual([]);
    expect(model.entries.map((entry) => entry.id)).toEqual(['2025-01-first', '2025-02-03-second']);
    expect(model.translations).toMatchObject([
      {
        id: '2025-01-first',
        language: 'uk',
        title: 'Перша подія',
        summary: 'Щось сталося в січні.',
        bodyLinks: ['2025-02-03-second'],
        file: 'content/entries/2025/2025-01-first.uk.md',
      },
    ]);
    expect(model.translations[0]?.date.text).toBe('січень 2025 р.');
    expect(model.entries[0]?.translations).toEqual(['uk']);
    expect(model.entries[1]?.translations).toEqual([]);
  });

  it(
    'are refused, each with its reason, for a language site.yaml does not list, ' +
      'an unknown entry, or a bad citation',
    async () => {
      const model = await load({
        '2025-01-first.de.md': translation('Das erste', 'Text.'),
        '2025-01-frist.uk.md': translation('Перша', 'Текст.'),
        '2025-02-03-second.uk.md': translation('Друга', 'Текст [@7].'),
      });
      expect(errors(model.diagnostics)).toEqual([
        { file: 'content/entries/2025/2025-01-first.de.md', line: 1, field: 'language', rule: 'unknown-language' },
        { file: 'content/entries/2025/2025-01-frist.uk.md', line: 1, field: 'id', rule: 'unknown-reference' },
        { file: 'content/entries/2025/2025-02-03-second.uk.md', line: 5, field: 'body', rule: 'unknown-citation' },
      ]);
      expect(model.diagnostics.find((d) => d.rule === 'unknown-reference')?.message).toMatch(
        /did you mean "2025-01-first"/,
      );
    },
  );

  it('need a title and a summary, and take no facts of their own', async () => {
    const model = await load({
      '2025-01-first.uk.md': ['---', 'title: Перша', 'date: 2025-01-02', '---', 'Текст.', ''].join('\n'),
    });
    expect(
      errors(model.diagnostics)
        .map((d) => `${d.line}:${d.field}`)
        .sort(),
    ).toEqual(['2:summary', '3:date']);
  });

  it('are not published for a draft', async () => {
    const model = await load({
      '2025-03-draft.md': [
        '---',
        'title: Draft',
        'summary: Not yet.',
        'date: 2025-03',
        'kind: event',
        'draft: true',
        '---',
        '',
      ].join('\n'),
      '2025-03-draft.uk.md': translation('Чернетка', 'Ще ні.'),
    });
    expect(errors(model.diagnostics)).toEqual([]);
    expect(model.translations).toEqual([]);
  });
});

describe('language tags with a region', () => {
  it('match whatever the case in site.yaml and in the file name', async () => {
    const model = await load({ '2025-01-first.PT-br.md': translation('Primeiro', 'Texto.') }, '[pt-BR]');
    expect(errors(model.diagnostics)).toEqual([]);
    expect(model.site.translations).toEqual(['pt-br']);
    expect(model.translations.map((item) => item.language)).toEqual(['pt-br']);
  });
});
