/** remark plugin: `[@1]` or `[@source-id]` becomes a numbered reference to the entry's source list. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { citationNumber } from '../core/body-syntax.ts';
import { renderContext } from './context.ts';
import { replaceReferences } from './replace-references.ts';

/** The id of a source's item in the rendered source list; citations link to it. */
export const sourceAnchor = (number: number) => `source-${number}`;

/** Numbers citations; one that matches no source fails the file with its line and column. */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const { sources = [], citationLabel = 'Source {number}', sourcesPage = '' } = renderContext(file);
    replaceReferences(tree, 'citation', (reference, place) => {
      const number = citationNumber(reference.key, sources);
      if (number === undefined) {
        file.fail(
          `[@${reference.key}] cites no source of this entry (it has ${sources.length})`,
          place,
          'fact-timeline:citation',
        );
      }
      return {
        type: 'link',
        url: `${sourcesPage}#${sourceAnchor(number)}`,
        title: null,
        children: [{ type: 'text', value: `[${number}]` }],
        data: {
          hName: 'a',
          hProperties: { className: ['citation'], ariaLabel: citationLabel.replace('{number}', String(number)) },
        },
      };
    });
  };
}
