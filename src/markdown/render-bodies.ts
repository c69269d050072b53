/**
 * Entry bodies rendered for what leaves the project outside the site (the TimelineJS and JSON exports), through the
 * site's one Markdown pipeline (src/markdown/processor.ts): the same plugins, and the same sanitizer, so nothing in a
 * body can run script on the page that shows an export. Many bodies render on worker threads, as in the site's build.
 */
import type { TimelineModel } from '../core/model.ts';
import { timelineMarkdown } from './processor.ts';
import { renderContexts, type RenderContextOptions } from './render-context.ts';
import { failureIn, renderEach, renderJob, renderOnWorkers, WORKER_THRESHOLD } from './render-pool.ts';

/**
 * Rendering options for exports: no smart quotes (an exported timeline imported again must give the same text) and
 * code blocks as plain text, as on the site.
 */
export const EXPORT_RENDER_OPTIONS = { syntaxHighlight: false, smartypants: false } as const;

/** Bodies that could not be rendered, each named by its file. */
export class BodyRenderError extends Error {
  readonly failures: readonly string[];
  constructor(failures: readonly string[]) {
    super(`Markdown could not be rendered:\n${failures.join('\n')}`);
    this.name = 'BodyRenderError';
    this.failures = failures;
  }
}

/** Every entry's body as sanitized HTML, by entry id; `root` is the folder the entries' file paths start from. */
export async function renderEntryBodies(
  model: Pick<TimelineModel, 'site' | 'entries' | 'translations'>,
  root: string,
  options: RenderContextOptions,
): Promise<Map<string, string>> {
  const contextOf = renderContexts(model, options);
  const jobs = model.entries.map((entry) => renderJob(entry, root, contextOf(entry)));
  const outcomes =
    jobs.length >= WORKER_THRESHOLD
      ? await renderOnWorkers(jobs, EXPORT_RENDER_OPTIONS)
      : await renderEach(await timelineMarkdown().createRenderer(EXPORT_RENDER_OPTIONS), jobs);
  const html = new Map<string, string>();
  const failures: string[] = [];
  model.entries.forEach((entry, index) => {
    const outcome = outcomes[index];
    if (outcome && 'code' in outcome) html.set(entry.id, outcome.code);
    else failures.push(failureIn(entry.file, outcome));
  });
  if (failures.length) throw new BodyRenderError(failures);
  return html;
}
