/**
 * A build whose pages' process is ended while the search index already reads the entry pages (the system ending it
 * for want of memory, say): the site last published stays as it was, nothing of the new one is left, and the next
 * build works.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { siteFolders } from '../../scripts/lib/build-folders.ts';
import { fingerprint, NODE, runBuild } from '../helpers/build.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { PROJECT, tempDir } from '../helpers/trees.ts';

/** The process ids of `pid`'s children whose command line holds `holds` (Linux's /proc). */
function childrenOf(pid: number, holds: string): number[] {
  let children: string[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
  return children.map(Number).filter((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(holds);
    } catch {
      return false;
    }
  });
}

/**
 * Runs `npm run build`'s script, and kills its pages' process as soon as Pagefind's has started beside it (the index
 * begun early); resolves to how the build ended, and whether it was killed so.
 */
function buildKilledWhileIndexing(
  outDir: string,
  content: string,
): Promise<{ status: number | null; output: string; killed: boolean }> {
  const build = spawn(NODE, [path.join(PROJECT, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', TIMELINE_CONTENT: content },
  });
  let output = '';
  let killed = false;
  build.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  build.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const watch = setInterval(() => {
    const pid = build.pid ?? 0;
    const pages = childrenOf(pid, 'build-site.ts');
    if (killed || pages.length === 0 || childrenOf(pid, 'pagefind').length === 0) return;
    killed = true;
    for (const child of pages) process.kill(child, 'SIGKILL');
  }, 10);
  return new Promise((resolve) =>
    build.on('close', (status) => {
      clearInterval(watch);
      resolve({ status, output, killed });
    }),
  );
}

it('leaves the last site as it was when the pages stop while the index reads, and the next build works', async () => {
  // The last site published: a copy of the shared publishing site, whose content and build cache this build reuses.
  const shared = await sharedSite('publishingSite');
  const content = path.join(path.dirname(shared), 'content');
  const outDir = path.join(tempDir('timeline-dist'), 'dist');
  cpSync(shared, outDir, { recursive: true });
  const published = fingerprint(outDir);

  const stopped = await buildKilledWhileIndexing(outDir, content);
  expect(stopped.killed, stopped.output).toBe(true);
  expect(stopped.output).toMatch(/The process building the pages was ended \(SIGKILL\)/);
  expect(stopped.status).toBe(1);
  expect(existsSync(siteFolders(PROJECT, outDir).nextDir)).toBe(false);
  expect(fingerprint(outDir)).toEqual(published);

  const next = runBuild({ outDir, content });
  expect(next.status, next.output).toBe(0);
  expect(next.output).toMatch(/search index: \d+ pages/);
  expect(fingerprint(outDir)).toEqual(published);
});
