import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { timelineMarkdown } from '../../src/markdown/processor.ts';
import { FIXTURES } from '../helpers/trees.ts';

// The site's own processor (plugins and sanitizer), with the options astro.config.mjs gives it.
const processor = await timelineMarkdown().createRenderer({ syntaxHighlight: false, gfm: true, smartypants: true });
const render = async (markdown: string, frontmatter: object) =>
  (await processor.render(markdown, { frontmatter: { ...frontmatter } })).code;
const folder = path.join(FIXTURES, 'markdown');

describe('the Markdown processor on fixtures', () => {
  for (const name of readdirSync(folder)) {
    it(name, async () => {
      const read = (file: string) => readFileSync(path.join(folder, name, file), 'utf8');
      const html = await render(read('input.md'), JSON.parse(read('context.json')));
      const expectedFile = path.join(folder, name, 'output.html');
      // UPDATE_FIXTURES=1 writes the output; review it before committing. Without it a missing file fails, so CI never
      // passes by writing the answer it then checks against.
      if (process.env['UPDATE_FIXTURES']) writeFileSync(expectedFile, `${html}\n`);
      expect(
        existsSync(expectedFile),
        `${path.relative(process.cwd(), expectedFile)} is missing: create it with UPDATE_FIXTURES=1 npx vitest run ` +
          `tests/unit/markdown.test.ts, then review it`,
      ).toBe(true);
      expect(html).toBe(read('output.html').trimEnd());
    });
  }
});

describe('broken references', () => {
  it('fail the file with the line and column of the reference', async () => {
    // Astro's renderer logs each failure before throwing it; the test reads the thrown error, the log is noise.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => logged.mockRestore());
    await expect(render('One.\n\nTwo [[missing]].', { entryLinks: {} })).rejects.toMatchObject({
      line: 3,
      column: 5,
      reason: '[[missing]] links to an unknown entry',
    });
    await expect(render('Cited [@4].', { sources: [{}] })).rejects.toMatchObject({
      line: 1,
      column: 7,
      reason: '[@4] cites no source of this entry (it has 1)',
    });
  });
});
