/**
 * Filling in UI messages: placeholders and plural forms. Small and dependency-free, for pages and the browser alike.
 */

/** Plural forms of a message, by `Intl.PluralRules` category (`other` is required). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Puts values into a message's {placeholders}. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

const rules = new Map<string, Intl.PluralRules>();

/** One `Intl.PluralRules` per language: the one way the site chooses plural forms, on pages and in the browser. */
function pluralRules(language: string): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) rules.set(language, (found = new Intl.PluralRules(language)));
  return found;
}

/** The plural form of a message for a count, in a language. */
export function plural(
  forms: Plural,
  count: number,
  language: string,
  values: Record<string, string | number> = {},
): string {
  const category = pluralRules(language).select(count);
  return fill(forms[category] ?? forms.other, { count, ...values });
}
