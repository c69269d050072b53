/**
 * Writes timeline.json, the whole timeline's data file, at the end of every build (`npm run build` and `astro build`
 * alike), streamed from the content the loader handed over: piece by piece, never the whole file in memory. Through
 * Astro's endpoint (src/pages/[...data].json.ts, which still serves it in the dev server) its body was copied in
 * memory seven times; at 10,000 entries that took 5–7 s of every build, including every rebuild, since any edit
 * changes the file.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAside } from '../core/write-aside.ts';
import { jsonChunks } from '../lib/json-bytes.ts';
import { loadedContent } from '../lib/loaded-content.ts';
import { FALLBACK_SITE } from '../lib/site-address.ts';
import { timelineData, type SiteAddress } from '../lib/timeline-data.ts';

/** The file's name in the built site. */
const TIMELINE_FILE = 'timeline.json';

/** The integration that writes timeline.json into the built site. */
export default function timelineFile(): AstroIntegration {
  let address: SiteAddress = { site: FALLBACK_SITE, base: '/' };
  return {
    name: 'fact-timeline:timeline-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        address = { site: config.site ?? FALLBACK_SITE, base: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { model, bodies } = loadedContent();
        const data = await timelineData(model, bodies, address);
        const file = fileURLToPath(new URL(TIMELINE_FILE, dir));
        // Written piece by piece as the pieces are made, through a file of its own renamed into place.
        await writeAside(file, jsonChunks(data));
        const bytes = (await stat(file)).size;
        logger.info(`${TIMELINE_FILE}: ${data.entries.length} entries, ${(bytes / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
