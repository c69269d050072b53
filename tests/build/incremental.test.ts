/**
 * Incremental builds: a rebuild copies a page from the last build only while nothing it shows has changed
 * (src/lib/page-keys.ts). Each change below alters one thing another page shows, and that page must show it.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { contentTree } from '../helpers/trees.ts';

const { root, content } = contentTree();
const outDir = path.join(root, 'dist');
const FIRST = 'entries/2025-01-first/index.html';
const SECOND = 'entries/2025-02-03-second/index.html';
const html = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const edit = (file: string, from: string, to: string) => {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  expect(text, `${file} holds ${from}`).toContain(from);
  writeFileSync(full, text.replace(from, to));
};
const build = () => {
  const run = runBuild({ outDir, content });
  expect(run.status, run.output).toBe(0);
  return run.output;
};
const restored = (output: string, file: string) => output.includes(`/${file} (restored)`);

beforeAll(() => {
  writeFileSync(path.join(content, 'topics.yaml'), '- id: talks\n  name: Talks\n');
  edit('entries/2025/2025-01-first.md', 'threads: [the-story]', 'threads: [the-story]\ntopics: [talks]');
  build();
});

describe('a rebuild', () => {
  it('copies every entry page when nothing changed, byte for byte', () => {
    const before = [html(FIRST), html(SECOND)];
    const output = build();
    expect(restored(output, FIRST) && restored(output, SECOND), output).toBe(true);
    expect([html(FIRST), html(SECOND)]).toEqual(before);
  });

  it('renders a page again when a person, storyline, topic or related entry it shows was renamed', () => {
    edit('people.yaml', 'name: Jane Doe', 'name: Jane Roe');
    edit('threads.yaml', 'title: The story', 'title: The whole story');
    edit('topics.yaml', 'name: Talks', 'name: Peace talks');
    edit('entries/2025/2025-02-03-second.md', 'title: The second thing', 'title: The second thing, revised');
    const output = build();
    expect(restored(output, FIRST)).toBe(false);
    const first = html(FIRST);
    for (const shown of ['Jane Roe', 'The whole story', 'Peace talks', 'The second thing, revised']) expect(first).toContain(shown);
    expect(first).not.toContain('Jane Doe');
    expect(html(SECOND)).toContain('The whole story');
  });

  it('renders a list page again when only a name one of its cards shows changed', () => {
    edit('people.yaml', 'name: Jane Roe', 'name: Jane Poe');
    build();
    expect(html('years/2025/index.html')).toContain('Jane Poe');
  });

  it('renders a page again when only its body changed', () => {
    appendFileSync(path.join(content, 'entries/2025/2025-02-03-second.md'), '\nA sentence added later.\n');
    const output = build();
    expect(restored(output, FIRST), output).toBe(true);
    expect(html(SECOND)).toContain('A sentence added later.');
  });

  it('renders every page again when the site settings changed', () => {
    edit('site.yaml', 'title: Minimal timeline', 'title: Renamed timeline');
    const output = build();
    expect(restored(output, FIRST) || restored(output, SECOND)).toBe(false);
    expect(html(FIRST)).toContain('Renamed timeline');
  });
});
