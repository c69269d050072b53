/**
 * The CMS configuration, generated from the schemas (src/core/cms/config.ts) and fetched by the admin page's script,
 * so that page carries no inline script at all.
 */
import path from 'node:path';
import type { APIRoute } from 'astro';
import { cmsConfig } from '../../core/cms/config.ts';
import { contentFolder, readSiteSettings } from '../../core/index.ts';
import { loadedContent } from '../../lib/loaded-content.ts';

export const GET: APIRoute = async () => {
  const { site, diagnostics } = await readSiteSettings(contentFolder());
  // The build stops on a missing or broken site.yaml before any page; this only keeps the types honest.
  if (!site) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  // The dev server (`npm run cms`) edits the working copy; a published site commits through its Git host when set up.
  // Asked of the loader: import.meta.env.DEV is also true in a build run with NODE_ENV=development or test, whose
  // editing interface would then send editors' work to a local server that is not there.
  const local = loadedContent().watched || !site.cms;
  // Paths are relative to the folder holding the content folder: the repository, or decap-server's root.
  const config = cmsConfig({ site, local, contentDir: path.basename(path.resolve(contentFolder())) });
  return new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } });
};
