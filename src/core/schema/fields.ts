/** Field schemas shared by several record types. */
import { z } from 'zod';
import { parseDate } from '../dates.ts';
import { INDEX_PAGES, SIDE_BY_SIDE } from '../paths.ts';
import { ID_PATTERN } from './vocabulary.ts';

/** An id: a slug such as `keith-kellogg`. */
export const idField = z.string().regex(ID_PATTERN, {
  error: 'expected an id of lower-case letters, digits and single hyphens, such as keith-kellogg',
});

/** The id of a storyline, person or topic: its index's later pages live at `threads/page/2/`, so "page" is taken. */
export const listedIdField = idField.refine((id) => id !== INDEX_PAGES, {
  error:
    `the id "${INDEX_PAGES}" is taken by the index's later pages (e.g. threads/${INDEX_PAGES}/2/); choose ` +
    `another id`,
});

/** A storyline's id: besides "page", "side-by-side" is taken by the page that draws the storylines side by side. */
export const threadIdField = listedIdField.refine((id) => id !== SIDE_BY_SIDE, {
  error:
    `the id "${SIDE_BY_SIDE}" is taken by the storylines drawn side by side (threads/${SIDE_BY_SIDE}/); ` +
    'choose another id',
});

/** A list of ids referring to another record type; checked against that file after parsing. */
export const idListField = z.array(idField).default([]);

/** A date as editors write it (2025, 2025-01, 2025-01-19, 2025-01-19T14:30+01:00), parsed with its precision. */
export const dateField = z
  .union([z.string(), z.number()], { error: 'expected a date such as 2025, 2025-01 or 2025-01-19' })
  .meta({
    description:
      'A year (2025), a month (2025-01), a day (2025-01-19) or a time with its zone (2025-01-19T14:30+02:00); ' +
      '-0043 is 44 BC.',
    examples: ['2025-01-19', '2025-01', 2025],
  })
  .transform((value, ctx) => {
    const parsed = parseDate(value);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message: parsed.message, input: value });
    return z.NEVER;
  });

/** A web address readers can open: http or https only, so nothing from content runs as script. */
export const httpUrlField = z.url({
  protocol: /^https?$/,
  error: 'expected a web address starting with https:// or http://',
});

/** Non-empty text, trimmed. */
export const textField = z.string().trim().min(1, { error: 'expected text, got an empty string' });
