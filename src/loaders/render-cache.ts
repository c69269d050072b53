/**
 * Rendered bodies kept between syncs and between runs, by the digest of everything that decides a body's HTML: after
 * an edit only the changed body is rendered again, and a rebuild renders only what changed since the last build.
 * (Astro's content store kept them before; it is written whole after every change, so it now holds a digest only.)
 */
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { writeCacheFile } from '../core/write-aside.ts';

/** A body's HTML and headings, as the Markdown pipeline gave them. */
export interface Rendered {
  html: string;
  headings: MarkdownHeading[];
}

export interface RenderCache {
  /** The body rendered under `digest` by this or an earlier sync, or undefined. */
  get(digest: string): Rendered | undefined;
  /** Keeps a body just rendered. */
  set(digest: string, rendered: Rendered): void;
  /** Ends a sync: bodies it did not use fall out, and the file is written if anything changed; never fails. */
  save(): Promise<void>;
}

const FORMAT = 'rendered-bodies/1';

/** Opens the cache kept in `file`; a missing or unreadable file is an empty cache, since it only ever saves time. */
export async function openRenderCache(file: string): Promise<RenderCache> {
  let kept = await readKept(file);
  let used = new Map<string, Rendered>();
  let added = false;
  return {
    get(digest) {
      const rendered = kept.get(digest) ?? used.get(digest);
      if (rendered) used.set(digest, rendered);
      return rendered;
    },
    set(digest, rendered) {
      used.set(digest, rendered);
      added = true;
    },
    async save() {
      const changed = added || used.size !== kept.size;
      kept = used;
      used = new Map();
      added = false;
      if (changed) await writeCacheFile(file, () => serialize({ format: FORMAT, bodies: kept }));
    },
  };
}

async function readKept(file: string): Promise<Map<string, Rendered>> {
  try {
    const stored = deserialize(await readFile(file)) as { format?: unknown; bodies?: unknown };
    if (stored.format === FORMAT && stored.bodies instanceof Map) return stored.bodies as Map<string, Rendered>;
  } catch {
    // No cache yet, or one written by another Node version: start empty.
  }
  return new Map();
}
