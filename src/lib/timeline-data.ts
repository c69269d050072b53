/**
 * What timeline.json and each storyline's threads/<id>/timeline.json hold: the export (src/core/export.ts) with every
 * body as the HTML its page shows. The site's endpoint and the build's writer (src/integrations/timeline-file.ts) both
 * make it here, so neither depends on Vite's `import.meta.env`.
 */
import { exportedEntries, toExport, type ExportSource } from '../core/export.ts';
import type { ResolvedEntry } from '../core/model.ts';
import { entryPath, withBase } from '../core/paths.ts';
import type { TimelineExport } from '../core/schema/export.ts';
import { absoluteLinks } from './absolute-links.ts';
import { bodyIn, type LoadedBody } from './loaded-content.ts';

/** Where the site is published: its origin (`site`) and base path, as Astro's config gives them. */
export interface SiteAddress {
  site: string | URL;
  base: string;
}

/** The data of the whole timeline's file, or of one storyline's (`thread`). */
export async function timelineData(
  source: ExportSource,
  bodies: ReadonlyMap<string, LoadedBody>,
  address: SiteAddress,
  thread?: string,
): Promise<TimelineExport> {
  const absolute = (path: string) => new URL(withBase(address.base, path), address.site).href;
  // The dev server renders a body when first asked for it: ask for those of the file's entries before export.
  const entries = exportedEntries(source, thread);
  const html = new Map(
    await Promise.all(entries.map(async (entry) => [entry, (await bodyIn(bodies, entry.id).rendered()).html] as const)),
  );
  // The HTML is read away from its page: its citations and entry links must say which site they point at.
  const bodyHtml = (entry: ResolvedEntry) => absoluteLinks(html.get(entry)!, absolute(entryPath(entry.id)));
  return toExport(source, bodyHtml, {
    schemaUrl: absolute('timeline.schema.json'),
    ...(thread === undefined ? {} : { thread }),
  });
}
