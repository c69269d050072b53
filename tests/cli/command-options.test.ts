/**
 * Every command of package.json that runs one of the project's scripts answers `--help` with its usage and refuses
 * an option it does not take with the usage and exit 2: none starts its work (two servers, a build, schemas written
 * over the committed ones) or ends with a stack trace. New commands are covered as they are added to package.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFileAsync } from '../helpers/cli.ts';
import { contentTree, PROJECT } from '../helpers/trees.ts';

const scripts = (
  JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
/** Each npm script that runs a script of this project, and that script's file. */
const commands = Object.entries(scripts).flatMap(([name, line]) => {
  const file = /^node (?:--import \S+ )?(scripts\/\S+\.ts)$/.exec(line)?.[1];
  return file ? [{ name, file }] : [];
});

describe("the commands' options", () => {
  it('finds the commands in package.json', () => {
    expect(commands.map((command) => command.name)).toEqual(
      expect.arrayContaining(['build', 'check', 'new', 'import', 'export', 'sources', 'cms', 'schema', 'bench']),
    );
  });

  it.each(commands)(
    'npm run $name answers --help with its usage, and an unknown option with exit 2',
    async ({ name, file }) => {
      const { content } = contentTree();
      const [help, unknown] = await Promise.all([
        runFileAsync(file, ['--help'], content),
        runFileAsync(file, ['--no-such-option'], content),
      ]);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`usage: npm run ${name}\\b`));
      expect(unknown.status, unknown.stderr).toBe(2);
      expect(unknown.stderr).toMatch(/--no-such-option/);
      expect(unknown.stderr).toMatch(new RegExp(`usage: npm run ${name}\\b`));
      expect(unknown.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
