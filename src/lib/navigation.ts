/** The site's sections, listed in the header of every page and on the 404 page. */
import type { UiStrings } from '../i18n/ui.ts';
import { url } from './url.ts';

/** A section of the site, by the name its navigation item and its pages share. */
export type Section = 'timeline' | 'threads' | 'pledges' | 'people' | 'topics';

/** Every section with its address and its name in `strings`' language, in the order the navigation lists them. */
export function sections(strings: UiStrings): { key: Section; href: string; label: string }[] {
  return [
    { key: 'timeline', href: url(), label: strings.nav.timeline },
    { key: 'threads', href: url('threads/'), label: strings.nav.threads },
    { key: 'pledges', href: url('pledges/'), label: strings.nav.pledges },
    { key: 'people', href: url('people/'), label: strings.nav.people },
    { key: 'topics', href: url('topics/'), label: strings.nav.topics },
  ];
}
