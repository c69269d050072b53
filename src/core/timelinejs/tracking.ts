/**
 * Media addresses without the parameters that only tell a site who shared a link (`?ref_src=twsrc%5Etfw` on every
 * embedded tweet, `utm_source`, `fbclid`…): they say nothing about the media, and they follow a reader around.
 */

/** Parameters that only track, on any site. */
const TRACKING =
  /^(utm_\w+|ref_src|ref_url|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|igsh|_ga|_gl)$/i;
/** Parameters that track on some sites only (elsewhere they may mean something: YouTube's `t` is a start time). */
const TRACKING_ON: [RegExp, RegExp][] = [
  [/(^|\.)(twitter|x)\.com$/i, /^(s|t|src)$/],
  [/(^|\.)(youtube\.com|youtu\.be|spotify\.com)$/i, /^(si|feature|pp)$/],
];

/** The address without its tracking parameters; an address that is not a URL comes back as it is. */
export function withoutTracking(address: string): string {
  if (!address.includes('?') || !URL.canParse(address)) return address;
  const url = new URL(address);
  const local = TRACKING_ON.filter(([host]) => host.test(url.hostname)).map(([, names]) => names);
  const tracking = (name: string) => TRACKING.test(name) || local.some((names) => names.test(name));
  const kept = [...url.searchParams].filter(([name]) => !tracking(name));
  if (kept.length === [...url.searchParams].length) return address;
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}
