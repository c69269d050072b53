/**
 * The site's Markdown processor, defined once: astro.config.mjs configures Astro with it, and the content loader's
 * render workers build the same one in their own threads.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeDirAuto from './rehype-dir-auto.ts';
import rehypeFootnoteWords from './rehype-footnote-words.ts';
import rehypeLocalAnchors from './rehype-local-anchors.ts';
import rehypeUnpublishableImages from './rehype-unpublishable-images.ts';
import remarkCitations from './remark-citations.ts';
import remarkEntryLinks from './remark-entry-links.ts';
import remarkSmartypantsLazy from './remark-smartypants-lazy.ts';
import remarkUnpublishableImages from './remark-unpublishable-images.ts';
import { bodySchema } from './sanitize.ts';

type Processor = ReturnType<typeof unified>;

/** Our processor's plugins and options, with or without our SmartyPants (remark-smartypants-lazy.ts). */
const setup = (smartypants: boolean) => ({
  remarkPlugins: [
    ...(smartypants ? [remarkSmartypantsLazy] : []),
    remarkEntryLinks,
    remarkCitations,
    remarkUnpublishableImages,
  ],
  remarkRehype: { clobberPrefix: '' },
  rehypePlugins: [
    rehypeRaw,
    [rehypeSanitize, bodySchema],
    rehypeUnpublishableImages,
    rehypeLocalAnchors,
    rehypeFootnoteWords,
    rehypeDirAuto,
  ] as Processor['options']['rehypePlugins'],
  // Astro's remark-smartypants is replaced by ours, which gives the same HTML in half the time.
  smartypants: false,
});

/**
 * Astro's unified() processor: our entry-link and citation plugins, and images that cannot be published shown as
 * their description; then raw HTML is parsed and sanitized (src/markdown/sanitize.ts), so nothing in a body can run
 * script; text blocks take their direction from their text.
 * Footnote ids are left unprefixed by remark-rehype because the sanitizer prefixes every id once.
 * SmartyPants follows the renderer's `smartypants` option as Astro's would: on (ours), off (exports), or Astro's own
 * where it is given options of its own.
 */
export function timelineMarkdown(): Processor {
  const processor = unified(setup(true));
  return {
    ...processor,
    createRenderer(shared) {
      const smartypants = shared?.smartypants ?? true;
      if (smartypants === true) return processor.createRenderer(shared);
      return unified({ ...setup(false), smartypants }).createRenderer(shared);
    },
  };
}

/** What identifies a processor's setup: its plugins by name, and its options. */
function signature(options: ReturnType<typeof unified>['options']): string {
  const name = (plugin: unknown): string =>
    Array.isArray(plugin) ? name(plugin[0]) : typeof plugin === 'function' ? plugin.name : String(plugin);
  return JSON.stringify([
    options.remarkPlugins.map(name),
    options.rehypePlugins.map(name),
    options.remarkRehype,
    options.gfm,
    options.smartypants,
  ]);
}

/** Our processor's setup, for a cache of rendered bodies: a plugin added or removed renders every body again. */
export const timelineMarkdownSignature = (): string => signature(timelineMarkdown().options);

/**
 * Whether a configured processor is set up exactly as ours, so a worker can rebuild it (a project that configures
 * other plugins renders in-process). Astro copies the config, so this compares setups, not objects.
 */
export function isTimelineMarkdown(processor: unknown): boolean {
  const { name, options } = processor as Partial<ReturnType<typeof unified>>;
  return name === 'unified' && options !== undefined && signature(options) === signature(timelineMarkdown().options);
}
