/** The Decap CMS configuration, generated from the zod schemas (never written by hand), so the two cannot drift. */
import { z } from 'zod';
import { entrySchema, outletSchema, personSchema, siteSchema, threadSchema, topicSchema } from '../schema/index.ts';
import type { Site } from '../schema/site.ts';
import { STATUSES_BY_KIND } from '../schema/vocabulary.ts';
import { fieldsOf, ROOT_LIST_FIELD, type CmsField, type Relations, type SchemaNode } from './widgets.ts';

/** The custom format the admin page registers: a YAML file whose root is a list, shown as one list field. */
export const ROOT_LIST_FORMAT = 'yaml-root-list';
/** The custom format of a YAML mapping (site.yaml) saved into its own text, comments kept (yaml-merge.ts). */
export const KEPT_YAML_FORMAT = 'yaml-kept';
/** The custom format of an entry (frontmatter and Markdown) saved into its own text, comments kept. */
export const KEPT_FRONTMATTER_FORMAT = 'frontmatter-kept';

/**
 * Where the local backend (decap-server) is reached: through the dev server, so the page talks to its own origin.
 * With the trailing slash every path of the site has (a dev server answers 404 to one without).
 */
export const LOCAL_PROXY_PATH = '/api/v1/';

export const BODY_HINT =
  'Markdown. Link another entry with [[entry-id]] or [[entry-id|your words]]; cite a source with [@1] (its number ' +
  'in the list above) or [@handle] (its id).';

/** The YAML list files beside the entries, each edited as one list: the file's name, and the field shown as title. */
const RECORD_FILES = [
  { name: 'people', schema: personSchema, titleField: 'name' },
  { name: 'threads', schema: threadSchema, titleField: 'title' },
  { name: 'topics', schema: topicSchema, titleField: 'name' },
  { name: 'outlets', schema: outletSchema, titleField: 'name' },
] as const;

/** Which entry fields pick records of another collection (storing ids), by the field's path. */
export const ENTRY_RELATIONS: Relations = {
  people: { collection: 'people', file: 'people', titleField: 'name' },
  threads: { collection: 'threads', file: 'threads', titleField: 'title' },
  topics: { collection: 'topics', file: 'topics', titleField: 'name' },
  'sources.outlet': { collection: 'outlets', file: 'outlets', titleField: 'name' },
  'relations.entry': { collection: 'entries', titleField: 'title' },
};

/** The input side of a schema as JSON Schema: what editors write, as `npm run schema` publishes it. */
export function inputSchema(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
}

/** What the configuration depends on besides the schemas. */
export interface CmsOptions {
  site: Site;
  /** Edit the working copy through decap-server (`npm run cms`) rather than the published repository. */
  local: boolean;
  /** The content folder, relative to the repository root. */
  contentDir?: string;
}

/** The whole configuration, as `CMS.init({ config })` takes it. */
export function cmsConfig({ site, local, contentDir = 'content' }: CmsOptions): Record<string, unknown> {
  const settings = site.cms;
  const backend = local
    ? { name: 'proxy', proxy_url: LOCAL_PROXY_PATH, branch: settings?.branch ?? 'main' }
    : { name: settings?.backend ?? 'github', repo: settings?.repo, branch: settings?.branch ?? 'main' };
  return {
    load_config_file: false,
    backend,
    ...(settings?.editorialWorkflow && !local ? { publish_mode: 'editorial_workflow' } : {}),
    locale: site.language.toLowerCase().startsWith('uk') ? 'uk' : 'en',
    media_folder: 'public/media',
    public_folder: '/media',
    // Empty optional fields are left out, so saved files look like files written by hand.
    omit_empty_optional_fields: true,
    collections: [
      entriesCollection(contentDir),
      ...RECORD_FILES.map((file) => recordCollection(file, contentDir)),
      siteCollection(contentDir),
    ],
  };
}

/**
 * The status select, each status named with the kinds that take it ("kept (pledge)"): Decap CMS cannot narrow one
 * select by another's value, so the editor reads which go together, and `check` refuses any other pairing.
 */
function statusField(field: CmsField): CmsField {
  const kindsOf = (status: string) =>
    Object.entries(STATUSES_BY_KIND)
      .filter(([, statuses]) => (statuses as readonly string[]).includes(status))
      .map(([kind]) => kind);
  const pairs = Object.entries(STATUSES_BY_KIND).map(([kind, statuses]) => `${kind}: ${statuses.join(', ')}`);
  return {
    ...field,
    options: (field.options ?? []).map((option) => {
      const status = typeof option === 'string' ? option : option.value;
      return { label: `${status} (${kindsOf(status).join(', ')})`, value: status };
    }),
    hint: `Only for ${pairs.join('; ')}. Other kinds take no status.`,
  };
}

function entriesCollection(contentDir: string) {
  const fields: CmsField[] = [
    ...fieldsOf(inputSchema(entrySchema), ENTRY_RELATIONS).map((field) =>
      field.name === 'status' ? statusField(field) : field,
    ),
    { name: 'body', label: 'Body', widget: 'markdown', required: false, hint: BODY_HINT },
  ];
  return {
    name: 'entries',
    label: 'Entries',
    label_singular: 'Entry',
    folder: `${contentDir}/entries`,
    extension: 'md',
    format: KEPT_FRONTMATTER_FORMAT,
    create: true,
    identifier_field: 'title',
    // As `npm run new` names files: entries/<year>/<date>-<title-slug>.md.
    // Decap CMS fills a path only from a date picker's field, and dates here are typed: the folder is the year the
    // entry was written in, the file name starts with the entry's own date (no check depends on the folder).
    path: '{{year}}/{{slug}}',
    slug: '{{fields.date}}-{{slug}}',
    summary: '{{date}} · {{title}}',
    sortable_fields: ['date', 'title'],
    fields,
  };
}

function recordCollection(file: (typeof RECORD_FILES)[number], contentDir: string) {
  const label = file.name.charAt(0).toUpperCase() + file.name.slice(1);
  const list: CmsField = {
    name: ROOT_LIST_FIELD,
    label,
    widget: 'list',
    required: false,
    summary: `{{fields.${file.titleField}}}`,
    fields: fieldsOf(inputSchema(file.schema), {}),
  };
  return {
    name: file.name,
    label,
    format: ROOT_LIST_FORMAT,
    files: [{ name: file.name, label, file: `${contentDir}/${file.name}.yaml`, fields: [list] }],
  };
}

function siteCollection(contentDir: string) {
  const fields = fieldsOf(inputSchema(siteSchema), {});
  return {
    name: 'settings',
    label: 'Settings',
    files: [{ name: 'site', label: 'Site', file: `${contentDir}/site.yaml`, format: KEPT_YAML_FORMAT, fields }],
  };
}
