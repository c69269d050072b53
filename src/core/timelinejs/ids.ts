/**
 * The ids an import gives: storylines for the timeline and its groups, entries for its slides. Each is made by the
 * project's one slugger (../slug.ts) and checked by the same schema rule `npm run check` applies, so an id the site
 * keeps for its own pages (`page`, `side-by-side`) is never written.
 */
import { threadIdField } from '../schema/fields.ts';
import type { Thread } from '../schema/index.ts';
import { shortSlug } from '../slug.ts';

/**
 * A storyline id for a name: its slug, or (for a name of only punctuation) `fallback`; an id the schema refuses gets
 * `-storyline` after it, with a note saying why.
 */
export function storylineId(name: string, fallback: string, notes: string[], place: string, language = ''): string {
  const id = shortSlug(name, 60, language) || fallback;
  const checked = threadIdField.safeParse(id);
  if (checked.success) return id;
  const renamed = `${id}-storyline`;
  notes.push(
    `${place}: ${checked.error.issues[0]?.message ?? `the id "${id}" cannot be used`}; imported as "${renamed}"`,
  );
  return renamed;
}

/**
 * The storyline of a TimelineJS group, made the first time the group is met. Groups whose names slug alike
 * ("Politics" and "Politics!") stay apart, as they were in TimelineJS. A group named like the title slide is the
 * timeline's own storyline, which its events are already in: a note says so, once.
 */
export function threadOfGroup(
  group: string,
  threads: Map<string, Thread>,
  main: Thread,
  notes: string[],
  language = '',
): Thread | undefined {
  if (!group) return undefined;
  if (group === main.title) {
    const note = `group “${group}”: named like the title slide, so its events are in the timeline's storyline only`;
    if (!notes.includes(note)) notes.push(note);
    return undefined;
  }
  const known = [...threads.values()].find((thread) => thread.title === group && thread !== main);
  if (known) return known;
  const base = storylineId(group, 'group', notes, `group “${group}”`, language);
  let id = base;
  for (let n = 2; threads.has(id); n++) id = `${base}-${n}`;
  const thread = { id, title: group };
  threads.set(id, thread);
  return thread;
}

/** An id no earlier one has: a second `2020-election` becomes `2020-election-2`. */
export function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`;
  seen.add(candidate);
  return candidate;
}

/**
 * An entry's id: the slide's `unique_id` where it is one this site can use as it stands, else its slug, else the
 * date and title (`1969-07-20-touchdown`, `era-0509-bc-roman-republic`). A change to a `unique_id` is noted.
 */
export function entryId(
  uniqueIdOfSlide: string | undefined,
  made: string,
  seen: Set<string>,
  notes: string[],
  name: string,
  language = '',
): string {
  const wanted = uniqueIdOfSlide?.trim() ?? '';
  const slugged = shortSlug(wanted, 80, language);
  const id = uniqueId(slugged || made, seen);
  if (!wanted || id === wanted) return id;
  const why =
    slugged && id !== slugged
      ? 'an earlier slide has it too'
      : slugged
        ? 'an id is lower-case letters, digits and single hyphens'
        : 'it has no letters or digits';
  notes.push(`${name}: unique_id "${wanted}" imported as the id "${id}" (${why})`);
  return id;
}
