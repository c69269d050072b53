/** The project's own JSON export (`npm run export -- json`): the published model, references resolved. */
import { z } from 'zod';
import { DATE_QUALIFIERS, ENTRY_KINDS, RELATION_TYPES, UPDATE_KINDS, ALL_STATUSES } from './vocabulary.ts';

const shownDate = z.object({
  text: z.string().meta({ description: 'The date as the site prints it, e.g. "before 20 January 2025".' }),
  start: z
    .string()
    .meta({ description: 'The start as written (2025, 2025-01, 2025-01-19, 2025-01-19T14:30+01:00; -0043 is 44 BC).' }),
  end: z.string().optional(),
  qualifier: z.enum(DATE_QUALIFIERS).optional(),
  precision: z.enum(['year', 'month', 'day', 'time']),
  sortKey: z.string().meta({ description: 'Sorts chronologically as a plain string.' }),
});

const link = z.object({ type: z.enum(RELATION_TYPES), entry: z.string(), note: z.string().optional() });

export const exportEntrySchema = z.object({
  id: z.string(),
  url: z.string().meta({ description: 'The entry page, relative to the site root.' }),
  title: z.string(),
  summary: z.string(),
  date: shownDate,
  kind: z.enum(ENTRY_KINDS),
  status: z.enum(ALL_STATUSES).optional(),
  people: z.array(z.string()),
  threads: z.array(z.string()),
  topics: z.array(z.string()),
  sources: z.array(
    z.object({
      number: z.number().int(),
      id: z.string().optional(),
      outlet: z.string().optional(),
      title: z.string().optional(),
      url: z.string().optional(),
      archived: z.string().optional(),
      archiveDate: z.string().optional().meta({ description: 'The day the archived copy was taken (YYYY-MM-DD).' }),
      urlDeadOn: z
        .string()
        .optional()
        .meta({
          description:
            'The day a link check (npm run sources) last found the original address dead, on separate days: ' +
            'the archived copy stands in for it.',
        }),
      archivedDeadOn: z.string().optional().meta({
        description: 'The day a link check last found the archived copy itself dead.',
      }),
      published: z.string().optional(),
      quote: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  relations: z.array(link),
  inverseRelations: z.array(link),
  updates: z.array(z.object({ date: z.string(), kind: z.enum(UPDATE_KINDS), note: z.string() })),
  media: z
    .object({
      url: z.string(),
      caption: z.string().optional().meta({ description: 'Inline Markdown, as written.' }),
      credit: z.string().optional().meta({ description: 'Inline Markdown, as written.' }),
      alt: z.string().optional(),
      thumbnail: z.string().optional(),
      kind: z.enum(['image', 'link']).meta({
        description: 'How the site shows it: an image, or a link card (the site embeds no third-party frames).',
      }),
      provider: z.string().meta({ description: 'The service the address is on ("YouTube"), or its host name.' }),
    })
    .optional(),
  body: z.string().meta({
    description:
      'Markdown as written, with [[id]] links and [@n] citations; not sanitized: show `html`, or render it with a ' +
      'sanitizer.',
  }),
  html: z.string().meta({
    description:
      'The body as HTML, rendered and sanitized as on the entry page (no script, no event handler, links only to ' +
      'http(s), mailto and relative addresses): [[id]] links to entry pages, [@n] to the source list (#source-n).',
  }),
});

export const exportSchema = z.object({
  $schema: z.string().optional().meta({ description: 'Where this schema is published.' }),
  site: z.object({ title: z.string(), description: z.string(), language: z.string(), url: z.string().optional() }),
  entries: z.array(exportEntrySchema).meta({ description: 'Published entries in story order.' }),
  threads: z.array(
    z.object({ id: z.string(), title: z.string(), summary: z.string().optional(), entries: z.array(z.string()) }),
  ),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string().optional(),
      aliases: z.array(z.string()),
      description: z.string().optional(),
    }),
  ),
  topics: z.array(z.object({ id: z.string(), name: z.string(), summary: z.string().optional() })),
});

export type TimelineExport = z.infer<typeof exportSchema>;
