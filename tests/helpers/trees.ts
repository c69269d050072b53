/** Content trees for tests: the minimal valid tree, optionally overlaid with one bad-content case. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where tests write their trees and sites. Inside the project on purpose: Astro keeps a build's scratch files
 * (`.prerender/`) beside an output folder inside the working folder, but in the shared `.astro/` for one outside it,
 * where two builds at once would delete each other's files.
 */
export const TEMP = path.join(PROJECT, 'node_modules/.cache/fact-timeline-tests');

const made: string[] = [];

/** A fresh empty folder under TEMP, removed when the test file ends (tests/setup/temp-dirs.ts). */
export function tempDir(prefix: string): string {
  mkdirSync(TEMP, { recursive: true });
  return removeAfterFile(mkdtempSync(path.join(TEMP, `${prefix}-`)));
}

/** Marks `dir` for removal when the test file ends; returns it. */
export function removeAfterFile(dir: string): string {
  if (!made.includes(dir)) made.push(dir);
  return dir;
}

/** Removes what tempDir and removeAfterFile collected in this test file. */
export function removeTempDirs(): void {
  // A build deletes the site it replaced in the background, so a folder may still be emptying: retry.
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * A fresh project-like folder whose `content/` is the minimal
 * tree plus the files of `overlay` (a folder under fixtures/bad).
 */
export function contentTree(overlay?: string): { root: string; content: string } {
  const root = tempDir('timeline');
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
