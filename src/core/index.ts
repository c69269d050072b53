/** The content core: `loadContent(dir)` gives the resolved model and every diagnostic, for the site and the scripts alike. */
import path from 'node:path';
import { collectContent } from './collect.ts';
import type { TimelineModel } from './model.ts';
import { resolveContent } from './resolve.ts';

export { ContentError, formatDiagnostic, formatReport, hasErrors, type Diagnostic } from './diagnostics.ts';
export type * from './model.ts';

/** Reads, validates and resolves a content folder (default `content/` in the working directory). */
export async function loadContent(contentDir = 'content', projectRoot = process.cwd()): Promise<TimelineModel> {
  return resolveContent(await collectContent(path.resolve(projectRoot, contentDir), projectRoot));
}
