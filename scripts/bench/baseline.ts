/**
 * The baseline for the benchmark: a bare Astro site with one page per entry rendering the same Markdown (Astro's own
 * glob loader, no schema, no model), indexed by Pagefind the same way. Written next to the generated content.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes the baseline project into `dir` (inside the project, so it finds Astro in node_modules). */
export async function writeBaseline(dir: string, contentDir: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  const integration = path.resolve('src/integrations/pagefind.ts');
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\n` +
      `import { unified } from '@astrojs/markdown-remark';\n` +
      `import pagefind from ${JSON.stringify(integration)};\n` +
      `export default defineConfig({ integrations: [pagefind()], markdown: { processor: unified() } });\n`,
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      `export const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.md', ` +
      `base: ${JSON.stringify(path.join(contentDir, 'entries'))} }) }) };\n`,
  );
  await writeFile(
    path.join(dir, 'src/pages/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() { return (await getCollection('entries')).map((entry) => ` +
      `({ params: { id: entry.id }, props: { entry } })); }\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
      `<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>` +
      `<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}
