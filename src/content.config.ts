/**
 * Astro's one collection, filled by the content loader (src/loaders/timeline-loader.ts). It holds a digest of the
 * content, so Astro knows when the pages must be made again; the content itself (the core's model and every body
 * rendered) is handed to the pages beside it (src/lib/loaded-content.ts).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { timelineLoader } from './loaders/timeline-loader.ts';

export const collections = {
  timeline: defineCollection({ loader: timelineLoader(), schema: z.object({ digest: z.string() }) }),
};
