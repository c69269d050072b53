/** No TimelineJS file, however odd its values, crashes the import: each odd value is a note naming where it is. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTimeline, parseTimelineJson } from '../../src/core/timelinejs.ts';

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', '-13800000000', '2025', '<p>x</p>', '<iframe src="https://example.com/"></iframe>', 1e21, -0),
);
const date = fc.oneof(value, fc.dictionary(fc.constantFrom('year', 'month', 'day', 'hour', 'minute', 'second'), value));
const slide = fc.oneof(
  value,
  fc.record(
    {
      start_date: date,
      end_date: date,
      text: fc.oneof(value, fc.record({ headline: value, text: value }, { requiredKeys: [] })),
      media: fc.oneof(
        value,
        fc.record({ url: value, caption: value, credit: value, thumbnail: value }, { requiredKeys: [] }),
      ),
      group: value,
      display_date: value,
      unique_id: value,
      background: value,
    },
    { requiredKeys: [] },
  ),
);
const timeline = fc.record(
  { events: fc.oneof(fc.array(slide, { maxLength: 4 }), value), eras: fc.oneof(fc.array(slide), value), title: slide },
  { requiredKeys: ['events'] },
);

describe('any TimelineJS file', () => {
  it('imports without a crash, each value of the wrong type noted with its place', async () => {
    await fc.assert(
      fc.asyncProperty(timeline, async (data) => {
        const read = parseTimelineJson(JSON.stringify(data, null, 2));
        const result = await importTimeline(read.timeline, { fileName: 'odd.json' });
        for (const note of read.notes)
          expect(note).toMatch(
            /^(event \d+|era \d+|title slide|events|eras)(, [\w.]+)? \(line \d+, column \d+\): expected /,
          );
        expect(result.entries.length).toBeLessThanOrEqual(
          read.timeline.events.length + (read.timeline.eras?.length ?? 0),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('names the line, column and field of a value of the wrong type', () => {
    const read = parseTimelineJson(
      '{\n  "events": [\n    { "text": { "headline": ["a"] }, "media": 5 },\n    7\n  ]\n}',
    );
    expect(read.notes).toEqual([
      'event 1, text.headline (line 3, column 29): expected text, got a list; left out',
      'event 1, media (line 3, column 47): expected an object, got number; left out',
      'event 2 (line 4, column 5): expected a slide (an object), got number; left out',
    ]);
  });
});
