/**
 * What an entry refers to, read from its raw fields. Reference checks run on this even when the entry failed its
 * schema elsewhere (a bad date must not hide an unknown person), and the entry's id stays known to the others.
 */

export interface EntryReferences {
  title?: string;
  draft: boolean;
  people: string[];
  threads: string[];
  topics: string[];
  relations: { type: string; entry: string }[];
  sources: { id?: string; outlet?: string }[];
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : '')) : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The references of raw entry data, keeping list positions so problems point at the right item. */
export function referencesOf(raw: unknown): EntryReferences {
  const data = record(raw);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(record) : []);
  const title = text(data['title']);
  return {
    ...(title ? { title } : {}),
    draft: data['draft'] === true,
    people: strings(data['people']),
    threads: strings(data['threads']),
    topics: strings(data['topics']),
    relations: list(data['relations']).map((relation) => ({
      type: text(relation['type']) ?? '',
      entry: text(relation['entry']) ?? '',
    })),
    sources: list(data['sources']).map((source) => {
      const id = text(source['id']);
      const outlet = text(source['outlet']);
      return { ...(id ? { id } : {}), ...(outlet ? { outlet } : {}) };
    }),
  };
}
