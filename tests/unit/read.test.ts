import { describe, expect, it } from 'vitest';
import { decodeText, readMarkdown, readYaml } from '../../src/core/read.ts';

describe('readMarkdown', () => {
  const entry = ['---', 'title: T', 'sources:', '  - outlet: X', '    url: ftp://x', '---', '', 'Body line.', ''].join(
    '\n',
  );

  it('splits frontmatter and body, and knows the line the body starts on', () => {
    const read = readMarkdown('e.md', entry);
    expect(read.diagnostics).toEqual([]);
    expect(read.data).toEqual({ title: 'T', sources: [{ outlet: 'X', url: 'ftp://x' }] });
    expect(read.body.trim()).toBe('Body line.');
    expect(read.bodyLine).toBe(7);
  });

  it('locates fields and keys by their file line and column', () => {
    const read = readMarkdown('e.md', entry);
    expect(read.locate(['sources', 0, 'url'])).toEqual({ line: 5, column: 10 });
    expect(read.locate(['sources', 0], 'url')).toEqual({ line: 5, column: 5 });
    // A missing field points at its nearest parent.
    expect(read.locate(['sources', 0, 'title'])).toEqual({ line: 4, column: 5 });
  });

  it('keeps positions with CRLF line endings', () => {
    const read = readMarkdown('e.md', entry.replaceAll('\n', '\r\n'));
    expect(read.diagnostics).toEqual([]);
    expect(read.locate(['sources', 0, 'url'])).toEqual({ line: 5, column: 10 });
  });

  it('reports YAML syntax errors at their line', () => {
    const read = readMarkdown('e.md', ['---', 'title: T', 'title: again', 'summary: "open', '---', ''].join('\n'));
    expect(read.diagnostics.map((d) => [d.line, d.rule])).toContainEqual([3, 'yaml-syntax']);
    expect(read.diagnostics.every((d) => d.file === 'e.md' && d.severity === 'error')).toBe(true);
  });

  it('reports an alias used before its anchor at the alias, instead of throwing', () => {
    const read = readMarkdown('e.md', ['---', 'title: *name', 'summary: &name Text', '---', ''].join('\n'));
    expect(read.data).toBeUndefined();
    expect(read.diagnostics).toMatchObject([{ file: 'e.md', line: 2, column: 8, rule: 'yaml-syntax' }]);
    expect(read.diagnostics[0]?.message).toMatch(/alias \*name names no anchor/);
  });

  it('explains empty files and missing frontmatter', () => {
    expect(readMarkdown('e.md', '').diagnostics[0]?.rule).toBe('empty-file');
    expect(readMarkdown('e.md', 'Just text.').diagnostics[0]?.message).toMatch(/three hyphens/);
  });
});

describe('readYaml', () => {
  it('reads a list and locates its items', () => {
    const read = readYaml('people.yaml', '- id: a\n  name: A\n- id: b\n  name: B\n');
    expect(read.data).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ]);
    expect(read.locate([1, 'name'])).toEqual({ line: 4, column: 9 });
  });

  it('rejects duplicate keys and tabs for indentation', () => {
    expect(readYaml('x.yaml', 'a: 1\na: 2\n').diagnostics[0]).toMatchObject({ line: 2, rule: 'yaml-syntax' });
    expect(readYaml('x.yaml', 'a:\n\t- 1\n').diagnostics[0]).toMatchObject({ line: 2, rule: 'yaml-syntax' });
  });

  it('keeps dates as written, not as timestamps', () => {
    expect(readYaml('x.yaml', 'date: 2025-01-19\n').data).toEqual({ date: '2025-01-19' });
  });
});

describe('decodeText', () => {
  it('drops a byte-order mark and refuses bytes that are not UTF-8', () => {
    expect(decodeText('f', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
    expect(decodeText('f', new Uint8Array([0x61, 0xff]))).toMatchObject({
      diagnostic: { rule: 'encoding', file: 'f' },
    });
  });
});
