import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, type Diagnostic } from '../../src/core/index.ts';
import { contentTree, FIXTURES } from '../helpers/trees.ts';

const load = async (overlay?: string) => {
  const { root } = contentTree(overlay);
  return loadContent('content', root);
};
const errors = (list: Diagnostic[]) => list.filter((d) => d.severity === 'error');

describe('the minimal tree', () => {
  it('loads without problems and resolves relations both ways', async () => {
    const model = await load();
    expect(model.diagnostics).toEqual([]);
    expect(model.entries.map((entry) => entry.id)).toEqual(['2025-01-first', '2025-02-03-second']);
    const [first, second] = model.entries;
    expect(first?.inverseRelations).toEqual([{ type: 'revises', entry: '2025-02-03-second' }]);
    expect(second?.relations).toEqual([{ type: 'revises', entry: '2025-01-first' }]);
    expect(first?.chain).toEqual(['2025-02-03-second']);
    expect(first?.date).toMatchObject({ text: 'January 2025', datetime: '2025-01', precision: 'month' });
    expect(second?.threadSteps).toEqual([{ thread: 'the-story', position: 2, total: 2, previous: '2025-01-first' }]);
    expect(second?.bodyLinks).toEqual(['2025-01-first']);
    expect(model.threads[0]?.entries).toEqual(['2025-01-first', '2025-02-03-second']);
    expect(model.threads[0]?.evolution).toEqual([
      { entry: '2025-01-first', status: 'revised' },
      { entry: '2025-02-03-second', status: 'pledged', relation: 'revises' },
    ]);
    expect(model.people[0]?.entries).toEqual(['2025-01-first']);
  });
});

/** Each bad-content case: the one problem it must produce, where, and about which field. */
const cases: Record<string, Partial<Omit<Diagnostic, 'message'>> & { message: RegExp }> = {
  'unknown-person': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 6,
    column: 20,
    field: 'people[1]',
    rule: 'unknown-reference',
    message: /unknown person "john-roe"/,
  },
  'unknown-thread': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 6,
    field: 'threads[0]',
    rule: 'unknown-reference',
    message: /unknown thread "the-storyy".*did you mean "the-story"/,
  },
  'unknown-topic': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 7,
    field: 'topics[0]',
    rule: 'unknown-reference',
    message: /unknown topic "peace"/,
  },
  'unknown-entry': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 11,
    field: 'relations[0].entry',
    rule: 'unknown-reference',
    message: /unknown entry "2025-01-frist".*did you mean "2025-01-first"/,
  },
  'duplicate-id': {
    file: 'content/entries/2025/2025-01-first.md',
    field: 'id',
    rule: 'duplicate-id',
    message: /already used by content\/entries\/2024\/2025-01-first\.md/,
  },
  'invalid-date': {
    file: 'content/entries/2025/2025-02-30-x.md',
    line: 4,
    column: 7,
    field: 'date',
    rule: 'schema',
    message: /not a real date: February 2025 has 28 days/,
  },
  'end-before-start': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 5,
    field: 'end',
    rule: 'schema',
    message: /end is before date/,
  },
  'missing-source': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 2,
    field: 'sources',
    rule: 'schema',
    message: /needs at least one source/,
  },
  'self-relation': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 11,
    field: 'relations[0].entry',
    rule: 'self-relation',
    message: /cannot relate to itself/,
  },
  'broken-link': {
    file: 'content/entries/2025/2025-03-01-x.md',
    line: 12,
    column: 14,
    field: 'body',
    rule: 'unknown-reference',
    message: /\[\[2025-01-firts\]\] links to an unknown entry/,
  },
  'yaml-syntax': { file: 'content/people.yaml', line: 4, rule: 'yaml-syntax', message: /YAML/ },
  'yaml-entry': {
    file: 'content/entries/2025/quick.yaml',
    line: 13,
    column: 9,
    field: '[1].kind',
    rule: 'schema',
    message: /Invalid option/,
  },
};

describe('bad content', () => {
  it('has a case for every fixture folder', () => {
    expect(Object.keys(cases).sort()).toEqual(readdirSync(path.join(FIXTURES, 'bad')).sort());
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}: reports file, line and field`, async () => {
      const model = await load(name);
      const found = errors(model.diagnostics);
      expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
      const { message, ...where } = expected;
      expect(found[0]).toMatchObject(where);
      expect(found[0]?.message).toMatch(message);
    });
  }

  it('publishes the valid entries of a YAML file and reports the invalid one', async () => {
    const model = await load('yaml-entry');
    expect(model.entries.map((entry) => entry.id)).toContain('2025-03-02-quick');
    expect(model.entries.map((entry) => entry.id)).not.toContain('2025-03-03-quicker');
  });

  it('collects every problem of a file at once, not only the first', async () => {
    const { root, content } = contentTree();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      path.join(content, 'entries/2025/2025-02-30-many.md'),
      [
        '---',
        'title: Many problems',
        'summary: x',
        'date: 2025-02-30',
        'kind: pledge',
        'status: reported',
        'people: [nobody]',
        'sorces: []',
        '---',
        'See [[nowhere]] [@2].',
        '',
      ].join('\n'),
    );
    const model = await loadContent('content', root);
    const rules = errors(model.diagnostics).map((d) => `${d.line}:${d.field}:${d.rule}`);
    expect(rules.sort()).toEqual(
      [
        '2:sources:schema',
        '4:date:schema',
        '6:status:schema',
        '7:people[0]:unknown-reference',
        '8:sorces:schema',
        '10:body:unknown-reference',
        '10:body:unknown-citation',
      ].sort(),
    );
  });
});
