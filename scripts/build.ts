/**
 * `npm run build`: checks the content, builds the site into a fresh folder, and only then replaces `dist/`.
 * A failed build (bad content, a failing page, a failing search index) leaves the last good `dist/` as it was.
 * Options: `--base /timeline/` (a site served under a sub-path), `--site https://example.org` (its address),
 * `--outDir DIR` (somewhere other than dist/). Astro runs in this process and is handed the checked content,
 * so the files are read once.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { errorMessage, formatReport, hasErrors, loadContent } from '../src/core/index.ts';
import { parseCacheFile } from '../src/lib/cache-dir.ts';
import { contentDirectory, preloadModel } from '../src/loaders/timeline-loader.ts';
import { counted } from '../src/core/counted.ts';

/**
 * Deletes a folder in a process of its own: the new site is already in place, and deleting the last one (11,500
 * pages at 10,000 entries) would keep the editor waiting another second or two for nothing.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })';
  const child = spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore', windowsHide: true });
  // The new site is published either way; a folder not deleted now is deleted by the next build.
  child.on('error', () => undefined);
  child.unref();
}

/**
 * Deletes old sites an earlier build left (its deletion
 * interrupted, or still running), and `dist.old` of older versions.
 */
async function removeLeftovers(dir: string): Promise<void> {
  const base = path.basename(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const old = new RegExp(`^${base}\\.old(-\\d+)?$`);
  const names = await readdir(path.dirname(dir)).catch(() => [] as string[]);
  const removals = names
    .filter((name) => old.test(name))
    .map((name) => rm(path.join(path.dirname(dir), name), { recursive: true, force: true, maxRetries: 3 }));
  // Only tidying: a folder that cannot be deleted now is tried again by the next build.
  await Promise.allSettled(removals);
}

const usage = 'usage: npm run build [-- --base /sub/path/] [--site https://example.org] [--outDir DIR]';
let options: { base?: string | undefined; site?: string | undefined; outDir?: string | undefined };
try {
  ({ values: options } = parseArgs({
    options: { base: { type: 'string' }, site: { type: 'string' }, outDir: { type: 'string' } },
  }));
} catch (error) {
  console.error(`${errorMessage(error)}\n${usage}`);
  process.exit(2);
}

const root = process.cwd();
const finalDir = path.resolve(root, options.outDir ?? 'dist');
const nextDir = `${finalDir}.next`;
/** Where the last site goes when the new one takes its place; each build has its own, deleted after the swap. */
const oldDir = `${finalDir}.old-${Date.now()}`;
const keptMessage = () =>
  existsSync(finalDir) ? `${path.relative(root, finalDir)}/ was left as it was.` : 'Nothing was written.';

const contentDir = contentDirectory(new URL(`file://${root}/`));
const model = await loadContent(contentDir, root, { parseCache: parseCacheFile(root) });
if (model.diagnostics.length) console.error(formatReport(model.diagnostics));
if (hasErrors(model.diagnostics)) {
  console.error(`\nThe build stopped: fix the errors above. ${keptMessage()}`);
  process.exit(1);
}
if (!model.site.url && !options.site) {
  console.warn(
    'Note: content/site.yaml has no url, so feeds and the sitemap use http://localhost:4321, and pages give their ' +
      'addresses as paths on the site, without link-preview images. Set url before publishing.',
  );
}
const published = model.entries.length;
const translated = model.translations.length;
preloadModel(contentDir, model);

await rm(nextDir, { recursive: true, force: true });
// Old sites earlier builds left are deleted while this one builds.
const leftovers = removeLeftovers(finalDir);
try {
  await build({
    root,
    outDir: nextDir,
    ...(options.base ? { base: options.base } : {}),
    ...(options.site ? { site: options.site } : {}),
  });
} catch (error) {
  await rm(nextDir, { recursive: true, force: true });
  console.error(`\n${errorMessage(error)}\n\nThe build failed. ${keptMessage()}`);
  process.exit(1);
}
await leftovers;
if (existsSync(finalDir)) await rename(finalDir, oldDir);
await rename(nextDir, finalDir);
removeInBackground(oldDir);
const translations = translated ? ` and ${counted(translated, 'translation')}` : '';
console.log(
  `\nPublished ${counted(published, 'entry', 'entries')}${translations} to ${path.relative(root, finalDir)}/.`,
);
