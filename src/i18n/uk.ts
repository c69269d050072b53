/** The site's words in Ukrainian: labels, messages and plural forms chosen by `Intl.PluralRules('uk')`. */
import { dateWords } from '../core/date-words.ts';
import { plural, type Plural } from './format.ts';
import type { UiStrings } from './types.ts';

/**
 * A noun's form for a count, by `Intl.PluralRules('uk')`: `one` (1,
 * 21), `few` (2–4, 22–24), `many` (5–20, 25…), `other` (fractions).
 */
const noun = (forms: Plural, count: number): string => plural(forms, count, 'uk');
const entries = (count: number): string =>
  noun({ one: 'запис', few: 'записи', many: 'записів', other: 'запису' }, count);
const sources = (count: number): string =>
  noun({ one: 'джерело', few: 'джерела', many: 'джерел', other: 'джерела' }, count);
const steps = (count: number): string => noun({ one: 'крок', few: 'кроки', many: 'кроків', other: 'кроку' }, count);
/** How long after the step before, the noun in the accusative after "через": "через 3 роки". */
const later = (forms: Plural, count: number): string => `через ${count.toLocaleString('uk')} ${noun(forms, count)}`;
const olderEntries = (count: number): string =>
  noun({ one: 'давніший запис', few: 'давніші записи', many: 'давніших записів', other: 'давнішого запису' }, count);

export const uk: UiStrings = {
  dates: dateWords('uk'),
  kinds: {
    pledge: 'Обіцянка',
    statement: 'Заява',
    report: 'Повідомлення',
    proposal: 'Пропозиція',
    rejection: 'Відмова',
    meeting: 'Зустріч',
    call: 'Телефонна розмова',
    decision: 'Рішення',
    event: 'Подія',
    context: 'Контекст',
    period: 'Період',
  },
  statuses: {
    pledged: 'Обіцяно',
    revised: 'Переглянуто',
    'in-progress': 'Виконується',
    kept: 'Виконано',
    broken: 'Порушено',
    abandoned: 'Відмовилися',
    reported: 'Повідомлено',
    confirmed: 'Підтверджено',
    denied: 'Заперечено',
    retracted: 'Відкликано',
    proposed: 'Запропоновано',
    'under-discussion': 'Обговорюється',
    accepted: 'Ухвалено',
    rejected: 'Відхилено',
    withdrawn: 'Знято з розгляду',
  },
  relations: {
    revises: { outgoing: 'Переглядає', incoming: 'Переглянуто в' },
    'responds-to': { outgoing: 'Відповідає на', incoming: 'На це відповідає' },
    contradicts: { outgoing: 'Суперечить', incoming: 'Цьому суперечить' },
    confirms: { outgoing: 'Підтверджує', incoming: 'Підтверджено в' },
    'follows-up': { outgoing: 'Продовжує', incoming: 'Продовження в' },
    supersedes: { outgoing: 'Замінює', incoming: 'Замінено на' },
  },
  updateKinds: { correction: 'Виправлення', update: 'Оновлення', clarification: 'Уточнення' },
  nav: {
    label: 'Розділи сайту',
    timeline: 'Хронологія',
    threads: 'Сюжетні лінії',
    people: 'Люди',
    topics: 'Теми',
    pledges: 'Трекер обіцянок',
    years: 'Роки',
  },
  skipToContent: 'Перейти до змісту',
  citationLabel: 'Джерело {number}',
  footnotes: { heading: 'Примітки', back: 'Назад до посилання {number}' },
  languages: 'Мови',
  languageName: 'Українська',
  translatedBy: (translator) => `Переклад: ${translator}`,
  translationsIntro: 'Записи цієї хронології, перекладені українською.',
  latest: 'Останні події',
  emptyTimeline: 'У цій хронології ще нічого не опубліковано.',
  emptyThread: 'У цій сюжетній лінії ще немає записів.',
  olderByYear: 'Архів за роками',
  allOfYear: (year, yearsAgo = false) =>
    yearsAgo ? `Усе, що сталося ${year}` : `Усі події ${/^\d+$/.test(year) ? `${year} року` : year}`,
  earlierEntries: (count) => `Ще ${count} ${olderEntries(count)} — в архіві за роками.`,
  monthUnknown: (heading) => `${heading} (місяць невідомий)`,
  entriesCount: (count) => `${count} ${entries(count)}`,
  sourcesCount: (count) => `${count} ${sources(count)}`,
  sources: 'Джерела',
  archived: 'архівна копія',
  originalGone: 'оригінал більше не доступний',
  archivedGone: 'архівна копія більше не доступна',
  checkedOn: 'перевірено',
  relatedEntries: 'Як це пов’язано з іншими подіями',
  inThread: (title) => `У сюжетній лінії «${title}»`,
  threadPosition: (position, total) => `Крок ${position} з ${total}`,
  previous: 'Раніше',
  next: 'Далі',
  people: 'Люди',
  topics: 'Теми',
  threads: 'Сюжетні лінії',
  updatesLog: 'Оновлення та виправлення',
  noUpdates: 'Після публікації запис не виправляли й не оновлювали.',
  lastUpdated: 'Востаннє оновлено',
  published: 'Опубліковано',
  status: 'Статус',
  currentStatus: 'Поточний статус',
  chain: 'Що сталося з обіцянкою далі',
  noChain: 'Поки що цю обіцянку ніхто не переглядав і ніхто на неї не відповідав.',
  pledgesIntro:
    'Усі обіцянки з цієї хронології — з поточним статусом і подіями, які їх переглянули або стали на них відповіддю. ' +
    'Спершу найновіші.',
  aliases: 'Також згадується як',
  notFoundTitle: 'Сторінку не знайдено',
  notFoundText: 'За цією адресою сторінки немає. Можливо, її перенесли або в посиланні помилка.',
  footer: 'Кожен запис спирається на джерела; виправлення зазначаємо в тому записі, якого вони стосуються.',
  footerCorrections: 'Виправлення зазначаємо в тому записі, якого вони стосуються.',
  dateUncertain: 'Дата настільки точна, наскільки дозволяють джерела',
  media: 'Медіафайл',
  mediaOn: 'На {provider}',
  evolution: {
    heading: 'Як це змінювалося',
    statusAfter: 'Статус після цього кроку',
    earlier: (count) => `Попередні кроки (${count}) — у списку нижче.`,
  },
  storyScale: {
    caption: 'Коли це сталося — у масштабі',
    legend: 'Як читати',
    kinds: {
      point: 'крапка: крок у свою дату',
      span: 'смуга: крок, що тривав від однієї дати до іншої',
      range: 'дужка: крок десь між двома датами або відомий лише з точністю до місяця чи року',
      circa: 'м’яка пунктирна позначка: приблизна дата (бл.)',
      before: 'пунктир, що закінчується рискою: до певної дати, після попереднього кроку',
      after: 'риска з пунктиром далі: після певної дати, до наступного кроку',
      group: 'стовпчик на осі: кроки, надто близькі, щоб показати їх окремо; вищий — коли їх більше',
    },
    listed: 'риска під віссю: крок, що є на цій сторінці',
    group: (count) => `${count.toLocaleString('uk')} ${steps(count)}`,
    gap: {
      minute: (count) => later({ one: 'хвилину', few: 'хвилини', many: 'хвилин', other: 'хвилини' }, count),
      hour: (count) => later({ one: 'годину', few: 'години', many: 'годин', other: 'години' }, count),
      day: (count) => later({ one: 'день', few: 'дні', many: 'днів', other: 'дня' }, count),
      week: (count) => later({ one: 'тиждень', few: 'тижні', many: 'тижнів', other: 'тижня' }, count),
      month: (count) => later({ one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' }, count),
      year: (count) => later({ one: 'рік', few: 'роки', many: 'років', other: 'року' }, count),
    },
    about: (gap) => `приблизно ${gap}`,
  },
  darkTheme: 'Темна тема',
  pages: {
    label: 'Сторінки',
    previous: '← Попередня сторінка',
    next: 'Наступна сторінка →',
    position: (page, pages) => `Сторінка ${page} з ${pages}`,
  },
  cite: {
    heading: 'Як цитувати цей запис',
    // A title that ends its own sentence (or an abbreviation: «… 2025 р.») takes no second full stop.
    quoted: (title) => (/[.?!…]$/.test(title) ? `«${title}»` : `«${title}».`),
    updated: 'Оновлено',
    accessed: 'Дата звернення:',
    accessDatePlaceholder: '[дата перегляду]',
  },
  embed: {
    heading: 'Вбудувати цю сюжетну лінію',
    intro:
      'Вставте цей код на свою сторінку, щоб показати сюжетну лінію; посилання в ній відкриватимуть повні записи ' +
      'на нашому сайті.',
    label: 'Код для вбудовування',
    openFull: 'Відкрити повну хронологію',
  },
  scale: {
    archive: 'Архів одним поглядом',
    byMonth: 'Місяць за місяцем',
    byYear: 'Рік за роком',
    breakNote: 'Розрив (//) позначає довгий проміжок без подій.',
    deepNote: 'Глибоке минуле показано за порядком величини: кожен рівний крок сягає вдесятеро далі в минуле.',
    gap: (years) => `${years} ${noun({ one: 'рік', few: 'роки', many: 'років', other: 'року' }, years)} без подій`,
  },
  lanes: {
    heading: 'Сюжетні лінії поруч',
    intro:
      'Кожна сюжетна лінія — окрема доріжка на спільній осі часу, спершу ті, де найбільше записів: позначка — це ' +
      'запис, смужка — подія, що тривала певний час. Відкрийте позначку, щоб прочитати запис.',
    link: 'Переглянути сюжетні лінії поруч на одній осі часу',
    index: 'Усі сюжетні лінії за назвою',
    more: 'і ще {count}',
  },
  feeds: {
    heading: 'Стежити за сюжетом',
    intro: 'Нові події та виправлення — у вашому RSS-читачі:',
    rss: 'RSS',
    atom: 'Atom',
    json: 'JSON Feed',
  },
  search: {
    label: 'Пошук у хронології',
    placeholder: 'Пошук: ім’я, місце, заява…',
    button: 'Шукати',
    shortcutHint: 'Натисніть /, щоб почати пошук',
    title: 'Пошук',
    intro:
      'Знайдіть будь-яку подію, а тоді звузьте результати ' +
      'за сюжетною лінією, людиною, темою, типом, статусом чи роком.',
    needsJavaScript:
      'Для пошуку потрібен JavaScript, але в цьому браузері він вимкнений або недоступний. ' +
      'Усе можна знайти й без нього:',
    browseInstead: 'Переглянути розділи',
    filters: 'Звузити результати',
    facets: { thread: 'Сюжетна лінія', person: 'Людина', topic: 'Тема', kind: 'Тип', status: 'Статус', year: 'Рік' },
    sort: 'Порядок',
    sortOptions: { relevance: 'За релевантністю', newest: 'Спершу новіші', oldest: 'Спершу давніші' },
    clearFilters: 'Скинути всі фільтри',
    loading: 'Шукаємо…',
    empty: 'Введіть слово чи ім’я або оберіть фільтр, щоб побачити відповідні записи.',
    results: {
      one: 'За запитом «{query}» знайдено {count} запис.',
      few: 'За запитом «{query}» знайдено {count} записи.',
      many: 'За запитом «{query}» знайдено {count} записів.',
      other: 'За запитом «{query}» знайдено {count} запису.',
    },
    browsing: {
      one: 'За фільтрами знайдено {count} запис.',
      few: 'За фільтрами знайдено {count} записи.',
      many: 'За фільтрами знайдено {count} записів.',
      other: 'За фільтрами знайдено {count} запису.',
    },
    noResults: 'За запитом «{query}» нічого не знайдено.',
    noResultsHelp: 'Спробуйте менше слів або інші слова, перевірте написання чи скиньте фільтри.',
    failed: 'Не вдалося завантажити пошук. Перезавантажте сторінку й спробуйте ще раз.',
  },
};
