/**
 * The CMS preview of an entry, in the markup and classes of the entry page (EntryArticle, Badges, SourceList), so
 * the site's styles draw it as readers will see it: date, badges, summary, body and the sources list.
 */
import { createElement as h, type ReactNode } from 'react';

/** What Decap CMS hands a preview template (the parts used here). */
interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
}

interface SourceData {
  outlet?: string;
  title?: string;
  url?: string;
  published?: string;
  note?: string;
}

/** Immutable values from the CMS as plain data. */
const plain = (value: unknown): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;

function source(item: SourceData, index: number) {
  return h(
    'li',
    { key: index },
    item.outlet ? h('span', { className: 'outlet' }, item.outlet) : null,
    item.outlet && (item.title || item.url) ? ': ' : null,
    item.title ? h('span', { className: 'source-title' }, item.title) : null,
    !item.title && item.url ? h('span', { className: 'source-url' }, item.url) : null,
    item.published ? h('span', { className: 'source-date' }, ` ${item.published}`) : null,
    item.note ? h('p', { className: 'source-note' }, item.note) : null,
  );
}

/** The preview template registered for the entries collection. */
export function EntryPreview({ entry, widgetFor }: PreviewProps) {
  const field = (name: string) => plain(entry.getIn(['data', name]));
  const kind = field('kind') as string | undefined;
  const status = field('status') as string | undefined;
  const sources = (field('sources') as SourceData[] | undefined) ?? [];
  return h(
    'main',
    { id: 'main' },
    h(
      'article',
      { className: 'entry' },
      h(
        'header',
        { className: 'entry-header' },
        h('p', { className: 'entry-date' }, String(field('date') ?? '')),
        h('h1', null, String(field('title') ?? '')),
        h(
          'span',
          { className: 'badges' },
          kind ? h('span', { className: `badge kind kind-${kind}` }, kind) : null,
          status ? h('span', { className: `badge status status-${status}` }, status) : null,
        ),
        h('p', { className: 'entry-summary' }, String(field('summary') ?? '')),
      ),
      h('div', { className: 'entry-body' }, widgetFor('body')),
      sources.length > 0
        ? h('section', { className: 'sources' }, h('h2', null, 'Sources'), h('ol', null, sources.map(source)))
        : null,
    ),
  );
}
