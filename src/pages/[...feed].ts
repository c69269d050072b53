/**
 * Feeds: the latest developments site-wide (feed.xml, atom.xml, feed.json) and per storyline (threads/<id>/…). The
 * items of each scope are chosen once for its three formats, and make its cache key: a rebuild writes only the feeds
 * whose items changed.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems } from '../core/feed-items.ts';
import { threadPath } from '../core/paths.ts';
import { FEED_FILES, renderFeed, type FeedFormat } from '../lib/feeds.ts';
import { buildKey, feedKey } from '../lib/page-keys.ts';
import { timeline } from '../lib/timeline.ts';
import { absoluteUrl } from '../lib/url.ts';

export const getStaticPaths = (async () => {
  const view = await timeline();
  return [undefined, ...view.threads].flatMap((thread) => {
    // A storyline's entries are listed in story order, as feedItems expects.
    const items = feedItems(thread ? thread.entries.flatMap((id) => view.entry.get(id) ?? []) : view.entries);
    return (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({
      params: { feed: `${thread ? threadPath(thread.id) : ''}${FEED_FILES[format].file}` },
      props: { thread: thread?.id, format, items },
      ...buildKey(() => feedKey(view, thread, format, items)),
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { site: settings, thread: threads, strings } = await timeline();
  const thread = props.thread ? threads.get(props.thread) : undefined;
  const scope = thread ? threadPath(thread.id) : '';
  const body = renderFeed(
    {
      title: thread ? `${thread.title} · ${settings.title}` : settings.title,
      description: thread?.summary ?? settings.description,
      language: settings.language,
      homeUrl: absoluteUrl(scope),
      feedUrl: (format) => absoluteUrl(`${scope}${FEED_FILES[format].file}`),
      items: props.items,
      strings,
    },
    props.format,
  );
  return new Response(body, { headers: { 'Content-Type': `${FEED_FILES[props.format].type}; charset=utf-8` } });
};
