/** What the CMS saves is written into the YAML it came from: only what changed changes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { freshYaml, mergeIntoYaml, sharedIds } from '../../src/core/cms/yaml-merge.ts';
import { PROJECT } from '../helpers/trees.ts';

const sample = (name: string) => readFileSync(path.join(PROJECT, 'content', name), 'utf8');
/** The lines of `after` that are not in `before`, and the other way round. */
const changed = (before: string, after: string) => ({
  added: after.split('\n').filter((line) => !before.split('\n').includes(line)),
  removed: before.split('\n').filter((line) => !after.split('\n').includes(line)),
});

const PEOPLE = `# Who is who. Keep ids stable: entries point at them.
- id: jane-doe
  name: Jane Doe # as she signs
  aliases: [Doe, "J. Doe"]

# Officials
- id: john-roe
  name: John Roe
  role: 'Envoy'
`;

describe('a list saved by the CMS', () => {
  it('is written back byte for byte when nothing changed', () => {
    for (const name of ['people.yaml', 'threads.yaml', 'topics.yaml', 'outlets.yaml']) {
      const text = sample(name);
      expect(mergeIntoYaml(text, parse(text)), name).toBe(text);
    }
    expect(mergeIntoYaml(PEOPLE, parse(PEOPLE))).toBe(PEOPLE);
  });

  it('changes only the edited field, keeping comments, quotes and flow lists', () => {
    const people = parse(PEOPLE) as Record<string, unknown>[];
    people[1]!['role'] = 'Special envoy';
    expect(changed(PEOPLE, mergeIntoYaml(PEOPLE, people))).toEqual({
      added: ['  role: Special envoy'],
      removed: ["  role: 'Envoy'"],
    });
  });

  it('keeps the comment on a value that changed', () => {
    const people = parse(PEOPLE) as Record<string, unknown>[];
    people[0]!['name'] = 'Jane A. Doe';
    expect(changed(PEOPLE, mergeIntoYaml(PEOPLE, people))).toEqual({
      added: ['  name: Jane A. Doe # as she signs'],
      removed: ['  name: Jane Doe # as she signs'],
    });
  });

  it('adds, removes and moves records by id, each keeping its own comments', () => {
    const [jane, john] = parse(PEOPLE) as Record<string, unknown>[];
    const after = mergeIntoYaml(PEOPLE, [john, { id: 'ann-lee', name: 'Ann Lee' }]);
    expect(after).toContain('# Officials\n- id: john-roe');
    expect(after).toContain('- id: ann-lee\n  name: Ann Lee\n');
    expect(after).not.toContain('jane-doe');
    expect(parse(after)).toEqual([john, { id: 'ann-lee', name: 'Ann Lee' }]);
    expect(parse(mergeIntoYaml(PEOPLE, [john, jane]))).toEqual([john, jane]);
    expect(mergeIntoYaml(PEOPLE, [john, jane])).toContain('name: Jane Doe # as she signs');
  });

  it('is matched with the file it came from by the ids they share', () => {
    const people = parse(PEOPLE);
    expect(sharedIds(people, [{ id: 'john-roe' }, { id: 'new-one' }])).toBe(1);
    expect(sharedIds(parse(sample('threads.yaml')), people)).toBe(0);
  });
});

describe('settings saved by the CMS', () => {
  it('keep the comment that names their schema, and every value', () => {
    const text = sample('site.yaml');
    const site = parse(text) as Record<string, unknown>;
    const after = mergeIntoYaml(text, { ...site, title: 'A new title' });
    expect(after.split('\n')[0]).toBe(text.split('\n')[0]);
    expect(parse(after)).toEqual({ ...site, title: 'A new title' });
    expect(after).toContain('\ntitle: A new title\n');
  });

  it('are written whole when the file they came from is not YAML a reader can parse', () => {
    expect(mergeIntoYaml('title: [unclosed', { title: 'T' })).toBe(freshYaml({ title: 'T' }));
    expect(freshYaml({ aliases: ['a', 'b'] })).toBe('aliases:\n  - a\n  - b\n');
  });
});
