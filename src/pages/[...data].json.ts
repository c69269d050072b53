/**
 * Machine-readable data: timeline.json (every published entry, references resolved, each body also as the sanitized
 * HTML its page shows), timeline.schema.json (its JSON Schema), and threads/<id>/timeline.json for each storyline. Each
 * has a cache key, so a rebuild writes only the files whose entries, records or rendered bodies changed.
 *
 * A build writes timeline.json itself once Astro is done (src/integrations/timeline-file.ts): it holds every body
 * (80 MB at 10,000 entries, 800 MB at 100,000), changes with every edit, and Astro copies an endpoint's body over and
 * over (its incremental build reads each response whole and makes a new one of it), which cost 5–7 s of every build
 * at 10,000 entries. The dev server still serves it from here.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { contentJsonSchemas } from '../core/json-schema.ts';
import type { ResolvedEntry } from '../core/model.ts';
import { threadPath } from '../core/paths.ts';
import { jsonStream } from '../lib/json-bytes.ts';
import { loadedContent } from '../lib/loaded-content.ts';
import { FALLBACK_SITE } from '../lib/site-address.ts';
import { buildKey, cacheKey, dataKey } from '../lib/page-keys.ts';
import { timelineData } from '../lib/timeline-data.ts';
import { bodyDigest, timeline } from '../lib/timeline.ts';

export const getStaticPaths = (async () => {
  const view = await timeline();
  const key = (entries: readonly ResolvedEntry[], thread: string | undefined) =>
    cacheKey(
      dataKey(view, entries, thread),
      entries.map((entry) => bodyDigest(view, entry.id)),
    );
  return [
    ...(loadedContent().watched ? [{ params: { data: 'timeline' }, props: { kind: 'timeline' as const } }] : []),
    // The schema is code: a change to it changes the page's code, which Astro's cache already watches.
    { params: { data: 'timeline.schema' }, props: { kind: 'schema' as const }, ...buildKey(() => cacheKey('schema')) },
    ...view.threads.map((thread) => ({
      params: { data: `${threadPath(thread.id)}timeline` },
      props: { kind: 'timeline' as const, thread: thread.id },
      ...buildKey(() =>
        key(
          thread.entries.flatMap((id) => view.entry.get(id) ?? []),
          thread.id,
        ),
      ),
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  let data: unknown;
  if (props.kind === 'schema') data = contentJsonSchemas()['timeline-export.schema.json'];
  else {
    const view = await timeline();
    const address = { site: site ?? FALLBACK_SITE, base: import.meta.env.BASE_URL };
    data = await timelineData(view, view.bodies, address, 'thread' in props ? props.thread : undefined);
  }
  return new Response(jsonStream(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
