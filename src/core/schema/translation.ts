/**
 * A translated entry: `entries/…/<id>.<language>.md` beside the entry it translates. It carries the words readers
 * read (title, summary, body); everything else (date, kind, people, sources, relations) is the original's.
 */
import { z } from 'zod';
import { textField } from './fields.ts';

export const translationSchema = z.strictObject({
  title: textField,
  summary: textField,
  /** Words shown instead of the computed date, in the translation's language. */
  dateLabel: textField.optional(),
  /** Who translated it, shown under the translation. */
  translator: textField.optional(),
});

/** A language tag as a file name ends (`.uk.md`, `.pt-br.md`) and as site.yaml lists it. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export type TranslationData = z.output<typeof translationSchema>;
