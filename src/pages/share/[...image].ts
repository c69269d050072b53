/** Share images: share/site.png for the site, share/threads/<id>.png for each storyline. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildKey, shareImageKey } from '../../lib/page-keys.ts';
import { shareImage } from '../../lib/share-image.ts';
import { timeline } from '../../lib/timeline.ts';
import { shareImageFile } from '../../lib/url.ts';

export const getStaticPaths = (async () => {
  const view = await timeline();
  const image = (thread: string | undefined) => ({
    params: { image: shareImageFile(thread) },
    props: { thread },
    ...buildKey(() => shareImageKey(view, thread)),
  });
  return [image(undefined), ...view.threads.map((thread) => image(thread.id))];
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { site, thread, strings, allSourced } = await timeline();
  const storyline = props.thread ? thread.get(props.thread) : undefined;
  const png = await shareImage({
    kicker: storyline ? `${strings.nav.threads} · ${site.title}` : strings.nav.timeline,
    title: storyline?.title ?? site.title,
    footer: allSourced ? strings.footer : strings.footerCorrections,
  });
  return new Response(new Blob([new Uint8Array(png)]), { headers: { 'Content-Type': 'image/png' } });
};
