/**
 * Share images (1200×630 PNG) for link previews, drawn at build time with satori and resvg from the site's title
 * and a storyline's title: one for the site and one per storyline, so their number never grows with the entries.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
/** Noto Sans, Latin and Cyrillic, regular and bold: self-hosted, nothing fetched at build or run time. */
function loadFonts() {
  fonts ??= Promise.all(
    ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
      [400, 700].map(async (weight) => ({
        name: 'Noto Sans',
        data: await readFile(fontFile(subset, weight)),
        weight: weight as 400 | 700,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** An element as satori reads it: React's shape (`type`, `props`, `key`), without React. */
type Node = { type: string; props: Record<string, unknown>; key: null };
const h = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type,
  props: { style, children },
  key: null,
});

/** A PNG card: a kicker line (the site), a large title, and a line below it. */
export async function shareImage(card: { kicker: string; title: string; footer: string }): Promise<Uint8Array> {
  const svg = await satori(
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 40,
        width: 1200,
        height: 630,
        padding: '0 72px',
        background: '#fdfdfc',
        color: '#1b1b1f',
        borderLeft: '24px solid #0b5cad',
        fontFamily: 'Noto Sans',
      },
      [
        h('div', { fontSize: 30, color: '#55575f' }, card.kicker),
        h('div', { fontSize: card.title.length > 70 ? 54 : 68, fontWeight: 700, lineHeight: 1.15 }, card.title),
        h('div', { fontSize: 28, color: '#0b5cad' }, card.footer),
      ],
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
  // Drawing the PNG is four fifths of a card's time: on libuv's threads it goes on while the build renders the next
  // pages (Astro renders several at once), instead of holding the one JavaScript thread.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: 1200 } });
  return image.asPng();
}
