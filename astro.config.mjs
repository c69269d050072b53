// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentFolder, readSiteSettings } from './src/core/index.ts';
import { treeCacheDir } from './src/lib/cache-dir.ts';
import { FALLBACK_SITE } from './src/lib/site-address.ts';
import cmsBundle from './src/integrations/cms-bundle.ts';
import cmsProxy from './src/integrations/cms-proxy.ts';
import linkedPages from './src/integrations/linked-pages.ts';
import pagefind, { ENTRY_PAGES } from './src/integrations/pagefind.ts';
import { withSitemapCollator } from './src/integrations/sitemap-collator.ts';
import timelineFile from './src/integrations/timeline-file.ts';
import { timelineMarkdown } from './src/markdown/processor.ts';

/**
 * Where the site is published, from content/site.yaml (`--site` on the command line wins); feeds and sitemaps need it.
 */
const contentDir = contentFolder();
const { site } = await readSiteSettings(contentDir);

export default defineConfig({
  site: site?.url ?? FALLBACK_SITE,
  // Builds of another content tree (tests, benchmarks) keep their own cache, so they never disturb the site's own.
  cacheDir: `./${treeCacheDir()}`,
  // Pages are folders (entries/<id>/index.html) so links work on any static host, with or without a base path.
  trailingSlash: 'always',
  // Pages are written four at a time: most of a build's waiting is on the disk, above all when pages are restored.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Lossless compression: Astro 7's default ('jsx') drops line breaks between inline elements and glues words together.
  compressHTML: true,
  // Scripts and assets as files, never inlined: the site can then run under a strict Content-Security-Policy.
  vite: {
    build: { assetsInlineLimit: 0 },
    // Every build rewrites these two files in the project's .astro/ folder, whatever content tree it builds, and the
    // dev server reloads its pages when they change: a build run beside `npm run dev` or `npm run cms` would empty
    // the form an editor is typing in. The content loader writes no content modules or assets, so they never change.
    // Nor does the dev server watch built sites: the one a build writes before it takes dist/'s place and the last one
    // it deletes, and the benchmark's (tens of thousands of pages and index files, seconds of a first start to list).
    server: {
      watch: {
        ignored: [
          '**/.astro/content-assets.mjs',
          '**/.astro/content-modules.mjs',
          '**/dist.next/**',
          '**/dist.old*/**',
          '**/.bench*/ours/**',
          '**/.bench*/baseline/**',
        ],
      },
    },
  },
  // A strict Content-Security-Policy in every page's <head>: scripts and styles only from the site itself (Astro adds
  // hashes for its own), WebAssembly for Pagefind's search, images also from https (entry media), nothing else.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // Pages returned with a cacheKey (src/lib/page-keys.ts) are
    // copied from the last build while nothing they show changed.
    incrementalBuild: true,
  },
  integrations: [
    // Unchanged pages linked from the last build, not copied (see the file for why that is safe).
    linkedPages(),
    // Search covers entry pages only (src/core/paths.ts puts them
    // under entries/, translations under <language>/entries/);
    // Pagefind keeps an index per language, by each page's <html lang>.
    pagefind({ glob: ENTRY_PAGES }),
    // timeline.json, every entry with its body, streamed into the site once the pages are built (see the file).
    timelineFile(),
    // Embeds are made for other sites' iframes, not for search engines.
    // Nor is the editing interface (/admin/).
    // Its sort compares with one collator, not one per comparison (see the file).
    withSitemapCollator(sitemap({ filter: (page) => !page.includes('/embed/') && !page.includes('/admin/') })),
    // In development /api/v1 reaches decap-server (`npm run cms`), so /admin/ talks to its own origin only.
    cmsProxy(),
    // The editing interface's script, bundled apart and kept between builds while its sources are unchanged.
    cmsBundle(),
  ],
  markdown: {
    // unified() with our plugins and the sanitizer
    // (src/markdown/processor.ts); the loader renders on all cores with it.
    processor: timelineMarkdown(),
    // Code blocks as plain <pre><code>: Shiki colours them with inline styles, which the sanitizer and the
    // Content-Security-Policy would both remove.
    syntaxHighlight: false,
  },
});
