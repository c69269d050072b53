/**
 * A render worker: builds the site's Markdown processor with the rendering options it is given (Astro's, or an
 * export's), then renders batches of entry bodies. Rendering is most of a cold build's content sync, and it runs on
 * every core this way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { timelineMarkdown } from './processor.ts';
import { renderEach, type RenderJob } from './render-pool.ts';

const processor = timelineMarkdown();
const renderer: MarkdownRenderer = await processor.createRenderer(
  workerData as Parameters<typeof processor.createRenderer>[0],
);

parentPort?.on('message', async (jobs: RenderJob[]) => {
  parentPort?.postMessage(await renderEach(renderer, jobs));
});
