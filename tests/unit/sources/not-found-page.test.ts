/** A page answering 200 that only says "not found" is a dead link; a live headline holding those words is not. */
import { describe, expect, it } from 'vitest';
import { saysNotFound } from '../../../scripts/lib/link-check.ts';

describe('a "not found" page answering 200', () => {
  it.each([
    'Sorry, this page could not be found - 404',
    'Page not found | The Daily Example',
    'Page Not Found - BBC News',
    'Oops! That page can’t be found. – Example News',
    '404 Not Found',
    'Error 404',
    'This page no longer exists',
    'The page you requested does not exist',
    'We can’t find that page',
    'Сторінку не знайдено | Українська правда',
  ])('is told by its heading "%s"', (heading) => {
    expect(saysNotFound([heading])).toBe(true);
  });

  it.each([
    'Flight 404 crash: what we know',
    'Not found: the missing millions of the budget',
    'Story no longer available after legal complaint, says editor',
    'Не знайдено зброї на складі',
    'Error',
    'Envoy revises deadline',
  ])('is not told by the headline "%s", which says more', (heading) => {
    expect(saysNotFound([heading])).toBe(false);
  });
});
