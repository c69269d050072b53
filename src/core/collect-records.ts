/**
 * Reading the record files (`people.yaml`, `threads.yaml`,
 * `topics.yaml`, `outlets.yaml`): lists of schema-checked records.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Located } from './collect.ts';
import { readText, type ContentReader } from './content-reader.ts';
import { readYaml, type ReadResult } from './read.ts';
import {
  outletSchema,
  personSchema,
  threadSchema,
  topicSchema,
  type Outlet,
  type Person,
  type Thread,
  type Topic,
} from './schema/index.ts';
import { validateWith } from './validate.ts';

/** The record files, by the name under `content/`. */
export const RECORD_FILES = {
  people: 'people.yaml',
  threads: 'threads.yaml',
  topics: 'topics.yaml',
  outlets: 'outlets.yaml',
} as const;
export type RecordKind = keyof typeof RECORD_FILES;

/** The records of the content folder, and what could not be read of them. */
export interface RecordLists {
  people: Located<Person>[];
  threads: Located<Thread>[];
  topics: Located<Topic>[];
  outlets: Located<Outlet>[];
  /** Record files that could not be read as a whole: references into them are not checked (they would all fail). */
  unreadable: Set<RecordKind>;
  /** Ids of records that failed their schema: references to them are not reported again as unknown. */
  rejected: Set<string>;
}

/** Reads and checks the four record files; a missing file is an empty list. */
export async function readRecordFiles(reader: ContentReader, contentDir: string): Promise<RecordLists> {
  const unreadable = new Set<RecordKind>();
  const rejected = new Set<string>();
  const lists = { reader, contentDir, unreadable, rejected };
  const [people, threads, topics, outlets] = await Promise.all([
    readList('people', personSchema, lists),
    readList('threads', threadSchema, lists),
    readList('topics', topicSchema, lists),
    readList('outlets', outletSchema, lists),
  ]);
  return { people, threads, topics, outlets, unreadable, rejected };
}

interface ListReading {
  reader: ContentReader;
  contentDir: string;
  unreadable: Set<RecordKind>;
  rejected: Set<string>;
}

/** One record file: parsed as YAML, which must hold a list, then each record checked against `schema`. */
async function readList<S extends z.ZodType>(
  kind: RecordKind,
  schema: S,
  { reader, contentDir, unreadable, rejected }: ListReading,
): Promise<Located<z.output<S>>[]> {
  const file = path.join(contentDir, RECORD_FILES[kind]);
  if (!existsSync(file)) return [];
  const where = reader.relative(file);
  const text = await readText(reader, file);
  const read = text === undefined ? undefined : readYaml(where, text, reader.cache);
  reader.diagnostics.push(...(read?.diagnostics ?? []));
  if (!read || read.diagnostics.length || !Array.isArray(read.data)) unreadable.add(kind);
  if (!read || read.diagnostics.length) return [];
  if (!Array.isArray(read.data)) {
    reader.diagnostics.push({
      file: where,
      ...read.locate([]),
      message: `expected a list of records, each starting with "- id:"`,
      rule: 'schema',
      severity: 'error',
    });
    return [];
  }
  return checkRecords(kind, schema, where, read.data, read, { reader, rejected });
}

/** The records of a list that pass their schema; the ids of those that fail are remembered as rejected. */
function checkRecords<S extends z.ZodType>(
  kind: RecordKind,
  schema: S,
  file: string,
  items: unknown[],
  read: ReadResult,
  { reader, rejected }: Pick<ListReading, 'reader' | 'rejected'>,
): Located<z.output<S>>[] {
  const records: Located<z.output<S>>[] = [];
  items.forEach((item, index) => {
    const checked = validateWith(schema, item, { file, locate: read.locate, path: [index] });
    reader.diagnostics.push(...checked.diagnostics);
    if (checked.value !== undefined)
      records.push({ value: checked.value, file, locate: (p) => read.locate([index, ...p]) });
    else if (typeof (item as { id?: unknown } | null)?.id === 'string')
      rejected.add(`${kind}/${(item as { id: string }).id}`);
  });
  return records;
}
