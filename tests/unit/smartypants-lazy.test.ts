/**
 * The site's SmartyPants (src/markdown/remark-smartypants-lazy.ts) must give exactly what Astro's remark-smartypants
 * gives, on every text: it only skips parsing what SmartyPants would leave alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsLazy from '../../src/markdown/remark-smartypants-lazy.ts';
import { timelineMarkdown } from '../../src/markdown/processor.ts';
import { FIXTURES, PROJECT } from '../helpers/trees.ts';

const options = { syntaxHighlight: false } as const;
const astros = await unified({ smartypants: true }).createRenderer(options);
const lazy = await unified({ smartypants: false, remarkPlugins: [remarkSmartypantsLazy] }).createRenderer(options);
const both = async (markdown: string) => [(await astros.render(markdown)).code, (await lazy.render(markdown)).code];

/** Every Markdown, YAML and JSON text of the project's content and fixtures: real prose, quotes of every kind. */
function texts(): string[] {
  const folders = [path.join(PROJECT, 'content'), FIXTURES];
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true })
      .map(String)
      .filter((file) => /\.(md|ya?ml|json)$/.test(file))
      .map((file) => readFileSync(path.join(folder, file), 'utf8')),
  );
}

/** What SmartyPants reads and what stops it: quotes, dashes, dots, backticks, white space, Markdown around them. */
const PIECES = [
  ...['"', "'", '`', '``', "''", '-', '--', '---', '.', '..', '...', '. . .', '.\u00a0.\u00a0.', '.\u0085.\u0085.'],
  ...[' ', '\n', '\n\n', 'word', "it's", "'80s", '1980s', '(', ')', '!', '?', ',', '\u2026', '\u2014'],
  ...['*', '**', '_', '[a](b)', '`code`', '# ', '> ', '- ', '<b>', '</b>', '&quot;', '\\"', '[^1]', '[^1]: "n"\n'],
  '| a | b |\n|---|---|\n| "x | y\' |\n',
];

describe('SmartyPants, parsing only what it changes', () => {
  it('gives what remark-smartypants gives for the content and every fixture', async () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(50);
    for (const text of all) {
      const [astro, ours] = await both(text);
      expect(ours).toBe(astro);
    }
  });

  it('gives what remark-smartypants gives for 1,500 mixes of what it reads', async () => {
    let seed = 7;
    const next = (below: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % below;
    for (let run = 0; run < 1500; run++) {
      const text = Array.from({ length: 1 + next(24) }, () => PIECES[next(PIECES.length)]).join('');
      const [astro, ours] = await both(text);
      expect(ours, JSON.stringify(text)).toBe(astro);
    }
  });

  it('curls quotes and makes dashes and ellipses where a text has them', async () => {
    const [astro, ours] = await both("He said \"it's done\" -- then... and . . . ``so''.");
    expect(ours).toBe(astro);
    expect(ours).toBe('<p>He said “it’s done” — then… and … “so”.</p>');
  });

  it('is on in the site processor, and off where an export turns it off', async () => {
    const render = async (smartypants: boolean) =>
      (await (await timelineMarkdown().createRenderer({ ...options, smartypants })).render('"A" -- b...')).code;
    expect(await render(true)).toBe('<p dir="auto">“A” — b…</p>');
    expect(await render(false)).toBe('<p dir="auto">"A" -- b...</p>');
  });
});
