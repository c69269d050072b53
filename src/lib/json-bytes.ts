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

/**
 * `value` as indented JSON bytes in a stream, each piece made only when it is read; only a top-level object's lists
 * are written item by item. A stream, not one buffer: a `Response` copies a buffer given to it, and every copy of the
 * 80 MB timeline.json of 10,000 entries costs a quarter of a second of fresh memory, where reading a stream joins its
 * pieces once.
 */
export function jsonStream(value: unknown): ReadableStream<Uint8Array<ArrayBuffer>> {
  const chunks = jsonChunks(value);
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

/** `value` as indented JSON bytes (see jsonStream) in pieces of about `CHUNK` characters. */
export function* jsonChunks(value: unknown): Generator<Buffer<ArrayBuffer>> {
  // Text is gathered and turned into bytes in large pieces: a Buffer per small text takes a slice of Node's 8 KB
  // pool, and a new pool with each 8 KB, whose memory outside the JavaScript heap makes V8 collect garbage often.
  let texts: string[] = [];
  let length = 0;
  for (const text of jsonTexts(value)) {
    texts.push(text);
    length += text.length;
    if (length >= CHUNK) {
      yield Buffer.from(texts.join(''));
      texts = [];
      length = 0;
    }
  }
  yield Buffer.from(texts.join(''));
}

/** The JSON's text, a top-level object's lists item by item. */
function* jsonTexts(value: unknown): Generator<string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    yield JSON.stringify(value, null, 2);
  } else {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined && typeof field !== 'function');
    yield fields.length ? '{' : '{}';
    for (const [index, [key, field]] of fields.entries()) {
      yield `${index ? ',' : ''}\n  ${JSON.stringify(key)}: `;
      if (!Array.isArray(field) || field.length === 0) yield nested(field, '  ');
      else {
        yield '[';
        for (const [at, item] of field.entries()) yield `${at ? ',' : ''}\n    ${nested(item ?? null, '    ')}`;
        yield '\n  ]';
      }
    }
    if (fields.length) yield '\n}';
  }
  yield '\n';
}

/** A value's indented JSON as it reads nested `indent` deep. */
const nested = (value: unknown, indent: string) =>
  (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
