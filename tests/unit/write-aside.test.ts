/** Files written aside and renamed into place: a reader finds the old file or the new one, never half of one. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAside, writeAsideSync } from '../../src/core/write-aside.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'write-aside-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a file aside', () => {
  it('writes every piece, in order, as timeline.json is written', async () => {
    const file = path.join(dir, 'timeline.json');
    const pieces = ['{\n', '  "a": 1', '\n}\n'].map((text) => Buffer.from(text));
    await writeAside(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe('{\n  "a": 1\n}\n');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it('leaves the file it replaces as it was when making the new one fails, and nothing half written', async () => {
    const file = path.join(dir, 'timeline.json');
    writeFileSync(file, 'the last one');
    function* failing() {
      yield Buffer.from('{\n');
      throw new Error('no more');
    }
    await expect(writeAside(file, failing())).rejects.toThrow('no more');
    expect(readFileSync(file, 'utf8')).toBe('the last one');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it("fails with the system's error when the folder is gone, and leaves nothing", async () => {
    await expect(writeAside(path.join(dir, 'gone', 'timeline.json'), '{}\n')).rejects.toThrow(/ENOENT/);
    expect(() => writeAsideSync(path.join(dir, 'gone', 'cms.js'), 'code')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets writes of one file at once each land whole', async () => {
    const file = path.join(dir, 'cache.bin');
    const texts = Array.from({ length: 20 }, (_, index) => String(index).repeat(100_000));
    await Promise.all(texts.map((text) => writeAside(file, text)));
    expect(texts).toContain(readFileSync(file, 'utf8'));
    writeAsideSync(file, 'kept');
    expect(readFileSync(file, 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['cache.bin']);
  });
});
