/** The storylines side by side (core/scale/lanes.ts) as pages: busiest first, a page of lanes at a time. */
import type { ResolvedThread } from '../core/model.ts';
import { sideBySidePath } from '../core/paths.ts';
import { busiestFirst, MOST_LANES, sideBySide, type Storyline } from '../core/scale/lanes.ts';
import { lanesPageKey } from './page-keys.ts';
import { listPages } from './paging.ts';
import type { TimelineView } from './timeline.ts';

/** A storyline with its entries as a lane needs them. */
function storylineOf(view: TimelineView, thread: ResolvedThread): Storyline {
  const entries = thread.entries.flatMap((id) => {
    const entry = view.entry.get(id);
    return entry ? [{ id, title: entry.title, date: entry.date.text, spec: entry.spec }] : [];
  });
  return { id: thread.id, title: thread.title, colour: thread.index, entries };
}

/** Whether any storyline has an entry to draw: without one there is no page (and no link to it). */
export const hasLanes = (view: TimelineView) => view.threads.some((thread) => thread.entries.length > 0);

/** The static paths of `threads/side-by-side/[...page].astro`: each page's drawing, with a key that covers it. */
export function lanePages(view: TimelineView) {
  if (!hasLanes(view)) return [];
  const ordered = busiestFirst(
    view.threads.filter((thread) => thread.entries.length > 0),
    view.site.language,
  );
  return listPages(ordered, sideBySidePath, MOST_LANES).map(({ params, props: { page } }) => {
    const drawing = sideBySide(
      page.data.map((thread) => storylineOf(view, thread)),
      view.site.language,
    );
    return { params, props: { page, drawing }, cacheKey: lanesPageKey(view, page, drawing) };
  });
}
