/** Decap CMS fields from the JSON Schema of a zod schema: the one place that decides which widget edits which value. */
import { DATE_PATTERN } from '../dates.ts';

/** A JSON Schema node as z.toJSONSchema writes it (the parts read here). */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
}

/** A Decap CMS field (standard keys only, so Sveltia CMS reads the same configuration). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: (string | { label: string; value: string })[];
  fields?: CmsField[];
  field?: CmsField;
  multiple?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_type?: string;
  min?: number;
  max?: number;
  default?: unknown;
  summary?: string;
  collapsed?: boolean;
}

/** A relation: the collection (and file, for a YAML list) whose records a field picks, storing their id. */
export interface RelationTarget {
  collection: string;
  file?: string;
  /** The record's field shown and searched: its name or title. */
  titleField: string;
}

/** Where a field stores ids of records in another collection, by the field's path ("people", "sources.outlet"). */
export type Relations = Record<string, RelationTarget>;

/** The field a YAML file's root list is edited as: Decap CMS needs an object at a file's root. */
export const ROOT_LIST_FIELD = 'items';

export const DATE_HINT =
  'A year (2025), a month (2025-01), a day (2025-01-19) or a time with its zone (2025-01-19T14:30+02:00).';
const ID_MESSAGE = 'lower-case letters, digits and single hyphens, such as keith-kellogg';

/** "archiveDate" → "Archive date": a label an editor reads. */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isDate = (node: SchemaNode) =>
  Array.isArray(node.type) && node.type.includes('string') && node.type.includes('number');

/** The Decap field that edits one property of a schema. */
export function fieldOf(
  name: string,
  node: SchemaNode,
  required: boolean,
  path: string,
  relations: Relations,
): CmsField {
  const base = { name, label: labelOf(name), required, ...(node.description ? { hint: node.description } : {}) };
  const relation = relations[path];
  if (relation) return relationField(base, relation, node.type === 'array');
  if (isDate(node)) return { ...base, widget: 'string', hint: DATE_HINT, pattern: [DATE_PATTERN.source, DATE_HINT] };
  if (node.enum) return { ...base, widget: 'select', options: node.enum.map(String) };
  // No default: an untouched switch writes nothing, as a file written by hand leaves `draft: false` out.
  if (node.type === 'boolean') return { ...base, widget: 'boolean' };
  if (node.type === 'number' || node.type === 'integer') return numberField(base, node);
  if (node.type === 'object') {
    // Decap CMS cannot leave an optional object out, so it would insist on its required fields even when the editor
    // gives none: they are required there only when the object is (check still requires them once one is given).
    const fields = fieldsOf(node, relations, `${path}.`);
    return { ...base, widget: 'object', collapsed: !required, fields: required ? fields : fields.map(optional) };
  }
  if (node.type === 'array' && node.items?.type === 'object') {
    return { ...base, widget: 'list', fields: fieldsOf(node.items, relations, `${path}.`) };
  }
  if (node.type === 'array') return { ...base, widget: 'list', field: fieldOf(name, node.items ?? {}, true, path, {}) };
  if (node.pattern) return { ...base, widget: 'string', pattern: [node.pattern, ID_MESSAGE] };
  if (node.format === 'uri')
    return { ...base, widget: 'string', pattern: ['^https?://', 'an address starting with https://'] };
  return { ...base, widget: 'string' };
}

/** The field, no longer required (with every field inside it). */
function optional(field: CmsField): CmsField {
  return { ...field, required: false, ...(field.fields ? { fields: field.fields.map(optional) } : {}) };
}

function relationField(base: Omit<CmsField, 'widget'>, target: RelationTarget, multiple: boolean): CmsField {
  // A YAML list file is one "file" entry whose records sit under ROOT_LIST_FIELD (see the root-list format).
  const prefix = target.file ? `${ROOT_LIST_FIELD}.*.` : '';
  return {
    ...base,
    widget: 'relation',
    collection: target.collection,
    ...(target.file ? { file: target.file } : {}),
    // An entry's id is its file's name, whichever year folder it is in.
    value_field: target.file ? `${prefix}id` : '{{filename}}',
    search_fields: [`${prefix}${target.titleField}`, ...(target.file ? [`${prefix}id`] : [])],
    display_fields: [`${prefix}${target.titleField}`],
    multiple,
  };
}

function numberField(base: Omit<CmsField, 'widget'>, node: SchemaNode): CmsField {
  return {
    ...base,
    widget: 'number',
    value_type: node.type === 'integer' ? 'int' : 'float',
    ...(node.minimum !== undefined ? { min: node.minimum } : {}),
    ...(node.maximum !== undefined ? { max: node.maximum } : {}),
  };
}

/** The fields of an object schema, in the schema's order (so saved files keep the order editors write by hand). */
export function fieldsOf(node: SchemaNode, relations: Relations, prefix = ''): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    fieldOf(name, child, required.has(name), `${prefix}${name}`, relations),
  );
}
