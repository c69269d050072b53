/**
 * The search page's script: loads Pagefind from this site's /pagefind/ only when the page opens, runs queries with
 * filters and order, and keeps all of it in the URL (?q=kellogg&thread=Peace+plan&sort=newest) so a search can be
 * shared, bookmarked and reloaded.
 */
import { fill, plural } from '../i18n/format.ts';
import type { SearchStrings } from '../i18n/ui.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type Sort = 'relevance' | 'newest' | 'oldest';
interface SearchState {
  q: string;
  sort: Sort;
  filters: Record<string, string[]>;
}

const PAGE_SIZE = 30;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const root = document.querySelector<HTMLElement>('[data-search]');

if (root) start(root);

function start(root: HTMLElement): void {
  const words = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const facets = JSON.parse(root.dataset['facets'] ?? '[]') as { key: string; label: string }[];
  const language = root.dataset['language'] ?? 'en';
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector) as T;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const facetsBox = $<HTMLElement>('[data-search-facets]');
  const clear = $<HTMLButtonElement>('[data-search-clear]');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  form.hidden = false;
  $<HTMLElement>('[data-search-ui]').hidden = false;
  $<HTMLElement>('[data-search-fallback]').hidden = true;

  const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  });
  const checkboxes = new Map<string, HTMLInputElement>();
  const counts = new Map<string, HTMLElement>();
  let state = readState();
  let run = 0;
  let shown = PAGE_SIZE;

  input.value = state.q;
  sortSelect.value = state.sort;

  pagefind
    .then(async (pf) => {
      buildFacets(await pf.filters());
      await search();
    })
    .catch(() => {
      status.textContent = words.failed;
    });

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ q: input.value }), 150);
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
  // ArrowDown from the field goes to the first result; Up and Down move between results.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === input && event.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (index >= 0) (event.key === 'ArrowDown' ? links[index + 1] : (links[index - 1] ?? input))?.focus();
    else return;
    event.preventDefault();
  });
  function update(change: Partial<SearchState>): void {
    const next = { ...state, ...change };
    if (next.q === state.q && next.sort === state.sort && JSON.stringify(next.filters) === JSON.stringify(state.filters)) return;
    state = next;
    shown = PAGE_SIZE;
    history.replaceState(null, '', toUrl(state));
    void search();
  }

  function buildFacets(totals: Record<string, Record<string, number>>): void {
    facetsBox.replaceChildren();
    for (const { key, label } of facets) {
      const values = Object.keys(totals[key] ?? {});
      if (values.length === 0) continue;
      if (key !== 'year') values.sort((a, b) => (totals[key]?.[b] ?? 0) - (totals[key]?.[a] ?? 0) || a.localeCompare(b));
      const fieldset = element('fieldset', { className: 'facet' });
      fieldset.append(element('legend', { textContent: label }));
      for (const value of values) {
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
        fieldset.append(labelElement);
        checkboxes.set(`${key}\u0000${value}`, box);
        counts.set(`${key}\u0000${value}`, count);
      }
      facetsBox.append(fieldset);
    }
  }

  async function search(): Promise<void> {
    const mine = ++run;
    // Said before the first await, so the status never shows an earlier answer while this search runs.
    status.textContent = words.loading;
    const pf = await pagefind;
    if (mine !== run) return;
    const query = state.q.trim();
    const active = Object.keys(state.filters).length > 0;
    clear.hidden = !active;
    if (!query && !active) {
      list.replaceChildren();
      status.textContent = words.empty;
      showCounts(await pf.filters());
      return;
    }
    // Without words there is no relevance: list the filtered entries in story order.
    const sort = state.sort === 'newest' || (!query && state.sort === 'relevance') ? { date: 'desc' as const } : state.sort === 'oldest' ? { date: 'asc' as const } : undefined;
    const response = await pf.search(query || null, { filters: state.filters, ...(sort ? { sort } : {}) });
    if (mine !== run || !response) return;
    showCounts(response.filters);
    const found = response.results.length;
    const data = await Promise.all(response.results.slice(0, shown).map((result) => result.data()));
    if (mine !== run) return;
    list.replaceChildren(...data.map(renderResult));
    if (found > shown) list.append(moreButton(found - shown));
    status.textContent = found === 0 ? `${fill(words.noResults, { query })} ${words.noResultsHelp}` : query ? plural(words.results, found, language, { query }) : plural(words.browsing, found, language);
  }

  function showCounts(current: Record<string, Record<string, number>>): void {
    for (const [id, count] of counts) {
      const [key = '', value = ''] = id.split('\u0000');
      count.textContent = `(${current[key]?.[value] ?? 0})`;
    }
  }

  function moreButton(remaining: number): HTMLLIElement {
    const item = element('li', { className: 'more' });
    const button = element('button', { type: 'button', textContent: `+ ${remaining}` });
    button.addEventListener('click', () => {
      shown += PAGE_SIZE;
      void search();
    });
    item.append(button);
    return item;
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', { className: 'result' });
  const article = element('article', {});
  const title = element('h3', { className: 'result-title' });
  title.append(element('a', { href: data.url, textContent: data.meta['title'] ?? data.url }));
  article.append(title);
  if (data.meta['date']) article.append(element('p', { className: 'result-date', textContent: data.meta['date'] }));
  if (data.meta['summary']) article.append(element('p', { className: 'result-summary', textContent: data.meta['summary'] }));
  const excerpt = element('p', { className: 'result-excerpt' });
  excerpt.append(...highlighted(data.excerpt));
  article.append(excerpt);
  item.append(article);
  return item;
}

/** Pagefind's excerpt as text nodes and <mark> elements only: whatever else it holds is never parsed as markup. */
function highlighted(excerpt: string): Node[] {
  // A textarea decodes entities without ever creating elements, and keeps every space.
  const decoder = document.createElement('textarea');
  const decode = (html: string) => {
    decoder.innerHTML = html;
    return decoder.value;
  };
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    return marked ? element('mark', { textContent: decode(marked[1] ?? '') }) : document.createTextNode(decode(part));
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
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
