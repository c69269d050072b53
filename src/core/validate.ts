/** Schema validation that reports every problem at its field's line and column. */
import type { z } from 'zod';
import { formatFieldPath, type Diagnostic } from './diagnostics.ts';
import type { Locate } from './read.ts';

/** Validates data against a schema; on failure, one diagnostic per problem, located in the file. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  at: { file: string; locate: Locate; path?: readonly PropertyKey[] },
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  const base = at.path ?? [];
  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    const path = [...base, ...issue.path];
    const problem = (message: string, field = path, key?: string): Diagnostic => ({
      file: at.file,
      ...at.locate(key === undefined ? field : path, key),
      field: formatFieldPath(field),
      message,
      rule: 'schema',
      severity: 'error',
    });
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem(
          `unknown field "${key}"; check its spelling against the content model in the README`,
          [...path, key],
          key,
        ),
      );
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [problem(`required field is missing (expected ${issue.expected})`)];
    }
    if (issue.code === 'invalid_type') {
      return [problem(`expected ${issue.expected}, got ${describeInput(issue.input)}`)];
    }
    return [problem(issue.message)];
  });
  return { diagnostics };
}

function describeInput(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return `${typeof input} ${JSON.stringify(input)}`;
}
