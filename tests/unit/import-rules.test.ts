/**
 * The layering the README promises, checked on every import (as Starlight guards its own): data flows one way,
 * content → core → site | scripts. Imports are read by TypeScript's own parser, from .ts files and from the
 * frontmatter and <script> blocks of .astro files: static, type-only, re-exports, import() and import types alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|mts|js|mjs|astro)$/;

/** A rule: which files it covers, and what is wrong with one of their imports (undefined when nothing is). */
interface Rule {
  name: string;
  covers: (file: string) => boolean;
  /** `target` is the imported file relative to the project root for a relative import, undefined for a package. */
  breaks: (specifier: string, target: string | undefined) => string | undefined;
}

const inside = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const isAstro = (specifier: string) =>
  specifier === 'astro' || /^astro[:/]/.test(specifier) || specifier.startsWith('@astrojs/');

const RULES: Rule[] = [
  {
    name: 'src/core is framework-free and imports nothing else of the project',
    covers: inside('src/core'),
    breaks: (specifier, target) => {
      if (target !== undefined) return inside('src/core')(target) ? undefined : `reaches outside src/core (${target})`;
      return isAstro(specifier) ? 'is Astro: the core must run without it' : undefined;
    },
  },
  {
    name: 'nothing outside tests/ imports from tests/',
    covers: (file) => inside('src')(file) || inside('scripts')(file) || !file.includes('/'),
    breaks: (_specifier, target) =>
      target !== undefined && inside('tests')(target)
        ? `imports test code (${target}): shared helpers belong with the scripts`
        : undefined,
  },
  {
    name: 'src/markdown imports only itself and the core',
    covers: inside('src/markdown'),
    breaks: (_specifier, target) =>
      target !== undefined && !inside('src/markdown')(target) && !inside('src/core')(target)
        ? `reaches into the site (${target})`
        : undefined,
  },
  {
    name: 'src/i18n imports only itself and the core',
    covers: inside('src/i18n'),
    breaks: (_specifier, target) =>
      target !== undefined && !inside('src/i18n')(target) && !inside('src/core')(target)
        ? `reaches into the site (${target})`
        : undefined,
  },
];

/** The code of a file that can import: all of a script, the frontmatter and <script> blocks of an .astro file. */
function codeOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const blocks: string[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter?.[1] !== undefined) blocks.push(frontmatter[1]);
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) blocks.push(script[1] ?? '');
  return blocks;
}

/**
 * Every module a piece of code imports, as written: found by TypeScript's parser, so strings and comments never count.
 */
function specifiersIn(code: string): string[] {
  const source = ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every module a file imports, as written. */
function importsOf(file: string, text: string): string[] {
  return codeOf(file, text).flatMap(specifiersIn);
}

/**
 * Each broken rule of a file's imports, as `file: imports
 * "specifier", which …`. `file` is relative to the project root.
 */
function violationsOf(file: string, text: string): string[] {
  return importsOf(file, text).flatMap((specifier) => {
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : undefined;
    return RULES.filter((rule) => rule.covers(file)).flatMap((rule) => {
      const problem = rule.breaks(specifier, target);
      return problem ? [`${file}: imports "${specifier}", which ${problem} [${rule.name}]`] : [];
    });
  });
}

/** The project's source files under a folder, relative to the root with forward slashes. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('import rules', () => {
  it('catch a forbidden import wherever it is written', () => {
    expect(violationsOf('src/core/x.ts', "import { useStrings } from '../i18n/ui.ts';")).toEqual([
      'src/core/x.ts: imports "../i18n/ui.ts", which reaches outside src/core (src/i18n/ui.ts) [src/core is ' +
        'framework-free and imports nothing else of the project]',
    ]);
    expect(violationsOf('src/core/schema/x.ts', "import { z } from 'astro/zod';")).toHaveLength(1);
    expect(violationsOf('src/core/x.ts', "export type { Loader } from 'astro:content';")).toHaveLength(1);
    expect(violationsOf('src/core/x.ts', "const astro = await import('astro');")).toHaveLength(1);
    expect(
      violationsOf('src/core/x.ts', "const re = /^\\//;\nconst t = `${`a`}`;\nimport { b } from '../lib/b.ts';"),
    ).toHaveLength(1);
    expect(violationsOf('src/core/x.ts', "let page: import('../lib/paging.ts').Page;")).toHaveLength(1);
    expect(violationsOf('scripts/x.ts', "import { serve } from '../tests/helpers/serve.ts';")).toHaveLength(1);
    expect(
      violationsOf('src/components/X.astro', "---\nimport type { A } from '../../tests/helpers/a.ts';\n---\n<p />"),
    ).toHaveLength(1);
    expect(
      violationsOf('src/components/X.astro', "---\n---\n<script>\nimport '../../tests/helpers/a.ts';\n</script>"),
    ).toHaveLength(1);
    expect(violationsOf('src/markdown/x.ts', "import { timeline } from '../lib/timeline.ts';")).toHaveLength(1);
    expect(violationsOf('src/i18n/x.ts', "import { url } from '../lib/url.ts';")).toHaveLength(1);
  });

  it('allow what the layering allows', () => {
    expect(
      violationsOf(
        'src/core/x.ts',
        "import path from 'node:path';\nimport { z } from 'zod';\nimport { a } from './schema/a.ts';",
      ),
    ).toEqual([]);
    expect(
      violationsOf('src/core/x.ts', "// import x from '../lib/x.ts';\nconst text = \"import y from '../lib/y.ts'\";"),
    ).toEqual([]);
    expect(violationsOf('src/i18n/x.ts', "import type { DateWords } from '../core/dates.ts';")).toEqual([]);
    expect(violationsOf('src/pages/x.astro', "---\nimport { timeline } from '../lib/timeline.ts';\n---")).toEqual([]);
    expect(violationsOf('tests/unit/x.test.ts', "import { serve } from '../helpers/serve.ts';")).toEqual([]);
  });

  it('hold in every source file of the project', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs', 'vitest.config.ts'];
    expect(files.length).toBeGreaterThan(50);
    const violations = files.flatMap((file) => violationsOf(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
