/** The rule that prints a summary once: where it repeats the title or the body's opening. */
import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/core/feed-items.ts';
import type { ResolvedEntry, TimelineModel } from '../../src/core/model.ts';
import { beginsWith, openingText, sameText, summaryRepeats } from '../../src/core/summary-repeats.ts';
import { exportTimeline } from '../../src/core/timelinejs/export.ts';
import { importTimeline } from '../../src/core/timelinejs/import.ts';

describe('summaryRepeats', () => {
  it('finds a summary that is the title, whatever its case, spaces or closing punctuation', () => {
    expect(sameText('Talks resume in  Geneva.', 'talks resume in Geneva')).toBe(true);
    expect(sameText('“Stop”', '"stop"!')).toBe(true);
    expect(sameText('Talks resume', 'Talks resume in Geneva')).toBe(false);
    expect(summaryRepeats('Ada Lovelace', 'Ada Lovelace.', 'She wrote the first program.')).toEqual({
      title: true,
      body: false,
    });
  });

  it('finds a body that opens with the summary: its first sentence, or what a cut summary kept of it', () => {
    const body = 'Talks resumed in **Geneva** on Monday [@1]. More followed.\n\nA second paragraph.';
    expect(summaryRepeats('Talks resumed in Geneva on Monday.', 'Talks', body).body).toBe(true);
    expect(summaryRepeats('Talks resumed in Geneva…', 'Talks', body).body).toBe(true);
    expect(summaryRepeats('Talks resumed in Geneva on Monday. More followed.', 'Talks', body).body).toBe(true);
    // Not at a word's end, not at the start, or not in the first paragraph: a different text.
    expect(summaryRepeats('Talks resumed in Gene', 'Talks', body).body).toBe(false);
    expect(summaryRepeats('More followed.', 'Talks', body).body).toBe(false);
    expect(summaryRepeats('A second paragraph.', 'Talks', body).body).toBe(false);
    expect(summaryRepeats('', 'Talks', body).body).toBe(false);
    expect(summaryRepeats('Talks resumed.', 'Talks', '').body).toBe(false);
  });

  it('reads a body’s opening as a reader sees it: links, emphasis and [[id|label]] as their words', () => {
    expect(openingText('Read [the report](https://example.org/r) by _Mr. Smith_.\n\nMore.')).toBe(
      'Read the report by Mr. Smith.',
    );
    expect(openingText('See [[2025-01-first|the first talks]] again.')).toBe('See the first talks again.');
    expect(openingText('# A heading\n\nText.')).toBe('A heading');
    expect(openingText('- a list item\n- another')).toBe('');
    expect(openingText('> A quotation.')).toBe('');
    expect(openingText('Plain words, nothing to parse.')).toBe('Plain words, nothing to parse.');
    expect(beginsWith('Мир у м. Києві. Далі…', 'Мир у м. Києві.')).toBe(true);
  });
});

/** An entry with just what the exports read. */
function entry(fields: Pick<ResolvedEntry, 'id' | 'title' | 'summary' | 'body'>): ResolvedEntry {
  const date = { text: '2020', computed: '2020', datetime: '2020', precision: 'year', sortKey: '2020' };
  return {
    ...fields,
    summaryRepeats: summaryRepeats(fields.summary, fields.title, fields.body),
    order: 0,
    storyKey: '0',
    file: `content/entries/${fields.id}.md`,
    kind: 'event',
    date,
    spec: { start: { precision: 'year', year: 2020 } },
    people: [],
    threads: [],
    topics: [],
    sources: [],
    relations: [],
    inverseRelations: [],
    threadSteps: [],
    updates: [],
    chain: [],
    bodyLine: 1,
    bodyLinks: [],
    translations: [],
  } as unknown as ResolvedEntry;
}

describe('where summary and body or title go out together', () => {
  const opens = entry({
    id: 'opens',
    title: 'Talks',
    summary: 'Talks resumed in St. Louis, Mo. on Monday.',
    body: 'Talks resumed in St. Louis, Mo. on Monday. More followed.',
  });
  const titled = entry({ id: 'titled', title: 'Ada Lovelace', summary: 'Ada Lovelace', body: 'She wrote.' });
  const apart = entry({ id: 'apart', title: 'Talks', summary: 'Talks resumed.', body: 'Delegates met again.' });
  const model = {
    site: { title: 'T', description: 'D', language: 'en' },
    entries: [opens, titled, apart],
    threads: [],
  } as unknown as TimelineModel;
  const html = (item: ResolvedEntry) => `<p>${item.body}</p>`;

  it('a TimelineJS slide holds a summary its text opens with once, and imports back the same', async () => {
    const timeline = exportTimeline(model, html);
    const texts = timeline.events.map((slide) => slide.text?.text ?? '');
    expect(texts[0]).toBe('<p>Talks resumed in St. Louis, Mo. on Monday. More followed.</p>');
    expect(texts[2]).toBe('<p class="timeline-summary">Talks resumed.</p><p>Delegates met again.</p>');
    const back = await importTimeline(timeline, { fileName: 'exported.json' });
    expect(back.entries.map((item) => [item.frontmatter['summary'], item.body])).toEqual([
      ['Talks resumed in St. Louis, Mo. on Monday.', 'Talks resumed in St. Louis, Mo. on Monday. More followed.'],
      ['Ada Lovelace', 'She wrote.'],
      ['Talks resumed.', 'Delegates met again.'],
    ]);
  });

  it('a feed item leaves out a summary that is its title', () => {
    const items = new Map(feedItems([opens, titled, apart]).map((item) => [item.id, item]));
    expect(items.get('titled')?.summary).toBeUndefined();
    expect(items.get('apart')?.summary).toBe('Talks resumed.');
  });
});
