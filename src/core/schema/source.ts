/** A source: why we believe an entry. */
import { z } from 'zod';
import { dateField, httpUrlField, idField, textField } from './fields.ts';

export const sourceSchema = z
  .strictObject({
    /** Optional handle for citing it in the body as [@handle]; sources can always be cited by number, [@1]. */
    id: idField.optional(),
    /** An outlet id from outlets.yaml, or an outlet's name. */
    outlet: textField.optional(),
    /** The headline or title of the cited item, as published. */
    title: textField.optional(),
    url: httpUrlField.optional(),
    /** A snapshot of the url in a web archive. */
    archived: httpUrlField.optional(),
    /** The day the snapshot in `archived` was taken. */
    archiveDate: dateField.optional(),
    published: dateField.optional(),
    /** The words of the source that support the entry. */
    quote: textField.optional(),
    /** How the source was reached or what it supports, where no url says it. */
    note: textField.optional(),
  })
  .refine((source) => source.outlet ?? source.title ?? source.url ?? source.note, {
    error: 'a source needs at least one of outlet, title, url or note',
  });

export type Source = z.output<typeof sourceSchema>;
