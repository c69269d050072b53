/** A phone's viewport, and the pages of a built site that scroll sideways on it. */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serve, type Served } from '../../scripts/lib/serve.ts';

export const PHONE = { width: 390, height: 844 };

/** The pages of a built site, and the ones of them (and of search for `query`) wider than the phone. */
export async function widerThanPhone(
  page: Page,
  outDir: string,
  query: string,
): Promise<{ pages: number; wide: string[] }> {
  const site: Served = await serve(outDir);
  try {
    const files = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'));
    const wide: string[] = [];
    const measure = async (route: string) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wide.push(`${route}: ${width}px`);
    };
    for (const file of files) {
      await page.goto(`${site.url}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      await measure(file);
    }
    await page.goto(`${site.url}search/?q=${query}`, { waitUntil: 'load' });
    await page.locator('.result-title a').first().waitFor({ timeout: 10_000 });
    await measure(`search for ${query}`);
    return { pages: files.length, wide };
  } finally {
    await site.close();
  }
}
