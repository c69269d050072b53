/** The search page's runner: while a search runs, only the newest of the searches asked for meanwhile runs next. */
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/client/pagefind.ts';

/** A task that records what it ran and ends when `release()` is called. */
function gatedTask() {
  const ran: number[] = [];
  let release = () => {};
  const task = (request: number) => {
    ran.push(request);
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  return { ran, task, release: () => release() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('runs the first request at once and only the newest of those that came while it ran', async () => {
    const { ran, task, release } = gatedTask();
    const ask = latestOnly(task);
    ask(1);
    ask(2);
    ask(3);
    ask(4);
    expect(ran).toEqual([1]);
    release();
    await tick();
    expect(ran).toEqual([1, 4]);
    release();
    await tick();
    ask(5);
    expect(ran).toEqual([1, 4, 5]);
  });

  it('goes on after a request that fails', async () => {
    const ran: number[] = [];
    const ask = latestOnly(async (request: number) => {
      ran.push(request);
      await tick();
      if (request === 1) throw new Error('the index could not be read');
    });
    ask(1);
    ask(2);
    await tick();
    await tick();
    await tick();
    expect(ran).toEqual([1, 2]);
  });
});
