/** A failure with no message still says what failed. */
import { describe, expect, it } from 'vitest';
import { errorReport } from '../../src/core/errors.ts';

describe('errorReport', () => {
  it('is the message when there is one', () => {
    expect(errorReport(new Error('the file is empty'))).toBe('the file is empty');
    expect(errorReport('plain text')).toBe('plain text');
  });

  it('gives the stack, each gathered error and the cause when the message is empty', () => {
    const report = errorReport(
      new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:80'), new Error('')], '', {
        cause: new Error('the sync stopped'),
      }),
    );
    expect(report).toMatch(/^AggregateError: \n\s+at .*error-report\.test\.ts/);
    expect(report).toContain('  connect ECONNREFUSED 127.0.0.1:80');
    expect(report).toContain('caused by: the sync stopped');
    // The gathered error without a message is given by its own stack.
    expect(report).toMatch(/\n {2}Error: \n\s+at /);
  });
});
