/**
 * What HTML an entry body may hold. Bodies come from editors, pull requests and imported TimelineJS text, so raw HTML
 * in them is parsed and then cut down to GitHub's safe subset (hast-util-sanitize's default schema): no script,
 * style, iframe, form or event handler, and links and images only to http(s), mailto and relative addresses.
 * The two classes our own remark plugins put on links are allowed; ids and names get a `user-content-` prefix so a
 * body can never take over an id the page uses (`main`, `source-1`).
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const linkAttributes = (defaultSchema.attributes?.['a'] ?? []).filter(
  (attribute) => !(Array.isArray(attribute) && attribute[0] === 'className'),
);

/** The schema rehype-sanitize applies to every rendered body. */
export const bodySchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...linkAttributes, ['className', 'citation', 'entry-link', 'data-footnote-backref']],
  },
};
