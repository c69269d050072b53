/** robots.txt: everything may be crawled except the embeds; the sitemap says where every page is. */
import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: ${url('embed/')}\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
