/**
 * `npm run cms`: the editing interface on the working copy. Starts the site's dev server and decap-server (the local
 * backend) together, so http://localhost:4321/admin/ edits the files here with no account; Ctrl-C stops both.
 */
import path from 'node:path';
import { contentFolder } from '../../src/core/content-folder.ts';
import { freePort, startDecapServer, startDevServer, stop } from '../lib/cms-servers.ts';
import { commandOptions } from '../lib/command-options.ts';

// No options: any, even --help, once started two servers nobody asked for.
commandOptions({}, 'usage: npm run cms (no options; PORT=8080 npm run cms serves on another port than 4321)');

const port = Number(process.env['PORT'] ?? 4321);
const decapPort = await freePort();
const repoRoot = path.dirname(path.resolve(contentFolder()));
const decap = startDecapServer(repoRoot, decapPort);
const dev = startDevServer({ port, decapPort });
console.log(`Editing ${path.resolve(contentFolder())} at http://localhost:${port}/admin/ (Ctrl-C stops)`);

let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all([stop(dev), stop(decap)]);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
// One of the two ending on its own takes the other down with it: half an editor is no editor.
dev.on('exit', (code) => void stopAll(code ?? 0));
decap.on('exit', (code) => void stopAll(code ?? 1));
