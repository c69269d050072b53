/** A page answering 200 that only says "not found" is a dead link; a live headline holding those words is not. */
import { describe, expect, it } from 'vitest';
import { saysNotFound } from '../../../scripts/lib/link-check.ts';

describe('a "not found" page answering 200', () => {
  it.each([
    'Sorry, this page could not be found - 404',
    'Page not found | The Daily Example',
    'Page Not Found - BBC News',
    'Page not found — Gazette',
    'Page Not Found » Gazette',
    'Gazette / Page not found',
    'Error 404 - Page Not Found - Site',
    'Oops! That page can’t be found. – Example News',
    '404 Not Found',
    '404',
    'Error 404',
    'This page no longer exists',
    'The page you requested does not exist',
    'Сторінку не знайдено | Українська правда',
  ])('is told by its title "%s"', (title) => {
    expect(saysNotFound({ title })).toBe(true);
  });

  it.each(['We can’t find that page', 'That page can’t be found.', 'Not found'])(
    'is told by its first heading "%s", whatever the title says',
    (heading) => {
      expect(saysNotFound({ title: 'The Daily Example', heading })).toBe(true);
    },
  );

  it.each([
    'Flight 404 crash: what we know',
    'Not found: the missing millions of the budget',
    'Not found – the missing millions | Gazette',
    '404 — the number that haunts Flight 404 | Gazette',
    'Error 404 - a film review | Gazette',
    'Story no longer available after legal complaint, says editor',
    'Не знайдено зброї на складі',
    'Error',
    'Envoy revises deadline',
  ])('is not told by the headline "%s", which says more', (headline) => {
    expect(saysNotFound({ title: headline, heading: headline })).toBe(false);
  });
});
