/** Page URLs under the site's base path (`/` or e.g. `/timeline/`). */
import { entryPath, personPath, threadPath, topicPath, withBase, yearPath } from '../core/paths.ts';

/** A path inside the site, with the base prepended. */
export const url = (path = '') => withBase(import.meta.env.BASE_URL, path);
export const entryUrl = (id: string) => url(entryPath(id));
export const threadUrl = (id: string) => url(threadPath(id));
export const personUrl = (id: string) => url(personPath(id));
export const topicUrl = (id: string) => url(topicPath(id));
export const yearUrl = (year: number) => url(yearPath(year));
