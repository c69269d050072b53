/** Problems found in content, each traced to the file, line, column and field an editor must change. */
import { counted } from './counted.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** The field path, e.g. `sources[0].url`. */
  field?: string;
  message: string;
  /** A stable id for the kind of problem, e.g. `schema`, `unknown-reference`, `duplicate-id`. */
  rule: string;
  severity: Severity;
}

/** A line and column, both counted from 1. */
export interface Position {
  line: number;
  column: number;
}

/** `sources[0].url` from `['sources', 0, 'url']`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** One diagnostic as `path:line:column  severity  field: message  (rule)`, the form editors and their tools read. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line === undefined ? undefined : (d.column ?? 1)]
    .filter((part) => part !== undefined)
    .join(':');
  const field = d.field ? `${d.field}: ` : '';
  return `${where}  ${d.severity}  ${field}${d.message}  (${d.rule})`;
}

/** Orders diagnostics by file, then line and column, so a report reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Whether any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** A report of every diagnostic and a count, for a failing build or the check command. */
export function formatReport(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const lines = sortDiagnostics(list).map(formatDiagnostic);
  lines.push(`${counted(errors, 'error')}, ${counted(warnings, 'warning')}`);
  return lines.join('\n');
}

/** Thrown where content cannot be published; carries every diagnostic, not only the first. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`The content has errors; nothing was published.\n${formatReport(diagnostics)}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
