/**
 * `npm run check`: validates all content without building. Prints every problem as
 * `path:line:column  error|warning  message  (rule)` and a summary line; `--format json` prints the same as JSON.
 * Exits 1 when there is any error (warnings alone exit 0, unless `--strict` makes every warning an error).
 * `--content DIR` checks another content folder. `--links` first checks every source address, as `npm run sources`
 * does (the same script, run before the checks, so they read what it found).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { contentFolder, contentOverride, formatReport, hasErrors, loadContent } from '../../src/core/index.ts';
import { sortDiagnostics } from '../../src/core/diagnostics.ts';
import { parseCacheFile } from '../../src/lib/cache-dir.ts';
import { counted } from '../../src/core/counted.ts';
import { commandOptions, misused } from '../lib/command-options.ts';

const usage = 'usage: npm run check [-- --format text|json] [--content DIR] [--strict] [--links]';
const values = commandOptions(
  {
    format: { type: 'string', default: 'text' },
    content: { type: 'string' },
    strict: { type: 'boolean' },
    links: { type: 'boolean' },
  },
  usage,
);
if (values.format !== 'text' && values.format !== 'json') misused(`unknown format "${values.format}"`, usage);

const override = values.content ?? contentOverride();
if (values.links) {
  // Its report goes to stderr under --format json, so the standard output stays one JSON document.
  const sources = fileURLToPath(new URL('sources.ts', import.meta.url));
  const run = spawnSync(process.execPath, [sources, ...(override ? ['--content', override] : [])], {
    stdio: ['inherit', values.format === 'json' ? process.stderr : 'inherit', 'inherit'],
  });
  // A link check that could not run (bad content, a damaged results file) leaves the checks below to say why.
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 1);
}
const model = await loadContent(override ?? contentFolder(), process.cwd(), {
  editorial: true,
  parseCache: parseCacheFile(process.cwd(), override),
});
// Under --strict (CI before publishing), what would be a warning stops the run like an error.
const diagnostics = sortDiagnostics(
  values.strict ? model.diagnostics.map((d) => ({ ...d, severity: 'error' as const })) : model.diagnostics,
);
if (values.format === 'json') {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  console.log(
    JSON.stringify(
      {
        errors,
        warnings: diagnostics.length - errors,
        entries: model.entries.length,
        drafts: model.drafts.length,
        diagnostics,
      },
      null,
      2,
    ),
  );
} else {
  console.log(formatReport(diagnostics));
  console.log(
    `checked ${counted(model.entries.length, 'published entry', 'published entries')}, ` +
      `${counted(model.drafts.length, 'draft')} and ${counted(model.translations.length, 'translation')}`,
  );
}
process.exit(hasErrors(diagnostics) ? 1 : 0);
