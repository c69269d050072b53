/**
 * The Astro content loader: the content is read by one `loadContent()` of the content folder, so Astro and the
 * scripts read the same files through the same core. Entry bodies are rendered with the configured Markdown
 * processor, given the entry's sources and links so the remark plugins can number citations and resolve [[id]].
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import {
  ContentError,
  contentOverride,
  errorMessage,
  fileMemo,
  isContentFile,
  formatDiagnostic,
  hasErrors,
  loadContent,
  openLastingParseCache,
  yamlReaderVersion,
  type ParseCache,
  type TimelineModel,
} from '../core/index.ts';
import { withBase } from '../core/paths.ts';
import { parseCacheFile, renderCacheFile } from '../lib/cache-dir.ts';
import { publishContent, translationKey, type LoadedBody, type RenderedBody } from '../lib/loaded-content.ts';
import { useStrings } from '../i18n/ui.ts';
import { isTimelineMarkdown, timelineMarkdownSignature } from '../markdown/processor.ts';
import { bodyWords, renderContexts } from '../markdown/render-context.ts';
import {
  failureIn,
  renderEach,
  renderJob,
  renderOnWorkers,
  WORKER_THRESHOLD,
  type RenderJob,
  type RenderOutcome,
} from '../markdown/render-pool.ts';
import { openRenderCache, type RenderCache } from './render-cache.ts';

/** The id of the collection's one item. */
const CONTENT_ID = 'content';

/**
 * The content folder: `content/` in the project, or the folder named by TIMELINE_CONTENT (tests build fixture trees).
 */
export function contentDirectory(root: URL): string {
  const override = contentOverride();
  return override ? path.resolve(override) : fileURLToPath(new URL('content/', root));
}

/** Where `npm run build` leaves the model it has already read and checked (a process-wide slot: Astro loads this
 * module in its own module graph, so a module variable would not be seen). */
const PRELOADED = Symbol.for('fact-timeline.preloaded-model');
type Preloaded = { contentDir: string; model: TimelineModel };

/** Hands the loader a model already loaded from `contentDir`, so a build reads the content once, not twice. */
export function preloadModel(contentDir: string, model: TimelineModel): void {
  (globalThis as Record<symbol, Preloaded | undefined>)[PRELOADED] = { contentDir, model };
}

let parseCache: Promise<ParseCache> | undefined;
let renderCache: Promise<RenderCache> | undefined;
const memo = fileMemo();

/**
 * The model to show: at the first sync of a build, the one `npm run build` has already read and checked; otherwise
 * read again, in the dev server only what changed since the last sync.
 */
async function readModel(contentDir: string, root: string, first: boolean): Promise<TimelineModel> {
  const preloaded = (globalThis as Record<symbol, Preloaded | undefined>)[PRELOADED];
  if (first && preloaded?.contentDir === contentDir) return preloaded.model;
  parseCache ??= openLastingParseCache(parseCacheFile(root), yamlReaderVersion());
  return loadContent(contentDir, root, { parseCache: await parseCache, fileMemo: memo });
}

const renderers = new WeakMap<object, Promise<MarkdownRenderer>>();

/** The renderer of the project's configured Markdown processor (unified() with our remark plugins), made once. */
function rendererFor(config: LoaderContext['config']): Promise<MarkdownRenderer> {
  const { processor } = config.markdown;
  let renderer = renderers.get(processor);
  if (!renderer) {
    renderer = processor.createRenderer(renderOptions(config) as Parameters<typeof processor.createRenderer>[0]);
    renderers.set(processor, renderer);
  }
  return renderer;
}

/**
 * Rendering options as Astro gives them to a processor for .md
 * files (its config types are looser than the processor's).
 */
function renderOptions(config: LoaderContext['config']) {
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
  return { image: config.image, syntaxHighlight, shikiConfig, gfm, smartypants };
}

/** Renders bodies on worker threads when there are many and the processor is ours; otherwise here, one by one. */
async function renderBodies(jobs: RenderJob[], config: LoaderContext['config']): Promise<RenderOutcome[]> {
  if (jobs.length >= WORKER_THRESHOLD && isTimelineMarkdown(config.markdown.processor)) {
    let options: unknown;
    try {
      options = structuredClone(renderOptions(config));
    } catch {
      options = undefined; // options holding functions (a custom Shiki transformer) cannot cross threads
    }
    if (options !== undefined) return renderOnWorkers(jobs, options);
  }
  return renderEach(await rendererFor(config), jobs);
}

/** A body already rendered, as the pages get it. */
const ready = (body: RenderedBody): LoadedBody => ({ digest: body.digest, rendered: () => Promise.resolve(body) });

/** The error of bodies that could not be rendered: each line names the file and, where known, line and column. */
function renderFailure(failures: readonly string[]): AstroError {
  return new AstroError(
    `Markdown could not be rendered:\n${failures.join('\n')}`,
    'Each line names the file and, where known, the line and column. Links and citations are checked before ' +
      'bodies are rendered, so a failure here most often comes from a Markdown plugin added in astro.config.mjs.',
  );
}

/**
 * A body the dev server renders the first time a page asks for it, and keeps: at 10,000 entries, rendering every
 * body before the first page answered was most of a first start's 40 s, for pages nobody may open.
 */
function renderedLater(digest: string, file: string, job: () => RenderJob, context: LoaderContext): LoadedBody {
  let rendering: Promise<RenderedBody> | undefined;
  const render = async (): Promise<RenderedBody> => {
    const [outcome] = await renderEach(await rendererFor(context.config), [job()]);
    if (!outcome || 'error' in outcome) throw renderFailure([failureIn(file, outcome)]);
    const body = { html: outcome.code, headings: outcome.headings };
    (await renderCache)?.set(digest, body);
    return { ...body, digest };
  };
  return { digest, rendered: () => (rendering ??= render()) };
}

/**
 * Hands the content to the pages (publishContent) with every body: rendered before, rendered now (a build), or
 * rendered when a page asks for it (the dev server). It leaves in the store one digest of all of it: the dev server
 * then reloads its pages exactly when something they show changed.
 */
async function fill(context: LoaderContext, model: TimelineModel): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const cache = await (renderCache ??= openRenderCache(renderCacheFile(root)));
  const contextOf = renderContexts(model, {
    href: (path) => withBase(context.config.base, path),
    words: (language) => bodyWords(useStrings(language)),
  });
  const pipeline = timelineMarkdownSignature();
  const bodies = [
    ...model.entries.map((entry) => ({ key: entry.id, entry })),
    ...model.translations.map((entry) => ({ key: translationKey(entry), entry })),
  ];
  // The dev server (the one with a watcher) answers first and renders a body when a page asks for it.
  const later = context.watcher !== undefined;
  const loaded = new Map<string, LoadedBody>();
  const toRender: { key: string; digest: string; file: string; job: RenderJob }[] = [];
  for (const { key, entry } of bodies) {
    const renderContext = contextOf(entry);
    // Only the body and what its plugins read decide the HTML: a new entry elsewhere shifts every later entry's
    // place in story order, which changes its data but must not cost a new render of its body.
    const digest = context.generateDigest({
      pipeline,
      body: entry.body,
      bodyLine: entry.bodyLine,
      file: entry.file,
      renderContext,
    });
    const kept = cache.get(digest);
    const job = () => renderJob(entry, root, renderContext);
    if (kept) loaded.set(key, ready({ ...kept, digest }));
    else if (later) loaded.set(key, renderedLater(digest, entry.file, job, context));
    else toRender.push({ key, digest, file: entry.file, job: job() });
  }
  const outcomes = toRender.length
    ? await renderBodies(
        toRender.map(({ job }) => job),
        context.config,
      )
    : [];
  const failures: string[] = [];
  toRender.forEach(({ key, digest, file }, index) => {
    const outcome = outcomes[index];
    if (!outcome || 'error' in outcome) return void failures.push(failureIn(file, outcome));
    const body = { html: outcome.code, headings: outcome.headings };
    cache.set(digest, body);
    loaded.set(key, ready({ ...body, digest }));
  });
  if (failures.length) throw renderFailure(failures);
  publishContent({ model, bodies: loaded, watched: later });
  const digest = contentDigest(context, model, (key) => loaded.get(key)?.digest);
  if (context.store.get(CONTENT_ID)?.digest !== digest) {
    context.store.clear();
    context.store.set({ id: CONTENT_ID, data: { digest }, digest });
  }
  await cache.save();
}

/**
 * A digest of everything the pages show: the model, with each body by the digest of its rendering (which covers its
 * Markdown too), in story order. The Markdown itself would make it three times as long to hash.
 */
function contentDigest(
  context: LoaderContext,
  { diagnostics: _diagnostics, entries, translations, ...records }: TimelineModel,
  bodyDigest: (key: string) => string | undefined,
): string {
  return context.generateDigest({
    records,
    entries: entries.map(({ body: _body, ...entry }) => entry),
    translations: translations.map(({ body: _body, ...translation }) => translation),
    bodies: [
      ...entries.map((entry) => bodyDigest(entry.id)),
      ...translations.map((translation) => bodyDigest(translationKey(translation))),
    ],
  });
}

/** How long the content must be quiet before a sync starts, in milliseconds. */
const QUIET = 50;

/** Runs `run` once calls have been quiet for a moment, never twice at once: calls while it runs make one more run. */
function coalesced(run: () => Promise<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const start = async () => {
    if (running) return void (again = true);
    running = true;
    do {
      again = false;
      await run();
    } while (again);
    running = false;
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void start(), QUIET);
  };
}

/** The loader of the one collection: the content's digest, while the content itself waits beside the store. */
export function timelineLoader(): Loader {
  return {
    name: 'fact-timeline',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const contentDir = contentDirectory(context.config.root);
      const sync = async (first: boolean) => {
        const model = await readModel(contentDir, root, first);
        for (const warning of model.diagnostics.filter((d) => d.severity === 'warning'))
          context.logger.warn(formatDiagnostic(warning));
        if (hasErrors(model.diagnostics)) {
          const { message } = new ContentError(model.diagnostics);
          throw new AstroError(
            message,
            'Fix each problem at its file, line and column (`npm run check` lists them), then build again.',
          );
        }
        await fill(context, model);
      };
      await sync(true);
      context.watcher?.add(contentDir);
      // One save is often several events (a temporary file written, then renamed), and a checkout is thousands: they
      // make one sync once quiet, and changes made while a sync runs make one more after it.
      const resync = coalesced(() => sync(false).catch((error: unknown) => context.logger.error(errorMessage(error))));
      context.watcher?.on('all', (event, changed) => {
        // A folder, or a file the core reads: not an editor's swap or backup file.
        if (path.resolve(changed).startsWith(contentDir) && (event.endsWith('Dir') || isContentFile(changed))) resync();
      });
    },
  };
}
