/** decap-server and the dev server side by side, as `npm run cms` and the browser tests start them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export { freePort } from './free-port.ts';

const require = createRequire(import.meta.url);
/** The project folder, where astro.config.mjs is: the dev server starts there wherever the command was run. */
const PROJECT = path.resolve(import.meta.dirname, '../..');

/** Starts decap-server in file-system mode over `repoRoot` (the folder that holds the content folder). */
export function startDecapServer(repoRoot: string, port: number): ChildProcess {
  const bin = path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist/index.js');
  return spawn(process.execPath, [bin], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoRoot },
    stdio: 'inherit',
  });
}

/** Starts `astro dev` with /api/v1 proxied to decap-server on `decapPort`. */
export function startDevServer(options: {
  port: number;
  decapPort: number;
  contentDir?: string;
  stdio?: 'inherit' | 'pipe';
}): ChildProcess {
  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DECAP_SERVER_PORT: String(options.decapPort),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Started from a test runner, the dev server would take its test mode for its own (NODE_ENV=test, VITEST).
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  if (options.contentDir) env['TIMELINE_CONTENT'] = path.resolve(options.contentDir);
  return spawn(process.execPath, [astro, 'dev', '--port', String(options.port), '--host', '127.0.0.1'], {
    cwd: PROJECT,
    env,
    stdio: options.stdio ?? 'inherit',
  });
}

/** Stops a child process and waits for it to be gone. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
