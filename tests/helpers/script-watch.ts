/**
 * Catching script that content manages to run in Chromium: the security tests' vectors call alert() and its kin, or
 * navigate to a script address, so each of those is recorded instead of shown.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Makes alert, confirm, prompt and print in every page of `context` record what called them into `ran`. */
export async function recordDialogs(context: BrowserContext, ran: string[]): Promise<void> {
  await context.exposeFunction('__injected', (what: string) => ran.push(what));
  await context.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
        (window as unknown as { __injected: (what: string) => void }).__injected(
          `${name}(${args.join(',')}) on ${location.pathname}`,
        );
    }
  });
}

/** A new page of `context` whose real dialogs and navigations to script addresses are recorded into `ran`. */
export async function watchedPage(context: BrowserContext, ran: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    ran.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (/^(javascript|data):/.test(frame.url())) ran.push(`navigated to ${frame.url()}`);
  });
  return page;
}
