/** The YAML records beside the entries: people, threads, topics, outlets (each file a list). */
import { z } from 'zod';
import { httpUrlField, idField, listedIdField, textField, threadIdField } from './fields.ts';

export const personSchema = z.strictObject({
  id: listedIdField,
  name: textField,
  /** What they are in this story, e.g. "Special envoy for Ukraine and Russia (nominated)". */
  role: textField.optional(),
  /** Other names readers search for: "Kellogg", "special envoy". */
  aliases: z.array(textField).default([]),
  description: textField.optional(),
});

export const threadSchema = z.strictObject({
  id: threadIdField,
  title: textField,
  summary: textField.optional(),
});

export const topicSchema = z.strictObject({
  id: listedIdField,
  name: textField,
  summary: textField.optional(),
});

export const outletSchema = z.strictObject({
  id: idField,
  name: textField,
  url: httpUrlField.optional(),
});

export type Person = z.output<typeof personSchema>;
export type Thread = z.output<typeof threadSchema>;
export type Topic = z.output<typeof topicSchema>;
export type Outlet = z.output<typeof outletSchema>;
