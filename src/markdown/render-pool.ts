/**
 * Renders entry bodies, for the content loader and the exports alike: many on worker threads, one per core, in
 * batches, results in the jobs' order; a few in-process (a dev-server edit, a rebuild after one change), where
 * starting workers would cost more. A body that fails is reported with its file, line and column.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading, MarkdownRenderer } from '@astrojs/markdown-remark';
import { defaultThreads, runInBatches } from '../core/worker-batches.ts';
import type { EntryRenderContext } from './context.ts';

export interface RenderJob {
  markdown: string;
  fileURL: string;
  frontmatter: EntryRenderContext;
}
export type RenderOutcome = { code: string; headings: MarkdownHeading[] } | { error: string };

/**
 * The job of rendering a body read from `file` (relative to `root`), padded so remark's line numbers are the file's.
 */
export function renderJob(
  body: { body: string; bodyLine: number; file: string },
  root: string,
  frontmatter: EntryRenderContext,
): RenderJob {
  // The body starts some lines into the file; padding keeps remark's line numbers equal to the file's.
  const markdown = '\n'.repeat(Math.max(0, body.bodyLine - 1)) + body.body;
  return { markdown, fileURL: pathToFileURL(path.resolve(root, body.file)).href, frontmatter };
}

/** Renders jobs one by one with `renderer`; a failure is kept as its message, with its line and column. */
export async function renderEach(renderer: MarkdownRenderer, jobs: readonly RenderJob[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) {
    try {
      const { code, metadata } = await renderer.render(job.markdown, {
        fileURL: new URL(job.fileURL),
        frontmatter: job.frontmatter,
      });
      outcomes.push({ code, headings: metadata.headings });
    } catch (error) {
      outcomes.push({ error: failureText(error) });
    }
  }
  return outcomes;
}

/** A failed outcome as a line of a report, led by the file (and the line and column where the failure says them). */
export function failureIn(file: string, outcome: RenderOutcome | undefined): string {
  const error = outcome && 'error' in outcome ? outcome.error : 'not rendered';
  return /^\d+:\d+: /.test(error) ? `${file}:${error}` : `${file}: ${error}`;
}

/** A render failure in words: a plugin's message (a VFileMessage) says where in the file it is. */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { line, column } = error as { line?: number | undefined; column?: number | undefined };
  return line ? `${line}:${column ?? 1}: ${error.message}` : error.message;
}

/** Below this many bodies, workers are not worth starting. */
export const WORKER_THRESHOLD = 200;
const BATCH = 50;

/** Renders every job on `threads` workers (rendering options must survive structured cloning). */
export async function renderOnWorkers(
  jobs: readonly RenderJob[],
  options: unknown,
  threads = defaultThreads(),
): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(jobs.length);
  const script = new URL('./render-worker.ts', import.meta.url);
  await runInBatches(
    jobs,
    { script, workerData: options, threads, batch: BATCH, name: 'render' },
    (batch: RenderOutcome[], start) => batch.forEach((outcome, offset) => (outcomes[start + offset] = outcome)),
  );
  return outcomes;
}
