/**
 * On a phone (390 px) no page scrolls sideways: the sample site, and a site made from a real TimelineJS file, whose
 * long media addresses and unbroken words reach the search results too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { PHONE, widerThanPhone } from '../helpers/phone.ts';
import { sharedSite } from '../helpers/shared-site.ts';

let browser: Browser;
let page: Page;

describe('at 390 px', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('no page of the sample site scrolls sideways', async () => {
    const { pages, wide } = await widerThanPhone(page, await sharedSite('sampleSite'), 'kellogg');
    expect(pages).toBeGreaterThan(30);
    expect(wide).toEqual([]);
  });

  it('no page of a site imported from TimelineJS scrolls sideways, search results included', async () => {
    const { wide } = await widerThanPhone(page, await sharedSite('houstonSite'), 'houston');
    expect(wide).toEqual([]);
  });
});
