/**
 * Writes timeline.json, the whole timeline's data file, at the end of every build (`npm run build` and `astro build`
 * alike), streamed from the content the loader handed over: piece by piece, never the whole file in memory. Through
 * Astro's endpoint (src/pages/[...data].json.ts, which still serves it in the dev server) its body was copied in
 * memory seven times; at 10,000 entries that took 5–7 s of every build, including every rebuild, since any edit
 * changes the file.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { jsonChunks } from '../lib/json-bytes.ts';
import { loadedContent } from '../lib/loaded-content.ts';
import { FALLBACK_SITE } from '../lib/site-address.ts';
import { timelineData, type SiteAddress } from '../lib/timeline-data.ts';

/** The file's name in the built site. */
const TIMELINE_FILE = 'timeline.json';

/**
 * Writes `chunks` to `file` through a file of its own renamed into place, so a reader never finds half a file, and
 * says how many bytes it holds. `writeFile` takes the pieces one at a time, as they are made.
 */
export async function writeChunks(file: string, chunks: Iterable<Uint8Array>): Promise<number> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeFile(partial, chunks);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(file)).size;
}

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
        const bytes = await writeChunks(fileURLToPath(new URL(TIMELINE_FILE, dir)), jsonChunks(data));
        logger.info(`${TIMELINE_FILE}: ${data.entries.length} entries, ${(bytes / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
