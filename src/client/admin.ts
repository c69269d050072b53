/**
 * The editing interface at /admin/: Decap CMS bundled from npm (no script from another origin), started with the
 * configuration the page carries (generated from the schemas by src/core/cms/config.ts).
 */
import CMS from 'decap-cms-app';
import { uk } from 'decap-cms-locales';
import { parse, stringify } from 'yaml';
import { ROOT_LIST_FIELD } from '../core/cms/widgets.ts';
import { ROOT_LIST_FORMAT } from '../core/cms/config.ts';
import siteStyles from '../styles/global.css?url';
import { EntryPreview } from './admin-preview.ts';

// The configuration is a file of its own (/admin/config.json), so the page holds no inline script.
const address = document.querySelector<HTMLElement>('[data-cms-config]')?.dataset['cmsConfig'] ?? 'config.json';

CMS.registerLocale('uk', uk);
// The preview is drawn with the site's own styles, so dates, badges and sources look as readers will see them.
CMS.registerPreviewStyle(siteStyles);
CMS.registerPreviewTemplate('entries', EntryPreview);
// people.yaml and its kind are lists at the root, which Decap CMS cannot edit as they are: the list is shown as one
// field and written back as a root list, in the same YAML the files are written in by hand.
CMS.registerCustomFormat(ROOT_LIST_FORMAT, 'yaml', {
  fromFile: (text: string) => ({ [ROOT_LIST_FIELD]: parse(text) ?? [] }),
  toFile: (data: Record<string, unknown>) => stringify(data[ROOT_LIST_FIELD] ?? [], { lineWidth: 0 }),
});
void fetch(address)
  .then((response) => response.json())
  .then((config) => CMS.init({ config }));
