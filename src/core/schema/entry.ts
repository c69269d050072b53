/** The entry: one development of a story, from a Markdown file's frontmatter or a YAML entries file. */
import { z } from 'zod';
import { endsBeforeStart } from '../dates.ts';
import { dateField, httpUrlField, idField, idListField, textField } from './fields.ts';
import { sourceSchema } from './source.ts';
import {
  ALL_STATUSES,
  DATE_QUALIFIERS,
  ENTRY_KINDS,
  RELATION_TYPES,
  STATUSES_BY_KIND,
  UPDATE_KINDS,
} from './vocabulary.ts';

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  /** The id of the other entry. */
  entry: idField,
  note: textField.optional(),
});

/**
 * A picture, video or page that illustrates the entry (TimelineJS slides carry one): an image file is shown, any other
 * address as a link card (the site shows no third-party frames).
 */
export const mediaSchema = z.strictObject({
  url: httpUrlField,
  caption: textField.optional().meta({
    description: 'One line of inline Markdown, so it can hold links: "Delegates arrive in [Kyiv](https://…)".',
  }),
  credit: textField.optional().meta({
    description: 'Who made it, as one line of inline Markdown: "Photo: [Jane Roe](https://…)".',
  }),
  /** Text for readers who cannot see an image; an image without it is shown as decorative. */
  alt: textField.optional(),
  thumbnail: httpUrlField.optional(),
});

/** A claim the entry rates, published as schema.org ClaimReview (what fact-check tools read). */
export const claimSchema = z.strictObject({
  /** The claim, short and as made: "The war will be over within 24 hours". */
  text: textField,
  /** Who made it: a person id from people.yaml, or a name. */
  author: textField,
  /** Where it was made, and when. */
  appearance: httpUrlField.optional(),
  date: dateField.optional(),
  rating: z
    .strictObject({
      /** The verdict in words, e.g. "False", "Misleading", "Revised". */
      label: textField,
      /** On a numeric scale, where one is used: value between worst and best. */
      value: z.number().optional(),
      best: z.number().optional(),
      worst: z.number().optional(),
    })
    .optional(),
});

export const updateSchema = z.strictObject({
  date: dateField,
  kind: z.enum(UPDATE_KINDS),
  note: textField,
});

const entryFields = {
  title: textField,
  /** One or two sentences: the card, the meta description and the search excerpt. */
  summary: textField,
  date: dateField,
  /** The end of a span, or the later bound of a "between" date. */
  end: dateField.optional(),
  qualifier: z.enum(DATE_QUALIFIERS).optional(),
  /** Words shown instead of the computed date, e.g. "In the first weeks of the presidency". */
  dateLabel: textField.optional(),
  kind: z.enum(ENTRY_KINDS),
  status: z.enum(ALL_STATUSES).optional(),
  people: idListField,
  threads: idListField,
  topics: idListField,
  sources: z.array(sourceSchema).default([]),
  relations: z.array(relationSchema).default([]),
  updates: z.array(updateSchema).default([]),
  media: mediaSchema.optional(),
  claim: claimSchema.optional(),
  /** When the entry was first published here. */
  published: dateField.optional(),
  draft: z.boolean().default(false),
};

const entryObject = z.strictObject(entryFields);
type EntryShape = z.output<typeof entryObject>;

/**
 * Checks that span several fields, each reported at the field an editor has to change. They run even when another
 * field failed (so every problem is reported at once), which is why each check first makes sure its fields are there.
 */
function checkEntry(entry: Partial<EntryShape>, ctx: z.RefinementCtx) {
  const { date, end, qualifier, kind, status } = entry;
  if (date && end && endsBeforeStart(date, end)) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: 'end is before date: a span must end on or after its start',
    });
  }
  if (qualifier === 'between' && !end) {
    ctx.addIssue({ code: 'custom', path: ['qualifier'], message: 'qualifier "between" needs an end: the later bound' });
  }
  if ((qualifier === 'before' || qualifier === 'after') && end) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `qualifier "${qualifier}" takes a single date; remove end`,
    });
  }
  if (status !== undefined && kind !== undefined) {
    const allowed: readonly string[] | undefined = STATUSES_BY_KIND[kind as keyof typeof STATUSES_BY_KIND];
    if (!allowed) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `an entry of kind "${kind}" takes no status` });
    } else if (!allowed.includes(status)) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `"${status}" is not a status of a ${kind}; expected one of ${allowed.join(', ')}`,
      });
    }
  }
  if (!entry.draft && Array.isArray(entry.sources) && entry.sources.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a published entry needs at least one source' });
  }
}

const always = { when: (payload: { value: unknown }) => payload.value !== null && typeof payload.value === 'object' };

/** Frontmatter of a Markdown entry; its id comes from the file name. */
export const entrySchema = entryObject.superRefine(checkEntry, always);

/** An entry in a YAML entries file: an explicit id and an optional Markdown body. */
export const yamlEntrySchema = z
  .strictObject({ id: idField, body: z.string().default(''), ...entryFields })
  .superRefine(checkEntry, always);

export type EntryData = z.output<typeof entrySchema>;
export type Relation = z.output<typeof relationSchema>;
export type Update = z.output<typeof updateSchema>;
export type Media = z.output<typeof mediaSchema>;
export type Claim = z.output<typeof claimSchema>;
