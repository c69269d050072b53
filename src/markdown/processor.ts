/**
 * The site's Markdown processor, defined once: astro.config.mjs configures Astro with it, and the content loader's
 * render workers build the same one in their own threads.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './remark-citations.ts';
import remarkEntryLinks from './remark-entry-links.ts';

const REMARK_PLUGINS = [remarkEntryLinks, remarkCitations];

/** Astro's unified() processor with the entry-link and citation plugins. */
export function timelineMarkdown(): ReturnType<typeof unified> {
  return unified({ remarkPlugins: REMARK_PLUGINS });
}

/**
 * Whether a configured processor is exactly ours, so a worker can rebuild it (a project that configures other
 * plugins renders in-process). Astro copies the config, so this compares the plugin list, not the object.
 */
export function isTimelineMarkdown(processor: unknown): boolean {
  const { name, options } = processor as Partial<ReturnType<typeof unified>>;
  if (name !== 'unified' || !options) return false;
  const names = options.remarkPlugins.map((plugin) => (typeof plugin === 'function' ? plugin.name : ''));
  return (
    names.join() === REMARK_PLUGINS.map((plugin) => plugin.name).join() &&
    options.rehypePlugins.length === 0 &&
    Object.keys(options.remarkRehype).length === 0 &&
    options.gfm === undefined &&
    options.smartypants === undefined
  );
}
