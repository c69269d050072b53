/** remark plugin: `[[entry-id]]` and `[[entry-id|text]]` become links to that entry's page. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { renderContext } from './context.ts';
import { replaceReferences } from './replace-references.ts';

/** Links entry references; an unknown id fails the file with its line and column. */
export default function remarkEntryLinks() {
  return (tree: Root, file: VFile) => {
    const targets = renderContext(file).entryLinks ?? {};
    replaceReferences(tree, 'entry-link', (reference, place) => {
      const target = targets[reference.id];
      if (!target) {
        file.fail(`[[${reference.id}]] links to an unknown entry`, place, 'fact-timeline:entry-link');
      }
      return {
        type: 'link',
        url: target.href,
        title: reference.label ? target.title : null,
        children: [{ type: 'text', value: reference.label ?? target.title }],
        data: { hProperties: { className: ['entry-link'] } },
      };
    });
  };
}
