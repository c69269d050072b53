/**
 * Media as TimelineJS files give them, into this model and out again: every media type TimelineJS embeds becomes an
 * image or a link card naming its provider (or a note), Wikimedia file pages their image, captions and credits keep
 * their links, quotations their attribution, frames become links, and nothing is dropped without a note.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownText, mediaProvider, resolveMedia, wikimediaImage } from '../../src/core/media.ts';
import { parseTimelineCsv, type TLSlide, type TLTimeline } from '../../src/core/timelinejs.ts';
import { importTimeline } from '../../src/core/timelinejs/import.ts';
import { renderInline, wordsAndLinks } from '../../src/markdown/render-inline.ts';
import { FIXTURES } from '../helpers/trees.ts';
import { unsafe, VECTORS } from '../security/vectors.ts';

const allMediaTypes = JSON.parse(
  readFileSync(path.join(FIXTURES, 'timelinejs/all-media-types.json'), 'utf8'),
) as TLTimeline;

/** Imports slides (dated 2020 unless they say otherwise) and gives back the entries and the notes. */
async function importSlides(slides: TLSlide[]) {
  const events = slides.map((slide) => ({ start_date: { year: '2020' }, ...slide }));
  return importTimeline({ title: { text: { headline: 'Test' } }, events }, { fileName: 'test.json' });
}

const mediaOf = (entry: { frontmatter: Record<string, unknown> } | undefined) =>
  entry?.frontmatter['media'] as Record<string, string> | undefined;

describe("every media type of Knight Lab's all-media-types.json", () => {
  /** What each slide of the template becomes, by headline: its kind and provider, or a quotation. */
  const EXPECTED: Record<string, { kind: 'image' | 'link'; provider: string } | 'quotation'> = {
    'YouTube Videos': { kind: 'link', provider: 'YouTube' },
    Vimeo: { kind: 'link', provider: 'Vimeo' },
    DailyMotion: { kind: 'link', provider: 'Dailymotion' },
    TikTok: { kind: 'link', provider: 'TikTok' },
    Bluesky: { kind: 'link', provider: 'Bluesky' },
    SoundCloud: { kind: 'link', provider: 'SoundCloud' },
    Twitter: { kind: 'link', provider: 'X (Twitter)' },
    'Twitter Embed': { kind: 'link', provider: 'X (Twitter)' },
    'Google Maps, Coordinates': { kind: 'link', provider: 'Google Maps' },
    'Google Maps, Search': { kind: 'link', provider: 'Google Maps' },
    'Google Maps, Place Marker': { kind: 'link', provider: 'Google Maps' },
    'Google Maps, Directions': { kind: 'link', provider: 'Google Maps' },
    'Google Plus': { kind: 'image', provider: 'lh4.googleusercontent.com' },
    Instagram: { kind: 'link', provider: 'Instagram' },
    'Instagram, Profile': { kind: 'link', provider: 'Instagram' },
    Flickr: { kind: 'link', provider: 'Flickr' },
    'Flickr (alt)': { kind: 'link', provider: 'Flickr' },
    'Document Cloud': { kind: 'link', provider: 'DocumentCloud' },
    'Image, JPG': { kind: 'image', provider: 'Wikimedia Commons' },
    'Image, GIF': { kind: 'image', provider: 'media.giphy.com' },
    'Image, PNG': { kind: 'image', provider: 'pngimg.com' },
    'Image, JPEG': { kind: 'image', provider: 'Wikimedia Commons' },
    'Google Doc, text document': { kind: 'link', provider: 'Google Docs' },
    'PNG image on Google Drive': { kind: 'link', provider: 'Google Drive' },
    Wikipedia: { kind: 'link', provider: 'Wikipedia' },
    'Spotify, Artist': { kind: 'link', provider: 'Spotify' },
    'Spotify, Playlist': { kind: 'link', provider: 'Spotify' },
    'Spotify, Track': { kind: 'link', provider: 'Spotify' },
    iFrame: { kind: 'link', provider: 'Knight Lab' },
    Blockquote: 'quotation',
    Imgur: { kind: 'link', provider: 'Imgur' },
    PDF: { kind: 'link', provider: 'w3.org' },
    Audio: { kind: 'link', provider: 'Knight Lab' },
    'Video (mp4)': { kind: 'link', provider: 'Knight Lab' },
    'Video (webm)': { kind: 'link', provider: 'file-examples.com' },
    Wistia: { kind: 'link', provider: 'Wistia' },
    'Wikimedia Images': { kind: 'image', provider: 'Wikimedia Commons' },
    'Wikimedia Commons Image links': { kind: 'image', provider: 'Wikimedia Commons' },
    'Wikimedia Commons Image (intentional error)': { kind: 'image', provider: 'Wikimedia Commons' },
  };

  it('gives every slide an image, a link card with its provider, or its quotation; never a frame', async () => {
    const { entries, notes } = await importTimeline(allMediaTypes, { fileName: 'all-media-types.json' });
    expect(entries).toHaveLength(allMediaTypes.events.length);
    for (const [index, slide] of allMediaTypes.events.entries()) {
      const entry = entries[index];
      const headline = slide.text?.headline ?? '';
      const expected = EXPECTED[headline];
      expect(expected, `a slide the test does not know: ${headline}`).toBeDefined();
      const media = mediaOf(entry);
      if (expected === 'quotation') {
        expect(media, headline).toBeUndefined();
        expect(entry?.body, headline).toMatch(/^> /m);
        continue;
      }
      expect(media, headline).toBeDefined();
      const resolved = resolveMedia(media as unknown as Parameters<typeof resolveMedia>[0], headline);
      expect({ kind: resolved.kind, provider: resolved.provider }, headline).toEqual(expected);
      expect(media?.['url'], headline).toMatch(/^https:\/\/|^http:\/\//);
      // A card is titled by the caption's words, or by the entry's title.
      expect(resolved.title, headline).toBe(slide.media?.caption ? markdownText(media?.['caption'] ?? '') : headline);
    }
    // The one frame is kept as a link, and the importer says so.
    expect(notes).toContainEqual(
      expect.stringMatching(/^event 31 \(“iFrame”\): iframe media kept as a link to https:/),
    );
    expect(entries.some((entry) => /<iframe/i.test(entry.body))).toBe(false);
  });

  it('keeps an embedded tweet as a quotation and as a link card to the post', async () => {
    const { entries } = await importTimeline(allMediaTypes, { fileName: 'all-media-types.json' });
    const tweet = entries.find((entry) => entry.frontmatter['title'] === 'Twitter Embed');
    expect(tweet?.body).toMatch(/^> 2018 will be the year of the dog/m);
    expect(tweet?.body).toMatch(/^> — Kit Berry \(@ItsMeKitB\)/m);
    expect(mediaOf(tweet)).toMatchObject({
      url: expect.stringMatching(/^https:\/\/twitter\.com\/ItsMeKitB\/status\/947659340864876544/),
      caption: 'Pizza Dog',
      credit: 'ItsMeKitB',
    });
  });
});

describe('Wikimedia file pages', () => {
  const FILE_PATH = 'https://commons.wikimedia.org/wiki/Special:FilePath/';

  it.each([
    ['https://commons.wikimedia.org/wiki/File:Foo_bar.jpg', `${FILE_PATH}Foo_bar.jpg?width=1280`],
    [
      'http://commons.wikimedia.org/wiki/File%3ADionne_Warwick_1969.JPG',
      `${FILE_PATH}Dionne_Warwick_1969.JPG?width=1280`,
    ],
    ['https://commons.m.wikimedia.org/wiki/Image:Foo bar.png', `${FILE_PATH}Foo_bar.png?width=1280`],
    [
      'https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg',
      'https://en.wikipedia.org/wiki/Special:FilePath/Ada_Lovelace_portrait.jpg?width=1280',
    ],
    [
      'https://de.wikipedia.org/wiki/Datei:K%C3%B6lner_Dom.svg',
      'https://de.wikipedia.org/wiki/Special:FilePath/K%C3%B6lner_Dom.svg?width=1280',
    ],
    [
      'https://uk.wikipedia.org/wiki/%D0%A4%D0%B0%D0%B9%D0%BB:Kyiv.webp',
      'https://uk.wikipedia.org/wiki/Special:FilePath/Kyiv.webp?width=1280',
    ],
    ['https://commons.wikimedia.org/w/index.php?title=File:Foo.gif&oldid=1', `${FILE_PATH}Foo.gif?width=1280`],
  ])('%s is shown as its image', (page, image) => {
    expect(wikimediaImage(page)).toBe(image);
    expect(resolveMedia({ url: image }, 'x').kind).toBe('image');
  });

  it.each([
    'https://commons.wikimedia.org/wiki/File:Anthem.ogg',
    'https://en.wikipedia.org/wiki/Mechanical_Turk',
    'https://commons.wikimedia.org/wiki/Category:Foo.jpg',
    'https://example.org/wiki/File:Foo.jpg',
    'https://commons.wikimedia.org/wiki/File:%E0%A4%A.jpg',
  ])('%s stays a link', (page) => {
    expect(wikimediaImage(page)).toBeUndefined();
  });

  it('written by hand in an entry, is shown as its image too', () => {
    const page = 'https://commons.wikimedia.org/wiki/File:Foo_bar.jpg';
    expect(resolveMedia({ url: page }, 'x')).toMatchObject({
      url: page,
      src: `${FILE_PATH}Foo_bar.jpg?width=1280`,
      kind: 'image',
      provider: 'Wikimedia Commons',
    });
  });

  it('imports a file page as its image, the page kept as the credit’s link', async () => {
    const page = 'https://commons.wikimedia.org/wiki/File:Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg';
    const { entries } = await importSlides([
      { text: { headline: 'Credited' }, media: { url: page, credit: 'Rob Lavinsky' } },
      { text: { headline: 'Uncredited' }, media: { url: page } },
      { text: { headline: 'Linked' }, media: { url: page, credit: '<a href="https://example.org/rob">Rob</a>' } },
    ]);
    const image = 'https://commons.wikimedia.org/wiki/Special:FilePath/Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg';
    expect(entries.map(mediaOf)).toEqual([
      { url: `${image}?width=1280`, credit: `[Rob Lavinsky](${page})` },
      { url: `${image}?width=1280`, credit: `[Wikimedia Commons](${page})` },
      { url: `${image}?width=1280`, credit: '[Rob](https://example.org/rob)' },
    ]);
  });
});

describe('captions and credits', () => {
  it('keep their links, as one line of inline Markdown; emphasis kept, breaks leave their words', async () => {
    const { entries } = await importSlides([
      {
        text: { headline: 'Credits' },
        media: {
          url: 'https://youtu.be/abc',
          caption: 'The <em>Ear Drums</em> section,<br/>live',
          credit:
            "Cissy Houston photo:<a href='http://www.flickr.com/photos/1/'>Tom Marcello</a><br/>" +
            "<a href='http://commons.wikimedia.org/wiki/File%3AD.JPG'>Dionne Warwick photo</a>",
        },
      },
    ]);
    expect(mediaOf(entries[0])).toEqual({
      url: 'https://youtu.be/abc',
      caption: 'The _Ear Drums_ section, live',
      credit:
        'Cissy Houston photo:[Tom Marcello](http://www.flickr.com/photos/1/) ' +
        '[Dionne Warwick photo](http://commons.wikimedia.org/wiki/File%3AD.JPG)',
    });
  });

  it('are rendered through the site pipeline, sanitized, their links kept', async () => {
    expect(await renderInline('Photo: [Jane Roe](https://example.org/jane), _Kyiv_')).toBe(
      'Photo: <a href="https://example.org/jane">Jane Roe</a>, <em>Kyiv</em>',
    );
    for (const vector of VECTORS) expect(unsafe(await renderInline(`A caption ${vector}`), vector)).toEqual([]);
    // Entry links and citations mean nothing outside a body: shown as written.
    expect(await renderInline('See [[other-entry]] & [@1]')).toBe('See [[other-entry]] &amp; [@1]');
  });

  it('go to TimelineJS as their words, emphasis and written links only', async () => {
    const html = wordsAndLinks(
      await renderInline('_Kyiv_ by [Jane](https://example.org/jane) `code` https://example.org/bare <b>bold</b>'),
    );
    expect(html).toBe(
      '<em>Kyiv</em> by <a href="https://example.org/jane">Jane</a> code https://example.org/bare <strong>bold</strong>',
    );
  });

  it('title a link card by the caption’s words, or by the entry’s title when the caption holds a link', () => {
    const card = resolveMedia({ url: 'https://vimeo.com/1', caption: '_Phat Tai_, a film' }, 'Entry');
    expect(card).toMatchObject({ kind: 'link', provider: 'Vimeo', title: 'Phat Tai, a film', titleIsCaption: true });
    const linked = resolveMedia({ url: 'https://vimeo.com/1', caption: 'A [film](https://example.org)' }, 'Entry');
    expect(linked).toMatchObject({ title: 'Entry', titleIsCaption: false });
  });
});

describe('quotations given as media', () => {
  it('stay in the body, with their <cite> as the attribution and their caption and credit under them', async () => {
    const { entries, notes } = await importSlides([
      {
        text: { headline: 'Quoted', text: '<p>Before the quote.</p>' },
        media: {
          url: '<blockquote>We shall fight on the beaches.<cite>Winston <a href="https://example.org/wc">Churchill</a></cite></blockquote>',
          caption: 'Speech to the <a href="https://example.org/commons">Commons</a>',
          credit: 'Hansard',
        },
      },
      { text: { headline: 'Credit only' }, media: { url: '<blockquote>Just this.</blockquote>', credit: 'Galactic' } },
    ]);
    expect(entries[0]?.body).toBe(
      'Before the quote.\n\n> We shall fight on the beaches.\n>\n> — Winston [Churchill](https://example.org/wc)\n\n' +
        'Speech to the [Commons](https://example.org/commons) — Hansard',
    );
    expect(entries[1]?.body).toBe('> Just this.\n\n— Galactic');
    expect(entries.map(mediaOf)).toEqual([undefined, undefined]);
    expect(notes).toEqual([]);
  });
});

describe('frames', () => {
  it('become a link card to their address, or are listed as left out', async () => {
    const { entries, notes } = await importSlides([
      {
        text: { headline: 'Framed' },
        media: { url: '<iframe src="//www.youtube.com/embed/abc" width="560"></iframe>', caption: 'A talk' },
      },
      {
        text: { headline: 'Script frame' },
        media: { url: `<iframe src="javascript:alert('XSS')"></iframe>`, caption: 'Gone', credit: 'Nobody' },
      },
    ]);
    expect(mediaOf(entries[0])).toEqual({ url: 'https://www.youtube.com/embed/abc', caption: 'A talk' });
    expect(resolveMedia({ url: 'https://www.youtube.com/embed/abc' }, 'x')).toMatchObject({
      kind: 'link',
      provider: 'YouTube',
    });
    expect(mediaOf(entries[1])).toBeUndefined();
    // The frame goes; what its caption and credit said stays, under the text.
    expect(entries[1]?.body).toBe('Gone — Nobody');
    expect(notes).toEqual([
      'event 1 (“Framed”): iframe media kept as a link to https://www.youtube.com/embed/abc (the site shows no frames)',
      'event 2 (“Script frame”): iframe media left out (it has no http or https address); its caption and credit ' +
        'kept at the end of the text',
    ]);
  });
});

describe('what is not carried over', () => {
  it('is listed slide by slide: media fields, thumbnails, captions without media, other addresses', async () => {
    const { entries, notes } = await importSlides([
      {
        text: { headline: 'Linked image' },
        media: { url: 'https://example.org/a.jpg', link: 'https://example.org/', link_target: '_blank', title: 'T' },
      },
      {
        text: { headline: 'Thumb' },
        media: { url: 'https://example.org/a.jpg', thumbnail: 'ftp://example.org/t.jpg' },
      },
      { text: { headline: 'No address' }, media: { caption: 'A caption', credit: 'A credit' } },
      { text: { headline: 'Relative' }, media: { url: '/static/a.jpg', caption: 'Family' } },
      { text: { headline: 'Empty HTML' }, media: { url: '<div></div>', credit: 'Someone' } },
      { text: { headline: 'Quote with extras' }, media: { url: '<blockquote>Q</blockquote>', alt: 'alt' } },
    ] as TLSlide[]);
    expect(notes).toEqual([
      'event 1 (“Linked image”): media fields not imported: link, link_target, title',
      'event 2 (“Thumb”): media thumbnail "ftp://example.org/t.jpg" left out (not http or https)',
      'event 3 (“No address”): media without an address; its caption and credit kept at the end of the text',
      'event 4 (“Relative”): media "/static/a.jpg" left out (only http and https addresses can be kept); its ' +
        'caption and credit kept at the end of the text',
      'event 5 (“Empty HTML”): media HTML left out (nothing in it to keep); its caption and credit kept at the end ' +
        'of the text',
      'event 6 (“Quote with extras”): alt text and thumbnail of quoted media not imported (a quotation has neither)',
    ]);
    // Captions and credits are kept everywhere: where the media cannot be, as a line under the text.
    expect(entries.slice(2, 5).map((entry) => entry.body)).toEqual(['A caption — A credit', 'Family', '— Someone']);
  });

  it('opens Spotify URIs as TimelineJS does, and asks for images over https', async () => {
    const { entries, notes } = await importSlides([
      { text: { headline: 'Track' }, media: { url: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC' } },
      { text: { headline: 'List' }, media: { url: 'spotify:user:knightlab:playlist:0xEMg1m2Ab' } },
      { text: { headline: 'Old image' }, media: { url: 'http://example.org/a.jpg' } },
      { text: { headline: 'Old page' }, media: { url: 'http://example.org/story' } },
    ] as TLSlide[]);
    expect(entries.map((entry) => mediaOf(entry)?.url)).toEqual([
      'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
      'https://open.spotify.com/user/knightlab/playlist/0xEMg1m2Ab',
      'https://example.org/a.jpg',
      'http://example.org/story',
    ]);
    expect(notes).toEqual([
      "event 3 (“Old image”): media image written with https (the site's pages load images over https only)",
    ]);
    // An image already written at http is asked for over https on the page too; a link keeps its address.
    expect(resolveMedia({ url: 'http://example.org/a.jpg' }, 'x').src).toBe('https://example.org/a.jpg');
    expect(resolveMedia({ url: 'http://example.org/story' }, 'x').src).toBe('http://example.org/story');
  });
});

describe('the Google Sheets template', () => {
  it("keeps a row's alt text, and lists the columns it does not know", async () => {
    const csv =
      'Year,Headline,Media,Media Caption,Alt Text,Slide Link\n' +
      '2020,Pictured,https://example.org/a.jpg,"A <a href=""https://example.org/p"">photo</a>",Two people,https://example.org/\n';
    const { entries, notes } = await importTimeline(parseTimelineCsv(csv).timeline, { fileName: 'sheet.csv' });
    expect(mediaOf(entries[0])).toEqual({
      url: 'https://example.org/a.jpg',
      caption: 'A [photo](https://example.org/p)',
      alt: 'Two people',
    });
    expect(notes).toEqual([
      "no title slide, so the timeline's storyline and the site are titled “Timeline” (not “sheet.csv”); rename them " +
        'in threads.yaml and site.yaml',
      'event 1 (row 2, “Pictured”): fields not imported: slide link',
    ]);
  });
});

describe('what is not carried over from the title slide', () => {
  it('is listed: its media, its background, and its text past the first sentence', async () => {
    const title: TLSlide = {
      text: { headline: 'A timeline', text: '<p>It begins here. It goes on.</p>' },
      media: { url: 'https://example.org/cover.jpg' },
      background: { color: 'papayawhip' },
    };
    const { notes } = await importTimeline({ title, events: [] }, { fileName: 'title.json' });
    expect(notes).toEqual([
      'events: the list is empty (TimelineJS shows no timeline without events)',
      'title slide: media not imported',
      'title slide: background not imported (the site has no slide backgrounds)',
      "title slide: only its text's first sentence is kept, as the storyline's summary",
    ]);
  });
});

describe('providers', () => {
  it.each([
    ['https://youtu.be/abc', 'YouTube'],
    ['https://www.youtube-nocookie.com/embed/abc', 'YouTube'],
    ['https://player.vimeo.com/video/1', 'Vimeo'],
    ['https://x.com/a/status/1', 'X (Twitter)'],
    ['https://maps.google.com/?q=Kyiv', 'Google Maps'],
    ['https://maps.app.goo.gl/AbCdEf', 'Google Maps'],
    ['https://www.google.de/maps/place/Kyiv', 'Google Maps'],
    ['https://www.google.com/search?q=maps', 'google.com'],
    ['https://open.spotify.com/track/1', 'Spotify'],
    ['https://w.soundcloud.com/player/?url=x', 'SoundCloud'],
    ['https://www.example.org/a.pdf', 'example.org'],
  ])('%s is on %s', (url, provider) => {
    expect(mediaProvider(url)).toBe(provider);
  });
});
