/**
 * `npm run import -- timelinejs FILE [--dry-run] [--timezone +01:00]`: imports a TimelineJS JSON file or the Google
 * Sheets template exported as CSV into content/entries/ (one Markdown file per event), creating the threads it needs.
 * Importing the same file again updates the same entries. It prints what it could not carry over.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isSeq, parseDocument, stringify, YAMLSeq } from 'yaml';
import { contentFolder, errorMessage, formatReport, hasErrors, loadContent } from '../../src/core/index.ts';
import { parseDate } from '../../src/core/dates.ts';
import { importTimeline, parseTimelineCsv, parseTimelineJson, type ImportedEntry } from '../../src/core/timelinejs.ts';
import type { Thread } from '../../src/core/schema/index.ts';

/** YAML as editors write it: a long line stays one line (yaml folds at 80 columns by default). */
const YAML_OUTPUT = { lineWidth: 0 } as const;

const usage = 'usage: npm run import -- timelinejs FILE.json|FILE.csv [--dry-run] [--timezone +01:00]';
function fail(message: string, code = 1): never {
  console.error(`${message}\n${usage}`);
  process.exit(code);
}

let options: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, timezone: { type: 'string', default: 'Z' } },
  });
}
try {
  options = parse();
} catch (error) {
  fail(errorMessage(error), 2);
}
const [format, file] = options.positionals;
if (format !== 'timelinejs' || !file) fail('name the format (timelinejs) and the file', 2);
const timeZone = options.values.timezone ?? 'Z';
if (!/^(Z|[+-]\d{2}:\d{2})$/.test(timeZone))
  fail(`--timezone "${timeZone}": expected Z or an offset such as +01:00`, 2);
const dryRun = options.values['dry-run'] ?? false;
const contentDir = path.resolve(contentFolder());
const shown = (target: string) => path.relative(process.cwd(), target);

let text: string;
try {
  text = await readFile(file, 'utf8');
} catch {
  fail(`${file}: no such file`);
}
let read;
try {
  read = file.toLowerCase().endsWith('.csv') ? parseTimelineCsv(text) : parseTimelineJson(text);
} catch (error) {
  fail(`${file}: ${errorMessage(error)}`);
}

let result;
try {
  result = await importTimeline(read.timeline, { fileName: path.basename(file), timeZone });
} catch (error) {
  // A file no test has seen may still find a way through: say so in one line, never with a stack trace.
  fail(`${file}: could not be imported: ${errorMessage(error)}`);
}
result.notes.unshift(...read.notes);
const existing = await loadContent(contentDir, process.cwd());
const fileOf = new Map(existing.entries.map((entry) => [entry.id, path.resolve(process.cwd(), entry.file)]));
const counts = { created: 0, updated: 0, unchanged: 0 };

for (const [index, entry] of result.entries.entries()) {
  const target = fileOf.get(entry.id) ?? defaultPath(entry);
  if (!target.endsWith('.md')) {
    result.notes.push(`${entry.id}: already defined in ${shown(target)} (a YAML entries file), left as it is`);
    continue;
  }
  const content = `---\n${stringify(entry.frontmatter, YAML_OUTPUT)}---\n${entry.body ? `${entry.body}\n` : ''}`;
  const before = existsSync(target) ? await readFile(target, 'utf8') : undefined;
  const change = before === undefined ? 'created' : before === content ? 'unchanged' : 'updated';
  counts[change]++;
  if (dryRun) console.log(`would write ${shown(target)} (${change})`);
  else if (change !== 'unchanged') {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  if (!dryRun && (index + 1) % 500 === 0) console.log(`… ${index + 1} of ${result.entries.length} entries`);
}

const newThreads = await addThreads(result.threads);
if (!existsSync(path.join(contentDir, 'site.yaml'))) {
  // The title slide's words, never the file's name: a reader sees the site's title on every page.
  const site = {
    title: result.site.title ?? 'Timeline',
    description: result.site.description ?? `Imported from ${path.basename(file)}.`,
  };
  if (dryRun) console.log(`would write ${shown(path.join(contentDir, 'site.yaml'))}`);
  else await writeFile(path.join(contentDir, 'site.yaml'), stringify(site, YAML_OUTPUT));
}

const verb = dryRun ? 'would import' : 'imported';
console.log(
  `${verb} ${result.entries.length} entries from ${file}: ${counts.created} new, ${counts.updated} updated, ` +
    `${counts.unchanged} unchanged; ${newThreads} new threads`,
);
if (result.notes.length) console.log(`not carried over:\n${result.notes.map((note) => `  - ${note}`).join('\n')}`);
if (!dryRun) {
  const after = await loadContent(contentDir, process.cwd());
  if (hasErrors(after.diagnostics)) {
    console.error(formatReport(after.diagnostics.filter((d) => d.severity === 'error')));
    process.exit(1);
  }
}

function defaultPath(entry: ImportedEntry): string {
  const parsed = parseDate(entry.frontmatter['date']);
  const folder = parsed.ok ? String(parsed.date.year) : 'imported';
  return path.join(contentDir, 'entries', folder, `${entry.id}.md`);
}

/** Appends missing threads to threads.yaml, keeping its comments and order. */
async function addThreads(threads: Thread[]): Promise<number> {
  const target = path.join(contentDir, 'threads.yaml');
  const document: Document = parseDocument(existsSync(target) ? await readFile(target, 'utf8') : '[]\n');
  if (document.errors.length) fail(`${shown(target)} has YAML errors; fix them (npm run check) and import again`);
  const list: YAMLSeq<unknown> = isSeq(document.contents) ? document.contents : new YAMLSeq();
  document.contents = list;
  list.flow = false;
  const known = new Set((document.toJS() as { id?: string }[]).map((thread) => thread.id));
  const missing = threads.filter((thread) => !known.has(thread.id));
  for (const thread of missing) list.add(document.createNode(thread));
  if (missing.length && dryRun) console.log(`would add ${missing.length} threads to ${shown(target)}`);
  else if (missing.length) await writeFile(target, document.toString(YAML_OUTPUT));
  return missing.length;
}
