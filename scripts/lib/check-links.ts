/** Checking many addresses at once without hammering any one site: a limit overall and a smaller one per host. */
import pLimit, { type LimitFunction } from 'p-limit';
import type { LinkOutcome } from '../../src/core/sources/link-checks.ts';
import { checkLink, type LinkCheckOptions } from './link-check.ts';

export interface CheckAllOptions extends LinkCheckOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests in flight at once to one host. */
  perHost: number;
  /** When (ms since the epoch) to stop starting checks: the run ends with what it learnt, to be resumed. */
  deadline?: number;
}

/**
 * Checks every address, calling `done` as each one is known; resolves when all are, with how many were left unchecked
 * because the deadline passed.
 */
export async function checkAll(
  urls: readonly string[],
  options: CheckAllOptions,
  done: (url: string, outcome: LinkOutcome) => void,
): Promise<number> {
  let left = 0;
  const overall = pLimit(options.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const hostLimit = (url: string) => {
    const host = hostOf(url);
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(options.perHost)));
    return limit;
  };
  // The host's limit is taken first, so a queue of one site's links never holds every overall slot.
  await Promise.all(
    urls.map((url) =>
      hostLimit(url)(() =>
        overall(async () => {
          if (options.deadline !== undefined && Date.now() >= options.deadline) left++;
          else done(url, await checkLink(url, options));
        }),
      ),
    ),
  );
  return left;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A progress line on an interactive terminal (redrawn in place), or a line per tenth elsewhere (CI logs). */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): (checked: number) => void {
  let lastTenth = 0;
  return (checked) => {
    if (stream.isTTY) {
      const width = 30;
      const filled = total === 0 ? width : Math.round((checked / total) * width);
      stream.write(`\rchecking [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${checked}/${total}`);
      if (checked === total) stream.write('\n');
      return;
    }
    const tenth = total === 0 ? 10 : Math.floor((checked / total) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`checked ${checked} of ${total}\n`);
    }
  };
}
