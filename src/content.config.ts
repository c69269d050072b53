/**
 * Astro's collections, all filled from the content core (see src/loaders/timeline-loader.ts). The core has checked
 * every field already, so each schema only names the core's type: `getCollection()` is typed, and nothing is
 * validated a second time.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { ResolvedTranslation, TimelineRecord } from './core/model.ts';
import type { StoredEntry } from './lib/markdown-bodies.ts';
import { timelineLoader } from './loaders/timeline-loader.ts';

export const collections = {
  /** Published entries, each with its rendered body (the Markdown waits apart: src/lib/markdown-bodies.ts). */
  entries: defineCollection({ loader: timelineLoader('entries'), schema: z.custom<StoredEntry>() }),
  /** Translated entries, keyed `language/id`, each with its rendered body. */
  translations: defineCollection({ loader: timelineLoader('translations'), schema: z.custom<ResolvedTranslation>() }),
  /** Site settings, years, threads, people, topics and outlets, keyed `kind/id`. */
  records: defineCollection({ loader: timelineLoader('records'), schema: z.custom<TimelineRecord>() }),
};
