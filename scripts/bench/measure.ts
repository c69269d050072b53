/** Measuring a build: wall time and peak memory of a command and everything it starts, and what it wrote. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunFigures {
  seconds: number;
  /** Peak resident memory of the command and all its descendants together, in bytes. */
  peakRss: number;
  status: number;
  output: string;
}

function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, ppid] of parent) if (ppid === found[i]) found.push(pid);
  return found;
}

function rss(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs a command, sampling the memory of its process tree every 100 ms. */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunFigures> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakRss = 0;
  const timer = setInterval(() => {
    if (child.pid === undefined) return;
    peakRss = Math.max(
      peakRss,
      descendants(child.pid).reduce((sum, pid) => sum + rss(pid), 0),
    );
  }, 100);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRss, status: code ?? 1, output });
    });
  });
}

export interface OutputFigures {
  pages: number;
  bytes: number;
  searchBytes: number;
  largestPage: { file: string; bytes: number; gzip: number };
  /** The most JavaScript any reader's page but the search page loads, in bytes (not the editors' /admin/). */
  maxPageScript: number;
}

/** Sizes of a built site. */
export function outputFigures(dir: string): OutputFigures {
  const files = readdirSync(dir, { recursive: true }).map(String);
  let bytes = 0;
  let searchBytes = 0;
  let pages = 0;
  let largestPage = { file: '', bytes: 0, gzip: 0 };
  let maxPageScript = 0;
  const scriptSize = new Map<string, number>();
  for (const file of files) {
    const full = path.join(dir, file);
    const stat = statSync(full);
    if (!stat.isFile()) continue;
    bytes += stat.size;
    if (file.startsWith(`pagefind${path.sep}`)) searchBytes += stat.size;
    if (!file.endsWith('.html')) continue;
    pages++;
    if (stat.size > largestPage.bytes) {
      const html = readFileSync(full);
      largestPage = { file, bytes: stat.size, gzip: gzipSync(html).length };
    }
    // The search page loads Pagefind; the editing interface is the CMS, which readers never open.
    if (file.startsWith(`search${path.sep}`) || file.startsWith(`admin${path.sep}`)) continue;
    const html = readFileSync(full, 'utf8');
    let scripts = 0;
    for (const match of html.matchAll(/<script[^>]*src="([^"]+)"/g)) {
      const src = match[1] ?? '';
      if (!scriptSize.has(src)) scriptSize.set(src, statSync(path.join(dir, src.replace(/^\/+/, ''))).size);
      scripts += scriptSize.get(src) ?? 0;
    }
    maxPageScript = Math.max(maxPageScript, scripts);
  }
  return { pages, bytes, searchBytes, largestPage, maxPageScript };
}
