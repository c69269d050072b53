/** Translated entries: checked against the site's languages and the entries they translate, then resolved. */
import { scanBody } from './body-syntax.ts';
import type { ParsedEntry, ParsedTranslation } from './collect.ts';
import type { ResolvedEntry, ResolvedTranslation, ShownDate } from './model.ts';
import { summaryRepeats } from './summary-repeats.ts';

type References = ReturnType<typeof scanBody>;
/** A translation that passed its checks, with the references found in its body. */
export type CheckedTranslation = ParsedTranslation & { references: References };

export interface TranslationChecks {
  /** The languages site.yaml lists in `translations`. */
  languages: readonly string[];
  entries: ReadonlyMap<string, ParsedEntry>;
  /** Checks a body's [[id]] links and [@n] citations against the entry's references. */
  checkBody: (where: ParsedTranslation, references: References, refs: ParsedEntry['references']) => void;
  fail: (translation: ParsedTranslation, field: string, message: string, rule: string) => void;
  /** " (did you mean …?)" for an unknown entry id, or nothing. */
  hint: (id: string) => string;
}

/** Translations of known entries into listed languages, one per entry and language; a draft's are not published. */
export function checkTranslations(list: readonly ParsedTranslation[], checks: TranslationChecks): CheckedTranslation[] {
  const { languages, entries, checkBody, fail, hint } = checks;
  const seen = new Map<string, string>();
  const checked: CheckedTranslation[] = [];
  for (const translation of list) {
    const original = entries.get(translation.id);
    const key = `${translation.language}/${translation.id}`;
    if (!languages.some((language) => language.toLowerCase() === translation.language)) {
      const listed = languages.length ? `it lists ${languages.join(', ')}` : 'it lists none';
      fail(
        translation,
        'language',
        `a translation into "${translation.language}", which content/site.yaml does not list in translations ` +
          `(${listed}): add the language there, or rename the file`,
        'unknown-language',
      );
    } else if (!original) {
      fail(
        translation,
        'id',
        `translates an unknown entry "${translation.id}"${hint(translation.id)}: ` +
          `name the file <entry id>.${translation.language}.md`,
        'unknown-reference',
      );
    } else if (seen.has(key)) {
      fail(
        translation,
        'id',
        `a second "${translation.language}" translation of "${translation.id}": ${seen.get(key) ?? ''} is the first`,
        'duplicate-id',
      );
    } else {
      seen.set(key, translation.file);
      // A translation cites its entry's sources and may link any entry, as the entry's own body does.
      const references = scanBody(translation.body);
      checkBody(translation, references, original.references);
      if (translation.data && original.data && !original.data.draft) checked.push({ ...translation, references });
    }
  }
  return checked;
}

/**
 * The published translations, in the entries' story order, each with its entry's date written in its language
 * (`dateIn`); each entry learns which languages it is translated into.
 */
export function translatedEntries(
  checked: readonly CheckedTranslation[],
  entries: ReadonlyMap<string, ResolvedEntry>,
  dateIn: (entry: ResolvedEntry, label: string | undefined, language: string) => ShownDate,
): ResolvedTranslation[] {
  const resolved = checked.flatMap((translation): ResolvedTranslation[] => {
    const entry = entries.get(translation.id);
    const { data } = translation;
    if (!entry || !data) return [];
    return [
      {
        id: translation.id,
        language: translation.language,
        file: translation.file,
        title: data.title,
        summary: data.summary,
        summaryRepeats: summaryRepeats(data.summary, data.title, translation.body),
        date: dateIn(entry, data.dateLabel, translation.language),
        ...(data.translator ? { translator: data.translator } : {}),
        body: translation.body,
        bodyLine: translation.bodyLine,
        bodyLinks: [...new Set(translation.references.flatMap((ref) => (ref.type === 'entry-link' ? [ref.id] : [])))],
      },
    ];
  });
  resolved.sort(
    (a, b) => (entries.get(a.id)?.order ?? 0) - (entries.get(b.id)?.order ?? 0) || a.language.localeCompare(b.language),
  );
  for (const translation of resolved) entries.get(translation.id)?.translations.push(translation.language);
  return resolved;
}
