/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, plus a final line break, but as bytes built one item of each
 * top-level list at a time: the timeline.json of a 100,000-entry archive (every body as HTML) is longer than the
 * longest string V8 can hold, and one `JSON.stringify` of it throws "Invalid string length".
 */
/**
 * How many characters of JSON are joined before they become bytes: one buffer per item cost a storyline's
 * timeline.json at 100,000 entries 60 ms, most of it collecting the garbage of 8 KB buffers (see below).
 */
const CHUNK = 1 << 24;

/** `value` as indented JSON bytes; only a top-level object's lists are written item by item. */
export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  const pieces: Buffer[] = [];
  let texts: string[] = [];
  let length = 0;
  // Text is gathered and turned into bytes in large pieces: a Buffer per small text takes a slice of Node's 8 KB
  // pool, and a new pool with each 8 KB, whose memory outside the JavaScript heap makes V8 collect garbage often.
  const flush = () => {
    pieces.push(Buffer.from(texts.join('')));
    texts = [];
    length = 0;
  };
  const add = (text: string) => {
    texts.push(text);
    length += text.length;
    if (length >= CHUNK) flush();
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) add(JSON.stringify(value, null, 2));
  else {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined && typeof field !== 'function');
    add(fields.length ? '{' : '{}');
    fields.forEach(([key, field], index) => {
      add(`${index ? ',' : ''}\n  ${JSON.stringify(key)}: `);
      if (!Array.isArray(field) || field.length === 0) add(nested(field, '  '));
      else {
        add('[');
        field.forEach((item, at) => add(`${at ? ',' : ''}\n    ${nested(item ?? null, '    ')}`));
        add('\n  ]');
      }
    });
    if (fields.length) add('\n}');
  }
  add('\n');
  flush();
  return pieces.length === 1 ? (pieces[0] as Buffer<ArrayBuffer>) : Buffer.concat(pieces);
}

/** A value's indented JSON as it reads nested `indent` deep. */
const nested = (value: unknown, indent: string) =>
  (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
