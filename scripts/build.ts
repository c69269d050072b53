/**
 * `npm run build`: checks the content, builds the site into a fresh folder, and only then replaces `dist/`.
 * A failed build (bad content, a failing page, a failing search index) leaves the last good `dist/` as it was.
 * Arguments are passed to `astro build`, e.g. `npm run build -- --base /timeline/`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatReport, hasErrors, loadContent } from '../src/core/index.ts';

const root = process.cwd();
const args = process.argv.slice(2);
// --outDir names where the finished site goes; Astro itself always writes to the folder beside it.
const outIndex = args.indexOf('--outDir');
const [, requestedOut] = outIndex === -1 ? [] : args.splice(outIndex, 2);
const finalDir = path.resolve(root, requestedOut ?? 'dist');
const nextDir = `${finalDir}.next`;
const oldDir = `${finalDir}.old`;

/** Checks the content before Astro starts; returns how many entries will be published. Nothing of the model is kept,
 * so its memory is free for Astro's own load of the same files. */
async function checkContent(): Promise<number> {
  const model = await loadContent(process.env['TIMELINE_CONTENT'] ?? 'content', root);
  if (model.diagnostics.length) console.error(formatReport(model.diagnostics));
  if (hasErrors(model.diagnostics)) {
    console.error(`\nThe build stopped: fix the errors above. ${existsSync(finalDir) ? `${path.relative(root, finalDir)}/ was left as it was.` : ''}`);
    process.exit(1);
  }
  if (!model.site.url && !args.includes('--site')) {
    console.warn('Note: content/site.yaml has no url, so feeds, the sitemap and canonical links use http://localhost:4321. Set url before publishing.');
  }
  return model.entries.length;
}
const published = await checkContent();

await rm(nextDir, { recursive: true, force: true });
const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const code = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [astro, 'build', '--outDir', nextDir, ...args], { stdio: 'inherit' });
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
if (code !== 0) {
  await rm(nextDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(finalDir) ? `${path.relative(root, finalDir)}/ was left as it was` : 'nothing was written'}.`);
  process.exit(code);
}
await rm(oldDir, { recursive: true, force: true });
if (existsSync(finalDir)) await rename(finalDir, oldDir);
await rename(nextDir, finalDir);
await rm(oldDir, { recursive: true, force: true });
console.log(`\nPublished ${published} entries to ${path.relative(root, finalDir)}/.`);
