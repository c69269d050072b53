/** Share images: share/site.png for the site, share/threads/<id>.png for each storyline. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImage } from '../../lib/share-image.ts';
import { timeline } from '../../lib/timeline.ts';

export const getStaticPaths = (async () => {
  const { threads } = await timeline();
  return [{ params: { image: 'site.png' }, props: { thread: undefined } }, ...threads.map((thread) => ({ params: { image: `threads/${thread.id}.png` }, props: { thread: thread.id } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ thread: string | undefined }> = async ({ props }) => {
  const { site, thread, strings } = await timeline();
  const storyline = props.thread ? thread.get(props.thread) : undefined;
  const png = await shareImage({
    kicker: storyline ? `${strings.nav.threads} · ${site.title}` : strings.nav.timeline,
    title: storyline?.title ?? site.title,
    footer: strings.footer,
  });
  return new Response(new Blob([new Uint8Array(png)]), { headers: { 'Content-Type': 'image/png' } });
};
