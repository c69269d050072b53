/**
 * What the TimelineJS importer writes is what `npm run check` accepts, named as an editor would name it, and every
 * change it makes on the way is in a note that counts slides from 1.
 */
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/core/collect-entries.ts';
import { entrySchema, threadSchema } from '../../src/core/schema/index.ts';
import {
  importTimeline,
  parseTimelineCsv,
  parseTimelineJson,
  type TLSlide,
  type TLTimeline,
} from '../../src/core/timelinejs.ts';

const titled = (events: TLSlide[], more: Partial<TLTimeline> = {}): TLTimeline => ({
  title: { text: { headline: 'A timeline' } },
  events: events.map((slide) => ({ start_date: { year: '2020' }, ...slide })),
  ...more,
});
const frontmatterOf = (result: Awaited<ReturnType<typeof importTimeline>>, title: string) =>
  result.entries.find((entry) => entry.frontmatter['title'] === title)?.frontmatter;

describe('what the importer writes passes the checks', () => {
  it.each(['Page', 'page', 'Side by side', 'SIDE-BY-SIDE'])(
    'gives the group “%s” an id the site does not keep',
    async (group) => {
      const result = await importTimeline(titled([{ text: { headline: 'One' }, group }]));
      for (const thread of result.threads) expect(threadSchema.safeParse(thread).success, thread.id).toBe(true);
      const renamed = result.threads.find((thread) => thread.title === group);
      expect(renamed?.id).toMatch(/-storyline$/);
      expect(result.notes.join('\n')).toMatch(
        new RegExp(`group “${group}”: the id "[a-z-]+" is taken .*"${renamed?.id}"`),
      );
    },
  );

  it('gives a timeline titled “Page” a storyline id the site does not keep', async () => {
    const result = await importTimeline({ title: { text: { headline: 'Page' } }, events: [] });
    expect(result.threads.map((thread) => thread.id)).toEqual(['page-storyline']);
    expect(result.notes.some((note) => note.startsWith('title slide: the id "page" is taken'))).toBe(true);
  });

  it('keeps the paragraphs of a text past the body limit that fit, and says how much was left out', async () => {
    const paragraph = `<p>${'word '.repeat(2000)}</p>`;
    const text = paragraph.repeat(Math.ceil((2 * BODY_LIMIT) / paragraph.length));
    const result = await importTimeline(titled([{ text: { headline: 'Long', text } }]));
    const [entry] = result.entries;
    expect(entry?.body.length).toBeGreaterThan(BODY_LIMIT * 0.9);
    expect(entry?.body.length).toBeLessThan(BODY_LIMIT);
    expect(entry?.body.endsWith('word')).toBe(true);
    expect(result.notes).toContainEqual(
      expect.stringMatching(/^event 1 \(“Long”\): text cut to its first [\d,]+ of [\d,]+ characters/),
    );
  });

  it('keeps a slide whose end is before its start, without the end', async () => {
    const result = await importTimeline(
      titled([{ text: { headline: 'Backwards' }, start_date: { year: '2020' }, end_date: { year: '2019' } }]),
    );
    expect(frontmatterOf(result, 'Backwards')).toMatchObject({ date: '2020' });
    expect(frontmatterOf(result, 'Backwards')?.['end']).toBeUndefined();
    expect(result.notes).toEqual(['event 1 (“Backwards”): end date left out, 2019 is before its start, 2020']);
  });
});

describe('the title', () => {
  it.each<[string, TLTimeline]>([
    ['an empty timeline', { events: [] }],
    ['no title slide', { events: [{ start_date: { year: '2020' }, text: { headline: 'One' } }] }],
    ['a title slide without a headline', { title: { text: { text: 'Words.' } }, events: [] }],
    ['a title slide of the wrong shape', parseTimelineJson('{"title": {"text": 5}, "events": []}').timeline],
  ])('is a plain title, never the file name, for %s; a note says so', async (_, timeline) => {
    const result = await importTimeline(timeline, { fileName: 'export-v2.json' });
    expect(result.threads[0]).toMatchObject({ id: 'timeline', title: 'Timeline' });
    expect(result.site.title).toBe('Timeline');
    expect(JSON.stringify(result.entries)).not.toMatch(/export-v2/);
    expect(result.notes.some((note) => /titled “Timeline”/.test(note))).toBe(true);
  });

  it('is the headline as text, and the sources say so, without the file name', async () => {
    const result = await importTimeline(
      titled([{ text: { headline: 'One' } }], { title: { text: { headline: '<b>Rome</b><br/> 753 BC' } } }),
      { fileName: 'rome.json' },
    );
    expect(result.site.title).toBe('Rome 753 BC');
    expect(frontmatterOf(result, 'One')?.['sources']).toEqual([
      { note: 'From the TimelineJS timeline “Rome 753 BC”.' },
    ]);
  });

  it('notes an empty list of events', async () => {
    expect((await importTimeline(titled([]))).notes).toEqual([
      'events: the list is empty (TimelineJS shows no timeline without events)',
    ]);
  });
});

describe('links in slide text', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:x',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
  ])('drops a link to %s, keeps its words, and names the slide and field', async (href) => {
    const link = `<a href="${href.replace(/"/g, '&quot;')}">click here</a>`;
    const result = await importTimeline(
      titled([
        {
          text: { headline: 'Linked', text: `<p>Please ${link}.</p>` },
          media: { url: 'https://example.org/a.jpg', caption: link },
        },
      ]),
    );
    const [entry] = result.entries;
    expect(entry?.body).toBe('Please click here.');
    expect((entry?.frontmatter['media'] as { caption: string }).caption).toBe('click here');
    expect(result.notes.filter((note) => note.includes('removed, its words kept'))).toEqual([
      expect.stringMatching(/^event 1 \(“Linked”\), text: link to ".+" removed/),
      expect.stringMatching(/^event 1 \(“Linked”\), media caption: link to ".+" removed/),
    ]);
  });

  it('drops a link into the timeline’s own page (#make, page.html), keeps its words, and says so', async () => {
    const text =
      '<p>Try the <a href="#make">generator tool</a>, <a href="more.html">more</a> or <a href="/x">x</a>.</p>';
    const result = await importTimeline(titled([{ text: { headline: 'Local', text } }]));
    expect(result.entries[0]?.body).toBe('Try the generator tool, more or [x](/x).');
    expect(result.notes).toEqual([
      expect.stringMatching(/^event 1 \(“Local”\), text: link to "#make" removed, its words kept/),
      expect.stringMatching(/^event 1 \(“Local”\), text: link to "more\.html" removed/),
    ]);
  });

  it('writes an address as it reads: bare, or as an ordinary link, never <https://…> or escaped', async () => {
    const text =
      '<p>See <a href="https://example.org/a_b?x=1&amp;y=2">https://example.org/a_b?x=1&amp;y=2</a>, ' +
      'https://example.org/plain and <a href="https://example.org/">the site</a>.</p>';
    const [entry] = (await importTimeline(titled([{ text: { headline: 'Addresses', text } }]))).entries;
    expect(entry?.body).toBe(
      'See https://example.org/a_b?x=1&y=2, https://example.org/plain and [the site](https://example.org/).',
    );
  });
});

describe('a summary exported in its own paragraph', () => {
  it('comes back with its words that read like tags as words', async () => {
    const text = '<p class="timeline-summary" hidden>Use &lt;blockquote&gt; &amp; friends.</p><p>The body.</p>';
    const [entry] = (await importTimeline(titled([{ text: { headline: 'Tags', text } }]))).entries;
    expect(entry?.frontmatter['summary']).toBe('Use <blockquote> & friends.');
    expect(entry?.body).toBe('The body.');
  });
});

describe('addresses in other scripts', () => {
  it('are written bare too', async () => {
    const text = '<p>Див. <a href="https://uk.wikipedia.org/wiki/Київ">https://uk.wikipedia.org/wiki/Київ</a></p>';
    const [entry] = (await importTimeline(titled([{ text: { headline: 'Київ', text } }]))).entries;
    expect(entry?.body).toBe('Див. https://uk.wikipedia.org/wiki/Київ');
    expect(entry?.id).toBe('2020-kyiv');
  });
});

describe('media', () => {
  it.each([
    [
      'https://twitter.com/kyivindependent/status/1?ref_src=twsrc%5Etfw',
      'https://twitter.com/kyivindependent/status/1',
    ],
    ['https://x.com/a/status/2?s=20&t=abc', 'https://x.com/a/status/2'],
    ['https://www.youtube.com/watch?v=abc&t=30&si=xyz&utm_source=share', 'https://www.youtube.com/watch?v=abc&t=30'],
    ['https://example.org/a.jpg?utm_medium=email&fbclid=1&w=640', 'https://example.org/a.jpg?w=640'],
  ])('leaves out the tracking parameters of %s', async (url, clean) => {
    const [entry] = (await importTimeline(titled([{ text: { headline: 'Post' }, media: { url } }]))).entries;
    expect((entry?.frontmatter['media'] as { url: string }).url).toBe(clean);
  });

  it('leaves out the tracking parameters of an embedded tweet’s link', async () => {
    const url =
      '<blockquote class="twitter-tweet"><p>Hello</p>&mdash; A (@a) ' +
      '<a href="https://twitter.com/a/status/123?ref_src=twsrc%5Etfw">May 1, 2020</a></blockquote>';
    const [entry] = (await importTimeline(titled([{ text: { headline: 'Tweet' }, media: { url } }]))).entries;
    expect((entry?.frontmatter['media'] as { url: string }).url).toBe('https://twitter.com/a/status/123');
  });

  it('keeps emphasis in captions and credits as Markdown', async () => {
    const media = {
      url: 'https://example.org/a.jpg',
      caption: 'From <i>Hamlet</i>, act 1',
      credit: '<em>The Times</em>',
    };
    const [entry] = (await importTimeline(titled([{ text: { headline: 'Play' }, media }]))).entries;
    expect(entry?.frontmatter['media']).toMatchObject({ caption: 'From _Hamlet_, act 1', credit: '_The Times_' });
  });
});

describe('changes the import makes are noted', () => {
  it('notes a unique_id that is renamed, as another slide’s or as no id', async () => {
    const result = await importTimeline(
      titled([
        { text: { headline: 'A' }, unique_id: 'same' },
        { text: { headline: 'B' }, unique_id: 'same' },
        { text: { headline: 'C' }, unique_id: 'Odd ID_1' },
        { text: { headline: 'D' }, unique_id: 'kept-as-is' },
      ]),
    );
    expect(result.entries.map((entry) => entry.id)).toEqual(['same', 'same-2', 'odd-id-1', 'kept-as-is']);
    expect(result.notes).toEqual([
      'event 2 (“B”): unique_id "same" imported as the id "same-2" (an earlier slide has it too)',
      'event 3 (“C”): unique_id "Odd ID_1" imported as the id "odd-id-1" ' +
        '(an id is lower-case letters, digits and single hyphens)',
    ]);
  });

  it.each(['1e5', '-1e3', '2.5', '0x10'])('refuses the year "%s", as TimelineJS does, with a note', async (year) => {
    const result = await importTimeline(titled([{ text: { headline: 'Odd year' }, start_date: { year } }]));
    expect(result.entries).toEqual([]);
    expect(result.notes).toEqual([
      `event 1 (“Odd year”): left out, year "${year}" is not written in digits (TimelineJS refuses it too)`,
    ]);
  });

  it('keeps an era without an end as a period, and says so', async () => {
    const result = await importTimeline(
      titled([{ text: { headline: 'One' } }], {
        eras: [{ start_date: { year: '1900' }, text: { headline: 'Open era' } }],
      }),
    );
    expect(frontmatterOf(result, 'Open era')).toMatchObject({ kind: 'period', date: '1900' });
    expect(result.notes).toEqual([
      'era 1 (“Open era”): no end date (TimelineJS needs one for an era); kept as a period with its start date only',
    ]);
  });

  it('notes a group named like the title slide, once', async () => {
    const result = await importTimeline(
      titled([
        { text: { headline: 'One' }, group: 'A timeline' },
        { text: { headline: 'Two' }, group: 'A timeline' },
      ]),
    );
    expect(result.threads.map((thread) => thread.title)).toEqual(['A timeline']);
    expect(result.notes).toEqual([
      "group “A timeline”: named like the title slide, so its events are in the timeline's storyline only",
    ]);
  });
});

describe('notes count slides as an editor does', () => {
  it('names a slide the same way in every note, eras counted on their own', async () => {
    const read = parseTimelineJson(
      JSON.stringify({
        events: [
          { start_date: { year: 2020 }, text: { headline: 'First', text: [7] } },
          { start_date: { year: 'x' }, text: { headline: 'Second' } },
        ],
        eras: [{ start_date: { year: 1900 }, end_date: { year: 1800 }, text: { headline: 'Era' } }],
      }),
    );
    const result = await importTimeline(read.timeline);
    expect([...read.notes, ...result.notes].filter((note) => /^(event|era)/.test(note))).toEqual([
      'event 1, text.text (line 1, column 74): expected text, got a list; left out',
      'event 2 (“Second”): left out, year "x" is not written in digits (TimelineJS refuses it too)',
      'era 1 (“Era”): end date left out, 1800 is before its start, 1900',
    ]);
  });

  it('names a slide of the Google Sheets template by its row too, as the sheet shows it', async () => {
    const csv = 'Year,Headline,Type\n,My sheet,title\n2020,Fine,\n1e5,Bad year,\n1900,Open era,era\n';
    const result = await importTimeline(parseTimelineCsv(csv).timeline);
    expect(result.notes).toEqual([
      'event 2 (row 4, “Bad year”): left out, year "1e5" is not written in digits (TimelineJS refuses it too)',
      'era 1 (row 5, “Open era”): no end date (TimelineJS needs one for an era); kept as a period with its start ' +
        'date only',
    ]);
  });

  it.each([
    ['{"events": [ {"start_date": } ]}', 'line 1, column 29: expected a value'],
    ['{"events": [], }', 'line 1, column 16: expected a property name in double quotes'],
    ['{"events": [] "eras": []}', 'line 1, column 15: expected a comma'],
    [
      '{"events": [\n  {"text": {"headline": "a}}]}',
      'line 2, column 25: text in quotes is not closed before the end of its line',
    ],
  ])('tells a JSON error in words, with its line and column: %s', (text, words) => {
    expect(() => parseTimelineJson(text)).toThrow(`not valid JSON at ${words}`);
  });
});

describe('every entry the importer gives passes the schema', () => {
  it('for a slide with everything odd at once', async () => {
    const result = await importTimeline(
      titled([
        {
          text: { headline: 'Odd', text: '<a href="javascript:x">x</a>' },
          end_date: { year: '1000' },
          display_date: ' ',
          media: { url: 'data:image/png;base64,AAAA', caption: '<i>c</i>' },
        },
      ]),
    );
    for (const entry of result.entries) expect(entrySchema.safeParse(entry.frontmatter).success).toBe(true);
  });
});
