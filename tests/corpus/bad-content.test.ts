/** The bad-content corpus through `npm run check --format json`: exit code, and every problem's file, line, field. */
import { beforeAll, describe, expect, it } from 'vitest';
import { runScriptAsync, type CliRun } from '../helpers/cli.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';
import { CASES, type CorpusCase } from './cases.ts';

interface Report {
  errors: number;
  warnings: number;
  diagnostics: { file: string; line?: number; field?: string; rule: string; message: string; severity: string }[];
}

/** Lays a case's files over the minimal tree and returns its content folder. */
function treeFor(corpusCase: CorpusCase): string {
  const { content } = contentTree();
  writeFiles(content, corpusCase.files);
  return content;
}

const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const queue = Object.entries(CASES);
  // Two at a time: the machines that run this have two cores.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, corpusCase] = next;
      runs.set(name, await runScriptAsync('check', ['--format', 'json'], treeFor(corpusCase)));
    }
  };
  await Promise.all([worker(), worker()]);
});

describe('npm run check on the bad-content corpus', () => {
  for (const [name, corpusCase] of Object.entries(CASES)) {
    it(name, () => {
      const run = runs.get(name);
      expect(run, 'the check ran').toBeDefined();
      if (!run) return;
      expect(run.stderr, 'nothing crashed').not.toMatch(/Error:|at .*\.ts:\d+/);
      expect(run.status, run.stdout + run.stderr).toBe(corpusCase.status);
      const report = JSON.parse(run.stdout) as Report;
      const errors = report.diagnostics.filter((d) => d.severity === 'error');
      const context = JSON.stringify(report.diagnostics, null, 2);
      if (corpusCase.status === 1) expect(errors, context).toHaveLength(corpusCase.problems.length);
      else expect(errors, context).toEqual([]);
      for (const { message, ...where } of corpusCase.problems) {
        const found = report.diagnostics.find(
          (d) =>
            d.file === where.file && d.rule === where.rule && (where.field === undefined || d.field === where.field),
        );
        expect(found, `${JSON.stringify(where)} in ${context}`).toBeDefined();
        expect(found).toMatchObject(where);
        expect(found?.message).toMatch(message);
      }
    });
  }
});
