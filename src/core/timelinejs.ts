/**
 * TimelineJS in and out. A TimelineJS timeline (Knight Lab's JSON format, or the Google Sheets template as CSV)
 * becomes entries and threads of this model; the model becomes a TimelineJS timeline a newsroom can embed.
 * Format: https://timeline.knightlab.com/docs/json-format.html
 */
export type { TLDate, TLMedia, TLSlide, TLTimeline } from './timelinejs/format.ts';
export { parseTimelineCsv, parseTimelineJson, type ReadTimeline } from './timelinejs/read.ts';
export {
  convertDate,
  importTimeline,
  type ImportedEntry,
  type ImportOptions,
  type ImportResult,
} from './timelinejs/import.ts';
export { exportTimeline } from './timelinejs/export.ts';
export { madeWords, type MadeWords } from './timelinejs/made-words.ts';
