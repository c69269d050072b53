/**
 * Abbreviations that end in a full stop without ending a sentence, per language, for the sentence segmenter
 * (sentences.ts). Unicode's sentence rules, which `Intl.Segmenter` follows, break after any full stop followed by a
 * space and a capital or a digit: "Mr. | Smith", "St. | Louis", "Jan. | 5", "John F. | Kennedy", "the U.S. | Army",
 * "у м. | Києві". ICU can suppress such breaks from its own lists, but JavaScript engines do not use them, so the lists
 * are written here, as data an editor can extend. Words are written as they appear in text; one written in lower case
 * also matches with a capital first letter (it may open a sentence).
 */

/** One language's abbreviations, by how they behave at the end of a sentence. */
export interface Abbreviations {
  /**
   * Abbreviations that stand before a name or a number and so never end a sentence: a break after one is always
   * wrong ("Mr. Smith", "St. Louis", "вул. Хрещатик", "ім. Шевченка").
   */
  beforeName: readonly string[];
  /**
   * Abbreviations that can end a sentence too ("etc.", "Inc.", "a.m.", "у 1991 р."): a break after one stands before
   * a capital, and goes only where a lower-case word or a number follows ("Kansas City, Mo. on", "Jan. 5", "No. 5").
   */
  mayEnd: readonly string[];
  /**
   * Words that often open a sentence. After a single initial ("John F. Kennedy") or letters with full stops ("the
   * U.S. Army"), which seldom end one, a break is kept only before one of these ("moved to the U.S. He then…").
   */
  openers: readonly string[];
}

const english: Abbreviations = {
  beforeName: [
    // Titles and ranks.
    ...['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Prof.', 'Rev.', 'Hon.', 'Fr.', 'Msgr.', 'Pres.', 'Gov.'],
    ...['Sen.', 'Rep.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.', 'Sgt.', 'Cpl.', 'Pvt.', 'Adm.', 'Supt.'],
    ...['Det.', 'Insp.', 'Amb.', 'Atty.'],
    // Places before their names: Saint, Mount, Fort, Point.
    ...['St.', 'Sts.', 'Ste.', 'Mt.', 'Ft.', 'Pt.'],
    // Before what they introduce.
    ...['e.g.', 'i.e.', 'cf.', 'viz.', 'vs.', 'v.', 'approx.', 'ca.', 'c.', 'Nos.', 'Vol.', 'Vols.', 'pp.', 'p.'],
    ...['Fig.', 'Figs.', 'Ch.', 'Art.', 'Sec.'],
  ],
  mayEnd: [
    ...['etc.', 'et al.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'Jr.', 'Sr.', 'Esq.', 'a.m.', 'p.m.', 'No.'],
    ...['Ave.', 'Blvd.', 'Rd.', 'Dept.', 'Univ.', 'Assn.', 'est.', 'ft.', 'lbs.', 'oz.', 'min.', 'hr.', 'yr.', 'yrs.'],
    // Months in the Associated Press's style ("Jan. 5"); May, June and July are not shortened.
    ...['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
    // US states in the Associated Press's style ("Kansas City, Mo."); the dotted ones (N.Y., D.C.) need no entry.
    ...['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Kans.'],
    ...['Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'Okla.', 'Ore.'],
    ...['Pa.', 'Tenn.', 'Tex.', 'Va.', 'Vt.', 'Wash.', 'Wis.', 'Wyo.'],
  ],
  openers: [
    ...['A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'It', 'Its', 'He', 'She', 'His', 'Her', 'They'],
    ...['Their', 'We', 'Our', 'I', 'My', 'You', 'In', 'On', 'At', 'By', 'For', 'From', 'After', 'Before', 'When'],
    ...['While', 'But', 'And', 'Then', 'Since', 'As', 'If', 'Later', 'Today', 'Now', 'Meanwhile', 'However'],
  ],
};

const ukrainian: Abbreviations = {
  beforeName: [
    // Places before their names: місто, село, вулиця, проспект, площа, провулок, бульвар, острів, озеро.
    ...['м.', 'с.', 'смт.', 'сел.', 'вул.', 'просп.', 'пр.', 'пл.', 'пров.', 'бульв.', 'буд.', 'о.', 'оз.'],
    // Before a name: імені, святий, titles.
    ...['ім.', 'св.', 'проф.', 'акад.', 'доц.', 'ген.', 'полк.', 'гр.'],
    // Before what they introduce: дивись, наприклад, порівняй, сторінка, том, номер.
    ...['див.', 'напр.', 'пор.', 'вип.'],
  ],
  mayEnd: [
    // рік, роки, століття, тисяча, мільйон, мільярд, гривня, область, район, година, хвилина, and so on.
    ...['р.', 'рр.', 'ст.', 'тис.', 'млн.', 'млрд.', 'грн.', 'коп.', 'обл.', 'год.', 'хв.', 'км.'],
    ...['т. д.', 'т. п.', 'т. ін.', 'та ін.', 'ін.', 'н. е.', 'до н. е.', 'т. зв.', 'т. ч.'],
  ],
  openers: [
    ...['Це', 'Цей', 'Ця', 'Ці', 'Той', 'Та', 'Ті', 'Там', 'Тоді', 'Він', 'Вона', 'Воно', 'Вони', 'Його', 'Її'],
    ...['Їх', 'Їхній', 'Ми', 'Я', 'У', 'В', 'На', 'З', 'Із', 'До', 'Після', 'Перед', 'Коли', 'Але', 'І', 'А'],
    ...['Потім', 'Згодом', 'Нині', 'Сьогодні', 'Однак', 'Проте'],
  ],
};

/** The abbreviations of each language the segmenter knows, by language code. */
export const ABBREVIATIONS: Readonly<Record<string, Abbreviations>> = { en: english, uk: ukrainian };
