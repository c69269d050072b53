/**
 * Renders many entry bodies on worker threads, one per core, in batches; results come back in the jobs' order.
 * Small syncs (a dev-server edit, a rebuild after one change) render in-process: starting workers would cost more.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { EntryRenderContext } from '../markdown/context.ts';

export interface RenderJob {
  markdown: string;
  fileURL: string;
  frontmatter: EntryRenderContext;
}
export type RenderOutcome = { code: string; headings: MarkdownHeading[] } | { error: string };

/** Below this many bodies, workers are not worth starting. */
export const WORKER_THRESHOLD = 200;
const BATCH = 50;

/** Renders every job on `threads` workers (rendering options must survive structured cloning). */
export async function renderOnWorkers(jobs: readonly RenderJob[], options: unknown, threads = Math.min(availableParallelism(), 8)): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: options }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= jobs.length) return resolve();
              start = next;
              next = Math.min(jobs.length, next + BATCH);
              worker.postMessage(jobs.slice(start, next));
            };
            worker.on('message', (batch: RenderOutcome[]) => {
              batch.forEach((outcome, offset) => (outcomes[start + offset] = outcome));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a render worker stopped with exit code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
