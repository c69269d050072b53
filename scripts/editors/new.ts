/**
 * `npm run new -- "Title" --date 2025-01-19 [--kind KIND] [--thread ID]… [--person ID]… [--topic ID]…`
 * creates content/entries/<year>/<date>-<slug>.md as a valid draft and prints its path. Run in a terminal with no
 * title, it asks for each field. It never overwrites a file, and refuses ids the content does not know.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { contentFolder, loadContent } from '../../src/core/index.ts';
import { newEntryPath, newEntryText, type NewEntry } from '../../src/core/new-entry.ts';
import { parseDate } from '../../src/core/dates.ts';
import { ENTRY_KINDS, type EntryKind } from '../../src/core/schema/vocabulary.ts';
import { closest } from '../../src/core/suggest.ts';
import { commandLine } from '../lib/command-options.ts';

const usage =
  'usage: npm run new -- "Title of the development" --date 2025-01-19 ' +
  '[--kind event] [--thread ID] [--person ID] [--topic ID]\n' +
  '  a date before 1 AD takes an equals sign: --date=-0043-03-15 (44 BC, ISO 8601 numbering)';
const contentDir = path.resolve(contentFolder());

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const parsed = commandLine(
  {
    date: { type: 'string' },
    kind: { type: 'string' },
    thread: { type: 'string', multiple: true },
    person: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
  },
  usage,
);

const model = await loadContent(contentDir, process.cwd());
const known = {
  thread: model.threads.map((thread) => thread.id),
  person: model.people.map((person) => person.id),
  topic: model.topics.map((topic) => topic.id),
};

const entry = parsed.positionals.length === 0 && process.stdin.isTTY ? await ask() : fromArguments();
const problems = checkEntry(entry);
if (problems.length) fail(problems.join('\n'));

const relativePath = newEntryPath(entry, model.site.language);
const file = path.join(contentDir, relativePath);
if (existsSync(file))
  fail(`${path.relative(process.cwd(), file)} already exists; choose another title or edit that file`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, newEntryText(entry), { flag: 'wx' });
console.log(path.relative(process.cwd(), file));

function fromArguments(): NewEntry {
  const { positionals, values } = parsed;
  const title = positionals.join(' ').trim();
  if (!title) fail('a title is needed');
  if (!values.date) fail('--date is needed, e.g. --date 2025-01-19 (or 2025-01, or 2025)');
  return {
    title,
    date: values.date,
    kind: (values.kind ?? 'event') as EntryKind,
    threads: values.thread ?? [],
    people: values.person ?? [],
    topics: values.topic ?? [],
  };
}

function checkEntry(entry: NewEntry): string[] {
  const problems: string[] = [];
  const date = parseDate(entry.date);
  if (!date.ok) problems.push(`--date: ${date.message}`);
  else if (date.date.precision === 'time')
    problems.push('--date: give a day, month or year here; add the time in the file');
  if (!ENTRY_KINDS.includes(entry.kind))
    problems.push(`--kind: "${entry.kind}" is not a kind; expected one of ${ENTRY_KINDS.join(', ')}`);
  for (const [option, ids] of [
    ['thread', entry.threads],
    ['person', entry.people],
    ['topic', entry.topics],
  ] as const) {
    for (const id of ids ?? []) {
      if (!known[option].includes(id)) {
        const suggestion = closest(id, known[option]);
        problems.push(
          `--${option}: unknown id "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; ` +
            `known: ${known[option].join(', ') || 'none yet'}`,
        );
      }
    }
  }
  return problems;
}

async function ask(): Promise<NewEntry> {
  prompts.intro('New timeline entry');
  const answer = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value) || typeof value === 'symbol') {
      prompts.cancel('Nothing was written.');
      process.exit(1);
    }
    return value as Exclude<T, symbol>;
  };
  const title = answer(
    await prompts.text({
      message: 'Title of the development',
      validate: (value) => (value?.trim() ? undefined : 'A title is needed'),
    }),
  );
  const date = answer(
    await prompts.text({
      message: 'Date (2025, 2025-01 or 2025-01-19)',
      initialValue: new Date().toISOString().slice(0, 10),
      validate: (value) => {
        const result = parseDate(value ?? '');
        return result.ok ? undefined : result.message;
      },
    }),
  );
  const kind = answer(
    await prompts.select({
      message: 'Kind',
      options: ENTRY_KINDS.map((value) => ({ value, label: value })),
      initialValue: 'event' as EntryKind,
    }),
  );
  const pick = async (message: string, ids: string[]) =>
    ids.length
      ? answer(
          await prompts.multiselect({
            message,
            options: ids.map((value) => ({ value, label: value })),
            required: false,
          }),
        )
      : [];
  const threads = await pick('Storylines (space to choose)', known.thread);
  const people = await pick('People', known.person);
  const topics = await pick('Topics', known.topic);
  prompts.outro('Writing the draft.');
  return { title: title.trim(), date: date.trim(), kind, threads, people, topics };
}
