/** Offsets in a text as the line and column an editor shows: the one place they are counted. */
import { location } from 'vfile-location';
import type { Position } from './diagnostics.ts';

/**
 * Line and column (both from 1) of offsets into a text. vfile-location counts CRLF, LF and a lone CR each as one
 * line ending, as the Markdown parser does; it indexes the text lazily, so asking near its start stays cheap.
 */
export function positionsIn(text: string): (offset: number) => Position {
  const place = location(text);
  return (offset) => {
    const point = place.toPoint(offset);
    return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
  };
}
