/** The local server tests and maintainers' scripts open built sites on (scripts/lib/serve.ts), over real HTTP. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { tempDir } from '../helpers/trees.ts';

describe('serve', () => {
  it("caches Astro's hashed files for good, checks every other file again, and serves what is there now", async () => {
    const dir = tempDir('served');
    mkdirSync(path.join(dir, '_astro'));
    writeFileSync(path.join(dir, '_astro', 'site.1a2b3c4d.css'), 'body {}');
    writeFileSync(path.join(dir, 'index.html'), '<p>first</p>');
    const site = await serve(dir, '/timeline/');
    try {
      const bundled = await fetch(`${site.url}_astro/site.1a2b3c4d.css`);
      expect(bundled.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const page = await fetch(site.url);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toBe('<p>first</p>');
      writeFileSync(path.join(dir, 'index.html'), '<p>second, longer</p>');
      expect(await (await fetch(site.url)).text()).toBe('<p>second, longer</p>');
      expect((await fetch(`${site.url.replace('/timeline/', '/')}index.html`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});
