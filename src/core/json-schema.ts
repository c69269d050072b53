/** JSON Schemas of the content files, generated from the zod schemas, so editors' tools check what the build checks. */
import { z } from 'zod';
import { exportSchema } from './schema/export.ts';
import {
  entrySchema,
  outletSchema,
  personSchema,
  siteSchema,
  threadSchema,
  topicSchema,
  translationSchema,
  yamlEntrySchema,
} from './schema/index.ts';

/** One JSON Schema per file kind, by file name (written to `schemas/`). */
export function contentJsonSchemas(): Record<string, object> {
  // The input side: what editors write (a date as text), not what the core makes of it.
  const of = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    title,
  });
  const list = (schema: z.ZodType) => z.array(schema);
  return {
    'entry-frontmatter.schema.json': of(entrySchema, 'Frontmatter of a Markdown entry (content/entries/**/*.md)'),
    'translation-frontmatter.schema.json': of(
      translationSchema,
      'Frontmatter of a translated entry (content/entries/**/<id>.<language>.md)',
    ),
    'entries.schema.json': of(
      z.union([yamlEntrySchema, list(yamlEntrySchema)]),
      'A YAML entries file (content/entries/**/*.yaml): one entry or a list',
    ),
    'people.schema.json': of(list(personSchema), 'content/people.yaml'),
    'threads.schema.json': of(list(threadSchema), 'content/threads.yaml'),
    'topics.schema.json': of(list(topicSchema), 'content/topics.yaml'),
    'outlets.schema.json': of(list(outletSchema), 'content/outlets.yaml'),
    'site.schema.json': of(siteSchema, 'content/site.yaml'),
    'timeline-export.schema.json': of(exportSchema, 'The timeline as exported by `npm run export -- json`'),
  };
}
