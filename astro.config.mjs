// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { readSiteSettings } from './src/core/index.ts';
import pagefind from './src/integrations/pagefind.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkEntryLinks from './src/markdown/remark-entry-links.ts';

/** Where the site is published, from content/site.yaml (`--site` on the command line wins); feeds and sitemaps need it. */
const FALLBACK_SITE = 'http://localhost:4321';
const { site } = await readSiteSettings(process.env.TIMELINE_CONTENT ?? 'content');

export default defineConfig({
  site: site?.url ?? FALLBACK_SITE,
  // Pages are folders (entries/<id>/index.html) so links work on any static host, with or without a base path.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lossless compression: Astro 7's default ('jsx') drops line breaks between inline elements and glues words together.
  compressHTML: true,
  // Scripts and assets as files, never inlined: the site can then run under a strict Content-Security-Policy.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    // Search covers entry pages only (src/core/paths.ts puts them under entries/).
    pagefind({ glob: 'entries/**/*.html' }),
    // Embeds are made for other sites' iframes, not for search engines.
    sitemap({ filter: (page) => !page.includes('/embed/') }),
  ],
  markdown: {
    processor: unified({ remarkPlugins: [remarkEntryLinks, remarkCitations] }),
  },
});
