/** timeline.json is written piece by piece, and a reader never finds half of it. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/integrations/timeline-file.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing timeline.json', () => {
  it('writes every piece, in order, and says how many bytes', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'timeline-file-'));
    const file = path.join(dir, 'timeline.json');
    const pieces = ['{\n', '  "a": 1', '\n}\n'].map((text) => Buffer.from(text));
    expect(await writeChunks(file, pieces)).toBe(13);
    expect(readFileSync(file, 'utf8')).toBe('{\n  "a": 1\n}\n');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it('leaves the file it replaces as it was when making the new one fails, and nothing half written', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'timeline-file-'));
    const file = path.join(dir, 'timeline.json');
    writeFileSync(file, 'the last one');
    function* failing() {
      yield Buffer.from('{\n');
      throw new Error('no more');
    }
    await expect(writeChunks(file, failing())).rejects.toThrow('no more');
    expect(readFileSync(file, 'utf8')).toBe('the last one');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it("fails with the system's error when the site's folder is gone", async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'timeline-file-'));
    const file = path.join(dir, 'gone', 'timeline.json');
    await expect(writeChunks(file, [Buffer.from('{}\n')])).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
