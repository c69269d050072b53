/**
 * `npm run import -- timelinejs FILE [--dry-run] [--overwrite] [--timezone +01:00|Europe/Kyiv] [--language uk]`:
 * imports a TimelineJS JSON file or the Google Sheets template exported as CSV into content/entries/ (one Markdown
 * file per event), creating the threads it needs.
 * Importing the same file again adds what is new and keeps every entry file that differs from the timeline's version
 * (an editor may have added sources to it) unless `--overwrite` is given. It prints what it could not carry over.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, isSeq, parseDocument, stringify, YAMLSeq } from 'yaml';
import { counted } from '../../src/core/counted.ts';
import { yearFolder } from '../../src/core/date-slug.ts';
import {
  contentFolder,
  errorMessage,
  formatDiagnostic,
  formatReport,
  loadContent,
  type Diagnostic,
} from '../../src/core/index.ts';
import { decodeText } from '../../src/core/read.ts';
import { parseDate } from '../../src/core/dates.ts';
import { FIXED_OFFSET, isZoneName } from '../../src/core/time-zone.ts';
import {
  importTimeline,
  madeWords,
  parseTimelineCsv,
  parseTimelineJson,
  type ImportedEntry,
} from '../../src/core/timelinejs.ts';
import type { Thread } from '../../src/core/schema/index.ts';
import { commandLine, misused } from '../lib/command-options.ts';

/** YAML as editors write it: a long line stays one line (yaml folds at 80 columns by default). */
const YAML_OUTPUT = { lineWidth: 0 } as const;

const usage =
  'usage: npm run import -- timelinejs FILE.json|FILE.csv [--dry-run] [--overwrite] [--timezone +01:00|Europe/Kyiv]' +
  ' [--language uk]';
/** Stops with a message; the usage line follows only a mistake in the command itself (exit code 2). */
function fail(message: string, code = 1): never {
  if (code === 2) misused(message, usage);
  console.error(message);
  process.exit(code);
}

const options = commandLine(
  {
    'dry-run': { type: 'boolean' },
    overwrite: { type: 'boolean' },
    timezone: { type: 'string', default: 'Z' },
    language: { type: 'string' },
  },
  usage,
);
const [format, file] = options.positionals;
if (format !== 'timelinejs' || !file) fail('name the format (timelinejs) and the file', 2);
const timeZone = options.values.timezone ?? 'Z';
if (!FIXED_OFFSET.test(timeZone) && !isZoneName(timeZone))
  fail(`--timezone "${timeZone}": expected Z, an offset such as +01:00, or a zone's name such as Europe/Kyiv`, 2);
const dryRun = options.values['dry-run'] ?? false;
const overwrite = options.values.overwrite ?? false;
const contentDir = path.resolve(contentFolder());
const shown = (target: string) => path.relative(process.cwd(), target);
const threadsFile = path.join(contentDir, 'threads.yaml');

let bytes: Uint8Array;
try {
  bytes = await readFile(file);
} catch {
  fail(`${file}: no such file`);
}
const decoded = decodeText(file, bytes);
if ('diagnostic' in decoded) fail(formatDiagnostic(decoded.diagnostic));
const { text } = decoded;
let read;
try {
  read = file.toLowerCase().endsWith('.csv') ? parseTimelineCsv(text) : parseTimelineJson(text);
} catch (error) {
  fail(`${file}: ${errorMessage(error)}`);
}

// Read from the folder holding the content, as its copy is below: file names in messages then read the same.
const contentRoot = path.dirname(contentDir);
const existing = await loadContent(contentDir, contentRoot);
const siteFile = path.join(contentDir, 'site.yaml');
// A new site takes the language asked for; a site that has one keeps it (site.yaml is where it is changed).
const language = existsSync(siteFile) ? existing.site.language : (options.values.language ?? existing.site.language);
if (existsSync(siteFile) && options.values.language && options.values.language !== language)
  fail(`--language ${options.values.language}: ${shown(siteFile)} says language: ${language}; change it there`, 2);

let result;
try {
  result = await importTimeline(read.timeline, { fileName: path.basename(file), timeZone, language });
} catch (error) {
  // A file no test has seen may still find a way through: say so in one line, never with a stack trace.
  fail(`${file}: could not be imported: ${errorMessage(error)}`);
}
result.notes.unshift(...read.notes);
const fileOf = new Map(existing.entries.map((entry) => [entry.id, path.resolve(contentRoot, entry.file)]));
const counts = { created: 0, updated: 0, unchanged: 0, kept: 0 };

/** What the import writes: each file's text, by its absolute path. Nothing is written before all of it is checked. */
const plan = new Map<string, string>();
const planned = new Map<string, { entry: ImportedEntry; change: keyof typeof counts }>();
for (const entry of result.entries) {
  const target = fileOf.get(entry.id) ?? defaultPath(entry);
  if (!target.endsWith('.md')) {
    result.notes.push(`${entry.id}: already defined in ${shown(target)} (a YAML entries file), left as it is`);
    continue;
  }
  const content = `---\n${stringify(entry.frontmatter, YAML_OUTPUT)}---\n${entry.body ? `${entry.body}\n` : ''}`;
  const before = existsSync(target) ? await readFile(target, 'utf8') : undefined;
  // A file that differs from the timeline's version may hold an editor's work (real sources, people, paragraphs):
  // it is replaced only when asked, so an import never loses what was written after it.
  const change = before === undefined ? 'created' : before === content ? 'unchanged' : overwrite ? 'updated' : 'kept';
  planned.set(target, { entry, change });
  if (change === 'created' || change === 'updated') plan.set(target, content);
}
const newThreads = await planThreads(result.threads);
if (!existsSync(siteFile)) {
  // The title slide's words, never the file's name: a reader sees the site's title on every page.
  const site = {
    title: result.site.title,
    description: result.site.description ?? madeWords(language).description,
    ...(options.values.language ? { language } : {}),
  };
  plan.set(siteFile, stringify(site, YAML_OUTPUT));
}

// The same checks as `npm run check`, on the content as it would be: an entry they refuse is left out with a note,
// and anything else they refuse stops the import before a file is written (with --dry-run too, so it predicts it).
let refused = await newErrors(plan);
const leftOut = refused.filter((problem) => planned.has(problem.target));
for (const { target, diagnostic } of leftOut) {
  const { entry } = planned.get(target) ?? {};
  plan.delete(target);
  planned.delete(target);
  if (entry)
    result.notes.push(
      `${entry.slide}: left out, ${diagnostic.field ? `${diagnostic.field}: ` : ''}${diagnostic.message}`,
    );
}
if (leftOut.length) refused = await newErrors(plan);
if (refused.length) {
  console.error(
    `${file}: not imported, nothing written: the content would not pass npm run check:\n` +
      formatReport(refused.map((d) => d.diagnostic)),
  );
  process.exit(1);
}

for (const [index, [target, { change }]] of [...planned].entries()) {
  counts[change]++;
  if (dryRun)
    console.log(
      change === 'kept'
        ? `would leave ${shown(target)} as it is (it differs from the timeline's version)`
        : `would write ${shown(target)} (${change})`,
    );
  else if (plan.has(target)) {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, plan.get(target) ?? '');
  }
  if (!dryRun && (index + 1) % 500 === 0) console.log(`… ${index + 1} of ${planned.size} entries`);
}
for (const target of [threadsFile, siteFile].filter((name) => plan.has(name))) {
  if (dryRun) console.log(`would write ${shown(target)}`);
  else await writeFile(target, plan.get(target) ?? '');
}

const verb = dryRun ? 'would import' : 'imported';
console.log(
  `${verb} ${counted(planned.size, 'entry', 'entries')} from ${file}: ${counts.created} new, ` +
    `${counts.updated} updated, ${counts.unchanged} unchanged` +
    (counts.kept ? `, ${counts.kept} kept as edited here` : '') +
    `; ${counted(newThreads, 'new storyline')}`,
);
if (counts.kept) {
  console.log(
    `${counted(counts.kept, 'entry file differs', 'entry files differ')} from the timeline's version and ` +
      `${counts.kept === 1 ? 'was' : 'were'} left as ${counts.kept === 1 ? 'it is' : 'they are'} (edited since ` +
      `the import?): add --overwrite to replace ${counts.kept === 1 ? 'it' : 'them'} with the timeline's version`,
  );
}
const before = existing.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'missing-file').length;
if (before) console.error(`the content already had ${counted(before, 'error')} before this import: run npm run check`);
if (result.notes.length) {
  const list = result.notes.map((note) => `  - ${note}`).join('\n');
  console.log(`left out or changed (see the README's "Coming from TimelineJS"):\n${list}`);
}
// TimelineJS slides carry no sources: each written entry rests on a note naming the timeline until an editor adds one.
const written = counts.created + counts.updated;
if (written) {
  const [they, rest] = written === 1 ? ['it', 'it rests'] : ['them', 'they rest'];
  console.log(
    `${counted(written, 'entry is', 'entries are')} sourced only by a note naming the timeline: add the sources ` +
      `${rest} on before publishing (npm run check lists ${they} as unsourced)`,
  );
}

/** The folder `npm run new` puts an entry in: `entries/2025/`, `entries/3500-bc/`. */
function defaultPath(entry: ImportedEntry): string {
  const parsed = parseDate(entry.frontmatter['date']);
  const folder = parsed.ok ? yearFolder(parsed.date.year) : 'imported';
  return path.join(contentDir, 'entries', folder, `${entry.id}.md`);
}

/** Plans missing threads for threads.yaml, keeping its comments and order; returns how many are added. */
async function planThreads(threads: Thread[]): Promise<number> {
  const document: Document = parseDocument(existsSync(threadsFile) ? await readFile(threadsFile, 'utf8') : '[]\n');
  if (document.errors.length) fail(`${shown(threadsFile)} has YAML errors; fix them (npm run check) and import again`);
  const list: YAMLSeq<unknown> = isSeq(document.contents) ? document.contents : new YAMLSeq();
  document.contents = list;
  list.flow = false;
  const known = new Set((document.toJS() as { id?: string }[]).map((thread) => thread.id));
  const missing = threads.filter((thread) => !known.has(thread.id));
  for (const thread of missing) list.add(document.createNode(thread));
  if (missing.length) plan.set(threadsFile, document.toString(YAML_OUTPUT));
  return missing.length;
}

/**
 * The errors `npm run check` would find in the content with `writes` made that it does not find today, each with
 * the file it is in (as it would be in the content folder). The check runs on a copy, so nothing is written.
 */
async function newErrors(writes: Map<string, string>): Promise<{ target: string; diagnostic: Diagnostic }[]> {
  const staging = await mkdtemp(path.join(tmpdir(), 'timeline-import-'));
  try {
    const copy = path.join(staging, path.basename(contentDir));
    if (existsSync(contentDir)) await cp(contentDir, copy, { recursive: true });
    for (const [target, text] of writes) {
      const inCopy = path.join(copy, path.relative(contentDir, target));
      await mkdir(path.dirname(inCopy), { recursive: true });
      await writeFile(inCopy, text);
    }
    const key = (d: Diagnostic) => `${d.file}\0${d.field ?? ''}\0${d.message}`;
    const known = new Set(existing.diagnostics.filter((d) => d.severity === 'error').map(key));
    const after = await loadContent(copy, staging);
    return after.diagnostics
      .filter((d) => d.severity === 'error' && !known.has(key(d)))
      .map((diagnostic) => {
        const target = path.resolve(contentRoot, diagnostic.file);
        return { target, diagnostic: { ...diagnostic, file: shown(target) } };
      });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
