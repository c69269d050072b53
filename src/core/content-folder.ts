/** Which content folder commands and builds read: `content/`, or another tree named by TIMELINE_CONTENT. */

/** The project's own content folder, relative to the project root. */
export const DEFAULT_CONTENT = 'content';

/** The folder TIMELINE_CONTENT names (tests and benchmarks build fixture trees), or undefined for `content/`. */
export function contentOverride(): string | undefined {
  return process.env['TIMELINE_CONTENT'] || undefined;
}

/** The content folder to read: the one TIMELINE_CONTENT names, else `content` (relative to the working directory). */
export function contentFolder(): string {
  return contentOverride() ?? DEFAULT_CONTENT;
}
