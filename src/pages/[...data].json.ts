/**
 * Machine-readable data: timeline.json (every published entry, references resolved), timeline.schema.json (its JSON
 * Schema), and threads/<id>/timeline.json for each storyline. Each has a cache key, so a rebuild writes only the
 * files whose entries or records changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toExport } from '../core/export.ts';
import { contentJsonSchemas } from '../core/json-schema.ts';
import { threadPath } from '../core/paths.ts';
import { cacheKey, dataKey } from '../lib/page-keys.ts';
import { timeline } from '../lib/timeline.ts';
import { url } from '../lib/url.ts';

export const getStaticPaths = (async () => {
  const view = await timeline();
  return [
    { params: { data: 'timeline' }, props: { kind: 'timeline' as const }, cacheKey: dataKey(view, view.entries, undefined) },
    // The schema is code: a change to it changes the page's code, which Astro's cache already watches.
    { params: { data: 'timeline.schema' }, props: { kind: 'schema' as const }, cacheKey: cacheKey('schema') },
    ...view.threads.map((thread) => ({
      params: { data: `${threadPath(thread.id)}timeline` },
      props: { kind: 'timeline' as const, thread: thread.id },
      cacheKey: dataKey(view, thread.entries.flatMap((id) => view.entry.get(id) ?? []), thread.id),
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: 'timeline' | 'schema'; thread?: string }> = async ({ props, site }) => {
  const data =
    props.kind === 'schema'
      ? contentJsonSchemas()['timeline-export.schema.json']
      : toExport(await timeline(), { schemaUrl: new URL(url('timeline.schema.json'), site).href, ...(props.thread ? { thread: props.thread } : {}) });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
