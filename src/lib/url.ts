/** Page URLs under the site's base path (`/` or e.g. `/timeline/`), and their absolute addresses. */
import { entryPath, personPath, threadPath, topicPath, withBase, yearPath } from '../core/paths.ts';
import { FALLBACK_SITE } from './site-address.ts';

/** A path inside the site, with the base prepended. */
export const url = (path = '') => withBase(import.meta.env.BASE_URL, path);
/**
 * A path inside the site as a full address on the site's origin (`site` in astro.config.mjs, or `--site`), for
 * what is read away from the site: feeds, link previews, structured data, embeds, robots.txt.
 */
export const absoluteUrl = (path = '') => new URL(url(path), import.meta.env.SITE).href;
/** Whether an address is a real one, not the stand-in the build is given without one (or none, outside Astro). */
function isPublishedAddress(address: string | undefined): boolean {
  return !!address && URL.canParse(address) && new URL(address).origin !== new URL(FALLBACK_SITE).origin;
}
/** Whether the site's published address is known: site.yaml's `url`, or `--site`. */
export const addressKnown = isPublishedAddress(import.meta.env.SITE);
/**
 * A page's address as a published page prints it (a citation, an embed code, a canonical link): absolute where the
 * site's address is known, else its path on the site, which the page script completes with the address it is read at
 * (never a localhost address the build made up).
 */
export const pageAddress = (path = '') => (addressKnown ? absoluteUrl(path) : url(path));
export const entryUrl = (id: string) => url(entryPath(id));
export const threadUrl = (id: string) => url(threadPath(id));
export const personUrl = (id: string) => url(personPath(id));
export const topicUrl = (id: string) => url(topicPath(id));
export const yearUrl = (id: string) => url(yearPath(id));
/** A share image's file under `share/` (src/pages/share/): a storyline's card, or the site's own. */
export const shareImageFile = (thread?: string) => (thread ? `threads/${thread}.png` : 'site.png');
/** A share image's path inside the site. */
export const shareImagePath = (thread?: string) => `share/${shareImageFile(thread)}`;
