/**
 * `npm run export -- timelinejs|csv|json [--out FILE]`: the published timeline as TimelineJS JSON (to embed with
 * TimelineJS), as CSV (one row per entry) or as this project's JSON (described by schemas/timeline-export.schema.json).
 * Writes to FILE, or to standard output. Bodies, media captions and credits leave as HTML only through the site's one
 * Markdown pipeline (src/markdown: the same plugins and sanitizer as the pages), so nothing in them can run on the page
 * that shows them.
 */
import { writeFile } from 'node:fs/promises';
import { stringify as toCsv } from 'csv-stringify/sync';
import { toCsvRows, toExport } from '../../src/core/export.ts';
import { counted } from '../../src/core/counted.ts';
import { contentFolder, formatReport, hasErrors, loadContent } from '../../src/core/index.ts';
import { exportTimeline } from '../../src/core/timelinejs.ts';
import { useStrings } from '../../src/i18n/ui.ts';
import { BodyRenderError, renderEntryBodies } from '../../src/markdown/render-bodies.ts';
import { bodyWords } from '../../src/markdown/render-context.ts';
import { exportedCaptions } from '../../src/markdown/render-inline.ts';
import { commandLine, misused } from '../lib/command-options.ts';

const usage =
  'usage: npm run export -- timelinejs|csv|json [--out FILE]\n' +
  '(to redirect standard output into a file, use npm run -s export -- … > FILE: without -s, npm writes its own ' +
  'header lines into the file; or give --out FILE)';
const parsed = commandLine({ out: { type: 'string' } }, usage);
const [format] = parsed.positionals;
if (format !== 'timelinejs' && format !== 'csv' && format !== 'json')
  misused('name the format: timelinejs, csv or json', usage);

const model = await loadContent(contentFolder(), process.cwd());
if (hasErrors(model.diagnostics)) {
  console.error(`${formatReport(model.diagnostics)}\nNothing was exported: fix the errors first.`);
  process.exit(1);
}

/** Every body as the site renders it, sanitized: [[id]] as links to the published pages, [@n] as numbered citations. */
async function bodiesAsHtml(): Promise<Map<string, string>> {
  const site = model.site.url ? new URL(model.site.url) : undefined;
  const href = (path: string) => (site ? new URL(path, site).href : `/${path}`);
  try {
    return await renderEntryBodies(model, process.cwd(), {
      href,
      elsewhere: true,
      words: (language) => bodyWords(useStrings(language)),
    });
  } catch (error) {
    if (!(error instanceof BodyRenderError)) throw error;
    console.error(`${error.message}\nNothing was exported.`);
    process.exit(1);
  }
}

let output: string;
/** What the format cannot hold as it is, for standard error (standard output may be the file itself). */
const notes: string[] = [];
if (format === 'csv') output = toCsv(toCsvRows(model));
else {
  const html = await bodiesAsHtml();
  const bodyHtml = (entry: { id: string }) => html.get(entry.id) ?? '';
  const captions = model.entries.flatMap((entry) => [entry.media?.caption, entry.media?.credit]);
  const data =
    format === 'json'
      ? toExport(model, bodyHtml)
      : exportTimeline(model, bodyHtml, await exportedCaptions(captions), notes);
  output = `${JSON.stringify(data, null, 2)}\n`;
}

for (const note of notes) console.error(`note: ${note}`);
if (parsed.values.out) {
  await writeFile(parsed.values.out, output);
  console.error(`wrote ${counted(model.entries.length, 'entry', 'entries')} to ${parsed.values.out}`);
} else process.stdout.write(output);
