/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, plus a final line break, but as bytes built one item of each
 * top-level list at a time: the timeline.json of a 100,000-entry archive (every body as HTML) is longer than the
 * longest string V8 can hold, and one `JSON.stringify` of it throws "Invalid string length".
 */
/** `value` as indented JSON bytes; only a top-level object's lists are written item by item. */
export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  const pieces: Buffer[] = [];
  const add = (text: string) => pieces.push(Buffer.from(text));
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
  return Buffer.concat(pieces);
}

/** A value's indented JSON as it reads nested `indent` deep. */
const nested = (value: unknown, indent: string) =>
  (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
