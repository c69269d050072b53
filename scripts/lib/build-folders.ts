/** What the two processes of `npm run build` share: its options, its folders and what a failed build says. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BuildOptions {
  base?: string | undefined;
  site?: string | undefined;
  outDir?: string | undefined;
}

/** The entries and translations a build published, as the process that ran Astro reports them. */
export interface BuiltCounts {
  entries: number;
  translations: number;
  /** Pages the search index selects that were written after the entry pages were said to be written. */
  lateEntryPages: number;
}

export const BUILD_USAGE = 'usage: npm run build [-- --base /sub/path/] [--site https://example.org] [--outDir DIR]';

/** The options `npm run build` takes. */
export const BUILD_OPTIONS = {
  base: { type: 'string' },
  site: { type: 'string' },
  outDir: { type: 'string' },
} as const;

/** The build's options (`--base`, `--site`, `--outDir`); throws on an unknown or incomplete one. */
export function buildOptions(args: string[]): BuildOptions {
  return parseArgs({ args, options: BUILD_OPTIONS }).values;
}

/** The published site (`dist/` or `--outDir`) and the folder the next one is built in before it takes its place. */
export function siteFolders(root: string, outDir: string | undefined): { finalDir: string; nextDir: string } {
  const finalDir = path.resolve(root, outDir ?? 'dist');
  return { finalDir, nextDir: `${finalDir}.next` };
}

/** Whether `name` is a site a build of `finalDir` replaced (`dist.old-<time>`, or `dist.old` of older versions). */
export function isReplacedSite(finalDir: string, name: string): boolean {
  const base = path.basename(finalDir);
  return name.startsWith(`${base}.old`) && /^(-\d+)?$/.test(name.slice(base.length + 4));
}

/** What a stopped or failed build tells the editor of the site last published. */
export function whatWasKept(root: string, finalDir: string): string {
  return existsSync(finalDir) ? `${path.relative(root, finalDir)}/ was left as it was.` : 'Nothing was written.';
}
