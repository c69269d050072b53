/** A page that shows a TimelineJS JSON file with TimelineJS itself, self-hosted from its npm package. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The box the timeline is drawn in, and TimelineJS options beyond the self-hosting ones. */
export interface TimelineJsPageOptions {
  style: string;
  settings?: Record<string, unknown>;
}

/**
 * Writes `index.html` into `dir`, with TimelineJS's `dist/` copied beside it, showing the `timeline.json` that is (or
 * will be) in `dir`. Serve `dir` over HTTP: TimelineJS loads the file with a request.
 */
export function writeTimelineJsPage(dir: string, { style, settings = {} }: TimelineJsPageOptions): void {
  const packageJson = createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json');
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(path.dirname(packageJson), 'dist'), path.join(dir, 'dist'), { recursive: true });
  const options = JSON.stringify({ script_path: 'dist/js/', language: 'en', font: null, ...settings });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>' +
      '<link rel="stylesheet" href="dist/css/timeline.css"><script src="dist/js/timeline.js"></script></head>' +
      `<body><div id="timeline" style="${style}"></div>` +
      `<script>window.timeline = new TL.Timeline('timeline', 'timeline.json', ${options});</script></body></html>`,
  );
}
