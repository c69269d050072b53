/** The kept link results: a link is dead only after failing on separate days, and a success forgets the failures. */
import { describe, expect, it } from 'vitest';
import {
  deadForDays,
  mergeLinkChecks,
  parseLinkChecks,
  recordCheck,
  serializeLinkChecks,
  type LinkRecord,
} from '../../src/core/sources/link-checks.ts';

const gone = { kind: 'gone', problem: '404 Not Found' } as const;
const down = { kind: 'unreachable', problem: 'no answer within 15 s' } as const;

describe('recordCheck', () => {
  it('calls a link failing on its first bad day and dead on a second one', () => {
    const first = recordCheck(undefined, gone, '2026-03-01');
    expect(first).toMatchObject({ status: 'failing', firstFailed: '2026-03-01', failedDays: 1 });
    const sameDay = recordCheck(first, gone, '2026-03-01');
    expect(sameDay).toMatchObject({ status: 'failing', failedDays: 1 });
    const second = recordCheck(sameDay, down, '2026-03-12');
    expect(second).toMatchObject({
      status: 'dead',
      firstFailed: '2026-03-01',
      failedDays: 2,
      lastChecked: '2026-03-12',
    });
    expect(deadForDays(second as LinkRecord)).toBe(11);
  });

  it('forgets the failures of a flaky host once it answers again', () => {
    const failing = recordCheck(undefined, down, '2026-03-01');
    const back = recordCheck(failing, { kind: 'ok' }, '2026-03-02');
    expect(back).toEqual({ status: 'ok', lastOk: '2026-03-02', lastChecked: '2026-03-02' });
    expect(recordCheck(back, down, '2026-03-03')).toMatchObject({
      status: 'failing',
      failedDays: 1,
      lastOk: '2026-03-02',
    });
  });

  it('learns nothing from a host asking to wait, and never calls a refusal dead', () => {
    const failing = recordCheck(undefined, gone, '2026-03-01');
    expect(recordCheck(failing, { kind: 'rate-limited', problem: '429' }, '2026-03-05')).toBe(failing);
    expect(recordCheck(undefined, { kind: 'rate-limited', problem: '429' }, '2026-03-05')).toBeUndefined();
    const refused = recordCheck(
      recordCheck(undefined, { kind: 'refused', problem: '403' }, '2026-03-01'),
      { kind: 'refused', problem: '403' },
      '2026-03-09',
    );
    expect(refused?.status).toBe('refused');
  });

  it('keeps where a moved page went', () => {
    expect(recordCheck(undefined, { kind: 'moved', finalUrl: 'https://b.example/x' }, '2026-03-01')).toMatchObject({
      status: 'moved',
      finalUrl: 'https://b.example/x',
    });
  });
});

describe('two copies of the kept results', () => {
  it('keep, for each address, the record checked last', () => {
    const older = { status: 'failing', firstFailed: '2026-03-01', failedDays: 1, lastChecked: '2026-03-01' } as const;
    const newer = { status: 'ok', lastOk: '2026-03-08', lastChecked: '2026-03-08' } as const;
    const only = { status: 'ok', lastChecked: '2026-01-01' } as const;
    expect(mergeLinkChecks({ a: older, b: only }, { a: newer })).toEqual({ a: newer, b: only });
    expect(mergeLinkChecks({ a: newer }, { a: older, c: only })).toEqual({ a: newer, c: only });
  });
});

describe('the kept file', () => {
  it('reads back what it writes, addresses sorted for readable diffs', () => {
    const checks = {
      'https://b.example/': { status: 'ok', lastChecked: '2026-03-01' },
      'https://a.example/': { status: 'dead', firstFailed: '2026-01-01', failedDays: 3, lastChecked: '2026-03-01' },
    } satisfies Record<string, LinkRecord>;
    const text = serializeLinkChecks(checks);
    expect(text.indexOf('a.example')).toBeLessThan(text.indexOf('b.example'));
    expect(parseLinkChecks(text)).toEqual({ checks, problems: [] });
  });

  it('names what it cannot read, and where, instead of failing', () => {
    expect(parseLinkChecks('{').problems).toEqual([{ message: expect.stringMatching(/^not valid JSON: /), offset: 1 }]);
    const record = '{"status": "ok", "lastChecked": "2026-03-01"}';
    const conflict = `{\n<<<<<<< HEAD\n  "https://a.example/": ${record}\n=======\n}\n`;
    expect(parseLinkChecks(conflict).problems).toEqual([
      { message: expect.stringMatching(/not valid JSON/), offset: 2 },
    ]);
    const twice = `{"https://a.example/": ${record},\n "https://a.example/": ${record}}`;
    expect(parseLinkChecks(twice).problems).toEqual([
      { message: 'https://a.example/ is given twice: keep one of its records', offset: twice.lastIndexOf('"https') },
    ]);
    expect(parseLinkChecks('{"https://x.example/": {"status": "fine"}}')).toEqual({
      checks: {},
      problems: [{ message: expect.stringMatching(/https:\/\/x\.example\/.*expected fields/), offset: 1 }],
    });
  });
});
