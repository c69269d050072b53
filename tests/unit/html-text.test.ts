import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/core/html-text.ts';

describe('firstSentence', () => {
  it('does not stop at abbreviations, initials or a state', () => {
    expect(firstSentence('Mr. Smith went to St. Louis, Mo. on Jan. 5. He left.')).toBe(
      'Mr. Smith went to St. Louis, Mo. on Jan. 5.',
    );
    expect(firstSentence('He met John F. Kennedy Jr. there. Then he left.')).toBe('He met John F. Kennedy Jr. there.');
    expect(firstSentence('Then the U.S. Army moved. Nobody knew.')).toBe('Then the U.S. Army moved.');
  });

  it('ends at the first real sentence, and cuts a long one at a word, never inside it', () => {
    expect(firstSentence('Talks resumed. More followed.')).toBe('Talks resumed.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
    expect(firstSentence('Extraordinarily long sentence without an end', 20)).toBe('Extraordinarily long…');
  });
});
