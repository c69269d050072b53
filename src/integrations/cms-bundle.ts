/**
 * The editing interface's script (src/client/admin.ts: Decap CMS and our formats and preview), bundled by esbuild
 * apart from the site's own scripts and kept between builds. It is over 6 MB and changes only when its sources or
 * the installed packages do, yet bundling it through Vite cost every build about four seconds; now a build checks
 * that its inputs are unchanged (size and modification time, as make does) and copies the kept file.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, version } from 'esbuild';
import { writeAsideSync } from '../core/write-aside.ts';

/** The script's source, from the project root. */
const ENTRY = 'src/client/admin.ts';
/** Where the page asks for it: admin/ under the site's base. */
const FOLDER = 'admin/';

/** What a kept bundle was made from: each input's size and modification time, and the file it became. */
interface Kept {
  esbuild: string;
  inputs: Record<string, string>;
  name: string;
}

/** The integration: the page learns the script's name from `import.meta.env.CMS_SCRIPT`. */
export default function cmsBundle(): AstroIntegration {
  let bundle: { file: string; name: string } | undefined;
  return {
    name: 'fact-timeline:cms-bundle',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // Astro's own cache folder, shared by the builds of every content tree: the script does not depend on content.
        bundle = await keptBundle(root, path.join(root, 'node_modules/.astro/cms'));
        updateConfig({ vite: { define: { 'import.meta.env.CMS_SCRIPT': JSON.stringify(bundle.name) } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!bundle || !request.url?.split('?')[0]?.endsWith(`/${FOLDER}${bundle.name}`)) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(readFileSync(bundle.file));
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!bundle) return;
        const folder = path.join(fileURLToPath(dir), FOLDER);
        mkdirSync(folder, { recursive: true });
        copyFileSync(bundle.file, path.join(folder, bundle.name));
      },
    },
  };
}

/** The bundle kept in `cache` while its inputs are unchanged; else a new one, kept for the next build. */
async function keptBundle(root: string, cache: string): Promise<{ file: string; name: string }> {
  const record = path.join(cache, 'kept.json');
  const kept = readKept(record);
  if (kept && kept.esbuild === version && unchanged(root, kept.inputs))
    return { file: path.join(cache, kept.name), name: kept.name };
  const result = await build({
    entryPoints: [path.join(root, ENTRY)],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const name = `cms-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
  // Inputs that are no file (esbuild's "(disabled):fs" for a browser build) have no stamp and are left out.
  const stamps = Object.keys(result.metafile.inputs).map((input) => [input, stamp(root, input)]);
  const inputs = Object.fromEntries(stamps.filter(([, stamped]) => stamped !== ''));
  mkdirSync(cache, { recursive: true });
  // Builds run side by side (tests, an editor's dev server): each file appears whole, under its final name, or not.
  writeAsideSync(path.join(cache, name), code);
  writeAsideSync(record, JSON.stringify({ esbuild: version, inputs, name } satisfies Kept));
  return { file: path.join(cache, name), name };
}

/** An input's size and modification time, or '' when it is gone. */
function stamp(root: string, input: string): string {
  try {
    const stats = statSync(path.join(root, input));
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return '';
  }
}

/** Whether every input is as it was when the bundle was made. */
function unchanged(root: string, inputs: Record<string, string>): boolean {
  return Object.entries(inputs).every(([input, was]) => stamp(root, input) === was);
}

/** The kept record, or undefined when there is none (or it cannot be read). */
function readKept(file: string): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
    statSync(path.join(path.dirname(file), kept.name));
    return kept;
  } catch {
    return undefined;
  }
}
