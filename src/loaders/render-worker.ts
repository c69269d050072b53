/**
 * A render worker: builds the site's Markdown processor with the options Astro gave the main thread, then renders
 * batches of entry bodies. Rendering is most of a cold build's content sync, and it runs on every core this way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { errorMessage } from '../core/errors.ts';
import { timelineMarkdown } from '../markdown/processor.ts';
import type { RenderJob, RenderOutcome } from './render-pool.ts';

const processor = timelineMarkdown();
const renderer: MarkdownRenderer = await processor.createRenderer(workerData as Parameters<typeof processor.createRenderer>[0]);

parentPort?.on('message', async (jobs: RenderJob[]) => {
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) {
    try {
      const { code, metadata } = await renderer.render(job.markdown, { fileURL: new URL(job.fileURL), frontmatter: job.frontmatter });
      outcomes.push({ code, headings: metadata.headings });
    } catch (error) {
      outcomes.push({ error: errorMessage(error) });
    }
  }
  parentPort?.postMessage(outcomes);
});
