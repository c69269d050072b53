/**
 * `npm run export -- timelinejs|csv|json [--out FILE]`: the published timeline as TimelineJS JSON (to embed with
 * TimelineJS), as CSV (one row per entry) or as this project's JSON (described by schemas/timeline-export.schema.json).
 * Writes to FILE, or to standard output.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { stringify as toCsv } from 'csv-stringify/sync';
import { toCsvRows, toExport } from '../../src/core/export.ts';
import { contentFolder, errorMessage, formatReport, hasErrors, loadContent } from '../../src/core/index.ts';
import { entryPath } from '../../src/core/paths.ts';
import { exportTimeline } from '../../src/core/timelinejs.ts';
import remarkCitations from '../../src/markdown/remark-citations.ts';
import remarkEntryLinks from '../../src/markdown/remark-entry-links.ts';

const usage = 'usage: npm run export -- timelinejs|csv|json [--out FILE]';
let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
}
try {
  parsed = parse();
} catch (error) {
  console.error(`${errorMessage(error)}\n${usage}`);
  process.exit(2);
}
const [format] = parsed.positionals;
if (format !== 'timelinejs' && format !== 'csv' && format !== 'json') {
  console.error(`name the format: timelinejs, csv or json\n${usage}`);
  process.exit(2);
}

const model = await loadContent(contentFolder(), process.cwd());
if (hasErrors(model.diagnostics)) {
  console.error(`${formatReport(model.diagnostics)}\nNothing was exported: fix the errors first.`);
  process.exit(1);
}

let output: string;
if (format === 'csv') output = toCsv(toCsvRows(model));
else if (format === 'json') output = `${JSON.stringify(toExport(model), null, 2)}\n`;
else {
  // Bodies go out as the site renders them: [[id]] as links to the published pages, [@n] as numbered citations.
  const site = model.site.url ? new URL(model.site.url) : undefined;
  const href = (id: string) => (site ? new URL(entryPath(id), site).href : `/${entryPath(id)}`);
  const titles = new Map(model.entries.map((entry) => [entry.id, entry.title]));
  const markdown = await createMarkdownProcessor({ remarkPlugins: [remarkEntryLinks, remarkCitations], syntaxHighlight: false, smartypants: false });
  const html = new Map<string, string>();
  for (const entry of model.entries) {
    const entryLinks = Object.fromEntries(entry.bodyLinks.map((id) => [id, { href: href(id), title: titles.get(id) ?? id }]));
    html.set(entry.id, (await markdown.render(entry.body, { frontmatter: { sources: entry.sources, entryLinks } })).code);
  }
  output = `${JSON.stringify(exportTimeline(model, (entry) => html.get(entry.id) ?? ''), null, 2)}\n`;
}

if (parsed.values.out) {
  await writeFile(parsed.values.out, output);
  console.error(`wrote ${model.entries.length} entries to ${parsed.values.out}`);
} else process.stdout.write(output);
