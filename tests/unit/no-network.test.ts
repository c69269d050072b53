/**
 * The guard an offline build runs with (tests/helpers/no-network.mjs) must really stop a call to another host, and
 * let local servers answer: otherwise "the build passes with the network unplugged" would prove nothing where the
 * system does not let the test unplug it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/trees.ts';

const guard = path.join(PROJECT, 'tests/helpers/no-network.mjs');

/** Runs `script` in a Node process started with the guard. */
function guarded(script: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [`--import=${guard}`, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the offline build guard', () => {
  it.each([
    ['fetch', "await fetch('http://example.org/')"],
    ['a socket', "await import('node:net').then((net) => net.connect(443, 'example.org'))"],
    ['a name lookup', "await import('node:dns').then((dns) => dns.promises.lookup('example.org'))"],
  ])('stops %s to another host, and says so', (_what, call) => {
    const run = guarded(`try { ${call}; console.log('REACHED') } catch { console.log('STOPPED') }`);
    expect(run.output).toContain('NETWORK CALLED DURING AN OFFLINE BUILD: example.org');
    expect(run.output).toContain('STOPPED');
  });

  it('lets a server on this machine answer', () => {
    const run = guarded(
      "const http = await import('node:http');" +
        "const server = http.createServer((_, res) => res.end('answered')).listen(0, '127.0.0.1');" +
        "await new Promise((resolve) => server.once('listening', resolve));" +
        'const res = await fetch(`http://127.0.0.1:${server.address().port}/`);' +
        'console.log(await res.text()); server.close();',
    );
    expect(run.output.trim()).toBe('answered');
  });
});
