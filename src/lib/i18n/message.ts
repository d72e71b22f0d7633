/** One message filled in: the plural form for `count` (`zero` for 0 wherever a message has one, whatever the language's rules), and the `{name}` slots (numbers in the language's form). Used in pages and in the browser. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | Plural;
export type Vars = Record<string, string | number>;

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function formatMessage(message: Message, vars: Vars, locale: string): string {
  const text =
    typeof message === 'string'
      ? message
      : Number(vars.count) === 0 && message.zero !== undefined
        ? message.zero
        : (message[
            (plurals.get(locale) ?? plurals.set(locale, new Intl.PluralRules(locale)).get(locale)!).select(
              Number(vars.count),
            )
          ] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = vars[name];
    if (value === undefined) return slot;
    return typeof value === 'number'
      ? (numbers.get(locale) ?? numbers.set(locale, new Intl.NumberFormat(locale)).get(locale)!).format(value)
      : value;
  });
}
