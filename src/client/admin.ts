/**
 * The editing interface at /admin/: Decap CMS bundled from npm (no script from another origin), started with the
 * configuration the page carries (generated from the schemas by src/core/cms/config.ts).
 */
import CMS from 'decap-cms-app';
import { uk } from 'decap-cms-locales';
import { parse } from 'yaml';
import { ROOT_LIST_FIELD } from '../core/cms/widgets.ts';
import { KEPT_FRONTMATTER_FORMAT, KEPT_YAML_FORMAT, ROOT_LIST_FORMAT } from '../core/cms/config.ts';
import { editedFile, freshEntryFile, mergeIntoEntryFile, readEntryFile } from '../core/cms/frontmatter-merge.ts';
import { freshYaml, mergeIntoYaml, sharedIds } from '../core/cms/yaml-merge.ts';
import { EntryPreview } from './admin-preview.ts';

// The configuration is a file of its own (/admin/config.json), so the page holds no inline script; the page names it
// and the site's stylesheet.
const settings = document.querySelector<HTMLElement>('[data-cms-config]')?.dataset ?? {};
const address = settings['cmsConfig'] ?? 'config.json';
const siteStyles = settings['siteStyles'];

CMS.registerLocale('uk', uk);
// The preview is drawn with the site's own styles, so dates, badges and sources look as readers will see them.
if (siteStyles) CMS.registerPreviewStyle(siteStyles);
CMS.registerPreviewTemplate('entries', EntryPreview);
// A saved YAML file keeps its comments, order and style: what the CMS saves is merged into the text it read. A
// format is told no file name, so a list is matched with the file it was read from by the ids they share.
const readLists: { text: string; list: unknown }[] = [];
let siteText: string | undefined;
// people.yaml and its kind are lists at the root, which Decap CMS cannot edit as they are: the list is shown as one
// field and written back as a root list.
CMS.registerCustomFormat(ROOT_LIST_FORMAT, 'yaml', {
  fromFile: (text: string) => {
    const list: unknown = parse(text) ?? [];
    readLists.push({ text, list });
    return { [ROOT_LIST_FIELD]: list };
  },
  toFile: (data: Record<string, unknown>) => {
    const list = data[ROOT_LIST_FIELD] ?? [];
    const ranked = readLists.map((read) => ({ read, shared: sharedIds(read.list, list) }));
    const best = ranked.sort((a, b) => b.shared - a.shared)[0];
    return best && best.shared > 0 ? mergeIntoYaml(best.read.text, list) : freshYaml(list);
  },
});
CMS.registerCustomFormat(KEPT_YAML_FORMAT, 'yaml', {
  fromFile: (text: string) => {
    siteText = text;
    return parse(text) ?? {};
  },
  toFile: (data: Record<string, unknown>) => (siteText ? mergeIntoYaml(siteText, data) : freshYaml(data)),
});
// Entries likewise: the frontmatter's comments and order stay, and a body left alone is kept byte for byte.
const readEntries: { text: string; data: Record<string, unknown> }[] = [];
CMS.registerCustomFormat(KEPT_FRONTMATTER_FORMAT, 'md', {
  fromFile: (text: string) => {
    const data = readEntryFile(text);
    readEntries.push({ text, data });
    return data;
  },
  toFile: (data: Record<string, unknown>, fieldOrder?: string[]) => {
    const edited = editedFile(readEntries, data);
    return edited ? mergeIntoEntryFile(edited.text, data) : freshEntryFile(data, fieldOrder);
  },
});
void fetch(address)
  .then((response) => response.json())
  .then((config) => CMS.init({ config }));
