/** Runs the real build (`scripts/build.ts`, then Astro) on a content tree, as `npm run build` does. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { treeCacheDir } from '../../src/lib/cache-dir.ts';
import { PROJECT, removeAfterFile, TEMP } from './trees.ts';

/** The Node the project runs its scripts with (Astro needs Node 22+; the `node` devDependency provides it). */
export const NODE = existsSync(path.join(PROJECT, 'node_modules/.bin/node'))
  ? path.join(PROJECT, 'node_modules/.bin/node')
  : process.execPath;

export interface BuildRun {
  status: number;
  output: string;
}

export interface BuildOptions {
  outDir: string;
  content?: string;
  args?: string[];
  script?: 'build' | 'astro';
  /**
   * Build with the network unplugged (a network namespace of its own, `unshare -rn`) where the system allows it, and
   * always with a guard in every Node process of the build that fails any connection to another host.
   */
  offline?: boolean;
}

/** The program, arguments and environment of a build. */
function buildCommand(options: BuildOptions): { program: string; args: string[]; env: NodeJS.ProcessEnv } {
  // No colour codes (CI turns them on), so tests can read the output as text.
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  if (options.content) env['TIMELINE_CONTENT'] = options.content;
  else delete env['TIMELINE_CONTENT'];
  // A temporary tree's build cache goes with the tree; the fixtures' own caches stay for the next run.
  if (options.content?.startsWith(TEMP)) removeAfterFile(path.join(PROJECT, treeCacheDir(options.content)));
  const command =
    options.script === 'astro'
      ? [
          path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'),
          'build',
          '--outDir',
          options.outDir,
          ...(options.args ?? []),
        ]
      : [path.join(PROJECT, 'scripts/build.ts'), '--outDir', options.outDir, ...(options.args ?? [])];
  if (options.offline) {
    const guard = `--import=${pathToFileURL(path.join(PROJECT, 'tests/helpers/no-network.mjs')).href}`;
    env['NODE_OPTIONS'] = [env['NODE_OPTIONS'], guard].filter(Boolean).join(' ');
  }
  return options.offline && canUnplug()
    ? { program: 'unshare', args: ['-rn', NODE, ...command], env }
    : { program: NODE, args: command, env };
}

/** Builds into `outDir` from `content` (default: the project's own content), with extra `astro build` arguments. */
export function runBuild(options: BuildOptions): BuildRun {
  const { program, args, env } = buildCommand(options);
  const run = spawnSync(program, args, { cwd: PROJECT, env, encoding: 'utf8', timeout: 280_000 });
  return { status: run.status ?? 1, output: `${run.stdout}\n${run.stderr}` };
}

/** The same as runBuild, without blocking: builds of different trees can go at once. */
export function runBuildAsync(options: BuildOptions): Promise<BuildRun> {
  const { program, args, env } = buildCommand(options);
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd: PROJECT, env, timeout: 280_000 });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/** A built page, parsed. */
export function page(outDir: string, route: string): HTMLElement {
  return parse(readFileSync(path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8'));
}

/** Each file of a built site and the hash of its bytes, sorted by name (two builds compare with toEqual). */
export function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
  return Object.fromEntries(
    files.map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(path.join(dir, name)))
        .digest('hex'),
    ]),
  );
}

let unplugs: boolean | undefined;
/** Whether this system lets a process run without network (`unshare -rn`); asked once. */
export function canUnplug(): boolean {
  unplugs ??= spawnSync('unshare', ['-rn', 'true']).status === 0;
  return unplugs;
}
