/**
 * Sharing work out to worker threads in batches: the parse pool (YAML) and the render pool (Markdown bodies) both
 * send each worker a batch, the next one as soon as it answers, so a slow batch never holds up the others.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** One worker per core, up to eight: more would only wait for the disk and each other. */
export const defaultThreads = (): number => Math.min(availableParallelism(), 8);

export interface BatchOptions {
  /** The worker's module; it answers each message (a batch of items) with one message. */
  script: URL;
  /** Handed to each worker as its `workerData`. */
  workerData?: unknown;
  threads: number;
  /** Items per message. */
  batch: number;
  /** What the workers do, for the error when one stops: "parse", "render". */
  name: string;
}

/**
 * Sends `items` to `threads` workers of `script`, `batch` at a time, and hands each answer to `take` with the index
 * of its batch's first item. Rejects when a worker fails or stops before the work is done; the workers are ended
 * either way.
 */
export async function runInBatches<T, R>(
  items: readonly T[],
  { script, workerData, threads, batch, name }: BatchOptions,
  take: (answer: R, start: number) => void,
): Promise<void> {
  // No more workers than batches: a worker that would get none would still start, and load its modules, for nothing.
  const count = Math.min(Math.max(1, threads), Math.ceil(items.length / batch));
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= items.length) return resolve();
              start = next;
              next = Math.min(items.length, next + batch);
              worker.postMessage(items.slice(start, next));
            };
            worker.on('message', (answer: R) => {
              take(answer, start);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a ${name} worker stopped with exit code ${code}`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
