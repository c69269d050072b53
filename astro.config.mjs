// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkEntryLinks from './src/markdown/remark-entry-links.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Pages are folders (entries/<id>/index.html) so links work on any static host, with or without a base path.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lossless compression: Astro 7's default ('jsx') drops line breaks between inline elements and glues words together.
  compressHTML: true,
  // Scripts and assets as files, never inlined: the site can then run under a strict Content-Security-Policy.
  vite: { build: { assetsInlineLimit: 0 } },
  // Search covers entry pages only (src/core/paths.ts puts them under entries/).
  integrations: [pagefind({ glob: 'entries/**/*.html' })],
  markdown: {
    processor: unified({ remarkPlugins: [remarkEntryLinks, remarkCitations] }),
  },
});
