/** Big JSON files are written item by item, byte for byte as JSON.stringify would write them. */
import { describe, expect, it } from 'vitest';
import { jsonStream } from '../../src/lib/json-bytes.ts';

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

  it('writes a file longer than the longest string JavaScript can hold', async () => {
    // 600 items of 1 MB: more than V8's longest string (2^29 - 24 characters), which JSON.stringify cannot write.
    const body = 'x'.repeat(1_000_000);
    const value = { entries: Array.from({ length: 600 }, (_, id) => ({ id, body })) };
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    const bytes = await jsonBytes(value);
    expect(bytes.length).toBeGreaterThan(600_000_000);
    const opening = new TextDecoder().decode(bytes.subarray(0, 60));
    expect(opening.startsWith('{\n  "entries": [\n    {\n      "id": 0,\n      "body": "xxx'), opening).toBe(true);
    expect(new TextDecoder().decode(bytes.subarray(-14))).toBe('"\n    }\n  ]\n}\n');
  });
});
