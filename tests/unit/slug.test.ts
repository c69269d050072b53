/** One slugger for the project: readable ids in every script, words kept whole, the same in `new` and `import`. */
import { describe, expect, it } from 'vitest';
import { newEntryPath } from '../../src/core/new-entry.ts';
import { slug } from '../../src/core/slug.ts';
import { importTimeline } from '../../src/core/timelinejs.ts';

describe('slug', () => {
  it.each([
    ['YouTube launches', 'youtube-launches'],
    ['PhD thesis', 'phd-thesis'],
    ['iPhone', 'iphone'],
    ['Війна в Україні', 'viina-v-ukraini'],
    ['Київ', 'kyiv'],
    ['Євген Згурський', 'yevhen-zghurskyi'],
    ['Ελλάδα', 'ellada'],
    ['战争', 'zhan-zheng'],
    ['מלחמה', 'mlhmh'],
    ['Straße', 'strasse'],
    ['2023-06-07-already-a-slug', '2023-06-07-already-a-slug'],
    ['!!!', ''],
  ])('%s → %s', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('changes nothing in a slug', () => {
    for (const text of ['YouTube', 'Війна', '战争', 'מלחמה', 'مجموعة']) expect(slug(slug(text))).toBe(slug(text));
  });

  it('gives a slug back at once, as slugifying it would (2,000 generated ones)', () => {
    let seed = 7;
    const random = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let run = 0; run < 2000; run++) {
      const words = Array.from({ length: 1 + random(6) }, () =>
        Array.from({ length: 1 + random(9) }, () => alphabet[random(alphabet.length)]).join(''),
      );
      const text = words.join('-');
      // A trailing space is not a slug's: the text then goes the whole way, and must come out the same.
      expect([slug(text), slug(`${text} `), slug(text, 'uk')]).toEqual([text, text, text]);
    }
  });
});

describe('ids made by new and by import', () => {
  it.each(['YouTube founded', 'Засновано YouTube', '东京 PhD', 'מלחמת ששת הימים'])(
    'are the same for the title “%s”, and hold words',
    async (title) => {
      const path = newEntryPath({ title, date: '2023-06-07' });
      const imported = await importTimeline({
        title: { text: { headline: 'T' } },
        events: [{ start_date: { year: '2023', month: '6', day: '7' }, text: { headline: title } }],
      });
      expect(path).toBe(`entries/2023/${imported.entries[0]?.id}.md`);
      expect(imported.entries[0]?.id).toMatch(/^2023-06-07-[a-z]/);
    },
  );

  it('give storylines of groups in any script a readable id, never group-2', async () => {
    const groups = ['Політика', 'سياسة', 'פוליטיקה', '政治', 'YouTube'];
    const imported = await importTimeline({
      title: { text: { headline: 'T' } },
      events: groups.map((group) => ({ start_date: { year: '2023' }, text: { headline: group }, group })),
    });
    const ids = imported.threads.slice(1).map((thread) => thread.id);
    expect(ids).toEqual(['polityka', 'syast', 'fvlytykh', 'zheng-zhi', 'youtube']);
  });
});

describe('on a Ukrainian site', () => {
  // Горох and Гуска hold no letter only Ukrainian writes: the site's language says how to read them.
  it('romanizes all Cyrillic as Ukrainian, in new and in import alike', async () => {
    expect(slug('Горох і гуска')).toBe('horokh-i-huska');
    expect(slug('Горох')).toBe('gorokh');
    expect(slug('Горох', 'uk')).toBe('horokh');
    expect(slug('Гуска', 'uk-UA')).toBe('huska');
    expect(newEntryPath({ title: 'Город', date: '2023-06-07' }, 'uk')).toBe('entries/2023/2023-06-07-horod.md');
    const imported = await importTimeline(
      {
        title: { text: { headline: 'Город' } },
        events: [{ start_date: { year: '2023' }, text: { headline: 'Город' }, group: 'Гуска', unique_id: 'Город' }],
      },
      { language: 'uk' },
    );
    expect(imported.threads.map((thread) => thread.id)).toEqual(['horod', 'huska']);
    expect(imported.entries[0]?.id).toBe('horod');
  });
});

describe('npm run new', () => {
  it('names a file by its date alone when the title has no letters or digits, never with a trailing hyphen', () => {
    expect(newEntryPath({ title: '!!!', date: '2025-01-19' })).toBe('entries/2025/2025-01-19.md');
  });
});
