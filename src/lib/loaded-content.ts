/**
 * The content the loader read, checked and rendered, handed to the pages beside Astro's content store rather than in
 * it. The dev server writes the whole store to disk and reads it back after every edit; holding every entry and its
 * HTML (54 MB at 10,000 entries), that took most of the ~15 s before an edit showed. The store now keeps one digest of
 * the content, so an edit still reloads the pages, and the content itself waits here. The loader and the pages run in
 * one process but load their modules apart, so it waits in a process-wide slot, as the model `npm run build` preloads.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import type { TimelineModel } from '../core/model.ts';

/** A body as the site's Markdown pipeline rendered it, with the digest of everything that decided the HTML. */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
  digest: string;
}

/**
 * A body as the loader hands it over: the digest of what decides its HTML, known at once, and the HTML, rendered
 * already in a build, or when a page first asks for it in the dev server (which then answers without rendering all).
 */
export interface LoadedBody {
  digest: string;
  rendered(): Promise<RenderedBody>;
}

/** What the loader hands to the pages: the core's model, and every body. */
export interface LoadedContent {
  model: TimelineModel;
  /** Each entry's body by its id, each translation's by `language/id`. */
  bodies: ReadonlyMap<string, LoadedBody>;
  /** Whether a dev server is watching the content: its pages are made again after a change, never from a cache. */
  watched: boolean;
}

const SLOT = Symbol.for('fact-timeline.loaded-content');
type Slot = Record<symbol, LoadedContent | undefined>;

/** Called by the loader each time it has read the content again: the pages show this from now on. */
export function publishContent(content: LoadedContent): void {
  (globalThis as Slot)[SLOT] = content;
}

/** The content the loader last published; a build or dev server whose loader did not run has none to give. */
export function loadedContent(): LoadedContent {
  const content = (globalThis as Slot)[SLOT];
  if (!content) {
    throw new AstroError(
      'The content was not handed over by the content loader.',
      'Pages must be built by the same process that synced the content (`npm run build` or `astro build`).',
    );
  }
  return content;
}

/** An entry's body (by its id) or a translation's (by `language/id`), which the loader must have handed over. */
export function bodyIn(bodies: ReadonlyMap<string, LoadedBody>, key: string): LoadedBody {
  const body = bodies.get(key);
  if (!body) throw new AstroError(`The body of ${key} was not handed over by the content loader.`);
  return body;
}

/** The key of a translation's body in `LoadedContent.bodies`. */
export const translationKey = (translation: { language: string; id: string }): string =>
  `${translation.language}/${translation.id}`;
