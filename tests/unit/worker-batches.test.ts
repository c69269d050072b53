/** Sharing work out to worker threads in batches (src/core/worker-batches.ts), with real workers. */
import { describe, expect, it } from 'vitest';
import { runInBatches } from '../../src/core/worker-batches.ts';

/** A worker that answers each batch of numbers with their doubles; 13 makes it throw, 666 makes it exit. */
const script = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort, workerData } from 'node:worker_threads';
    parentPort.on('message', (batch) => {
      if (batch.includes(13)) throw new Error('unlucky batch');
      if (batch.includes(666)) process.exit(3);
      parentPort.postMessage(batch.map((n) => n * workerData));
    });`)}`,
);

const doubled = async (items: number[], threads: number, batch: number) => {
  const results = new Array<number>(items.length);
  await runInBatches(items, { script, workerData: 2, threads, batch, name: 'test' }, (answer: number[], start) =>
    answer.forEach((value, offset) => (results[start + offset] = value)),
  );
  return results;
};

describe('runInBatches', () => {
  it("hands every batch's answer back at its items' place, whatever the threads and batch size", async () => {
    const items = Array.from({ length: 1003 }, (_, index) => index + 1000);
    const expected = items.map((n) => n * 2);
    expect(await doubled(items, 2, 10)).toEqual(expected);
    expect(await doubled(items, 3, 1000)).toEqual(expected);
    expect(await doubled([], 2, 10)).toEqual([]);
  });

  it('rejects when a worker fails on a batch, or stops before the work is done', async () => {
    const items = Array.from({ length: 100 }, (_, index) => index + 100);
    await expect(doubled([...items, 13], 2, 10)).rejects.toThrow('unlucky batch');
    await expect(doubled([...items, 666], 2, 10)).rejects.toThrow('a test worker stopped with exit code 3');
  });
});
