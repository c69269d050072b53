/** Runs one of the editors' scripts as `npm run <name>` would, in a chosen working folder and content tree. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { NODE } from './build.ts';
import { PROJECT } from './trees.ts';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `node scripts/editors/<script>.ts …args` with TIMELINE_CONTENT set to `content`. */
export function runScript(script: string, args: string[], content: string): CliRun {
  const run = spawnSync(NODE, [path.join(PROJECT, 'scripts/editors', `${script}.ts`), ...args], {
    cwd: path.dirname(content),
    env: { ...process.env, TIMELINE_CONTENT: content },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

/** The same as runScript, without blocking: several runs can go at once. */
export function runScriptAsync(script: string, args: string[], content: string): Promise<CliRun> {
  return runFileAsync(`scripts/editors/${script}.ts`, args, content);
}

/** Runs any of the project's scripts (`file` relative to the project) as runScriptAsync does. */
export function runFileAsync(file: string, args: string[], content: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [path.join(PROJECT, file), ...args], {
      cwd: path.dirname(content),
      env: { ...process.env, TIMELINE_CONTENT: content },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ status: code ?? 1, stdout, stderr }));
  });
}
