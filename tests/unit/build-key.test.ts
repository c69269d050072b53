/** Cache keys only where a build reads them: the dev server, which never does, makes none. */
import { afterEach, describe, expect, it } from 'vitest';
import { publishContent } from '../../src/lib/loaded-content.ts';
import { buildKey } from '../../src/lib/page-keys.ts';
import type { TimelineModel } from '../../src/core/model.ts';

const publish = (watched: boolean) => publishContent({ model: {} as TimelineModel, bodies: new Map(), watched });

afterEach(() => publish(false));

describe('a page’s cache key', () => {
  it('is made in a build, whatever NODE_ENV says', () => {
    publish(false);
    expect(process.env['NODE_ENV']).toBe('test');
    expect(buildKey(() => 'key')).toEqual({ cacheKey: 'key' });
  });

  it('is not even made while a dev server watches the content', () => {
    publish(true);
    let made = 0;
    expect(
      buildKey(() => {
        made++;
        return 'key';
      }),
    ).toEqual({});
    expect(made).toBe(0);
  });
});
