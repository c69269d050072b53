/** robots.txt: everything may be crawled except the embeds; the sitemap says where every page is. */
import type { APIRoute } from 'astro';
import { url } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: ${url('embed/')}\n\nSitemap: ${new URL(url('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
