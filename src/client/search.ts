/**
 * The search page's script: loads Pagefind from this site's /pagefind/ only when the page opens, searches as the
 * reader types, with filters and order, and keeps all of it in the URL (?q=kellogg&thread=Peace+plan&sort=newest) so
 * a search can be shared, bookmarked and reloaded. Results are listed first; the facets' counts follow.
 */
import { fill, plural } from '../i18n/format.ts';
import type { SearchStrings } from '../i18n/ui.ts';
import { latestOnly, loadPagefind, type Pagefind, type PagefindSort } from './pagefind.ts';
import { element, renderResult } from './result.ts';

type Sort = 'relevance' | 'newest' | 'oldest';
interface SearchState {
  q: string;
  sort: Sort;
  filters: Record<string, string[]>;
}

/** How many results are listed at first, and how many more each "+ N" button adds. */
const PAGE_SIZE = 30;
/** How many results fill a first screen: listed as soon as their fragments arrive, before the rest are fetched. */
const FIRST_SCREEN = 6;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

// The search page's parts, and the words and facets it hands the script in its data attributes.
const root = document.querySelector<HTMLElement>('[data-search]');
const $ = <T extends Element>(selector: string) => root?.querySelector<T>(selector) as T;
const form = $<HTMLFormElement>('[data-search-form]');
const input = $<HTMLInputElement>('[data-search-input]');
const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
const facetsBox = $<HTMLElement>('[data-search-facets]');
const clear = $<HTMLButtonElement>('[data-search-clear]');
const status = $<HTMLElement>('[data-search-status]');
const list = $<HTMLOListElement>('[data-search-results]');
const words = JSON.parse(root?.dataset['strings'] ?? '{}') as SearchStrings;
const facets = JSON.parse(root?.dataset['facets'] ?? '[]') as { key: string; label: string }[];
const language = root?.dataset['language'] ?? 'en';

// What the reader asked for and what is shown.
/** The copy of Pagefind that lists results, and the one that counts facet values (see loadPagefind). */
let pagefind: Promise<Pagefind>;
let facetIndex: Promise<Pagefind>;
let state = readState();
/** The number of the latest search: an answer to an earlier one arrives too late and is dropped. */
let run = 0;
/** Searches, and counts, for the latest state only (see latestOnly). */
const searchLatest = latestOnly(search);
const countLatest = latestOnly(countFacets);
/** How many results are listed. */
let shown = PAGE_SIZE;
/** Each facet value's checkbox and count, keyed `key\u0000value`. */
const checkboxes = new Map<string, HTMLInputElement>();
const counts = new Map<string, HTMLElement>();
/** The facet counts of the latest search, shown again once the facets are built, and the search they count. */
let latestCounts: Record<string, Record<string, number>> | undefined;
let countedFor = '';

if (root) start();

/** Shows the search form, loads Pagefind, lists what the URL asks for, and then follows the reader. */
function start(): void {
  form.hidden = false;
  $<HTMLElement>('[data-search-ui]').hidden = false;
  $<HTMLElement>('[data-search-fallback]').hidden = true;
  // The runtime and the index's entry file load now, while the reader is still typing, not at the first query.
  pagefind = loadPagefind(base);
  facetIndex = loadPagefind(base, 'facets');
  input.value = state.q;
  sortSelect.value = state.sort;
  // The facets and the first search load side by side: results do not wait for every filter's values.
  facetIndex
    .then((pf) => pf.filters())
    .then((all) => {
      buildFacets(all);
      if (latestCounts) showCounts(latestCounts);
    })
    .catch(() => undefined);
  searchAgain();
  followControls();
  followArrowKeys();
}

/** Searches again as the reader types, submits, sorts or clears the filters. */
function followControls(): void {
  input.addEventListener('input', () => {
    // While an earlier search still runs, Pagefind fetches the index chunks for the words so far.
    const typed = input.value.trim();
    if (typed) void pagefind.then((pf) => pf.preload(typed, { filters: state.filters })).catch(() => undefined);
    update({ q: input.value });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ q: input.value });
  });
  sortSelect.addEventListener('change', () => update({ sort: sortSelect.value as Sort }));
  clear.addEventListener('click', () => {
    for (const box of checkboxes.values()) box.checked = false;
    update({ filters: {} });
  });
}

/** ArrowDown from the field goes to the first result; Up and Down move between results. */
function followArrowKeys(): void {
  root?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === input && event.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (index >= 0) (event.key === 'ArrowDown' ? links[index + 1] : (links[index - 1] ?? input))?.focus();
    else return;
    event.preventDefault();
  });
}

/** Takes a change the reader made: a new search from the first page of results, and the URL saying so. */
function update(change: Partial<SearchState>): void {
  const next = { ...state, ...change };
  if (next.q === state.q && next.sort === state.sort && JSON.stringify(next.filters) === JSON.stringify(state.filters))
    return;
  state = next;
  shown = PAGE_SIZE;
  history.replaceState(null, '', toUrl(state));
  searchAgain();
}

/** Asks for a search of the current state; whatever an earlier one still has to show is dropped. */
function searchAgain(): void {
  // Said at once, so the status never shows an earlier answer while this search waits or runs.
  status.textContent = words.loading;
  searchLatest(++run);
}

/** A fieldset of checkboxes per facet the index has values for. */
function buildFacets(totals: Record<string, Record<string, number>>): void {
  facetsBox.replaceChildren();
  for (const { key, label } of facets) {
    const values = Object.keys(totals[key] ?? {});
    if (values.length === 0) continue;
    if (key !== 'year') values.sort((a, b) => (totals[key]?.[b] ?? 0) - (totals[key]?.[a] ?? 0) || a.localeCompare(b));
    const fieldset = element('fieldset', { className: 'facet' });
    fieldset.append(element('legend', { textContent: label }), ...values.map((value) => facetValue(key, value)));
    facetsBox.append(fieldset);
  }
}

/** One value's checkbox, which adds the value to its facet's filter or takes it out, and the value's count. */
function facetValue(key: string, value: string): HTMLLabelElement {
  const box = element('input', { type: 'checkbox', name: key, value });
  box.checked = state.filters[key]?.includes(value) ?? false;
  box.addEventListener('change', () => {
    const chosen = new Set(state.filters[key] ?? []);
    if (box.checked) chosen.add(value);
    else chosen.delete(value);
    const filters = { ...state.filters, [key]: [...chosen] };
    if (!chosen.size) delete filters[key];
    update({ filters });
  });
  const count = element('span', { className: 'count' });
  const labelElement = element('label', {});
  labelElement.append(box, ` ${value} `, count);
  checkboxes.set(`${key}\u0000${value}`, box);
  counts.set(`${key}\u0000${value}`, count);
  return labelElement;
}

/** Runs search number `mine` and lists its results, unless a newer search was asked for meanwhile. */
async function search(mine: number): Promise<void> {
  try {
    await listResults(mine);
  } catch {
    if (mine === run) status.textContent = words.failed;
  }
}

/** Lists the results of the state's search, then asks for the facets' counts among them. */
async function listResults(mine: number): Promise<void> {
  const pf = await pagefind;
  if (mine !== run) return;
  const query = state.q.trim();
  const active = Object.keys(state.filters).length > 0;
  clear.hidden = !active;
  if (!query && !active) {
    list.replaceChildren();
    const totals = await facetIndex.then((counter) => counter.filters()).catch(() => ({}));
    if (mine !== run) return;
    latestCounts = totals;
    showCounts(totals);
    countedFor = '';
    facetsBox.removeAttribute('aria-busy');
    // Said after the counts, so whatever waits for the status finds the facets' numbers in place.
    status.textContent = words.empty;
    return;
  }
  const sort = sortFor(query);
  const response = await pf.search(query || null, { filters: state.filters, ...(sort ? { sort } : {}) });
  if (mine !== run || !response) return;
  facetsBox.setAttribute('aria-busy', 'true');
  const found = response.results.length;
  const listed = response.results.slice(0, shown);
  // A new list shows a first screen as soon as its fragments arrive, and the rest once the reader comes near its end;
  // a longer list ("+ N") is replaced at once, so what the reader was looking at never shrinks.
  const first = shown === PAGE_SIZE ? FIRST_SCREEN : shown;
  const firstScreen = await Promise.all(listed.slice(0, first).map((result) => result.data()));
  if (mine !== run) return;
  endWatch?.disconnect();
  list.replaceChildren(...firstScreen.map(renderResult));
  countLatest(mine);
  const rest = listed.slice(first);
  const listRest = async () => {
    const more = await Promise.all(rest.map((result) => result.data()));
    if (mine !== run) return;
    list.append(...more.map(renderResult));
    if (found > shown) list.append(moreButton(found - shown));
  };
  let restListed: Promise<void> | undefined;
  const reached = () => void (restListed = listRest().catch(() => undefined));
  if (rest.length === 0) await listRest();
  else if (await watchNear(list.lastElementChild, reached)) await restListed;
  if (mine !== run) return;
  // Said once what is near the view is listed: a screen reader announces the count once.
  status.textContent = statusText(found, query);
}

/** The watch on the end of the listed results, stopped when a new list replaces them. */
let endWatch: IntersectionObserver | undefined;

/**
 * Calls `reached` once `target` is within half a screen below the view, and says whether it is now (an observer's
 * first answer comes as soon as it starts watching): on a phone, the fragments of results below the first screen
 * are fetched only if the reader scrolls on.
 */
function watchNear(target: Element | null, reached: () => void): Promise<boolean> {
  if (!target) return Promise.resolve(false);
  return new Promise((resolve) => {
    let answered = false;
    const observer = new IntersectionObserver(
      (seen) => {
        const near = seen.some((entry) => entry.isIntersecting);
        if (near) {
          observer.disconnect();
          reached();
        }
        if (answered) return;
        answered = true;
        resolve(near);
      },
      { rootMargin: '0px 0px 50% 0px' },
    );
    endWatch = observer;
    observer.observe(target);
  });
}

/**
 * Counts each facet value among the results of search number `mine`, in the copy of Pagefind that has every filter
 * loaded, and shows the counts (the facets say they are busy until then).
 */
async function countFacets(mine: number): Promise<void> {
  const counter = await facetIndex;
  const query = state.q.trim();
  // Another order, or more results listed, leaves the counts as they are.
  const searched = JSON.stringify([query, state.filters]);
  if (mine !== run) return;
  if (searched === countedFor) return facetsBox.removeAttribute('aria-busy');
  const response = await counter.search(query || null, { filters: state.filters });
  if (mine !== run || !response) return;
  latestCounts = response.filters;
  countedFor = searched;
  showCounts(response.filters);
  facetsBox.removeAttribute('aria-busy');
}

/**
 * Pagefind's order for the reader's choice; without words there is no relevance, so the filtered entries go by date.
 */
function sortFor(query: string): PagefindSort | undefined {
  if (state.sort === 'newest' || (!query && state.sort === 'relevance')) return { date: 'desc' };
  return state.sort === 'oldest' ? { date: 'asc' } : undefined;
}

/** What the status line says of a search that found `found` results. */
function statusText(found: number, query: string): string {
  if (found === 0) return `${fill(words.noResults, { query })} ${words.noResultsHelp}`;
  return query ? plural(words.results, found, language, { query }) : plural(words.browsing, found, language);
}

/** Each facet value's count among the current results. */
function showCounts(current: Record<string, Record<string, number>>): void {
  for (const [id, count] of counts) {
    const [key = '', value = ''] = id.split('\u0000');
    count.textContent = `(${current[key]?.[value] ?? 0})`;
  }
}

/** The "+ N" button after the listed results, which lists a page more. */
function moreButton(remaining: number): HTMLLIElement {
  const item = element('li', { className: 'more' });
  const button = element('button', { type: 'button', textContent: `+ ${remaining}` });
  button.addEventListener('click', () => {
    shown += PAGE_SIZE;
    searchAgain();
  });
  item.append(button);
  return item;
}

function readState(): SearchState {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key === 'q' || key === 'sort' || !value) continue;
    (filters[key] ??= []).push(value);
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance', filters };
}

function toUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}
