/** The site's sections, listed in the header of every page and on the 404 page. */
import type { UiStrings } from '../i18n/ui.ts';
import type { TimelineView } from './timeline.ts';
import { url } from './url.ts';

/** A section of the site, by the name its navigation item and its pages share. */
export type Section = 'timeline' | 'threads' | 'pledges' | 'people' | 'topics';

/**
 * The sections that have something to list, in navigation order: the timeline always; storylines, the pledge
 * tracker, people and topics only where the content has some (a site made from an import often has no pledges).
 */
export function sectionsWithContent(view: Pick<TimelineView, 'entries' | 'threads' | 'people' | 'topics'>): Section[] {
  // Every page's layout and cache key ask: look through the entries once per build, not once per page.
  const known = shownSections.get(view);
  if (known) return known;
  const has: Record<Section, boolean> = {
    timeline: true,
    threads: view.threads.length > 0,
    pledges: view.entries.some((entry) => entry.kind === 'pledge'),
    people: view.people.length > 0,
    topics: view.topics.length > 0,
  };
  const shown = (Object.keys(has) as Section[]).filter((section) => has[section]);
  shownSections.set(view, shown);
  return shown;
}

const shownSections = new WeakMap<object, Section[]>();

/** Each of `shown` with its address and its name in `strings`' language, in the order the navigation lists them. */
export function sections(
  strings: UiStrings,
  shown: readonly Section[],
): { key: Section; href: string; label: string }[] {
  const href: Record<Section, string> = {
    timeline: url(),
    threads: url('threads/'),
    pledges: url('pledges/'),
    people: url('people/'),
    topics: url('topics/'),
  };
  return shown.map((key) => ({ key, href: href[key], label: strings.nav[key] }));
}
