/** Content trees for tests: the minimal valid tree, optionally overlaid with one bad-content case. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh project-like folder whose `content/` is the minimal tree plus the files of `overlay` (a folder under fixtures/bad). */
export function contentTree(overlay?: string): { root: string; content: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-'));
  const content = path.join(root, 'content');
  cpSync(path.join(FIXTURES, 'minimal'), content, { recursive: true });
  if (overlay) cpSync(path.join(FIXTURES, 'bad', overlay), content, { recursive: true });
  return { root, content };
}

/** Writes `files` (paths relative to `content`) into a content tree; null deletes a file. */
export function writeFiles(content: string, files: Record<string, string | Uint8Array | null>): void {
  for (const [name, data] of Object.entries(files)) {
    const file = path.join(content, name);
    if (data === null) {
      rmSync(file);
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}
