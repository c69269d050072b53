/** The GitHub workflows run commands this project has: a renamed script must not leave a schedule failing silently. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/trees.ts';

const folder = path.join(PROJECT, '.github/workflows');
const scripts = Object.keys(
  (JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);

describe.each(readdirSync(folder).filter((name) => name.endsWith('.yml')))('%s', (name) => {
  const workflow = parse(readFileSync(path.join(folder, name), 'utf8')) as {
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));

  it('runs only npm scripts that exist', () => {
    const named = runs.flatMap((run) => [...run.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((match) => match[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const script of named) expect(scripts).toContain(script);
  });
});

describe('the sources workflow', () => {
  it('may write the branch and open its pull request, and nothing else', () => {
    const workflow = parse(readFileSync(path.join(folder, 'sources.yml'), 'utf8')) as { permissions: object };
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });
});
