/**
 * The bad-content corpus: each case lays a few files over the minimal tree (tests/fixtures/minimal) and says what
 * `npm run check` must answer: its exit code and, for every problem, the file, line, field, rule and message.
 * Files are written by the test, so bytes that an editor cannot type (a BOM, invalid UTF-8, CRLF) stay exact.
 */

export interface ExpectedProblem {
  file: string;
  line?: number;
  field?: string;
  rule: string;
  message: RegExp;
}

export interface CorpusCase {
  /** Files to write under content/ (null deletes one of the minimal tree's files). */
  files: Record<string, string | Uint8Array | null>;
  /** 1 when the content has errors, 0 when it is valid (perhaps with warnings). */
  status: 0 | 1;
  /** Every error, exactly; for a valid case, the warnings that must be among the report. */
  problems: ExpectedProblem[];
}

const ENTRY = 'entries/2025/2025-03-01-x.md';
const AT = `content/${ENTRY}`;

/**
 * A valid entry, one field per line: line 1 is `---`, title is line 2, summary 3, date 4, kind 5, threads 6,
 * sources 7–10, the closing `---` 11 and the body 12. `edit` changes the frontmatter lines.
 */
function entry(edit: (lines: string[]) => string[] = (lines) => lines, body = 'A body.', eol = '\n'): string {
  const front = [
    'title: A development',
    'summary: It happened.',
    'date: 2025-03-01',
    'kind: statement',
    'threads: [the-story]',
    'sources:',
    '  - outlet: Example Gazette',
    '    url: https://example.org/c',
    '    archived: https://web.archive.org/web/2025/https://example.org/c',
  ];
  return ['---', ...edit(front), '---', body, ''].join(eol);
}

/** Replaces the line of `key` (a top-level field) with `line`. */
const set = (key: string, line: string) => (lines: string[]) =>
  lines.map((text) => (text.startsWith(`${key}:`) ? line : text));
/** Drops the line of `key`. */
const drop = (key: string) => (lines: string[]) => lines.filter((text) => !text.startsWith(`${key}:`));
/** Adds lines at the end of the frontmatter (line 11 onwards). */
const add =
  (...extra: string[]) =>
  (lines: string[]) => [...lines, ...extra];

const PEOPLE = 'content/people.yaml';
const THREADS = 'content/threads.yaml';
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

export const MULTILINGUAL = {
  uk: 'Перемовини у Києві щодо припинення вогню',
  ar: 'مفاوضات وقف إطلاق النار في الرياض',
  zh: '北京举行停火会谈',
  emoji: '🕊️ 🇺🇦',
};

export const CASES: Record<string, CorpusCase> = {
  // Malformed YAML in frontmatter: each reported as YAML at the line where it goes wrong.
  'yaml: bad indentation': {
    files: { [ENTRY]: entry(set('summary', '   summary: It happened.')) },
    status: 1,
    // The title's value runs on to the indented line: the parser stops at the value that starts on line 2.
    problems: [{ file: AT, line: 2, rule: 'yaml-syntax', message: /^YAML: this value runs on to an indented line/ }],
  },
  'yaml: a tab for indentation': {
    files: { [ENTRY]: entry(set('  - outlet', '\t- outlet: Example Gazette')) },
    status: 1,
    problems: [{ file: AT, line: 8, rule: 'yaml-syntax', message: /tab/i }],
  },
  'yaml: an unclosed quote': {
    files: { [ENTRY]: entry(set('title', 'title: "A development')) },
    status: 1,
    problems: [{ file: AT, line: 2, rule: 'yaml-syntax', message: /quot/i }],
  },
  'yaml: a duplicate key': {
    files: { [ENTRY]: entry(add('title: Another title')) },
    status: 1,
    problems: [{ file: AT, line: 11, rule: 'yaml-syntax', message: /unique/i }],
  },
  'frontmatter that is a list': {
    files: { [ENTRY]: '---\n- title\n- date\n---\nA body.\n' },
    status: 1,
    problems: [{ file: AT, line: 2, rule: 'frontmatter', message: /must be a mapping of fields/ }],
  },
  'frontmatter that is one word': {
    files: { [ENTRY]: '---\nuntitled\n---\nA body.\n' },
    status: 1,
    problems: [{ file: AT, line: 2, rule: 'frontmatter', message: /must be a mapping of fields/ }],
  },
  'frontmatter never closed': {
    files: { [ENTRY]: entry().replace(/\n---\n(?=A body)/, '\n') },
    status: 1,
    problems: [{ file: AT, line: 1, rule: 'frontmatter', message: /not closed/ }],
  },

  // Wrong types and missing fields: reported at the field.
  'wrong type: a list for the title': {
    files: { [ENTRY]: entry(set('title', 'title: [A, development]')) },
    status: 1,
    problems: [{ file: AT, line: 2, field: 'title', rule: 'schema', message: /expected string/ }],
  },
  'wrong type: true for a date': {
    files: { [ENTRY]: entry(set('date', 'date: true')) },
    status: 1,
    problems: [{ file: AT, line: 4, field: 'date', rule: 'schema', message: /expected a date such as 2025/ }],
  },
  'wrong type: a word for draft': {
    files: { [ENTRY]: entry(add('draft: yes please')) },
    status: 1,
    problems: [{ file: AT, line: 11, field: 'draft', rule: 'schema', message: /expected boolean/ }],
  },
  'wrong type: one id where a list is expected': {
    files: { [ENTRY]: entry(set('threads', 'threads: the-story')) },
    status: 1,
    problems: [{ file: AT, line: 6, field: 'threads', rule: 'schema', message: /expected array/ }],
  },
  'wrong type: a source that is a string': {
    files: { [ENTRY]: entry((lines) => [...lines.slice(0, 5), 'sources: [Example Gazette]']) },
    status: 1,
    problems: [{ file: AT, line: 7, field: 'sources[0]', rule: 'schema', message: /expected object/ }],
  },
  'missing: title': {
    files: { [ENTRY]: entry(drop('title')) },
    status: 1,
    problems: [{ file: AT, field: 'title', rule: 'schema', message: /expected string/ }],
  },
  'missing: date and kind': {
    files: { [ENTRY]: entry((lines) => drop('kind')(drop('date')(lines))) },
    status: 1,
    problems: [
      { file: AT, field: 'date', rule: 'schema', message: /expected a date/ },
      { file: AT, field: 'kind', rule: 'schema', message: /expected one of/ },
    ],
  },
  'an unknown field (a typo)': {
    files: { [ENTRY]: entry(add('summmary: twice')) },
    status: 1,
    problems: [{ file: AT, line: 11, field: 'summmary', rule: 'schema', message: /unknown field/i }],
  },

  // Dates.
  'impossible date: 30 February': {
    files: { [ENTRY]: entry(set('date', 'date: 2025-02-30')) },
    status: 1,
    problems: [{ file: AT, line: 4, field: 'date', rule: 'schema', message: /February 2025 has 28 days/ }],
  },
  'impossible date: month 13': {
    files: { [ENTRY]: entry(set('date', 'date: 2025-13')) },
    status: 1,
    problems: [{ file: AT, line: 4, field: 'date', rule: 'schema', message: /month/ }],
  },
  'end before start': {
    files: { [ENTRY]: entry(add('end: 2025-02-27')) },
    status: 1,
    problems: [{ file: AT, line: 11, field: 'end', rule: 'schema', message: /end is before date/ }],
  },

  // References of every kind, each with the list position it stands at.
  'unknown person': {
    files: { [ENTRY]: entry(add('people: [jane-doe, john-roe]')) },
    status: 1,
    problems: [
      { file: AT, line: 11, field: 'people[1]', rule: 'unknown-reference', message: /unknown person "john-roe"/ },
    ],
  },
  'unknown thread': {
    files: { [ENTRY]: entry(set('threads', 'threads: [the-storyy]')) },
    status: 1,
    problems: [
      { file: AT, line: 6, field: 'threads[0]', rule: 'unknown-reference', message: /did you mean "the-story"/ },
    ],
  },
  'unknown topic': {
    files: { [ENTRY]: entry(add('topics: [peace]')) },
    status: 1,
    problems: [{ file: AT, line: 11, field: 'topics[0]', rule: 'unknown-reference', message: /unknown topic "peace"/ }],
  },
  'unknown related entry': {
    files: { [ENTRY]: entry(add('relations:', '  - type: revises', '    entry: 2025-01-frist')) },
    status: 1,
    problems: [
      {
        file: AT,
        line: 13,
        field: 'relations[0].entry',
        rule: 'unknown-reference',
        message: /did you mean "2025-01-first"/,
      },
    ],
  },
  'unknown relation type': {
    files: { [ENTRY]: entry(add('relations:', '  - type: refutes', '    entry: 2025-01-first')) },
    status: 1,
    problems: [{ file: AT, line: 12, field: 'relations[0].type', rule: 'schema', message: /expected one of/ }],
  },
  'unknown entry linked in the body': {
    files: { [ENTRY]: entry(undefined, 'As [[2025-01-firts]] said.') },
    status: 1,
    problems: [
      {
        file: AT,
        line: 12,
        field: 'body',
        rule: 'unknown-reference',
        message: /\[\[2025-01-firts\]\] links to an unknown entry/,
      },
    ],
  },
  'unknown source cited in the body': {
    files: { [ENTRY]: entry(undefined, 'First.\n\nAs reported [@2].') },
    status: 1,
    problems: [{ file: AT, line: 14, field: 'body', rule: 'unknown-citation', message: /\[@2\] cites no source/ }],
  },
  'a relation to itself': {
    files: { [ENTRY]: entry(add('relations:', '  - type: revises', '    entry: 2025-03-01-x')) },
    status: 1,
    problems: [
      { file: AT, line: 13, field: 'relations[0].entry', rule: 'self-relation', message: /cannot relate to itself/ },
    ],
  },

  // Ids.
  'duplicate id: the same file name in two folders': {
    files: { 'entries/2024/2025-01-first.md': entry() },
    status: 1,
    problems: [
      {
        file: 'content/entries/2025/2025-01-first.md',
        field: 'id',
        rule: 'duplicate-id',
        message: /already used by content\/entries\/2024\/2025-01-first\.md/,
      },
    ],
  },
  'duplicate id: two names that slug alike': {
    files: { 'entries/2025/2025-03-01-Kyiv Talks.md': entry(), 'entries/2025/2025-03-01-kyiv_talks.md': entry() },
    status: 1,
    problems: [
      {
        file: 'content/entries/2025/2025-03-01-kyiv_talks.md',
        field: 'id',
        rule: 'duplicate-id',
        message: /"2025-03-01-kyiv-talks".*already used by content\/entries\/2025\/2025-03-01-Kyiv Talks\.md/,
      },
    ],
  },
  'duplicate id: a YAML entry named like a Markdown one': {
    files: {
      'entries/2025/more.yaml': [
        '- id: 2025-01-first',
        '  title: Again',
        '  summary: Same id.',
        '  date: 2025-01-02',
        '  kind: statement',
        '  threads: [the-story]',
        '  sources: [{ outlet: Example Gazette }]',
        '',
      ].join('\n'),
    },
    status: 1,
    problems: [
      {
        file: 'content/entries/2025/more.yaml',
        line: 1,
        field: 'id',
        rule: 'duplicate-id',
        message: /already used by content\/entries\/2025\/2025-01-first\.md/,
      },
    ],
  },
  'a file name with no usable id': {
    files: { 'entries/2025/!!!.md': entry() },
    status: 1,
    problems: [{ file: 'content/entries/2025/!!!.md', line: 1, rule: 'entry-id', message: /gives no usable id/ }],
  },

  // Files that are empty, nearly empty, or in another encoding.
  'an empty file': {
    files: { [ENTRY]: '' },
    status: 1,
    problems: [{ file: AT, line: 1, rule: 'empty-file', message: /the file is empty/ }],
  },
  'a file of blank lines': {
    files: { [ENTRY]: '\n\n  \n' },
    status: 1,
    problems: [{ file: AT, line: 1, rule: 'empty-file', message: /the file is empty/ }],
  },
  'a file with only frontmatter is a valid entry': {
    files: { [ENTRY]: entry().replace(/A body\.\n$/, '') },
    status: 0,
    problems: [],
  },
  'a file with no frontmatter': {
    files: { [ENTRY]: 'Just a paragraph of text.\n' },
    status: 1,
    problems: [{ file: AT, line: 1, rule: 'frontmatter', message: /must start with a line of three hyphens/ }],
  },
  'a UTF-8 byte-order mark is ignored': {
    files: { [ENTRY]: bytes([0xef, 0xbb, 0xbf], entry()) },
    status: 0,
    problems: [],
  },
  'a byte-order mark keeps line numbers right': {
    files: { [ENTRY]: bytes([0xef, 0xbb, 0xbf], entry(set('date', 'date: 2025-02-30'))) },
    status: 1,
    problems: [{ file: AT, line: 4, field: 'date', rule: 'schema', message: /28 days/ }],
  },
  'CRLF line endings are read as lines': {
    files: { [ENTRY]: entry(undefined, 'A body.\r\n\r\nAs [[2025-01-first]] said.', '\r\n') },
    status: 0,
    problems: [],
  },
  'CRLF line endings keep line numbers right': {
    files: { [ENTRY]: entry(add('people: [nobody]'), 'A body.\r\n\r\nSee [[nowhere]].', '\r\n') },
    status: 1,
    problems: [
      { file: AT, line: 11, field: 'people[0]', rule: 'unknown-reference', message: /unknown person "nobody"/ },
      { file: AT, line: 15, field: 'body', rule: 'unknown-reference', message: /\[\[nowhere\]\]/ },
    ],
  },
  'invalid UTF-8': {
    files: { [ENTRY]: bytes(entry().slice(0, 20), [0xc3, 0x28, 0xff], entry().slice(20)) },
    status: 1,
    problems: [{ file: AT, line: 2, rule: 'encoding', message: /not valid UTF-8/ }],
  },
  'Latin-1 text (an editor saved it in the wrong encoding)': {
    files: { [ENTRY]: Buffer.from(entry(set('title', 'title: Café talks')), 'latin1') },
    status: 1,
    problems: [{ file: AT, line: 2, rule: 'encoding', message: /save it as UTF-8/ }],
  },

  // Size and length.
  'a 5 MB body': {
    files: { [ENTRY]: entry(undefined, 'A long, pasted document. '.repeat(200_000)) },
    status: 1,
    problems: [
      {
        file: AT,
        line: 12,
        field: 'body',
        rule: 'body-too-large',
        message: /5\.0 million characters.*at most 1,000,000/,
      },
    ],
  },
  'a very long title builds, with a warning': {
    files: { [ENTRY]: entry(set('title', `title: ${'A very long headline '.repeat(100).trim()}`)) },
    status: 0,
    problems: [{ file: AT, line: 2, field: 'title', rule: 'long-title', message: /2099 characters/ }],
  },

  // Text in any script is valid everywhere text goes.
  'non-Latin scripts in every text field': {
    files: {
      'people.yaml': [
        '- id: jane-doe',
        '  name: Jane Doe',
        `- id: olena`,
        `  name: Олена Коваленко`,
        `  role: ${MULTILINGUAL.ar}`,
        `  aliases: [${MULTILINGUAL.zh}, "${MULTILINGUAL.emoji}"]`,
        '',
      ].join('\n'),
      'topics.yaml': ['- id: ceasefire', `  name: ${MULTILINGUAL.zh}`, `  summary: ${MULTILINGUAL.ar}`, ''].join('\n'),
      [ENTRY]: entry(
        (lines) => [
          `title: ${MULTILINGUAL.uk}`,
          `summary: ${MULTILINGUAL.ar} ${MULTILINGUAL.emoji}`,
          'date: 2025-03-01',
          `dateLabel: ${MULTILINGUAL.zh}`,
          'kind: statement',
          'people: [olena]',
          'threads: [the-story]',
          'topics: [ceasefire]',
          'sources:',
          `  - outlet: ${MULTILINGUAL.uk}`,
          `    title: ${MULTILINGUAL.ar}`,
          `    quote: ${MULTILINGUAL.zh}`,
          `    note: ${MULTILINGUAL.emoji}`,
          ...lines.slice(7),
        ],
        `${MULTILINGUAL.uk}. ${MULTILINGUAL.ar}. ${MULTILINGUAL.zh}. ${MULTILINGUAL.emoji} [@1]`,
      ),
    },
    status: 0,
    problems: [],
  },

  // Unsafe addresses never reach a page.
  'a javascript: source url': {
    files: { [ENTRY]: entry(set('    url', '    url: "javascript:alert(1)"')) },
    status: 1,
    problems: [
      { file: AT, line: 9, field: 'sources[0].url', rule: 'schema', message: /starting with https:\/\/ or http:\/\// },
    ],
  },
  'a data: media url': {
    files: { [ENTRY]: entry(add('media:', '  url: "data:text/html,<script>alert(1)</script>"')) },
    status: 1,
    problems: [
      { file: AT, line: 12, field: 'media.url', rule: 'schema', message: /starting with https:\/\/ or http:\/\// },
    ],
  },

  // YAML entries files.
  'a YAML entries file with one bad item publishes nothing wrong': {
    files: {
      'entries/2025/quick.yaml': [
        '- id: 2025-03-02-quick',
        '  title: A quick one',
        '  summary: Written in YAML.',
        '  date: 2025-03-02',
        '  kind: statement',
        '  threads: [the-story]',
        '  sources: [{ outlet: Example Gazette }]',
        '- id: 2025-03-03-quicker',
        '  title: A quicker one',
        '  summary: With a bad kind.',
        '  date: 2025-03-03',
        '  kind: rumour',
        '  sources: [{ outlet: Example Gazette }]',
        '',
      ].join('\n'),
    },
    status: 1,
    problems: [
      {
        file: 'content/entries/2025/quick.yaml',
        line: 12,
        field: '[1].kind',
        rule: 'schema',
        message: /expected one of/,
      },
    ],
  },
  'a YAML entries file with a tab': {
    files: { 'entries/2025/quick.yaml': '- id: 2025-03-02-quick\n\ttitle: A quick one\n' },
    status: 1,
    problems: [{ file: 'content/entries/2025/quick.yaml', line: 2, rule: 'yaml-syntax', message: /tab/i }],
  },

  // Records: people, threads, topics, outlets, site settings.
  'records: bad indentation': {
    files: { 'people.yaml': '- id: jane-doe\n  name: Jane Doe\n aliases: [Doe]\n' },
    status: 1,
    problems: [{ file: PEOPLE, line: 3, rule: 'yaml-syntax', message: /^YAML: / }],
  },
  'records: a tab': {
    files: { 'people.yaml': '- id: jane-doe\n\tname: Jane Doe\n' },
    status: 1,
    problems: [{ file: PEOPLE, line: 2, rule: 'yaml-syntax', message: /tab/i }],
  },
  'records: an unclosed quote': {
    files: { 'people.yaml': "- id: jane-doe\n  name: 'Jane Doe\n" },
    status: 1,
    problems: [{ file: PEOPLE, line: 2, rule: 'yaml-syntax', message: /quot/i }],
  },
  'records: a duplicate key': {
    files: { 'people.yaml': '- id: jane-doe\n  name: Jane Doe\n  name: Jane Roe\n' },
    status: 1,
    problems: [{ file: PEOPLE, line: 3, rule: 'yaml-syntax', message: /unique/i }],
  },
  'records: a mapping instead of a list': {
    files: { 'people.yaml': 'id: jane-doe\nname: Jane Doe\n' },
    status: 1,
    problems: [{ file: PEOPLE, line: 1, rule: 'schema', message: /expected a list of records/ }],
  },
  'records: a missing name and a wrong type': {
    files: { 'people.yaml': '- id: jane-doe\n  aliases: Doe\n' },
    status: 1,
    problems: [
      { file: PEOPLE, line: 1, field: '[0].name', rule: 'schema', message: /expected string/ },
      { file: PEOPLE, line: 2, field: '[0].aliases', rule: 'schema', message: /expected array/ },
    ],
  },
  'records: an id that is not a slug': {
    files: { 'threads.yaml': '- id: the-story\n  title: The story\n- id: The Other Story\n  title: Another\n' },
    status: 1,
    problems: [
      {
        file: THREADS,
        line: 3,
        field: '[1].id',
        rule: 'schema',
        message: /lower-case letters, digits and single hyphens/,
      },
    ],
  },
  'records: the id "page", taken by the index pages': {
    files: { 'threads.yaml': '- id: the-story\n  title: The story\n- id: page\n  title: A page\n' },
    status: 1,
    problems: [
      {
        file: THREADS,
        line: 3,
        field: '[1].id',
        rule: 'schema',
        message: /the id "page" is taken by the index's later pages/,
      },
    ],
  },
  'records: a storyline id "side-by-side", taken by the storylines drawn side by side': {
    files: { 'threads.yaml': '- id: the-story\n  title: The story\n- id: side-by-side\n  title: Two at once\n' },
    status: 1,
    problems: [
      {
        file: THREADS,
        line: 3,
        field: '[1].id',
        rule: 'schema',
        message: /the id "side-by-side" is taken by the storylines drawn side by side/,
      },
    ],
  },
  'records: a duplicate id': {
    files: { 'threads.yaml': '- id: the-story\n  title: The story\n- id: the-story\n  title: The same story\n' },
    status: 1,
    problems: [
      { file: THREADS, line: 3, field: 'id', rule: 'duplicate-id', message: /duplicate thread id "the-story"/ },
    ],
  },
  'records: an empty file': {
    files: { 'topics.yaml': '' },
    status: 1,
    problems: [{ file: 'content/topics.yaml', line: 1, rule: 'empty-file', message: /the file is empty/ }],
  },
  'records: invalid UTF-8': {
    files: { 'people.yaml': bytes('- id: jane-doe\n  name: Jane ', [0xff, 0xfe], '\n') },
    status: 1,
    problems: [{ file: PEOPLE, line: 2, rule: 'encoding', message: /not valid UTF-8/ }],
  },
  'records: a BOM and CRLF are read as usual': {
    files: { 'people.yaml': bytes([0xef, 0xbb, 0xbf], '- id: jane-doe\r\n  name: Jane Doe\r\n  aliases: [Doe]\r\n') },
    status: 0,
    problems: [],
  },
  'records: a javascript: outlet url': {
    files: { 'outlets.yaml': '- id: gazette\n  name: Example Gazette\n  url: javascript:alert(1)\n' },
    status: 1,
    problems: [
      { file: 'content/outlets.yaml', line: 3, field: '[0].url', rule: 'schema', message: /starting with https:\/\// },
    ],
  },
  'site settings: missing': {
    files: { 'site.yaml': null },
    status: 1,
    problems: [{ file: 'content/site.yaml', rule: 'missing-file', message: /site settings are missing/ }],
  },
  'site settings: a missing title': {
    files: { 'site.yaml': 'description: No title.\nlanguage: en-GB\n' },
    status: 1,
    problems: [{ file: 'content/site.yaml', field: 'title', rule: 'schema', message: /expected string/ }],
  },
};
