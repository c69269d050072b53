import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBody, scanParsedBody, scanPlainBody } from '../../src/core/body-syntax.ts';

/** Pieces that make Markdown tricky around references: code, HTML, escapes, emphasis, links, indentation. */
const PIECES = [
  '[[',
  ']]',
  '[@',
  ']',
  '[',
  '|',
  'a',
  'kellogg-100-days',
  'cnn',
  '2',
  ' ',
  '\n',
  '\n\n',
  '*',
  '_',
  '**',
  '`',
  '```\n',
  '~~~\n',
  '    ',
  '\t',
  '<b>',
  '<',
  '>',
  '\\',
  '&amp;',
  '&#91;',
  '(',
  ')',
  '](https://x.org)',
  ']: https://x.org',
  '![',
  ':',
  '#',
  '- ',
  '1. ',
  '> ',
  'ї',
  'ع',
  '中',
  '🙂',
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('scanning bodies for references', () => {
  it('finds links and citations with their line and column', () => {
    expect(scanBody('Intro.\n\nSee [[kellogg-100-days|the revision]] and [@cnn].')).toEqual([
      { type: 'entry-link', id: 'kellogg-100-days', label: 'the revision', start: 12, end: 45, line: 3, column: 5 },
      { type: 'citation', key: 'cnn', start: 50, end: 56, line: 3, column: 43 },
    ]);
  });

  it('skips references in code spans and blocks', () => {
    expect(
      scanBody('`[[a]]`\n\n    [[b]]\n\n```\n[@1]\n```\n\n[[c]]').map((found) =>
        found.type === 'entry-link' ? found.id : found.key,
      ),
    ).toEqual(['c']);
  });

  it('takes the fast path only where it agrees with the parser', () => {
    let fast = 0;
    // Mostly pieces the fast path accepts (emphasis, brackets, lists, headings), so it is taken often; sometimes any.
    const plainPieces = PIECES.filter((piece) => scanPlainBody(piece) !== undefined);
    const body = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.array(fc.constantFrom(...plainPieces), { maxLength: 40 }).map((pieces) => pieces.join('')),
      },
      markdown,
    );
    fc.assert(
      fc.property(body, (text) => {
        const plain = scanPlainBody(text);
        if (plain === undefined) return;
        fast += 1;
        expect(plain).toEqual(scanParsedBody(text));
      }),
      { numRuns: 20000 },
    );
    expect(fast).toBeGreaterThan(5000);
  });

  it('places a repeated reference at its own offset, not at the first one', () => {
    expect(scanParsedBody('[[a]] and [[a]]').map((found) => [found.start, found.column])).toEqual([
      [0, 1],
      [10, 11],
    ]);
  });

  it('takes the fast path for an ordinary body', () => {
    expect(scanPlainBody('Kellogg said 100 days [@1].\n\n- See [[pledge-24-hours]].\n')).toHaveLength(2);
  });
});
