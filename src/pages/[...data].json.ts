/**
 * Machine-readable data: timeline.json (every published entry, references resolved, each body also as the sanitized
 * HTML its page shows), timeline.schema.json (its JSON Schema), and threads/<id>/timeline.json for each storyline. Each
 * has a cache key, so a rebuild writes only the files whose entries, records or rendered bodies changed.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { exportedEntries, toExport } from '../core/export.ts';
import { contentJsonSchemas } from '../core/json-schema.ts';
import type { ResolvedEntry } from '../core/model.ts';
import { entryPath, threadPath } from '../core/paths.ts';
import { absoluteLinks } from '../lib/absolute-links.ts';
import { jsonBytes } from '../lib/json-bytes.ts';
import { buildKey, cacheKey, dataKey } from '../lib/page-keys.ts';
import { bodyDigest, bodyOf, timeline } from '../lib/timeline.ts';
import { url } from '../lib/url.ts';

export const getStaticPaths = (async () => {
  const view = await timeline();
  const key = (entries: readonly ResolvedEntry[], thread: string | undefined) =>
    cacheKey(
      dataKey(view, entries, thread),
      entries.map((entry) => bodyDigest(view, entry.id)),
    );
  return [
    {
      params: { data: 'timeline' },
      props: { kind: 'timeline' as const },
      ...buildKey(() => key(view.entries, undefined)),
    },
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
    const thread = 'thread' in props ? { thread: props.thread } : {};
    const view = await timeline();
    // Bodies are rendered when first asked for in the dev server: ask for those of the file's entries before export.
    const entries = exportedEntries(view, thread.thread);
    const bodies = new Map(
      await Promise.all(entries.map(async (entry) => [entry, await bodyOf(view, entry.id)] as const)),
    );
    // The HTML is read away from its page: its citations and entry links must say which site they point at.
    const html = (entry: ResolvedEntry) =>
      absoluteLinks(bodies.get(entry)!.html, new URL(url(entryPath(entry.id)), site).href);
    data = toExport(view, html, {
      schemaUrl: new URL(url('timeline.schema.json'), site).href,
      ...thread,
    });
  }
  return new Response(jsonBytes(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
