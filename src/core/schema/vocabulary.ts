/**
 * The closed lists of the content model, defined once: every schema, page and script reads them from here.
 */

/** What kind of development an entry records. */
export const ENTRY_KINDS = [
  'pledge',
  'statement',
  'report',
  'proposal',
  'rejection',
  'meeting',
  'call',
  'decision',
  'event',
  'context',
  /** A named span of time, such as a TimelineJS era. */
  'period',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The statuses an entry may carry, per kind; kinds not listed here take no status. */
export const STATUSES_BY_KIND = {
  pledge: ['pledged', 'revised', 'in-progress', 'kept', 'broken', 'abandoned'],
  report: ['reported', 'confirmed', 'denied', 'retracted'],
  proposal: ['proposed', 'under-discussion', 'accepted', 'rejected', 'withdrawn'],
} as const satisfies Partial<Record<EntryKind, readonly string[]>>;
export type Status = (typeof STATUSES_BY_KIND)[keyof typeof STATUSES_BY_KIND][number];

/** Every status of every kind, for the schema's first check; the kind-specific check comes after. */
export const ALL_STATUSES = [...new Set(Object.values(STATUSES_BY_KIND).flat())] as Status[];

/** Typed links between entries; each has the label shown on its source and on its target. */
export const RELATION_TYPES = [
  'revises',
  'responds-to',
  'contradicts',
  'confirms',
  'follows-up',
  'supersedes',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types that carry a claim forward: the chain of a pledge follows these. */
export const CHAIN_RELATIONS: readonly RelationType[] = RELATION_TYPES;

/** Relation types that must never loop back (A revises B revises A). */
export const ACYCLIC_RELATIONS: readonly RelationType[] = ['revises', 'supersedes'];

/** How sure the date is: "circa 2025", "before 20 January 2025", "after March 2024", "between … and …". */
export const DATE_QUALIFIERS = ['circa', 'before', 'after', 'between'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

/** Kinds of public update-log line. */
export const UPDATE_KINDS = ['correction', 'update', 'clarification'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** Entry and record ids: lower-case ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
