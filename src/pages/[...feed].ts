/** Feeds: the latest developments site-wide (feed.xml, atom.xml, feed.json) and per storyline (threads/<id>/…). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems } from '../core/feed-items.ts';
import { threadPath } from '../core/paths.ts';
import { FEED_FILES, renderFeed, type FeedFormat } from '../lib/feeds.ts';
import { timeline } from '../lib/timeline.ts';
import { url } from '../lib/url.ts';

export const getStaticPaths = (async () => {
  const { threads } = await timeline();
  const scopes = [undefined, ...threads.map((thread) => thread.id)];
  return scopes.flatMap((thread) =>
    (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({
      params: { feed: `${thread ? threadPath(thread) : ''}${FEED_FILES[format].file}` },
      props: { thread, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ thread: string | undefined; format: FeedFormat }> = async ({ props, site }) => {
  const { site: settings, entries, thread: threads, strings } = await timeline();
  const absolute = (path: string) => new URL(url(path), site).href;
  const thread = props.thread ? threads.get(props.thread) : undefined;
  const scope = thread ? threadPath(thread.id) : '';
  const body = renderFeed(
    {
      title: thread ? `${thread.title} · ${settings.title}` : settings.title,
      description: thread?.summary ?? settings.description,
      language: settings.language,
      homeUrl: absolute(scope),
      feedUrl: (format) => absolute(`${scope}${FEED_FILES[format].file}`),
      absolute,
      items: feedItems(entries, thread?.id),
      strings,
    },
    props.format,
  );
  return new Response(body, { headers: { 'Content-Type': `${FEED_FILES[props.format].type}; charset=utf-8` } });
};
