/**
 * Entries' Markdown bodies, handed from the content loader to the pages beside Astro's content store rather than in
 * it. The store keeps each body rendered (its HTML) already; the Markdown too made it about 60% larger (85 MB at
 * 10,000 entries), and the dev server writes and reads the whole store again after every edit. Only timeline.json
 * shows the Markdown. The loader and the pages run in one process but load their modules apart, so the bodies wait
 * in a process-wide slot, as the model `npm run build` preloads does.
 */
import { AstroError } from 'astro/errors';
import type { ResolvedEntry } from '../core/model.ts';

/** An entry as the content store keeps it. */
export type StoredEntry = Omit<ResolvedEntry, 'body'>;

const SLOT = Symbol.for('fact-timeline.markdown-bodies');
type Slot = Record<symbol, ReadonlyMap<string, string> | undefined>;

/** Called by the loader each time it fills the entries collection: every published entry's body, by id. */
export function publishMarkdownBodies(bodies: ReadonlyMap<string, string>): void {
  (globalThis as Slot)[SLOT] = bodies;
}

/** The bodies the loader last published; a build or dev server whose loader did not run has none to give. */
export function markdownBodies(): ReadonlyMap<string, string> {
  const bodies = (globalThis as Slot)[SLOT];
  if (!bodies) {
    throw new AstroError(
      'The entries’ Markdown bodies were not handed over by the content loader.',
      'Pages must be built by the same process that synced the content (`npm run build` or `astro build`).',
    );
  }
  return bodies;
}
