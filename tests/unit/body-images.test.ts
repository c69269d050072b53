/** Images a body cannot publish: an address relative to the entry's page, or none. */
import { describe, expect, it } from 'vitest';
import { pageRelativeImages } from '../../src/core/body-images.ts';
import { loadContent } from '../../src/core/index.ts';
import { timelineMarkdown } from '../../src/markdown/processor.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

describe('pageRelativeImages', () => {
  it('finds images relative to the page or without an address, and leaves web and root addresses alone', () => {
    const body = 'Text.\n\n![A](pic.jpg) ![B](./b.png) ![C]()\n\n![D](https://example.org/d.jpg) ![E](/images/e.jpg)\n';
    expect(pageRelativeImages(body)).toEqual([
      { url: 'pic.jpg', line: 3, column: 1 },
      { url: './b.png', line: 3, column: 15 },
      { url: '', line: 3, column: 29 },
    ]);
    expect(pageRelativeImages('No image [here](x.html).')).toEqual([]);
  });

  it('finds them by reference and in raw HTML too', () => {
    const body =
      '![A][map]\n\n<p><img alt="B" src="b.png"> <img src=\'https://example.org/c.jpg\'></p>\n\n[map]: map.png\n';
    expect(pageRelativeImages(body)).toEqual([
      { url: 'map.png', line: 1, column: 1 },
      { url: 'b.png', line: 3, column: 1 },
    ]);
  });
});

describe('the Markdown pipeline', () => {
  it('shows an image it cannot publish as its description, never a placeholder, however written', async () => {
    const renderer = await timelineMarkdown().createRenderer({ syntaxHighlight: false, smartypants: false });
    const body =
      'See ![A map of the front](map.png), ![](./empty.png) and ![Ref][r] or <img src="raw.jpg" alt="A raw one">; ' +
      'kept: ![Web](https://example.org/w.jpg) ![Root](/images/r.jpg)\n\n[r]: ./ref.png\n';
    const { code, metadata } = await renderer.render(body, {
      fileURL: new URL('file:///project/content/entries/2025/x.md'),
      frontmatter: {},
    });
    expect(code).not.toContain('__ASTRO_IMAGE_');
    expect(code).toContain('See A map of the front,  and Ref or A raw one; kept:');
    expect(code).toContain('<img src="https://example.org/w.jpg" alt="Web">');
    expect(code).toContain('<img src="/images/r.jpg" alt="Root">');
    expect(metadata.localImagePaths).toEqual([]);
  });

  it('is a warning of check at the image, with a way out', async () => {
    const { root, content } = contentTree();
    const file = 'entries/2025/2025-02-03-second.md';
    const fields = 'title: T\nsummary: S.\ndate: 2025-02-03\nkind: event\nthreads: [the-story]\nsources:\n  - note: N.';
    writeFiles(content, { [file]: `---\n${fields}\n---\nFirst.\n\n![Map](map.png)\n` });
    const model = await loadContent('content', root);
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({
        file: `content/${file}`,
        line: 12,
        column: 1,
        rule: 'relative-image',
        message: expect.stringMatching(/"map\.png" cannot be published: .*public\//),
      }),
    );
  });
});
