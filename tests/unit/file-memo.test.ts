/**
 * The dev server's memo of entry files: a run with it gives the model a fresh run gives, after any change to the
 * files, and reports every problem again; what it hands out cannot be changed by a caller.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileMemo, loadContent } from '../../src/core/index.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

const FIRST = 'entries/2025/2025-01-first.md';

describe('the memo of entry files', () => {
  it('gives, after each change, the model a run without it gives', async () => {
    const { root, content } = contentTree();
    const memo = fileMemo();
    const fresh = () => loadContent('content', root);
    const remembered = () => loadContent('content', root, { fileMemo: memo });
    expect(await remembered()).toEqual(await fresh());
    const first = path.join(content, FIRST);
    const text = readFileSync(first, 'utf8');
    // Edited to the same size, and given back its modification time (as `cp -p` does): still read again.
    const stat = { atime: new Date(2025, 0, 1), mtime: new Date(2025, 0, 1) };
    utimesSync(first, stat.atime, stat.mtime);
    await remembered();
    writeFileSync(first, text.replace('The first thing', 'The first THING'));
    utimesSync(first, stat.atime, stat.mtime);
    const edited = await remembered();
    expect(edited.entries.map((entry) => entry.title)).toContain('The first THING');
    expect(edited).toEqual(await fresh());
    // An entry added, an entry broken, an entry removed.
    writeFiles(content, {
      'entries/2025/2025-03-new.md': text.replace('The first thing', 'A new thing'),
      'entries/2025/2025-04-broken.md': '---\ntitle: "never closed\ndate: 2025-03\n---\nBody.\n',
    });
    const grown = await remembered();
    expect(grown).toEqual(await fresh());
    expect(grown.diagnostics.map((d) => d.rule)).toContain('yaml-syntax');
    // Reported again by a run that finds the broken file unchanged.
    expect((await remembered()).diagnostics).toEqual(grown.diagnostics);
    writeFiles(content, { [FIRST]: null });
    const shrunk = await remembered();
    expect(shrunk.entries.map((entry) => entry.title)).not.toContain('The first THING');
    expect(shrunk).toEqual(await fresh());
  });

  it('hands out what no caller can change for the next run', async () => {
    const { root } = contentTree();
    const memo = fileMemo();
    const first = await loadContent('content', root, { fileMemo: memo });
    expect(() => first.entries[0]?.people.push('changed-by-a-caller')).toThrow(TypeError);
    const second = await loadContent('content', root, { fileMemo: memo });
    expect(second.entries[0]?.people).toEqual(['jane-doe']);
  });
});
