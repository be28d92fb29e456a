import type { MailLanguage } from '../types';

/** The word for a count in each plural category the language has ("other" is always there). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A count and its word, as the language writes it: the number in the language's digits and
 * grouping ("1 234", "1.234"), the word by the language's plural rules (Intl.PluralRules): English
 * "1 credit" / "2 credits", French "0 crédit" / "2 crédits", Russian "1 кредит" / "3 кредита" /
 * "5 кредитов" / "1,5 кредита".
 */
export function counted(language: MailLanguage, count: number, forms: PluralForms): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(count);
  const word = forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
  return `${number} ${word}`;
}
