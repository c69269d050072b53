/**
 * TimelineJS files as their readers see them: every file the tests have, and the sentences a slide prints twice (an
 * export must print each once).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { sentences } from '../../src/core/sentences.ts';
import type { TLSlide } from '../../src/core/timelinejs.ts';
import { FIXTURES, PROJECT } from './trees.ts';

/** Every TimelineJS file we have: our fixtures and the templates Knight Lab ships, each once. */
export function timelineFiles(): string[] {
  const folders = [
    path.join(FIXTURES, 'timelinejs'),
    path.join(PROJECT, 'node_modules/@knight-lab/timelinejs/src/template'),
  ];
  const seen = new Set<string>();
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.(json|csv)$/.test(name))
      .map((name) => path.join(folder, name))
      .filter((file) => {
        const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
        return !seen.has(digest) && Boolean(seen.add(digest));
      }),
  );
}

/** The text a reader sees of an HTML field, block by block (what TimelineJS keeps out of sight left out). */
export function shownBlocks(html: string): string[] {
  const root = parse(html);
  for (const hidden of root.querySelectorAll('[hidden]')) hidden.remove();
  const blocks = root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th');
  const innermost = blocks.filter((block) => !block.querySelector('p, li'));
  return innermost.length ? innermost.map((block) => block.textContent) : [root.textContent];
}

const said = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.!?…:;,]+$/u, '');

/** The sentences a reader of a slide sees more than once, in its headline, text and media caption. */
export function printedTwice(slide: TLSlide): string[] {
  const parts = [
    parse(slide.text?.headline ?? '').textContent,
    ...shownBlocks(slide.text?.text ?? ''),
    parse(slide.media?.caption ?? '').textContent,
  ];
  const count = new Map<string, number>();
  for (const part of parts)
    for (const sentence of sentences(part.replace(/\s+/g, ' ')).map(said).filter(Boolean))
      count.set(sentence, (count.get(sentence) ?? 0) + 1);
  return [...count].filter(([, times]) => times > 1).map(([sentence]) => sentence);
}
