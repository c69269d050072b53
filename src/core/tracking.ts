/**
 * Tracking parameters in shared addresses: a post copied from X with its embed code carries `?ref_src=twsrc%5Etfw`,
 * a link from a newsletter `utm_source=…`. They say nothing about what the address shows, and some stop TimelineJS
 * from recognising the media it should embed, so they are taken out wherever an address leaves or enters the project.
 */

/** Parameters that only say where a link was shared from, on any site. */
const ANYWHERE = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi)$/i;

/** Parameters that track only on some sites (elsewhere `t` or `s` may mean a time or a search), by host. */
const ON_HOST: readonly (readonly [RegExp, RegExp])[] = [
  [/^(www\.|mobile\.)?(twitter|x)\.com$/i, /^(ref_src|ref_url|s|t|src)$/],
  [/^(www\.|m\.|music\.)?youtube\.com$|^youtu\.be$/i, /^(si|feature|pp)$/],
  [/(^|\.)spotify\.com$/i, /^(si|nd|context)$/],
  [/^(www\.)?instagram\.com$/i, /^(igsh|img_index)$/],
];

/** Whether a query parameter named `name` only tracks, on `host`. */
function tracks(name: string, host: string): boolean {
  return ANYWHERE.test(name) || ON_HOST.some(([site, names]) => site.test(host) && names.test(name));
}

/**
 * An http(s) address without its tracking parameters; every other parameter stays exactly as written (same order,
 * same encoding). Anything that is not an http(s) address is returned as it is.
 */
export function withoutTracking(address: string): string {
  const url = URL.canParse(address) ? new URL(address) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || !url.search) return address;
  const query = address.slice(address.indexOf('?') + 1).split('#', 1)[0] ?? '';
  const name = (pair: string) => {
    const key = pair.split('=', 1)[0] ?? '';
    try {
      return decodeURIComponent(key.replace(/\+/g, ' '));
    } catch {
      return key;
    }
  };
  const kept = query.split('&').filter((pair) => pair !== '' && !tracks(name(pair), url.hostname));
  const hash = address.includes('#') ? address.slice(address.indexOf('#')) : '';
  return `${address.slice(0, address.indexOf('?'))}${kept.length ? `?${kept.join('&')}` : ''}${hash}`;
}
