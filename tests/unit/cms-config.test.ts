/**
 * The CMS configuration is generated from the zod schemas: every schema field is a CMS field, in the schema's order,
 * required exactly when the schema requires it, edited by the widget its type calls for. A change to one schema that
 * the generator cannot express fails here, so the CMS and `check` never disagree.
 */
import { describe, expect, it } from 'vitest';
import { BODY_HINT, cmsConfig, ENTRY_RELATIONS, inputSchema, LOCAL_PROXY_PATH } from '../../src/core/cms/config.ts';
import { ROOT_LIST_FIELD, type CmsField, type SchemaNode } from '../../src/core/cms/widgets.ts';
import { parseDate } from '../../src/core/dates.ts';
import {
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  entrySchema,
  outletSchema,
  personSchema,
  RELATION_TYPES,
  siteSchema,
  threadSchema,
  topicSchema,
  UPDATE_KINDS,
  type Site,
} from '../../src/core/schema/index.ts';

const SITE: Site = siteSchema.parse({ title: 'T', description: 'D' });
const config = cmsConfig({ site: SITE, local: true }) as { collections: Collection[]; [key: string]: unknown };

interface Collection {
  name: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; fields: CmsField[] }[];
}

const collection = (name: string) => config.collections.find((c) => c.name === name)!;

const isDate = (node: SchemaNode) => Array.isArray(node.type) && node.type.includes('number');

/** Walks a schema and its CMS fields side by side, checking each field against its schema node. */
function expectMatches(
  node: SchemaNode,
  fields: CmsField[],
  relations: Record<string, unknown>,
  prefix = '',
  inOptionalObject = false,
): void {
  const properties = Object.entries(node.properties ?? {});
  expect(fields.map((field) => field.name)).toEqual(properties.map(([name]) => name));
  const required = new Set(node.required ?? []);
  for (const [name, child] of properties) {
    const field = fields.find((candidate) => candidate.name === name)!;
    const path = `${prefix}${name}`;
    // Inside an optional object (media, claim) nothing is required: the CMS cannot leave the object out.
    expect(field.required, `${path} required`).toBe(required.has(name) && !inOptionalObject);
    if (relations[path]) expect(field.widget, path).toBe('relation');
    else if (isDate(child)) expect([field.widget, field.pattern?.[0]], path).toEqual(['string', expect.any(String)]);
    else if (child.enum) {
      const values = field.options?.map((option) => (typeof option === 'string' ? option : option.value));
      expect(values, path).toEqual(child.enum.map(String));
    } else if (child.type === 'boolean') expect(field.widget, path).toBe('boolean');
    else if (child.type === 'object') {
      expectMatches(child, field.fields ?? [], relations, `${path}.`, inOptionalObject || !required.has(name));
    } else if (child.type === 'array' && child.items?.type === 'object') {
      expect(field.widget, path).toBe('list');
      expectMatches(child.items, field.fields ?? [], relations, `${path}.`, inOptionalObject);
    } else if (child.type === 'array') expect(field.widget, path).toBe('list');
    else expect(field.widget, path).toBe(child.type === 'integer' || child.type === 'number' ? 'number' : 'string');
  }
}

describe('the CMS configuration generated from the schemas', () => {
  it('edits every entry field, in the schema order, then the body with the cross-reference syntax beside it', () => {
    const entries = collection('entries');
    const fields = entries.fields!;
    expectMatches(inputSchema(entrySchema), fields.slice(0, -1), ENTRY_RELATIONS);
    expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', hint: BODY_HINT });
    expect(BODY_HINT).toContain('[[entry-id]]');
    expect(BODY_HINT).toContain('[@1]');
    expect(entries).toMatchObject({ folder: 'content/entries', extension: 'md', format: 'frontmatter-kept' });
  });

  it('offers the closed lists as selects and picks records by name, storing their ids', () => {
    const fields = collection('entries').fields!;
    const field = (name: string) => fields.find((candidate) => candidate.name === name)!;
    expect(field('kind').options).toEqual([...ENTRY_KINDS]);
    expect(field('qualifier').options).toEqual([...DATE_QUALIFIERS]);
    // A status says which kinds take it: the CMS cannot narrow one select by another.
    expect(field('status').options).toContainEqual({ label: 'kept (pledge)', value: 'kept' });
    expect(field('status').options).toContainEqual({ label: 'rejected (proposal)', value: 'rejected' });
    expect(field('status').hint).toMatch(/^Only for pledge: pledged, .*; report: .*\. Other kinds take no status\.$/);
    expect(field('relations').fields!.find((f) => f.name === 'type')!.options).toEqual([...RELATION_TYPES]);
    expect(field('updates').fields!.find((f) => f.name === 'kind')!.options).toEqual([...UPDATE_KINDS]);
    expect(field('people')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      file: 'people',
      multiple: true,
      value_field: `${ROOT_LIST_FIELD}.*.id`,
      search_fields: expect.arrayContaining([`${ROOT_LIST_FIELD}.*.name`]),
    });
    expect(field('relations').fields!.find((f) => f.name === 'entry')).toMatchObject({
      widget: 'relation',
      collection: 'entries',
      value_field: '{{filename}}',
      multiple: false,
    });
  });

  it('takes dates as text in every form the schema allows, not from a date picker', () => {
    const date = collection('entries').fields!.find((field) => field.name === 'date')!;
    const pattern = new RegExp(date.pattern![0]);
    for (const text of ['2025', '2025-01', '2025-01-19', '2025-01-19T14:30+02:00', '-0043']) {
      expect(pattern.test(text), text).toBe(true);
      expect(parseDate(text).ok, text).toBe(true);
    }
    expect(pattern.test('19 January 2025')).toBe(false);
  });

  it('edits people, storylines, topics and outlets as the lists their files hold, and the site settings', () => {
    const records = { people: personSchema, threads: threadSchema, topics: topicSchema, outlets: outletSchema };
    for (const [name, schema] of Object.entries(records)) {
      const [file] = collection(name).files!;
      expect(file!.file).toBe(`content/${name}.yaml`);
      expect(file!.fields[0]).toMatchObject({ name: ROOT_LIST_FIELD, widget: 'list' });
      expectMatches(inputSchema(schema), file!.fields[0]!.fields!, {});
    }
    const [site] = collection('settings').files!;
    expectMatches(inputSchema(siteSchema), site!.fields, {});
  });

  it('edits the working copy through the dev server locally, and the repository site.yaml names when published', () => {
    expect(config['backend']).toEqual({ name: 'proxy', proxy_url: LOCAL_PROXY_PATH, branch: 'main' });
    const published = siteSchema.parse({
      title: 'T',
      description: 'D',
      language: 'uk',
      cms: { repo: 'newsroom/timeline', editorialWorkflow: true },
    });
    const remote = cmsConfig({ site: published, local: false });
    expect(remote['backend']).toEqual({ name: 'github', repo: 'newsroom/timeline', branch: 'main' });
    expect(remote['publish_mode']).toBe('editorial_workflow');
    expect(remote['locale']).toBe('uk');
    expect(config['locale']).toBe('en');
  });
});
