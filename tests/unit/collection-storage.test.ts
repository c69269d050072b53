import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionStorageFor, SINGLE_FILE_LIMIT } from '../../src/lib/collection-storage.ts';
import { tempDir } from '../helpers/trees.ts';

describe('the content store', () => {
  it('stays one file for an ordinary archive, and for a folder with no entries yet', () => {
    const content = tempDir('timeline-store');
    expect(collectionStorageFor(content)).toBe('single-file');
    mkdirSync(path.join(content, 'entries/2025'), { recursive: true });
    writeFileSync(path.join(content, 'entries/2025/a.md'), 'x'.repeat(10_000));
    expect(collectionStorageFor(content)).toBe('single-file');
  });

  it('is split into chunks once the entry files pass the limit in all', () => {
    const content = tempDir('timeline-store');
    mkdirSync(path.join(content, 'entries/2024'), { recursive: true });
    mkdirSync(path.join(content, 'entries/2025'), { recursive: true });
    // Sparse files: their size counts, no disk is used.
    for (const year of ['2024', '2025']) {
      const file = path.join(content, `entries/${year}/big.md`);
      writeFileSync(file, '');
      truncateSync(file, SINGLE_FILE_LIMIT / 2 + 1);
    }
    expect(collectionStorageFor(content)).toBe('chunked');
  });
});
