/**
 * Filling the interface's texts, at build and in the browser alike: placeholders ("{count}") and
 * texts by count in the forms each language's plural rules name (Intl.PluralRules), six in Arabic.
 */

/** A text by count: `other` always, and the forms the language needs ("one", "two", "few"…). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** The form for `count` ("{count} documents"), filled with it and the other values. */
export const fillPlural = (
  forms: Plural,
  rules: Intl.PluralRules,
  count: number,
  values: Record<string, string | number> = {},
): string => fill(forms[rules.select(count)] ?? forms.other, { count, ...values });
