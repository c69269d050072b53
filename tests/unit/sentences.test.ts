/** Summaries from real slide texts: the first sentence, never cut at an abbreviation, an initial or inside a word. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSentenceOfHtml, htmlToText, htmlToTextWithLinks } from '../../src/core/html-text.ts';
import { cutAtWord, firstSentence, sentences } from '../../src/core/sentences.ts';
import type { TLTimeline } from '../../src/core/timelinejs.ts';
import { PROJECT } from '../helpers/trees.ts';

/** [text, its first sentence]: newsroom and textbook sentences in English and Ukrainian. */
const FIRST_SENTENCES: [string, string][] = [
  // A US state in the Associated Press's style, and a month.
  ['Mr. Smith went to St. Louis, Mo. on Jan. 5. He left.', 'Mr. Smith went to St. Louis, Mo. on Jan. 5.'],
  [
    'The Royals won in Kansas City, Mo. on Tuesday night. Fans cheered.',
    'The Royals won in Kansas City, Mo. on Tuesday night.',
  ],
  ['She was born in Kansas City, Mo. Her father was a pastor.', 'She was born in Kansas City, Mo.'],
  ['The storm hit Tulsa, Okla. and moved east. Power failed.', 'The storm hit Tulsa, Okla. and moved east.'],
  // Initials and suffixes.
  ['He met John F. Kennedy Jr. there. Then he left.', 'He met John F. Kennedy Jr. there.'],
  ['Martin Luther King Jr. spoke in Washington. The crowd grew.', 'Martin Luther King Jr. spoke in Washington.'],
  ['J. R. R. Tolkien published The Hobbit in 1937. It sold well.', 'J. R. R. Tolkien published The Hobbit in 1937.'],
  ['W.E.B. Du Bois co-founded the NAACP. He edited its magazine.', 'W.E.B. Du Bois co-founded the NAACP.'],
  // Titles and places before names.
  ['Dr. Martin treated Mrs. Jones. She recovered.', 'Dr. Martin treated Mrs. Jones.'],
  ['Gen. Eisenhower met Sen. McCarthy in private. Nothing was said.', 'Gen. Eisenhower met Sen. McCarthy in private.'],
  ['Mt. St. Helens erupted on May 18, 1980. Fifty-seven people died.', 'Mt. St. Helens erupted on May 18, 1980.'],
  ['The case Roe v. Wade was decided in 1973. It was overturned in 2022.', 'The case Roe v. Wade was decided in 1973.'],
  // Letters with full stops.
  ['Then the U.S. Army moved. Nobody knew.', 'Then the U.S. Army moved.'],
  [
    'The U.N. Security Council met at 3 p.m. on Friday. It voted.',
    'The U.N. Security Council met at 3 p.m. on Friday.',
  ],
  ['The family moved to the U.S. They settled in Ohio.', 'The family moved to the U.S.'],
  ['Protesters marched in Washington, D.C. The police watched.', 'Protesters marched in Washington, D.C.'],
  ['The train left at 9 a.m. and arrived late. Passengers complained.', 'The train left at 9 a.m. and arrived late.'],
  // Numbers: "No. 5", decimals, money, ordinals, dates.
  ['The song reached No. 1 on the Billboard chart. It stayed there.', 'The song reached No. 1 on the Billboard chart.'],
  ['Unemployment rose to 3.5 percent in March. Markets fell.', 'Unemployment rose to 3.5 percent in March.'],
  ['The ticket cost $2.50 in 1990. Today it costs more.', 'The ticket cost $2.50 in 1990.'],
  [
    'The 1st Infantry Division landed at 6:30 a.m. on June 6. Losses were heavy.',
    'The 1st Infantry Division landed at 6:30 a.m. on June 6.',
  ],
  [
    'On Sept. 11, 2001, four planes were hijacked. Nearly 3,000 people died.',
    'On Sept. 11, 2001, four planes were hijacked.',
  ],
  [
    'The 2nd Battalion, 5th Marines, landed on the 3rd. Then it rained.',
    'The 2nd Battalion, 5th Marines, landed on the 3rd.',
  ],
  ['Crowds greeted Pope John Paul II. He spoke in Polish.', 'Crowds greeted Pope John Paul II.'],
  // Abbreviations in running text, and words with full stops inside them.
  ['Rivals, e.g. Pepsi, followed suit. Prices rose.', 'Rivals, e.g. Pepsi, followed suit.'],
  ['Apple Inc. unveiled the iPhone. It changed phones.', 'Apple Inc. unveiled the iPhone.'],
  ['The site moved to example.com. Old links broke.', 'The site moved to example.com.'],
  // Quotations, questions, exclamations and ellipses.
  ['He said "stop." Then he left.', 'He said "stop."'],
  ['"We will rebuild," the mayor said. The vote is Monday.', '"We will rebuild," the mayor said.'],
  ['Who fired first? Nobody knows.', 'Who fired first?'],
  ['It worked! The crowd roared.', 'It worked!'],
  ['The talks went on... and on. Then they ended.', 'The talks went on... and on.'],
  [
    'The numbers were… Surprising, to say the least. Then came more.',
    'The numbers were… Surprising, to say the least.',
  ],
  ['No full stop at all', 'No full stop at all'],
  // Ukrainian: місто, вулиця, імені, initials, рік, і так далі.
  ['Він жив у м. Києві на вул. Хрещатик. Потім поїхав до Львова.', 'Він жив у м. Києві на вул. Хрещатик.'],
  [
    'Київський університет ім. Т. Г. Шевченка заснований у 1834 р. Це один з найстаріших університетів.',
    'Київський університет ім. Т. Г. Шевченка заснований у 1834 р.',
  ],
  [
    'Незалежність проголошено 24 серпня 1991 р. Того ж року відбувся референдум.',
    'Незалежність проголошено 24 серпня 1991 р.',
  ],
  [
    'У с. Шевченкове зібралися кобзарі, лірники і т. д. Свято тривало три дні.',
    'У с. Шевченкове зібралися кобзарі, лірники і т. д.',
  ],
  [
    'Держава Київська Русь існувала в IX–XIII ст. Її столицею був Київ.',
    'Держава Київська Русь існувала в IX–XIII ст.',
  ],
  [
    'Собор св. Софії збудовано в XI ст. за князя Ярослава. Він зберігся.',
    'Собор св. Софії збудовано в XI ст. за князя Ярослава.',
  ],
  ['Місто заснували бл. 482 р. н. е. Так кажуть літописи.', 'Місто заснували бл. 482 р. н. е.'],
  ['Чи знали ви про це? Мало хто знав.', 'Чи знали ви про це?'],
  [
    'Трипільська культура існувала в 5–3 тис. до н. е. Археологи знайшли її поселення.',
    'Трипільська культура існувала в 5–3 тис. до н. е.',
  ],
];

describe('firstSentence', () => {
  it.each(FIRST_SENTENCES)('%s', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });

  it('uses the abbreviations of the language it is told, or of the text’s script', () => {
    // English abbreviations do not apply to Ukrainian text, nor Ukrainian ones to English.
    expect(sentences('Він жив у м. Києві.', { language: 'uk' })).toEqual(['Він жив у м. Києві.']);
    expect(sentences('Він жив у м. Києві.', { language: 'en' })).toEqual(['Він жив у м. ', 'Києві.']);
    expect(sentences('Mr. Smith left.', { language: 'uk-UA' })).toEqual(['Mr. ', 'Smith left.']);
    expect(sentences('Mr. Smith left.', { language: 'en-GB' })).toEqual(['Mr. Smith left.']);
  });

  it('cuts a long sentence at a word, with an ellipsis, and never inside a word', () => {
    expect(firstSentence('Extraordinarily long sentence without an end', 20)).toBe('Extraordinarily long…');
    expect(firstSentence('Extraordinarily long sentence without an end', 10)).toBe('Extraordinarily…');
    expect(firstSentence('Short words, then a comma, and more', 12)).toBe('Short words…');
    expect(firstSentence('Just fits here. Next.', 15)).toBe('Just fits here.');
    expect(cutAtWord('Ends exactly at a word', 'Ends exactly'.length)).toBe('Ends exactly…');
  });
});

describe('sentences and links in HTML', () => {
  it('finds each link’s text in the plain text, which is what htmlToText gives', () => {
    const html = '<p>See <a href="/x">the  <b>report</b></a>.</p><p>Then <a href="/y">more</a></p>';
    const { text, links } = htmlToTextWithLinks(html);
    expect(text).toBe(htmlToText(html));
    expect(links.map((span) => text.slice(span.start, span.end))).toEqual(['the report', 'more']);
  });

  it('never ends a sentence, nor cuts one, inside a link’s text', () => {
    const film =
      '<p>She starred in <a href="https://example.org/film">Washington, D.C. The Movie</a> in 1990. Later…</p>';
    expect(firstSentenceOfHtml(film)).toBe('She starred in Washington, D.C. The Movie in 1990.');
    const long = '<p>Read <a href="https://example.org">the very long report on everything</a> today.</p>';
    expect(firstSentenceOfHtml(long, 25)).toBe('Read…');
    expect(firstSentenceOfHtml(long, 42)).toBe('Read the very long report on everything…');
  });

  it('ends the first sentence at the first line break, as a reader of the slide sees its first line', () => {
    expect(firstSentenceOfHtml('Born in Ohio<br>Moved to Texas in 1990. Later…')).toBe('Born in Ohio');
    expect(firstSentenceOfHtml('<p>Born in Ohio</p><p>Moved to Texas.</p>')).toBe('Born in Ohio');
    expect(firstSentenceOfHtml('Born in Ohio.<br/>Moved to Texas.')).toBe('Born in Ohio.');
    // A break inside a link's text is no end: the link is never cut.
    expect(firstSentenceOfHtml('See <a href="/x">the<br>report</a> now. More.')).toBe('See the report now.');
    // Source lines that HTML joins are one line.
    expect(firstSentenceOfHtml('Born in\nOhio, then Texas. More.')).toBe('Born in Ohio, then Texas.');
  });
});

describe('the Knight Lab templates', () => {
  const folder = path.join(PROJECT, 'node_modules/@knight-lab/timelinejs/src/template');
  const texts = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const timeline = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as TLTimeline;
      return [timeline.title, ...timeline.events, ...(timeline.eras ?? [])].flatMap((slide) => slide?.text?.text ?? []);
    })
    .filter((html) => htmlToText(html) !== '');

  it('give every slide a summary that starts its text and ends at a sentence’s end or with an ellipsis', () => {
    expect(texts.length).toBeGreaterThan(40);
    for (const html of texts) {
      const summary = firstSentenceOfHtml(html);
      const text = htmlToText(html);
      expect(summary.length, html).toBeLessThanOrEqual(201);
      if (summary.endsWith('…')) expect(text.startsWith(summary.slice(0, -1)), html).toBe(true);
      else expect(text.startsWith(summary) && /^$|^\s/.test(text.slice(summary.length)), html).toBe(true);
    }
  });

  it.each([
    ['TimelineJS supports many media types.', 'TimelineJS supports many media types. This provides'],
    ['The protocol part of the URL (e.g. https://) is technically optional.', 'The protocol part of the URL'],
    ['Wistia is a commercial video hosting service.', 'Wistia is a commercial video hosting service.'],
    ['I guess this image shows things that are 13.1 billion years old?', 'I guess this image shows'],
    ['STS-31 deploys the Hubble Space Telescope on April 25, 1990.', 'STS-31 deploys'],
  ])('finds “%s”', (first, start) => {
    const html = texts.find((text) => htmlToText(text).includes(start)) ?? '';
    const fromThere = htmlToText(html).slice(htmlToText(html).indexOf(start));
    expect(firstSentence(fromThere)).toBe(first);
  });
});
