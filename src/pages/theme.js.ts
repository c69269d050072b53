/**
 * theme.js, the one script in every page's <head>: it applies the reader's chosen theme before the page paints (no
 * flash of the other one). A file rather than an inline script, so the Content-Security-Policy allows it as the
 * site's own; the switch that stores the choice is in src/client/site.ts, under the same key.
 */
import type { APIRoute } from 'astro';
import { THEME_KEY } from '../client/theme-key.ts';

const script = `try {
  var theme = localStorage.getItem(${JSON.stringify(THEME_KEY)});
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage may be blocked: the page follows the system's colour scheme.
}
`;

export const GET: APIRoute = () =>
  new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
