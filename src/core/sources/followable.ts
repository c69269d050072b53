/**
 * Whether a reader can look a source up: it names an address, a title or an outlet. A note alone ("From the
 * TimelineJS timeline …", "interview with the author") says how a fact was reached, not where to check it.
 */

/** What tells a reader where to look a source up, as written (outlet) or resolved (outletName). */
interface LookUp {
  url?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
  outletName?: string | undefined;
}

/** A source a reader can look up. */
export const canBeLookedUp = (source: LookUp) =>
  Boolean(source.url || source.title || source.outlet || source.outletName);

/** Whether every entry rests on at least one source a reader can look up (what the site's footer promises). */
export const everyEntrySourced = (entries: readonly { sources: readonly LookUp[] }[]) =>
  entries.every((entry) => entry.sources.some(canBeLookedUp));
