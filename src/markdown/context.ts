/**
 * What the remark plugins know about the entry being rendered. Astro hands a file's frontmatter to remark plugins as
 * `file.data.astro.frontmatter`; the content loader fills it
 * with the entry's sources and the entries its body links to.
 */
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark';

export interface EntryRenderContext {
  /** The entry's sources in frontmatter order (citation [@1] is the first). */
  sources?: readonly { id?: string | undefined }[];
  /**
   * The page that lists the entry's sources, where the body is shown away from it (an export): citations link to its
   * source list there. On the entry's own page they link to the list below the body.
   */
  sourcesPage?: string;
  /** Each entry the body links to with [[id]]: where its page is and its title. */
  entryLinks?: Readonly<Record<string, { href: string; title: string }>>;
  /**
   * How a citation is named for screen readers, with {number} (default "Source {number}"; a translation's own words).
   */
  citationLabel?: string;
  /** The footnotes' heading for screen readers (default "Footnotes"). */
  footnotesLabel?: string;
  /** A footnote's way back to its reference, with {number} (default "Back to reference {number}"). */
  backToReference?: string;
}

/** The render context of a file, or an empty one. */
export function renderContext(file: VFile): EntryRenderContext {
  return (file.data.astro?.frontmatter ?? {}) as EntryRenderContext;
}
