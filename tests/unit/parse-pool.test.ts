/**
 * The parse pool: an archive read with its YAML parsed on worker threads gives the very model, problems and places
 * the reader alone gives, and a parse cache keeps what the workers parsed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, type ParseCache } from '../../src/core/index.ts';
import { openLastingParseCache, openParseCache } from '../../src/core/parse-cache.ts';
import { parseAhead, PARSE_POOL_THRESHOLD } from '../../src/core/parse-pool.ts';
import { yamlReaderVersion } from '../../src/core/read.ts';
import { contentTree } from '../helpers/trees.ts';

/** A cache that holds nothing and says it holds something: the pool stays off, and the reader parses every file. */
const readerAlone = (): ParseCache => ({
  get: () => undefined,
  set: () => undefined,
  empty: () => false,
  save: () => Promise.resolve(),
});

/** The minimal tree, with enough generated entries to start the pool and one file of each kind that can go wrong. */
function largeTree(): { root: string; content: string } {
  const tree = contentTree();
  const dir = path.join(tree.content, 'entries/2024');
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < PARSE_POOL_THRESHOLD; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    writeFileSync(
      path.join(dir, `2024-02-${day}-step-${index}.md`),
      `---\ntitle: Step ${index}\nsummary: Step ${index} happened.\ndate: 2024-02-${day}\nkind: event\n` +
        `threads: [the-story]\npeople: [jane-doe]\nsources:\n  - outlet: Example Gazette\n    url: https://example.org/${index}\n---\nStep ${index}.\n`,
    );
  }
  const files: Record<string, string | Buffer> = {
    // The same text twice: each file gets its own data.
    '2024-03-01-twin-a.md':
      '---\ntitle: Twin\nsummary: Twins.\ndate: 2024-03-01\nkind: event\nsources:\n  - outlet: A\n    url: https://example.org/t\n---\nTwin.\n',
    '2024-03-01-twin-b.md':
      '---\ntitle: Twin\nsummary: Twins.\ndate: 2024-03-01\nkind: event\nsources:\n  - outlet: A\n    url: https://example.org/t\n---\nTwin.\n',
    '2024-03-02-crlf.md':
      '---\r\ntitle: Windows\r\nsummary: Saved on Windows.\r\ndate: 2024-03-02\r\nkind: event\r\nsources:\r\n  - outlet: A\r\n    url: https://example.org/w\r\n---\r\nBody.\r\n',
    '2024-03-03-broken.md': '---\ntitle: Broken\nsummary: [not closed\ndate: 2024-03-03\n---\nBody.\n',
    '2024-03-04-unknown-person.md':
      '---\ntitle: Who\nsummary: Someone.\ndate: 2024-03-04\nkind: event\npeople: [nobody]\nsources:\n  - outlet: A\n    url: https://example.org/p\n---\nBody.\n',
    '2024-03-05-latin1.md': Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'),
    'many.yaml':
      '- id: yaml-one\n  title: One\n  summary: One.\n  date: 2024-03-06\n  kind: event\n  sources:\n    - outlet: A\n      url: https://example.org/1\n- id: yaml-two\n  title: Two\n  summary: [broken\n',
    '2024-03-01-twin-a.uk.md': '---\ntitle: Близнюк\nsummary: Близнюки.\n---\nБлизнюк.\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return tree;
}

describe('the parse pool', () => {
  it('reads an archive to the same model, problems and places as the reader alone', async () => {
    const { root } = largeTree();
    const alone = await loadContent('content', root, { parseCache: readerAlone() });
    const pooled = await loadContent('content', root);
    expect(alone.entries.length).toBeGreaterThan(PARSE_POOL_THRESHOLD);
    const rules = alone.diagnostics.map((diagnostic) => `${diagnostic.file}: ${diagnostic.rule}`);
    for (const file of ['broken', 'unknown-person', 'latin1', 'many.yaml'])
      expect(rules.some((rule) => rule.includes(file))).toBe(true);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
  });

  it('hands each parsed text out once, and keeps it in the parse cache', async () => {
    const { root, content } = largeTree();
    const file = path.join(root, 'cache/content-parse.bin');
    const version = yamlReaderVersion();
    const cache = await openParseCache(file, version);
    const files = [path.join(content, 'entries/2024/2024-03-01-twin-a.md')];
    const ahead = await parseAhead(files, cache, { threshold: 1 });
    expect(ahead).not.toBe(cache);
    const text =
      '\ntitle: Twin\nsummary: Twins.\ndate: 2024-03-01\nkind: event\nsources:\n  - outlet: A\n    url: https://example.org/t';
    expect(ahead?.get(text)?.data).toMatchObject({ title: 'Twin' });
    expect(ahead?.get(text)).toBeUndefined();
    await ahead?.save();
    expect((await openParseCache(file, version)).get(text)?.data).toMatchObject({ title: 'Twin' });
  });

  it('counts a parse cache as empty until a run has saved it, whatever this run keeps in it', async () => {
    const { root } = contentTree();
    const file = path.join(root, 'cache/content-parse.bin');
    const version = yamlReaderVersion();
    for (const open of [openParseCache, openLastingParseCache]) {
      const first = await open(file, version);
      // Settings and records are read before the entries, and kept: the entries still go to the pool.
      first.set('title: Settings', { title: 'Settings' });
      expect(first.empty()).toBe(true);
      await first.save();
      expect((await open(file, version)).empty()).toBe(false);
      rmSync(file);
    }
  });

  it('stays off when the parse cache holds an earlier run, or there are few files', async () => {
    const cache = readerAlone();
    expect(await parseAhead(['a.md', 'b.md'], cache, { threshold: 1 })).toBe(cache);
    expect(await parseAhead(['a.md'], undefined)).toBeUndefined();
  });
});
