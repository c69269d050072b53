import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentJsonSchemas } from '../../src/core/json-schema.ts';
import { readMarkdown } from '../../src/core/read.ts';
import { validatorFor } from '../helpers/json-schema.ts';
import { PROJECT } from '../helpers/trees.ts';

const schemas = contentJsonSchemas();
const validator = (name: string) => validatorFor(schemas[name] ?? {}, { allErrors: true });

describe('the JSON Schemas for editors', () => {
  it('are committed as generated (run `npm run schema` after changing a zod schema)', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(readFileSync(path.join(PROJECT, 'schemas', name), 'utf8'), name).toBe(
        `${JSON.stringify(schema, null, 2)}\n`,
      );
    }
  });

  it('accept the sample content', () => {
    for (const name of ['people', 'threads', 'topics', 'outlets', 'site']) {
      const valid = validator(`${name}.schema.json`);
      expect(
        valid(parse(readFileSync(path.join(PROJECT, 'content', `${name}.yaml`), 'utf8'))),
        JSON.stringify(valid.errors),
      ).toBe(true);
    }
    const frontmatter = validator('entry-frontmatter.schema.json');
    const translation = validator('translation-frontmatter.schema.json');
    const dir = path.join(PROJECT, 'content/entries/2025');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
      const { data } = readMarkdown(file, readFileSync(path.join(dir, file), 'utf8'));
      // A translation is named <id>.<language>.md and has its own, smaller frontmatter.
      const valid = /\.[a-z]{2,3}\.md$/.test(file) ? translation : frontmatter;
      expect(valid(data), `${file}: ${JSON.stringify(valid.errors)}`).toBe(true);
    }
  });

  it('reject what the build rejects: unknown fields, wrong kinds, bad ids', () => {
    const frontmatter = validator('entry-frontmatter.schema.json');
    const good = { title: 'T', summary: 'S', date: '2025-01-19', kind: 'event', sources: [{ note: 'n' }] };
    expect(frontmatter(good)).toBe(true);
    expect(frontmatter({ ...good, sorces: [] })).toBe(false);
    expect(frontmatter({ ...good, kind: 'rumour' })).toBe(false);
    expect(frontmatter({ ...good, people: ['Keith Kellogg'] })).toBe(false);
  });
});
