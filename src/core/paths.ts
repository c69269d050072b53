/** Where each page lives, relative to the site's base; the one place URLs are decided. */

/** The path of an entry's page. */
export const entryPath = (id: string) => `entries/${id}/`;
/** The path of an entry's translation into a language. */
export const translationPath = (language: string, id: string) => `${language}/entries/${id}/`;
/** The home page of a language the site is translated into. */
export const languagePath = (language: string) => `${language}/`;
/** The path of a thread (storyline) page. */
export const threadPath = (id: string) => `threads/${id}/`;
/** The path of a person's page. */
export const personPath = (id: string) => `people/${id}/`;
/** The path of a topic's page. */
export const topicPath = (id: string) => `topics/${id}/`;
/** The folder of an index's later pages (`threads/page/2/`); no storyline, person or topic may take it as its id. */
export const INDEX_PAGES = 'page';
/** The path of page `n` (from 1) of an index such as `threads/`: the index itself, then `threads/page/2/`… */
export const indexPagePath = (index: string, n: number) => (n === 1 ? index : `${index}${INDEX_PAGES}/${n}/`);
/** The segment of the storylines drawn side by side, `threads/side-by-side/`: no storyline may take it as its id. */
export const SIDE_BY_SIDE = 'side-by-side';
/** The path of the storylines drawn side by side (its later pages: `threads/side-by-side/page/2/`…). */
export const sideBySidePath = `threads/${SIDE_BY_SIDE}/`;
/** The path of a year's page. */
export const yearPath = (id: string) => `years/${id}/`;

/** Joins the site's base (e.g. `/` or `/timeline/`) and a page path. */
export function withBase(base: string, path = ''): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
}
