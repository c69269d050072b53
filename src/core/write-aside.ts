/**
 * Writing a file so that no reader ever finds it half written: the data goes to a file of its own beside it, which
 * is then renamed over the old one (one step within a folder). Builds, the dev server and tests write the same caches
 * and sites side by side, so each write's own file has a name no other write, here or in another process, takes.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

let writes = 0;

/** A name beside `file` for one write of this process. */
const asideOf = (file: string) => `${file}.${process.pid}.${++writes}.partial`;

/**
 * Writes `data` to `file` whole or not at all: a string, bytes, or pieces of bytes written one at a time as they are
 * made. On failure the file is as it was, the partial one is removed, and the error is thrown.
 */
export async function writeAside(file: string, data: Parameters<typeof writeFile>[1]): Promise<void> {
  const aside = asideOf(file);
  try {
    await writeFile(aside, data);
    await rename(aside, file);
  } catch (error) {
    await rm(aside, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes a cache's file aside, its folder made first, with the bytes `data` makes; never fails (making them
 * included). A cache only saves time: on a read-only or full disk the next run computes again, and nothing is lost.
 */
export async function writeCacheFile(file: string, data: () => Parameters<typeof writeFile>[1]): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeAside(file, data());
  } catch {
    // Not kept: the next run computes again.
  }
}

/** writeAside for code that cannot wait. */
export function writeAsideSync(file: string, data: string | Uint8Array): void {
  const aside = asideOf(file);
  try {
    writeFileSync(aside, data);
    renameSync(aside, file);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}
