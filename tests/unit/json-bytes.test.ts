/** Big JSON files are written item by item, byte for byte as JSON.stringify would write them. */
import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonStream } from '../../src/lib/json-bytes.ts';

/** The stream's bytes, read as Astro reads an endpoint's response. */
const jsonBytes = async (value: unknown) => new Uint8Array(await new Response(jsonStream(value)).arrayBuffer());

const asText = async (value: unknown) => new TextDecoder().decode(await jsonBytes(value));
const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('JSON written item by item', () => {
  it('is what JSON.stringify writes, indented, with a final line break', async () => {
    const values: unknown[] = [
      { $schema: 'https://example.org/s.json', site: { title: 'T', url: undefined }, entries: [], threads: [] },
      {
        entries: [{ id: 'a', html: '<p>“Quoted”\n line</p>', tags: ['x', 'y'], nested: { deep: [1, [2, {}]] } }, null],
        empty: {},
        text: 'Україна ✓ \u2028',
        skipped: undefined,
        count: 3,
        when: new Date(Date.UTC(2025, 0, 20)),
      },
      {},
      [1, { a: 2 }],
      'text',
      null,
    ];
    for (const value of values) expect(await asText(value)).toBe(expected(value));
  });

  it('writes a file longer than the longest string JavaScript can hold', () => {
    // 600 items of 1 MB: more than V8's longest string (2^29 - 24 characters), which JSON.stringify cannot write
    // (it throws "Invalid string length", after 6 s of trying on a slow hour: the length is checked instead).
    const body = 'x'.repeat(1_000_000);
    const value = { entries: Array.from({ length: 600 }, (_, id) => ({ id, body })) };
    // The pieces as timeline.json's writer takes them, counted and not joined: reading 600 MB through a Response
    // took 45 s of the quick tests on a slow hour, for what the first, the last and the sum of the pieces show.
    let length = 0;
    let first: Buffer | undefined;
    let last = Buffer.alloc(0);
    for (const piece of jsonChunks(value)) {
      first ??= piece;
      length += piece.length;
      last = Buffer.concat([last, piece.subarray(-14)]).subarray(-14);
    }
    expect(length).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    const opening = first?.subarray(0, 60).toString() ?? '';
    expect(opening.startsWith('{\n  "entries": [\n    {\n      "id": 0,\n      "body": "xxx'), opening).toBe(true);
    expect(last.toString()).toBe('"\n    }\n  ]\n}\n');
  });
});
